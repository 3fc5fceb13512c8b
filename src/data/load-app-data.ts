// Browser adapter: fetches every file the app shows (size-capped, checked by the same validators
// as `npm run data:check`) and builds the one AppData value. A broken file costs only itself.
import { buildAppData, type AppData } from './app-data';
import { catalog, type DatasetId } from './catalog';
import { dataUrls } from './data-urls';
import { fetchDataset } from './fetch-dataset';
import { withIds } from './place-ids';
import type { Problem } from './problems';
import type { CsvRow } from './validate-csv';
import type { FeatureCollection } from './validate-geojson';

export async function loadAppData(): Promise<AppData> {
  const geojson = new Map<DatasetId, FeatureCollection>();
  const csv = new Map<DatasetId, readonly CsvRow[]>();
  const problems = new Map<string, readonly Problem[]>();
  await Promise.all(
    catalog
      .filter((d) => d.loadedByApp)
      .map(async (meta) => {
        const result = await fetchDataset(meta, dataUrls[meta.id]);
        if (result.problems.length > 0) problems.set(meta.file, result.problems);
        if (result.kind === 'geojson' && result.data) geojson.set(meta.id, withIds(meta.id, result.data));
        else if (result.kind === 'csv' && result.rows) csv.set(meta.id, result.rows);
      }),
  );
  return buildAppData({ geojson, csv, problems });
}
