// Browser adapter: fetches the ward's postcodes (checked by the same validator as `npm run
// data:check`) and makes the reader the search uses. A broken or missing file leaves postcodes
// unread and says so in the console; names and addresses are still found.
import type { AppData } from './app-data';
import { datasetById } from './catalog';
import { dataUrls } from './data-urls';
import { fetchDataset } from './fetch-dataset';
import { createPostcodeMatcher, type PostcodeResult } from './postcodes';
import { hasErrors } from './problems';

export type PostcodeReader = (text: string) => PostcodeResult | null;

const readers = new WeakMap<AppData, Promise<PostcodeReader | null>>();

/** The reader for this data (fetched once per loaded data); null when the file could not be used. */
export function loadPostcodes(data: AppData): Promise<PostcodeReader | null> {
  let reader = readers.get(data);
  if (!reader) {
    const meta = datasetById('postcodes');
    reader = fetchDataset(meta, dataUrls.postcodes).then((result) => {
      const chome = data.chomeIndex;
      if (result.kind !== 'csv' || !result.rows || hasErrors(result.problems) || !chome) {
        console.error(`${meta.file}: postcodes are not read`, result.problems);
        return null;
      }
      return createPostcodeMatcher(result.rows, data.towns, chome);
    });
    readers.set(data, reader);
  }
  return reader;
}
