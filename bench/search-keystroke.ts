// Search per keystroke: what the search box runs at each key once its chunk is in (searchPlaces with
// the address and postcode readers, then the line under the box), on the ward's real files, over
// inputs typed one character at a time as residents type them (names, full-width, kanji numerals,
// postcodes with and without 〒, addresses from letters, misspellings). Prints p50 / p95 / p99 / max per
// keystroke; the target is one frame (p95 < 16 ms). Node, not the browser: the DOM work per key is
// one textContent. Usage: npm run bench:search [-- --rounds 20]
// Results: bench/README.md ("Search per keystroke").
import { performance } from 'node:perf_hooks';
import { matchAddress } from '../src/data/address';
import { chomeIndexOf } from '../src/data/assemble-history';
import { createPostcodeMatcher } from '../src/data/postcodes';
import { searchPlaces } from '../src/data/search-places';
import { townIndexOf } from '../src/data/towns';
import '../src/i18n/register-all-texts';
import { previewWords } from '../src/ui/search-words';
import { csv, geojson } from '../tests/unit/helpers/bundled-data';

const i = process.argv.indexOf('--rounds');
const rounds = i >= 0 ? Number(process.argv[i + 1]) : 20;

const chomeFile = geojson('chome');
const stationsFile = geojson('stations');
const chome = chomeIndexOf(chomeFile);
const townIndex = townIndexOf(chomeFile);
const towns = [...townIndex.towns.keys()];
const stations = [...new Set(stationsFile.features.map((f) => String(f.properties.name)))];
const checked = csv('postcodes');
const postcode = createPostcodeMatcher(checked.rows, townIndex, chome);

/** What residents type, each timed at every prefix (one keystroke each). */
const INPUTS: readonly string[] = [
  '〒141-0031',
  '1400001',
  '１４１－６００１',
  '〒１４０ー０００１',
  '141 0001',
  '100-0001',
  '品川区西五反田2-11-8',
  '東京都品川区西五反田二丁目11番8号',
  '西五反田２－１１－８',
  '〒141-0031 東京都品川区西五反田2-11-8',
  '品川区南品川6-8-8',
  '中延6丁目',
  '中延六丁目',
  '北品川',
  '五反田駅',
  '戸越公園',
  '旗ノ台2-5',
  '大井町',
  '東大井5丁目23-34',
  '西五反田9丁目',
  '品川シーサイド',
  'しながわ',
];

const times: number[] = [];
let worst = { ms: 0, text: '' };
for (let round = 0; round <= rounds; round++) {
  for (const input of INPUTS) {
    for (let n = 1; n <= input.length; n++) {
      const text = input.slice(0, n);
      const t0 = performance.now();
      const result = searchPlaces(text, chome, stations, towns, matchAddress, postcode);
      previewWords('ja', text, result);
      const ms = performance.now() - t0;
      // Round 0 warms the JIT up and is not counted.
      if (round === 0) continue;
      times.push(ms);
      if (ms > worst.ms) worst = { ms, text };
    }
  }
}
const sorted = [...times].sort((a, b) => a - b);
const at = (q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const f = (ms: number): string => ms.toFixed(3);
console.log(
  `search per keystroke: ${times.length} keystrokes (${INPUTS.length} inputs × ${rounds} rounds)`,
);
console.log(
  `p50 ${f(at(0.5))} ms · p95 ${f(at(0.95))} ms · p99 ${f(at(0.99))} ms · max ${f(worst.ms)} ms (「${worst.text}」)`,
);
console.log(at(0.95) < 16 ? 'within one frame (p95 < 16 ms)' : 'OVER one frame (p95 ≥ 16 ms)');
