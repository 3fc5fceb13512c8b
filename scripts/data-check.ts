// `npm run data:check [-- --lang en] [--dir data]`: validates every bundled data file against its
// schema in src/data/catalog.ts, checks the files against each other and that data/README.md is
// up to date. Prints one line per problem (file, feature or row, field, value); exits 1 on errors.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { catalog } from '../src/data/catalog';
import { documentedCatalog } from '../src/data/catalog-docs';
import { assembleHistory, recordTextProblems } from '../src/data/assemble-history';
import { crossCheckChome } from '../src/data/cross-check';
import { isPlaced } from '../src/data/locate';
import { updateReadme } from '../src/data/data-readme';
// Problems are worded with the page's texts, every language registered at once.
import '../src/i18n/register-all-texts';
import { formatProblem, hasErrors, type Problem } from '../src/data/problems';
import {
  MAX_FILE_BYTES,
  tooLarge,
  validateDataset,
  type DatasetResult,
} from '../src/data/validate-dataset';
import { isLang, type Lang } from '../src/i18n/i18n';
import { parseTours } from '../src/tours/parse-tour';
import { tourRefs } from '../src/tours/tour-refs';
import { TOURS_INDEX_FILE } from '../src/tours/tour-schema';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const langArg = arg('--lang') ?? (process.env.LANG?.startsWith('en') ? 'en' : 'ja');
const lang: Lang = isLang(langArg) ? langArg : 'ja';
const dir = resolve(arg('--dir') ?? 'data');

const problems: Problem[] = [];
const results = new Map<string, DatasetResult>();

for (const meta of catalog) {
  const path = join(dir, meta.file);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    problems.push({
      severity: 'error',
      code: 'fetchFailed',
      file: meta.file,
      params: { detail: `not found: ${path}` },
    });
    continue;
  }
  if (size > MAX_FILE_BYTES) {
    problems.push(tooLarge(meta, size));
    continue;
  }
  const result = validateDataset(meta, readFileSync(path, 'utf8'));
  results.set(meta.id, result);
  problems.push(...result.problems);
  const count = result.kind === 'csv' ? result.rows?.length : result.data?.features.length;
  console.log(
    `${result.problems.length === 0 ? 'ok  ' : 'FAIL'} ${meta.file}: ${count ?? 0}/${result.total}`,
  );
}

const chome = results.get('chome');
const points = results.get('chomePoints');
if (chome?.kind === 'geojson' && chome.data && points?.kind === 'csv') {
  const chomeFile = catalog.find((d) => d.id === 'chome')?.file ?? '';
  const pointsFile = catalog.find((d) => d.id === 'chomePoints')?.file ?? '';
  problems.push(...crossCheckChome(chomeFile, chome.data, pointsFile, points.rows));
}

const events = results.get('floodEvents');
if (chome?.kind === 'geojson' && chome.data && events?.kind === 'csv' && events.rows) {
  const fileOf = (id: string): string => catalog.find((d) => d.id === id)?.file ?? id;
  const csv = (id: string) => {
    const r = results.get(id);
    return r?.kind === 'csv' && r.rows ? { file: fileOf(id), rows: r.rows } : null;
  };
  const stations = results.get('stations');
  const assembled = assembleHistory({
    chome: chome.data,
    stations: stations?.kind === 'geojson' ? stations.data : null,
    events: { file: fileOf('floodEvents'), rows: events.rows },
    records: csv('chomeRecords'),
    gazetteer: csv('gazetteer'),
    facts: csv('eventFacts'),
    basin: csv('tachiaiBasin'),
  });
  problems.push(
    ...assembled.problems,
    ...recordTextProblems({ file: fileOf('floodEvents'), rows: events.rows }, assembled.history),
  );
  const unplaced = assembled.history.events.filter((e) => {
    const loc = assembled.history.locations.get(e.id);
    return loc !== undefined && !isPlaced(loc);
  });
  console.log(
    `info ${assembled.history.events.length} flood records, ${assembled.history.records.length} chome records; ` +
      `${unplaced.length} records cannot be placed on the map and are listed as ward-wide / place unknown`,
  );
}

// Lesson tours (data/tours/): the index, each tour's steps, and the chome, stations and records
// they select checked against the files above.
const toursDir = join(dir, 'tours');
try {
  const stepFiles = new Map(
    readdirSync(toursDir)
      .filter((f) => f.endsWith('.csv') && f !== TOURS_INDEX_FILE)
      .map((f) => [f, readFileSync(join(toursDir, f), 'utf8')] as const),
  );
  const geo = (id: string) => {
    const r = results.get(id);
    return r?.kind === 'geojson' ? r.data : null;
  };
  const tours = parseTours(
    readFileSync(join(toursDir, TOURS_INDEX_FILE), 'utf8'),
    stepFiles,
    tourRefs(geo('chome'), geo('stations'), events?.kind === 'csv' ? events.rows : null),
  );
  problems.push(...tours.problems);
  console.log(
    `${tours.problems.length === 0 ? 'ok  ' : 'FAIL'} tours/: ${tours.tours.length} tour(s)`,
  );
} catch (err) {
  problems.push({
    severity: 'error',
    code: 'fetchFailed',
    file: `tours/${TOURS_INDEX_FILE}`,
    params: { detail: String(err) },
  });
}

const readmePath = join(dir, 'README.md');
try {
  const readme = readFileSync(readmePath, 'utf8');
  if (updateReadme(readme, documentedCatalog) !== readme) {
    console.log(
      `FAIL ${readmePath} is out of date with the catalogue (src/data/catalog.ts, catalog-docs.ts): run npm run data:readme`,
    );
    process.exitCode = 1;
  }
} catch {
  console.log(`FAIL ${readmePath} is missing: run npm run data:readme`);
  process.exitCode = 1;
}

const errors = problems.filter((p) => p.severity === 'error');
if (hasErrors(problems)) process.exitCode = 1;
for (const p of problems)
  console.log(`${p.severity === 'error' ? 'error' : 'warn '} ${formatProblem(p, lang)}`);
console.log(
  `${errors.length} error(s), ${problems.length - errors.length} warning(s) in ${catalog.length} files`,
);
