// Romaji search speed on the real files: the time searchPlaces takes per query with the romaji
// step (and the address reader) in, over a table of what English-speaking residents type, many
// rounds after one cold call (which also builds the spelling index). Node, no browser: the search
// is pure. Usage: npx vite-node bench/romaji-search.ts [-- --rounds 200]
// Figures: bench/README.md ("Romaji search (issue 18, item 4)").
import { performance } from 'node:perf_hooks';
import { matchAddress } from '../src/data/address';
import { chomeIndexOf } from '../src/data/assemble-history';
import { buildEnglishNames } from '../src/data/english-names';
import { matchRomaji } from '../src/data/romaji-search';
import { searchPlaces } from '../src/data/search-places';
import { townIndexOf } from '../src/data/towns';
import { availableParallelism, cpus } from 'node:os';
import { csv, geojson } from '../tests/unit/helpers/bundled-data';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const ROUNDS = arg('--rounds', 200);

const QUERIES = [
  'Gotanda',
  'Oimachi',
  'Nishi-Gotanda 2',
  'nishigotanda 2-chome',
  '2-11-8 Nishi-Gotanda, Shinagawa-ku, Tokyo 141-0031',
  'Gotanda Sta.',
  'Ohi 3-chome',
  'Yutakachō 4-chōme',
  'Togoshi-Ginza',
  'Nishi-Gotanda 9',
  'Shinjuku',
  'Shinagaw',
];

const chomeFile = geojson('chome');
const stationFile = geojson('stations');
const checked = csv('placeNamesEn');
const built = performance.now();
const names = buildEnglishNames(
  checked.rows,
  chomeFile.features.map((f) => ({
    code: String(f.properties.key_code),
    name: String(f.properties.name_kanji),
  })),
);
const buildMs = performance.now() - built;
const chome = chomeIndexOf(chomeFile);
const towns = [...townIndexOf(chomeFile).towns.keys()];
const stations = [...new Set(stationFile.features.map((f) => String(f.properties.name)))];
const search = (q: string): unknown =>
  searchPlaces(q, chome, stations, towns, matchAddress, (t) => matchRomaji(t, names, chome));

const coldStart = performance.now();
search(QUERIES[0] ?? '');
const coldMs = performance.now() - coldStart;
const times: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const q of QUERIES) {
    const t0 = performance.now();
    search(q);
    times.push(performance.now() - t0);
  }
}
times.sort((a, b) => a - b);
const at = (p: number): number =>
  times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN;
const ms = (v: number): string => `${v.toFixed(3)} ms`;
console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'}, ${availableParallelism()} cores, Node ${process.version}`,
);
console.log(`English names built (88 rows, 130 chome): ${ms(buildMs)}`);
console.log(`first search (builds the spelling index): ${ms(coldMs)}`);
console.log(
  `${times.length} searches (${QUERIES.length} queries × ${ROUNDS}): median ${ms(at(0.5))}, p95 ${ms(at(0.95))}, p99 ${ms(at(0.99))}, max ${ms(times[times.length - 1] ?? NaN)}`,
);
