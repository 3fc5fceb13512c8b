// Offline classroom pack (issue 11): what the pack costs to download and how fast the app is
// ready from it with the network off.
// - Pack size: the files the built service worker precaches (read from dist's sw.js), raw and
//   gzip (level 9, as a static host would send them).
// - First visit: what the browser actually transferred, counted by this bench's own static
//   server (gzip like a host, ETag + `no-cache`), until the map is ready and until the pack is
//   saved (the worker's precache requests included).
// - Second visit offline: the browser set offline, the page opened again; `fhm:map-ready`'s time
//   from navigation start, the median of several runs (each a fresh page).
// Usage: npm run bench:offline [-- --runs 7 --no-build]
// Results: bench/README.md ("Offline classroom pack (issue 11)").
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.config';
import { freePort, ROOT, sourceRevision, withTimeout } from './harness';

const OUT_DIR = join(ROOT, 'bench', 'dist-offline');
const RESULTS_FILE = join(ROOT, 'bench', 'results', 'offline-pack.json');

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

interface Counter {
  requests: number;
  bytes: number;
  paths: string[];
}

/** A static server for `dir` that gzips text and counts the body bytes it sends. */
function staticServer(dir: string, counter: Counter): Server {
  return createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    let body: Buffer;
    try {
      if (!file.startsWith(dir) || !statSync(file).isFile()) throw new Error('not found');
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    counter.requests++;
    counter.paths.push(path);
    const etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      etag,
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    if (/gzip/.test(String(req.headers['accept-encoding'])) && extname(file) !== '.png') {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    counter.bytes += body.length;
    res.writeHead(200, { ...headers, 'content-length': String(body.length) }).end(body);
  });
}

function precached(dir: string): string[] {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  return [...sw.matchAll(/"?url"?:\s*"([^"]+)",\s*"?revision"?:/g)].map((m) => m[1]!);
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const kB = (n: number): string => `${(n / 1000).toFixed(1)} kB`;

async function main(): Promise<void> {
  const runs = option('runs', 7);
  if (!process.argv.includes('--no-build')) {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: OUT_DIR, emptyOutDir: true } });
  }
  const files = precached(OUT_DIR);
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(OUT_DIR, f));
    raw += bytes.length;
    gzip += extname(f) === '.png' ? bytes.length : gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`pack: ${files.length} files, ${kB(raw)} raw, ${kB(gzip)} gzip`);

  const counter: Counter = { requests: 0, bytes: 0, paths: [] };
  const server = staticServer(OUT_DIR, counter);
  const port = await freePort();
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  // Online tiles are not part of the pack: every host but this machine is unreachable. (A
  // context.route() would do it too, but routing turns the HTTP cache off, and the worker's
  // precache may reuse what the page just downloaded.)
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  try {
    const url = `http://127.0.0.1:${port}/`;
    const openContext = async (serviceWorkers: 'allow' | 'block') => {
      const c = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        locale: 'ja-JP',
        serviceWorkers,
      });
      return c;
    };
    const mapReady = () => document.documentElement.dataset.mapReady === 'true';

    // What the page itself needs until the map is ready: a visit with no service worker (the pack
    // starts downloading only after map-ready, so this is the same first part of a real visit).
    const bare = await openContext('block');
    const barePage = await bare.newPage();
    await barePage.goto(url);
    await withTimeout(barePage.waitForFunction(mapReady), 120_000, 'first visit map-ready');
    const atReady = { requests: counter.requests, bytes: counter.bytes };
    await barePage.close();

    // A real first visit, in a fresh profile: until the pack is saved.
    counter.requests = 0;
    counter.bytes = 0;
    counter.paths = [];
    const context = await openContext('allow');
    const page = await context.newPage();
    await page.goto(url);
    await withTimeout(
      page.waitForFunction(
        () => document.documentElement.dataset.offlinePack === 'saved',
        undefined,
        {
          timeout: 0,
        },
      ),
      180_000,
      'pack saved',
    );
    const atSaved = { requests: counter.requests, bytes: counter.bytes };
    console.log(
      `first visit: ${atReady.requests} requests, ${kB(atReady.bytes)} until map-ready; ` +
        `${atSaved.requests} requests, ${kB(atSaved.bytes)} until the pack is saved`,
    );
    await page.close();

    await context.setOffline(true);
    const times: number[] = [];
    const online: number[] = [];
    for (let i = 0; i < runs + 1; i++) {
      const p = await context.newPage();
      const before = counter.requests;
      await p.goto(url);
      await withTimeout(
        p.waitForFunction(() => document.documentElement.dataset.mapReady === 'true'),
        120_000,
        'offline map-ready',
      );
      const t = await p.evaluate(
        () => performance.getEntriesByName('fhm:map-ready')[0]?.startTime ?? NaN,
      );
      // Chromium's offline emulation covers pages, not the browser's own update check of the
      // worker script (on a real offline network that check just fails): only those may pass.
      const reached = counter.paths
        .slice(before)
        .filter((f) => !/^\/(sw|workbox-[^/]+)\.js$/.test(f));
      if (reached.length > 0) {
        throw new Error(`the offline visit reached the server: ${reached.join(' ')}`);
      }
      await p.close();
      // The first offline run warms the browser's caches for the code; it is reported, not counted.
      // The same app online without the worker, right after: the machine's load at that moment.
      const b = await bare.newPage();
      await b.goto(url);
      await withTimeout(b.waitForFunction(mapReady), 120_000, 'online map-ready');
      const tb = await b.evaluate(
        () => performance.getEntriesByName('fhm:map-ready')[0]?.startTime ?? NaN,
      );
      await b.close();
      if (i > 0) {
        times.push(t);
        online.push(tb);
      }
      console.log(
        `visit ${i === 0 ? 'warm-up' : i}: map-ready offline from the pack ${t.toFixed(0)} ms, ` +
          `online without worker ${tb.toFixed(0)} ms`,
      );
    }
    const result = {
      date: new Date().toISOString(),
      source: sourceRevision(['src', 'data', 'index.html', 'vite.config.ts']),
      pack: { files: files.length, rawBytes: raw, gzipBytes: gzip },
      firstVisit: {
        untilMapReady: atReady,
        untilPackSaved: atSaved,
      },
      offlineMapReadyMs: { runs: times, median: median(times) },
      onlineNoWorkerMapReadyMs: { runs: online, median: median(online) },
    };
    console.log(
      `map-ready median over ${runs} runs: offline from the pack ${median(times).toFixed(0)} ms, ` +
        `online without worker ${median(online).toFixed(0)} ms`,
    );
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(RESULTS_FILE, `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.close(() => r()));
  }
}

await main();
