// The data files as texts, the way the desk handles them: the current set, a candidate set with
// some files replaced, each checked by the same validators as `npm run data:check` and joined
// into the AppData the map and timeline preview. Pure, so the dev-server save endpoint checks
// what it writes with exactly this code.
import { buildAppData, type AppData, type LoadedFiles } from '../../data/app-data';
import { catalog, type DatasetId, type DatasetMeta } from '../../data/catalog';
import { withIds } from '../../data/place-ids';
import type { Problem } from '../../data/problems';
import type { CsvRow } from '../../data/validate-csv';
import { validateDataset } from '../../data/validate-dataset';
import type { FeatureCollection } from '../../data/validate-geojson';

/** File texts by dataset; a missing entry is a file that could not be read. */
export type FileTexts = ReadonlyMap<DatasetId, string>;

/** The catalogue entry of a bundled file, by its file name (the only names the desk writes). */
export function datasetForFile(name: string): DatasetMeta | null {
  return catalog.find((d) => d.file === name) ?? null;
}

/** Each text checked as data:check checks it, and the valid ones ready for buildAppData. */
export function loadedFiles(texts: FileTexts): LoadedFiles {
  const geojson = new Map<DatasetId, FeatureCollection>();
  const csv = new Map<DatasetId, readonly CsvRow[]>();
  const problems = new Map<string, readonly Problem[]>();
  for (const meta of catalog) {
    const text = texts.get(meta.id);
    if (text === undefined) continue;
    const result = validateDataset(meta, text);
    if (result.problems.length > 0) problems.set(meta.file, result.problems);
    if (result.kind === 'geojson' && result.data)
      geojson.set(meta.id, withIds(meta.id, result.data));
    else if (result.kind === 'csv' && result.rows) csv.set(meta.id, result.rows);
  }
  return { geojson, csv, problems };
}

export interface CheckedSet {
  readonly data: AppData;
  /** Problems of the replaced files only: the ones the person saving can act on. */
  readonly problems: readonly Problem[];
}

/**
 * The current texts with `replaced` put in, checked file by file and against each other (chome
 * and event references, as data:check does).
 */
export function checkCandidate(current: FileTexts, replaced: FileTexts): CheckedSet {
  const texts = new Map(current);
  for (const [id, text] of replaced) texts.set(id, text);
  const data = buildAppData(loadedFiles(texts));
  const files = new Set([...replaced.keys()].map((id) => catalog.find((d) => d.id === id)?.file));
  const problems = [...data.problems].filter(([file]) => files.has(file)).flatMap(([, ps]) => ps);
  return { data, problems };
}
