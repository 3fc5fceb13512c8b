// Browser adapter: fetches every file the app shows (size-capped, checked by the same validators
// as `npm run data:check`) and builds the one AppData value. A broken file costs only itself.
// Two steps: what the first picture and the records need, then (once the map is up) the files
// drawn after it, so they do not compete with the first picture for the network and the main thread.
import { addFeatures, buildAppData, type AppData, type LoadedFiles } from './app-data';
import { catalog, datasetById, type DatasetId } from './catalog';
import { dataUrls } from './data-urls';
import type { EnglishNames } from './english-names';
import { fetchDataset } from './fetch-dataset';
import type { DatasetResult } from './validate-dataset';
import { withIds } from './place-ids';
import type { Problem } from './problems';
import type { CsvRow } from './validate-csv';
import type { FeatureCollection } from './validate-geojson';

/**
 * Files drawn only after the first picture (src/map/map-sync.ts draws them once it is up) and not
 * needed to place the records (the stations are: records name them): fetched after it.
 */
export const LATE_DATASETS: readonly DatasetId[] = [
  'neighbours',
  'evacSites',
  'shelters',
  'wardShelters',
  'assembly',
  'placeNamesEn',
];

async function loadFiles(ids: (id: DatasetId) => boolean): Promise<LoadedFiles> {
  const geojson = new Map<DatasetId, FeatureCollection>();
  const csv = new Map<DatasetId, readonly CsvRow[]>();
  const problems = new Map<string, readonly Problem[]>();
  await Promise.all(
    catalog
      .filter((d) => d.loadedByApp && ids(d.id))
      .map(async (meta) => {
        const result = await fetchDataset(meta, dataUrls[meta.id]);
        if (result.problems.length > 0) problems.set(meta.file, result.problems);
        if (result.kind === 'geojson' && result.data) geojson.set(meta.id, withIds(meta.id, result.data));
        else if (result.kind === 'csv' && result.rows) csv.set(meta.id, result.rows);
      }),
  );
  return { geojson, csv, problems };
}

/** The English names, built in their own chunk (null if it cannot be loaded: names stay Japanese). */
async function englishNames(rows: readonly CsvRow[], data: AppData): Promise<EnglishNames | null> {
  try {
    const { buildEnglishNames } = await import('./english-names');
    const chome = data.features.get('chome')?.features ?? [];
    return buildEnglishNames(
      rows,
      chome.map((f) => ({ code: String(f.properties.fid), name: String(f.properties.name_kanji) })),
    );
  } catch (error) {
    console.error('The English names could not be loaded', error);
    return null;
  }
}

/** The data for the first picture: the ward, its chome, the records and what places them. */
export async function loadAppData(): Promise<AppData> {
  return buildAppData(await loadFiles((id) => !LATE_DATASETS.includes(id)));
}

/** The rest (neighbouring wards, evacuation places), added to `data`; its problems come apart. */
export async function loadLateData(
  data: AppData,
): Promise<{ readonly data: AppData; readonly problems: LoadedFiles['problems'] }> {
  const late = await loadFiles((id) => LATE_DATASETS.includes(id));
  const rows = late.csv.get('placeNamesEn');
  const namesEn = rows ? await englishNames(rows, data) : data.namesEn;
  return { data: { ...addFeatures(data, late), namesEn }, problems: late.problems };
}

/** The ward's postcodes: fetched only when the search first needs them (search-chunk.ts). */
export function loadPostcodeFile(): Promise<DatasetResult> {
  return fetchDataset(datasetById('postcodes'), dataUrls.postcodes);
}
