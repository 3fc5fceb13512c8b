// `npx vite-node bench/chome-table-import.ts [-- --runs 15 --cli-runs 3]`: the ward's table
// import at full size, on the SYNTHETIC 130 chome × 30 events replica (tests/fixtures/chome-table/).
// Measures, as medians: reading the .xlsx (first read apart, since it loads SheetJS) and the
// Shift_JIS CSV in this process; planning the import against the current data/; the whole CLI
// (`--dry-run`, vite-node start-up included). Weighs what a browser would download for the reader:
// the reader chunk and the SheetJS chunk it imports lazily, as Vite bundles them. Writes
// bench/results/chome-table-import.json; nothing in data/ is touched.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { median } from 'd3-array';
import { build } from 'vite';
import { chomeIndexOf } from '../src/data/assemble-history';
import { datasetById } from '../src/data/catalog';
import { validateDataset } from '../src/data/validate-dataset';
import { planImport } from '../src/desk/chome-table/plan';
import { readChomeTable } from '../src/desk/chome-table/read';
import { chomeEntries } from '../tests/fixtures/chome-table/chome-entries';
import {
  buildSyntheticTable,
  toCsv,
  toXlsx,
} from '../tests/fixtures/chome-table/synthetic-chome-table';
import { ROOT, sourceRevision } from './harness';

/** Options and their defaults, declared once. */
const defaults = {
  /** In-process repetitions per measurement. */
  runs: 15,
  /** Whole-CLI repetitions per format (each starts vite-node, about 2 s). */
  cliRuns: 3,
};

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const runs = Number(arg('--runs') ?? defaults.runs);
const cliRuns = Number(arg('--cli-runs') ?? defaults.cliRuns);

async function timeRuns(n: number, work: () => unknown): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await work();
    out.push(performance.now() - started);
  }
  return out;
}

const ms = (v: number | undefined): string => `${(v ?? NaN).toFixed(1)} ms`;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

const tmp = mkdtempSync(join(tmpdir(), 'fhm-chome-bench-'));
try {
  const table = buildSyntheticTable(chomeEntries());
  const xlsx = toXlsx(table.grid);
  const csv = toCsv(table.grid, 'shift_jis');
  const chomeText = readFileSync(join(ROOT, 'data', datasetById('chome').file), 'utf8');
  const chome = validateDataset(datasetById('chome'), chomeText);
  if (chome.kind !== 'geojson' || !chome.data) throw new Error('chome boundaries do not load');
  const index = chomeIndexOf(chome.data);

  const coldStart = performance.now();
  await readChomeTable('replica.synthetic.xlsx', xlsx, index);
  const xlsxCold = performance.now() - coldStart;
  const xlsxRuns = await timeRuns(runs, () =>
    readChomeTable('replica.synthetic.xlsx', xlsx, index),
  );
  const csvRuns = await timeRuns(runs, () => readChomeTable('replica.synthetic.csv', csv, index));
  const read = await readChomeTable('replica.synthetic.xlsx', xlsx, index);
  const current = {
    events: readFileSync(join(ROOT, 'data', 'flood_events.csv'), 'utf8'),
    records: readFileSync(join(ROOT, 'data', 'chome_flood_records.csv'), 'utf8'),
  };
  const source = { file: 'replica.synthetic.xlsx', date: '2026-11-30' };
  const planRuns = await timeRuns(runs, () => planImport(read, current, source));
  const plan = planImport(read, current, source);

  writeFileSync(join(tmp, 'replica.synthetic.xlsx'), xlsx);
  writeFileSync(join(tmp, 'replica.synthetic.csv'), csv);
  const cli = (file: string): number[] =>
    Array.from({ length: cliRuns }, () => {
      const started = performance.now();
      const r = spawnSync(
        join(ROOT, 'node_modules/.bin/vite-node'),
        ['scripts/import-chome-table.ts', join(tmp, file), '--dry-run', '--lang', 'en'],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'C' } },
      );
      if (r.status !== 0) throw new Error(`CLI failed on ${file}:\n${r.stdout}\n${r.stderr}`);
      return performance.now() - started;
    });
  const cliXlsx = cli('replica.synthetic.xlsx');
  const cliCsv = cli('replica.synthetic.csv');

  // The reader as a browser would get it from an app build (a lib build would keep whitespace):
  // a page that reads a table; Vite splits SheetJS into its own chunk.
  writeFileSync(
    join(tmp, 'entry.ts'),
    `import { readChomeTable } from ${JSON.stringify(join(ROOT, 'src/desk/chome-table/read.ts'))};\n` +
      'Object.assign(globalThis, { readChomeTable });\n',
  );
  writeFileSync(join(tmp, 'index.html'), '<script type="module" src="./entry.ts"></script>\n');
  await build({
    configFile: false,
    root: tmp,
    logLevel: 'silent',
    build: { outDir: join(tmp, 'dist'), target: 'es2022', assetsInlineLimit: 0 },
  });
  const assets = join(tmp, 'dist', 'assets');
  const chunks = readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const bytes = readFileSync(join(assets, name));
      return { name, bytes: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
    });

  const result = {
    what: 'import of the synthetic 130 chome × 30 events replica of the 町丁別浸水実績一覧',
    machine: {
      cpus: cpus().length,
      load: loadavg().map((l) => Number(l.toFixed(2))),
      node: process.version,
    },
    revision: sourceRevision([
      'src/desk/chome-table',
      'src/lib/text-encoding.ts',
      'scripts/import-chome-table.ts',
    ]),
    files: { xlsxBytes: xlsx.byteLength, csvBytes: csv.byteLength },
    inProcessMs: {
      xlsxFirstRead: xlsxCold,
      xlsxMedian: median(xlsxRuns),
      csvMedian: median(csvRuns),
      planMedian: median(planRuns),
      runs,
    },
    cliDryRunMs: { xlsxMedian: median(cliXlsx), csvMedian: median(cliCsv), runs: cliRuns },
    plan: plan.summary,
    browserChunks: chunks,
  };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/chome-table-import.json'),
    `${JSON.stringify(result, null, 2)}\n`,
  );

  console.log(
    `replica: .xlsx ${kb(xlsx.byteLength)}, Shift_JIS CSV ${kb(csv.byteLength)}; ${cpus().length} cores, load ${result.machine.load.join(' ')}`,
  );
  console.log(
    `read .xlsx  first ${ms(xlsxCold)} (loads SheetJS), median ${ms(result.inProcessMs.xlsxMedian)} of ${runs}`,
  );
  console.log(`read CSV    median ${ms(result.inProcessMs.csvMedian)} of ${runs}`);
  console.log(
    `plan import median ${ms(result.inProcessMs.planMedian)} of ${runs} (${plan.summary.recordRows} record rows, ${plan.summary.newEvents} new events)`,
  );
  console.log(
    `CLI --dry-run median: .xlsx ${ms(result.cliDryRunMs.xlsxMedian)}, CSV ${ms(result.cliDryRunMs.csvMedian)} of ${cliRuns} (vite-node start-up included)`,
  );
  for (const c of chunks)
    console.log(`browser chunk ${c.name}: ${kb(c.bytes)}, gzip ${kb(c.gzip)}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
