// The postcode reader the search uses, made once per loaded data from the ward's postcode file
// (fetched and checked by load-app-data.ts's loadPostcodeFile, with the same validator as `npm run
// data:check`, passed in so that this chunk shares no module with the first load). A broken or
// missing file leaves postcodes unread and says so in the console; names and addresses are still
// found.
import type { AppData } from './app-data';
import { createPostcodeMatcher, type PostcodeResult } from './postcodes';
import type { DatasetResult } from './validate-dataset';

export type PostcodeReader = (text: string) => PostcodeResult | null;

const readers = new WeakMap<AppData, Promise<PostcodeReader | null>>();

/** The reader for this data (the file fetched once); null when the file could not be used. */
export function loadPostcodes(
  data: AppData,
  fetchFile: () => Promise<DatasetResult>,
): Promise<PostcodeReader | null> {
  let reader = readers.get(data);
  if (!reader) {
    reader = fetchFile().then((result) => {
      const chome = data.chomeIndex;
      if (
        result.kind !== 'csv' ||
        !result.rows ||
        result.problems.some((p) => p.severity === 'error') ||
        !chome
      ) {
        console.error('shinagawa_postcodes.csv: postcodes are not read', result.problems);
        return null;
      }
      return createPostcodeMatcher(result.rows, data.towns, chome);
    });
    readers.set(data, reader);
  }
  return reader;
}
