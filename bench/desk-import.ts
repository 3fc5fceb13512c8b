// `npx vite-node bench/desk-import.ts [-- --runs 5]`: the ward's table dropped on the data desk
// in Chromium, on the SYNTHETIC 130 chome × 30 events replica (tests/fixtures/chome-table/), as
// staff would see it: from choosing the file to the problems, the differences and the preview
// drawn (the desk's own `data-desk-read` time: read, check, plan, re-check of the whole set,
// preview). Each run starts from a freshly loaded desk (SheetJS comes from the browser cache
// after the first run). Also weighs the desk's chunks in the build. Writes
// bench/results/desk-import.json; nothing in data/ is touched.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { median } from 'd3-array';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.config';
import { chomeEntries } from '../tests/fixtures/chome-table/chome-entries';
import {
  buildSyntheticTable,
  toCsv,
  toXlsx,
} from '../tests/fixtures/chome-table/synthetic-chome-table';
import { freePort, ROOT, sourceRevision, withTimeout } from './harness';

/** Options and their defaults, declared once. */
const defaults = {
  /** Page loads per format. */
  runs: 5,
  /** Longest wait for one import before the run fails. */
  importTimeoutMs: 120_000,
};
const i = process.argv.indexOf('--runs');
const runs = Number(i >= 0 ? process.argv[i + 1] : defaults.runs);

const tmp = mkdtempSync(join(tmpdir(), 'fhm-desk-bench-'));
const outDir = join(tmp, 'dist');
try {
  const table = buildSyntheticTable(chomeEntries());
  const files = {
    xlsx: join(tmp, 'replica.synthetic.xlsx'),
    csv: join(tmp, 'replica.synthetic.sjis.csv'),
  };
  writeFileSync(files.xlsx, toXlsx(table.grid));
  writeFileSync(files.csv, toCsv(table.grid, 'shift_jis'));
  await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const chunks = readdirSync(join(outDir, 'assets'))
    .filter((n) => /^(desk|xlsx|index|symbols|timeline-chart)-.*\.js$/u.test(n))
    .map((name) => {
      const bytes = readFileSync(join(outDir, 'assets', name));
      return { name, bytes: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
    });

  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const times: Record<keyof typeof files, number[]> = { xlsx: [], csv: [] };
  try {
    const page = await browser.newPage({ locale: 'ja-JP' });
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/u, (r) => r.abort());
    for (let run = 0; run < runs; run++) {
      for (const kind of ['xlsx', 'csv'] as const) {
        await page.goto(`http://127.0.0.1:${port}/desk.html`);
        await page.waitForSelector('html[data-desk-ready]', { timeout: 60_000 });
        await page.setInputFiles('#desk-file', files[kind]);
        await withTimeout(
          page.waitForSelector('html[data-desk-read]', { timeout: defaults.importTimeoutMs }),
          defaults.importTimeoutMs + 1000,
          `import ${kind}`,
        );
        times[kind].push(Number(await page.getAttribute('html', 'data-desk-read')));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const result = {
    what: 'the synthetic 130 chome × 30 events replica dropped on the data desk in Chromium (read, checks, plan, re-check, preview)',
    machine: { cpus: cpus().length, load: loadavg().map((l) => Number(l.toFixed(2))) },
    revision: sourceRevision(['src/desk', 'desk.html']),
    ms: {
      xlsxMedian: median(times.xlsx),
      csvMedian: median(times.csv),
      xlsxRuns: times.xlsx,
      csvRuns: times.csv,
    },
    chunks,
  };
  writeFileSync(
    join(ROOT, 'bench/results/desk-import.json'),
    `${JSON.stringify(result, null, 2)}\n`,
  );
  console.log(
    `desk import, median of ${runs}: .xlsx ${result.ms.xlsxMedian} ms (${times.xlsx.join(', ')}), Shift_JIS CSV ${result.ms.csvMedian} ms (${times.csv.join(', ')})`,
  );
  for (const c of chunks)
    console.log(
      `chunk ${c.name}: ${(c.bytes / 1024).toFixed(1)} kB, gzip ${(c.gzip / 1024).toFixed(1)} kB`,
    );
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
