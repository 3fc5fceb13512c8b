// 「わたしの学校のまわり」: what runs between choosing a school and its first step being set, once
// the generator's chunk is in: the school list from the ward's file, the records within walking
// distance, the nearest flood site, and the seven steps in three languages (schoolLesson). Every
// school in the ward's real data, `--rounds` times each (round 0 warms up and is not counted).
// Node (vite-node), not the browser: the map's redraw for the step and the chunk's download are
// not in it. Usage: npx vite-node bench/school-lesson.ts [-- --rounds 20]
// Results: bench/README.md ("Issue 21").
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildAppData } from '../src/data/app-data';
import { datasetById, type DatasetId } from '../src/data/catalog';
import { withIds } from '../src/data/place-ids';
import type { CsvRow } from '../src/data/validate-csv';
import { validateDataset } from '../src/data/validate-dataset';
import type { FeatureCollection } from '../src/data/validate-geojson';
import '../src/i18n/register-all-texts';
import { schoolLesson } from '../src/tours/school/school-chunk';
import { schoolsFrom } from '../src/tours/school/school-list';

const i = process.argv.indexOf('--rounds');
const rounds = i >= 0 ? Number(process.argv[i + 1]) : 20;

function load(id: DatasetId): FeatureCollection | CsvRow[] {
  const meta = datasetById(id);
  const r = validateDataset(meta, readFileSync(`data/${meta.file}`, 'utf8'));
  if (r.kind === 'geojson' && r.data) return withIds(id, r.data);
  if (r.kind === 'csv' && r.rows) return r.rows;
  throw new Error(`${meta.file} did not load`);
}
const geo: readonly DatasetId[] = ['chome', 'stations', 'evacSites', 'wardShelters'];
const tables: readonly DatasetId[] = [
  'floodEvents',
  'chomeRecords',
  'gazetteer',
  'eventFacts',
  'tachiaiBasin',
];
const data = buildAppData({
  geojson: new Map(geo.map((id) => [id, load(id) as FeatureCollection])),
  csv: new Map(tables.map((id) => [id, load(id) as CsvRow[]])),
  problems: new Map(),
});
const ward = data.features.get('wardShelters');
if (!ward) throw new Error('wardShelters did not load');
const ids = schoolsFrom(ward).map((s) => s.id);

const times: number[] = [];
for (let round = 0; round <= rounds; round++) {
  for (const id of ids) {
    const t0 = performance.now();
    const tour = schoolLesson(data, id);
    const ms = performance.now() - t0;
    if (!tour) throw new Error(`no lesson for ${id}`);
    if (round > 0) times.push(ms);
  }
}
times.sort((a, b) => a - b);
const q = (p: number): string =>
  (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(2);
console.log(
  `${ids.length} schools × ${rounds} rounds = ${times.length} lessons: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`,
);
