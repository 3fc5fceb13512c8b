// The bundled files in data/, loaded through the same validation as the app, for the data-contract
// suite (data-contract.test.ts). Code tests use the synthetic fixtures in ../fixtures instead, so that
// a data update breaks only the contract. Paths are resolved from the project root (jsdom too).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildAppData, type AppData } from '../../../src/data/app-data';
import { assembleHistory, type AssembledHistory } from '../../../src/data/assemble-history';
import { datasetById, type DatasetId } from '../../../src/data/catalog';
import { withIds } from '../../../src/data/place-ids';
import type { CsvRow } from '../../../src/data/validate-csv';
import { validateDataset } from '../../../src/data/validate-dataset';
import type { FeatureCollection } from '../../../src/data/validate-geojson';

export const read = (file: string): string =>
  readFileSync(resolve(process.cwd(), 'data', file), 'utf8');

export function geojson(id: DatasetId): FeatureCollection {
  const r = validateDataset(datasetById(id), read(datasetById(id).file));
  if (r.kind !== 'geojson' || !r.data) throw new Error(`${id} did not load`);
  return r.data;
}

export function csv(id: DatasetId): { file: string; rows: CsvRow[] } {
  const meta = datasetById(id);
  const r = validateDataset(meta, read(meta.file));
  if (r.kind !== 'csv' || !r.rows) throw new Error(`${id} did not load`);
  return { file: meta.file, rows: r.rows };
}

let cached: AssembledHistory | null = null;

/** The flood history exactly as the app builds it from data/. */
export function bundledHistory(): AssembledHistory {
  cached ??= assembleHistory({
    chome: geojson('chome'),
    stations: geojson('stations'),
    events: csv('floodEvents'),
    records: csv('chomeRecords'),
    gazetteer: csv('gazetteer'),
    facts: csv('eventFacts'),
    basin: csv('tachiaiBasin'),
  });
  return cached;
}

const cachedApp = new Map<string, AppData>();

/**
 * The app's data (AppData) as the browser builds it from data/: the places a record is located by,
 * and the `extra` GeoJSON files a test needs besides (evacuation sites, the ward's shelters).
 */
export function bundledAppData(extra: readonly DatasetId[] = []): AppData {
  const key = extra.join(',');
  const ids: readonly DatasetId[] = [
    'floodEvents',
    'chomeRecords',
    'gazetteer',
    'eventFacts',
    'tachiaiBasin',
  ];
  const geo: readonly DatasetId[] = ['chome', 'stations', ...extra];
  const data =
    cachedApp.get(key) ??
    buildAppData({
      geojson: new Map<DatasetId, FeatureCollection>(
        geo.map((id) => [id, withIds(id, geojson(id))]),
      ),
      csv: new Map(ids.map((id) => [id, csv(id).rows])),
      problems: new Map(),
    });
  cachedApp.set(key, data);
  return data;
}
