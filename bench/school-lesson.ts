// 「わたしの学校のまわり」: what runs between choosing a school and its first step being set, once
// the generator's chunk is in: the school list from the ward's file, the records within walking
// distance, the nearest flood site, and the seven steps in three languages (schoolLesson). Every
// school in the ward's real data, `--rounds` times each (round 0 warms up and is not counted).
// Node (vite-node), not the browser: the map's redraw for the step and the chunk's download are
// not in it. Usage: npx vite-node bench/school-lesson.ts [-- --rounds 20]
// Results: bench/README.md ("Issue 21").
import { performance } from 'node:perf_hooks';
import '../src/i18n/register-all-texts';
import { schoolLesson } from '../src/tours/school/school-chunk';
import { schoolsFrom } from '../src/tours/school/school-list';
import { bundledAppData } from '../tests/unit/helpers/bundled-data';

const i = process.argv.indexOf('--rounds');
const rounds = i >= 0 ? Number(process.argv[i + 1]) : 20;

const data = bundledAppData(['evacSites', 'wardShelters']);
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
