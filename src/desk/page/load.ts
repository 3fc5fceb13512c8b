// Browser adapter: today's text of every bundled data file, read with the same size cap as the
// residents' map. A file that cannot be read is left out (its problem is reported by the check).
import { catalog, type DatasetId } from '../../data/catalog';
import { dataUrls } from '../../data/data-urls';
import { readTextCapped } from '../../data/fetch-dataset';
import { MAX_FILE_BYTES } from '../../data/validate-dataset';
import type { FileTexts } from './files';

export async function loadCurrentTexts(): Promise<FileTexts> {
  const out = new Map<DatasetId, string>();
  await Promise.all(
    catalog.map(async (meta) => {
      try {
        const res = await fetch(dataUrls[meta.id]);
        if (!res.ok) return;
        const text = await readTextCapped(res, MAX_FILE_BYTES);
        if (text !== null) out.set(meta.id, text);
      } catch (e) {
        console.warn(meta.file, e);
      }
    }),
  );
  return out;
}
