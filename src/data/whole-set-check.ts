// The whole data set checked as `npm run data:check` checks data/, for a save: every file against
// its schema, the files against each other (chome, events, stations, places) and, through a
// check handed in by the caller, the lessons in data/tours/. A save is refused when it brings an
// error the set does not have today, wherever it shows (a removed event breaks the records, facts
// and lessons that name it, not the events file). Shared by the desk, its save endpoint and the
// CLI import; pure.
import { buildAppData, type AppData, type LoadedFiles } from './app-data';
import { catalog, datasetById, type DatasetId } from './catalog';
import { crossCheckChome } from './cross-check';
import { withIds } from './place-ids';
import type { Problem } from './problems';
import type { CsvRow } from './validate-csv';
import { validateDataset } from './validate-dataset';
import type { FeatureCollection } from './validate-geojson';

/** File texts by dataset; a missing entry is a file that could not be read. */
export type FileTexts = ReadonlyMap<DatasetId, string>;

/** Checks beyond data/'s own files, run on the assembled data (the lessons: src/tours/tour-check.ts). */
export type ExtraCheck = (data: AppData) => readonly Problem[];

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

/** A set of files, assembled as the map shows it, with every error data:check would print. */
export interface CheckedDataSet {
  readonly data: AppData;
  readonly errors: readonly Problem[];
}

export function checkDataSet(texts: FileTexts, extra?: ExtraCheck): CheckedDataSet {
  const loaded = loadedFiles(texts);
  const data = buildAppData(loaded);
  const problems: Problem[] = [...data.problems.values()].flat();
  for (const meta of catalog) {
    if (!texts.has(meta.id)) {
      problems.push({
        severity: 'error',
        code: 'fetchFailed',
        file: meta.file,
        params: { detail: 'not found' },
      });
    }
  }
  const chome = loaded.geojson.get('chome');
  if (chome) {
    problems.push(
      ...crossCheckChome(
        datasetById('chome').file,
        chome,
        datasetById('chomePoints').file,
        loaded.csv.get('chomePoints') ?? null,
      ),
    );
  }
  if (extra) problems.push(...extra(data));
  return { data, errors: problems.filter((p) => p.severity === 'error') };
}

/** An error a save would bring; `lost` when what the row names is in today's data and would go. */
export interface SaveProblem {
  readonly problem: Problem;
  readonly lost: boolean;
}

/** The same error wherever its row moves to (a save that adds rows shifts the ones below). */
const errorKey = (p: Problem): string =>
  JSON.stringify([p.code, p.file, p.field ?? '', p.sheet ?? '', String(p.value ?? '')]);

/** What files may name, so that "names something that is gone" can be told from a typo. */
function names(data: AppData): Set<string> {
  const out = new Set<string>(data.history?.events.map((e) => e.id) ?? []);
  for (const f of data.features.get('chome')?.features ?? []) {
    out.add(String(f.properties.key_code));
    out.add(String(f.properties.name_kanji));
  }
  for (const name of data.towns.towns.keys()) out.add(name);
  for (const name of data.places.stationNames) out.add(name);
  return out;
}

/** Errors of `after` that `before` does not have (counted per kind, file, field and value). */
export function newErrors(before: CheckedDataSet, after: CheckedDataSet): SaveProblem[] {
  const seen = new Map<string, number>();
  for (const p of before.errors) seen.set(errorKey(p), (seen.get(errorKey(p)) ?? 0) + 1);
  const known = names(before.data);
  const still = names(after.data);
  const out: SaveProblem[] = [];
  for (const p of after.errors) {
    const key = errorKey(p);
    const left = seen.get(key) ?? 0;
    if (left > 0) {
      seen.set(key, left - 1);
      continue;
    }
    const value = typeof p.value === 'string' ? p.value : '';
    out.push({ problem: p, lost: value !== '' && known.has(value) && !still.has(value) });
  }
  return out;
}
