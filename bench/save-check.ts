// What the whole-set check costs a save (issue 19): `npx vite-node bench/save-check.ts [runs]`.
// Prints the time of checking data/ whole (schemas, cross-file, lessons) — what the desk does on
// every re-check — and of the save endpoint's check (read the folder, check today's set and the
// set with flood_events.csv replaced). On data/ as it is; nothing is written.
import { join } from 'node:path';
import { checkSave, readDataTexts, readTourTexts } from '../scripts/data-save';
import { checkDataSet } from '../src/data/whole-set-check';
import { tourCheck } from '../src/tours/tour-check';

const runs = Number(process.argv[2] ?? 7);
const dir = join(import.meta.dirname, '..', 'data');
const texts = readDataTexts(dir);
const lessons = tourCheck(readTourTexts(dir));

function timed(label: string, work: () => void): void {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    ms.push(performance.now() - started);
  }
  const sorted = [...ms].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  console.log(
    `${label}: median ${median.toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms (${runs} runs)`,
  );
}

timed('checkDataSet (desk re-check)', () => checkDataSet(texts, lessons));
const events = new Map([['floodEvents' as const, texts.get('floodEvents') ?? '']]);
timed('checkSave (endpoint / CLI)', () => checkSave(dir, events));
