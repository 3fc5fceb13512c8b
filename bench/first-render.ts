// First-render benchmark: builds the app (MapLibre 5 as shipped, and/or MapLibre 6 swapped in),
// serves each build locally, loads it in headless Chromium with every external request blocked and
// reports time to the app's 'fhm:map-ready' mark (the first render: the ward's chome and their
// records, what the bare page draws) and to 'fhm:map-complete' (the neighbouring wards, stations
// and evacuation places drawn too), first-load bytes and peak JS heap.
// Usage: npx vite-node bench/first-render.ts [-- --runs 7 --warmup 1 --variant v5|v6|both|bare|floor|all
//   --net none|10mbps --screenshots]
// Methodology and recorded figures: bench/README.md.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type CDPSession } from '@playwright/test';
import { median } from 'd3-array';
import { build, preview, type Alias, type Plugin, type PreviewServer } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.config';
import {
  freePort,
  machineAtEnd,
  machineDetails,
  packageVersion,
  ROOT,
  sourceRevision,
  withTimeout,
} from './harness';

const BENCH = join(ROOT, 'bench');
const CONFIG_FILE = join(ROOT, 'vite.config.ts');
const RESULTS_FILE = join(BENCH, 'results', 'first-render.json');
const SETUP_MODULE = join(ROOT, 'src', 'map', 'maplibre-setup.ts');
const V6_SETUP_MODULE = join(BENCH, 'maplibre6-setup.ts');
const V6_PACKAGE = 'maplibre-gl-v6';

const BUDGET = { readyMs: 1500, jsGzipBytes: 350_000 };
const CLASSROOM_BITS_PER_S = 10_000_000;
/** Round trip added before each response of the shaped profile (a school Wi-Fi, not a LAN). */
const CLASSROOM_RTT_MS = 40;
const SHAPED_CHUNK_BYTES = 16 * 1024;

// Everything is bounded so a broken build or a map that never settles fails the run, not the
// machine: per step, per page, and a watchdog over the whole script.
const BUILD_TIMEOUT_MS = 180_000;
const SERVER_TIMEOUT_MS = 20_000;
const LAUNCH_TIMEOUT_MS = 30_000;
const READY_TIMEOUT_MS = 30_000;
const CLOSE_TIMEOUT_MS = 10_000;
const WATCHDOG_MS = 20 * 60_000;
const HEAP_SAMPLE_MS = 50;

/** The app on MapLibre 5 or 6, or the bare page in bench/bare/ (the floor: chome and labels only). */
type VariantId = 'v5' | 'v6' | 'bare';
const BARE_ROOT = join(BENCH, 'bare');
type Category = 'html' | 'js' | 'css' | 'data' | 'other';
type NetProfile = 'none' | '10mbps';

interface Options {
  readonly runs: number;
  readonly warmup: number;
  readonly variants: readonly VariantId[];
  readonly net: NetProfile;
  /** Save what the first measured run of each variant drew, to check the map by eye. */
  readonly screenshots: boolean;
}

interface FileSize {
  readonly raw: number;
  readonly gzip: number;
}

interface Bytes {
  readonly raw: number;
  readonly gzip: number;
  readonly files: number;
}

interface RunResult {
  readonly readyMs: number;
  /** Everything drawn ('fhm:map-complete'; the bare page draws everything in its first render). */
  readonly completeMs: number;
  readonly firstContentfulPaintMs: number | null;
  readonly domContentLoadedMs: number | null;
  readonly peakHeapBytes: number;
  readonly heapSamples: number;
  /** Unique same-origin files fetched before ready, as paths relative to the build folder. */
  readonly files: readonly string[];
  /** Every same-origin response, duplicates included (a refetched worker shows up here). */
  readonly responses: number;
  /** Content-Length of the unique files as sent (gzip), to cross-check the computed sizes. */
  readonly servedBytes: number;
  /** Dedicated workers alive at ready (MapLibre's tile workers). */
  readonly workers: number;
  /** When each same-origin file finished arriving, ms since navigation start (Resource Timing). */
  readonly responseEndMs: Readonly<Record<string, number>>;
  /** Files the app requested only after the map was ready (not part of the first load). */
  readonly afterReady: readonly string[];
  readonly blocked: readonly string[];
  /** Console errors and warnings; the app warns on real map faults (see src/map/map-view.ts). */
  readonly console: readonly string[];
}

interface VariantResult {
  readonly variant: VariantId;
  readonly maplibre: string;
  readonly outDir: string;
  readonly runs: readonly RunResult[];
  readonly failures: readonly string[];
  readonly bytes: Record<Category, Bytes> | null;
  readonly filesByCategory: Record<Category, readonly string[]> | null;
  readonly summary: Summary | null;
}

interface Prepared {
  readonly variant: VariantId;
  readonly outDir: string;
  readonly maplibre: string;
  readonly url: string;
  readonly sizes: ReadonlyMap<string, FileSize>;
}

interface Summary {
  readonly okRuns: number;
  readonly readyMedianMs: number;
  readonly readyMinMs: number;
  readonly readyMaxMs: number;
  readonly completeMedianMs: number;
  readonly fcpMedianMs: number | null;
  readonly peakHeapMedianBytes: number;
  readonly firstLoadGzipBytes: number;
  readonly transferAt10MbpsMs: number;
  readonly budget: { readonly readyOk: boolean; readonly jsGzipOk: boolean };
}

function parseOptions(argv: readonly string[]): Options {
  // vite-node passes through a literal '--' when called as `npm run bench -- ...`; skip it.
  const args = argv.filter((a) => a !== '--');
  const value = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const runs = Number(value('runs') ?? 7);
  const warmup = Number(value('warmup') ?? 1);
  const variant = value('variant') ?? 'both';
  const net = value('net') ?? 'none';
  if (!Number.isInteger(runs) || runs < 1 || runs > 50)
    throw new Error(`--runs 1..50, got ${runs}`);
  if (!Number.isInteger(warmup) || warmup < 0 || warmup > 5) throw new Error('--warmup 0..5');
  const choices: Record<string, VariantId[]> = {
    v5: ['v5'],
    v6: ['v6'],
    both: ['v5', 'v6'],
    bare: ['bare'],
    // The app and the bare page alternately in the same browser: the ratio issue 8 asks for.
    floor: ['v5', 'bare'],
    // Both MapLibre majors against the floor, alternately in one browser.
    all: ['v5', 'v6', 'bare'],
  };
  const chosen = choices[variant];
  if (!chosen) throw new Error(`--variant v5|v6|both|bare|floor|all, got ${variant}`);
  if (net !== 'none' && net !== '10mbps') throw new Error(`--net none|10mbps, got ${net}`);
  return {
    runs,
    warmup,
    variants: chosen,
    net,
    screenshots: args.includes('--screenshots'),
  };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** NaN for no values, so an empty column prints as such instead of failing. */
const medianOf = (values: readonly number[]): number => median(values) ?? NaN;

function categoryOf(path: string): Category {
  const ext = extname(path).toLowerCase();
  if (ext === '.html') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.geojson' || ext === '.json' || ext === '.csv') return 'data';
  return 'other';
}

const GZIP = { level: 9 };

/** Every file of a build, as '/'-separated paths relative to its folder. */
function listFiles(outDir: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(relative(outDir, full).split(sep).join('/'));
    }
  };
  walk(outDir);
  return files;
}

/** Raw and gzip -9 size of every file in a build, so bytes are exact and independent of the server. */
function sizeBuild(outDir: string): Map<string, FileSize> {
  const sizes = new Map<string, FileSize>();
  for (const path of listFiles(outDir)) {
    const body = readFileSync(join(outDir, path));
    sizes.set(path, { raw: body.length, gzip: gzipSync(body, GZIP).length });
  }
  return sizes;
}

/**
 * Replaces the app's MapLibre set-up module, matched on its resolved path rather than on the
 * specifier text, so no other './maplibre-setup' could be swapped by accident. Counts its hits so
 * the build can prove the swap happened.
 */
function swapSetupModule(counter: { hits: number }): Plugin {
  const target = SETUP_MODULE.replace(/\.ts$/, '');
  return {
    name: 'bench:swap-maplibre-setup',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || !source.includes('maplibre-setup')) return null;
      const candidate = resolve(dirname(importer), source).replace(/\.ts$/, '');
      if (candidate !== target) return null;
      counter.hits++;
      return V6_SETUP_MODULE;
    },
  };
}

function v6Aliases(): Alias[] {
  return [
    { find: /^maplibre-gl$/, replacement: V6_PACKAGE },
    // Covers the stylesheet and the worker (with its '?url' query) in one exact-prefix rule.
    { find: /^maplibre-gl\/dist\/(.+)$/, replacement: `${V6_PACKAGE}/dist/$1` },
  ];
}

async function buildVariant(variant: VariantId, outDir: string): Promise<void> {
  if (variant === 'bare') {
    await withTimeout(
      build({
        configFile: false,
        root: BARE_ROOT,
        base: './',
        logLevel: 'warn',
        mode: 'production',
        build: { outDir, emptyOutDir: true, reportCompressedSize: false, assetsInlineLimit: 0 },
      }),
      BUILD_TIMEOUT_MS,
      'vite build bare',
    );
    return;
  }
  const counter = { hits: 0 };
  const v6 = variant === 'v6';
  if (v6 && !existsSync(join(ROOT, 'node_modules', V6_PACKAGE, 'package.json'))) {
    throw new Error(
      `${V6_PACKAGE} is not installed: npm install --save-dev ${V6_PACKAGE}@npm:maplibre-gl@6.17.0`,
    );
  }
  await withTimeout(
    build({
      configFile: CONFIG_FILE,
      root: ROOT,
      logLevel: 'warn',
      mode: 'production',
      build: {
        outDir,
        emptyOutDir: true,
        reportCompressedSize: false,
        // MapLibre 6's main chunk trips the app's size warning; this script reports sizes itself.
        ...(v6 ? { chunkSizeWarningLimit: 4000 } : {}),
      },
      ...(v6 ? { resolve: { alias: v6Aliases() }, plugins: [swapSetupModule(counter)] } : {}),
    }),
    BUILD_TIMEOUT_MS,
    `vite build ${variant}`,
  );
  if (v6) {
    // Without these checks a silently failed alias would measure MapLibre 5 twice.
    if (counter.hits === 0) throw new Error('v6 build: src/map/maplibre-setup.ts was not swapped');
    const assets = readdirSync(join(outDir, 'assets'));
    if (!assets.some((f) => f.startsWith('maplibre-gl-worker'))) {
      throw new Error(`v6 build: no worker asset emitted (assets: ${assets.join(', ')})`);
    }
  }
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  // The favicon: without it vite preview sent it chunked, with no length to count.
  '.svg': 'image/svg+xml',
};

/**
 * Serves the build as a static host with precompressed files would: the same gzip -9 bytes the
 * byte report counts, from memory. vite preview would otherwise gzip JS/CSS/HTML on the fly at
 * level 6, on the same two CPUs the browser is being timed on, and send GeoJSON uncompressed.
 * With `shaped` (--net 10mbps) every response also waits one round trip and then goes through one
 * 10 Mbps "link" shared by all responses in chunks, so parallel downloads split the bandwidth.
 * Shaping here rather than with CDP network emulation matters for MapLibre 6: its worker script is
 * requested by the worker target, which a CDP session on the page does not even see.
 */
function precompressedPreview(outDir: string, shaped: boolean): Plugin {
  const bodies = new Map<string, { type: string; gzip: Buffer }>();
  for (const path of listFiles(outDir)) {
    const type = MIME[extname(path).toLowerCase()];
    if (type) bodies.set(path, { type, gzip: gzipSync(readFileSync(join(outDir, path)), GZIP) });
  }
  let linkFreeAt = 0;
  const send = async (res: ServerResponse, body: Buffer): Promise<void> => {
    if (!shaped) {
      res.end(body);
      return;
    }
    await sleep(CLASSROOM_RTT_MS);
    for (let offset = 0; offset < body.length; offset += SHAPED_CHUNK_BYTES) {
      const chunk = body.subarray(offset, offset + SHAPED_CHUNK_BYTES);
      // Reserving one chunk at a time (not the whole body) lets concurrent responses interleave.
      const start = Math.max(performance.now(), linkFreeAt);
      linkFreeAt = start + ((chunk.length * 8) / CLASSROOM_BITS_PER_S) * 1000;
      await sleep(linkFreeAt - performance.now());
      if (res.destroyed) return;
      res.write(chunk);
    }
    res.end();
  };
  return {
    name: 'bench:precompressed-preview',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const accepts = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
        if (path.endsWith('/')) path += 'index.html';
        const entry = bodies.get(path.replace(/^\//, ''));
        if (!entry || !accepts || req.method !== 'GET') return next();
        res.setHeader('Content-Type', entry.type);
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', entry.gzip.length);
        res.setHeader('Cache-Control', 'no-cache');
        send(res, entry.gzip).catch((e: unknown) =>
          res.destroy(e instanceof Error ? e : undefined),
        );
      });
    },
  };
}

async function serve(outDir: string, net: NetProfile): Promise<PreviewServer> {
  const port = await freePort();
  return withTimeout(
    preview({
      configFile: CONFIG_FILE,
      root: ROOT,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
      plugins: [precompressedPreview(outDir, net === '10mbps')],
    }),
    SERVER_TIMEOUT_MS,
    `vite preview ${outDir}`,
  );
}

async function heapSampler(cdp: CDPSession): Promise<{ stop: () => Promise<[number, number]> }> {
  let peak = 0;
  let samples = 0;
  let running = true;
  const sample = async (): Promise<void> => {
    try {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      peak = Math.max(peak, usedSize);
      samples++;
    } catch {
      // A sample can fail while the renderer swaps on navigation; the next one covers it.
    }
  };
  // Sequential rather than setInterval: a busy main thread answers late, and overlapping requests
  // would pile up and disturb the very page being measured.
  const loop = (async () => {
    while (running) {
      await sample();
      await sleep(HEAP_SAMPLE_MS);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      await sample();
      return [peak, samples];
    },
  };
}

async function measureOnce(
  browser: Browser,
  baseUrl: string,
  outDir: string,
  screenshot: string | null,
): Promise<RunResult> {
  const origin = new URL(baseUrl).origin;
  // A fresh context per run: empty HTTP cache, storage and service workers, like a first visit.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(READY_TIMEOUT_MS);
  try {
    const blocked = new Set<string>();
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      blocked.add(url.origin);
      return route.abort('blockedbyclient');
    });
    // Path -> bytes on the wire and when the request started (epoch ms), to tell the first load
    // from what the app fetches after the map is ready (timeline, tours).
    const files = new Map<string, { bytes: number; startedAt: number }>();
    let responses = 0;
    const badResponses: string[] = [];
    context.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== origin) return;
      responses++;
      if (response.status() >= 400) badResponses.push(`${response.status()} ${url.pathname}`);
      let path = decodeURIComponent(url.pathname).replace(/^\//, '');
      if (path === '' || path.endsWith('/')) path += 'index.html';
      files.set(path, {
        bytes: Number(response.headers()['content-length'] ?? NaN),
        startedAt: response.request().timing().startTime,
      });
    });

    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleMessages: string[] = [];
    // An uncaught error means a broken build, not a slow one: stop waiting for ready at once.
    let onPageError: (e: Error) => void = () => undefined;
    const pageFailed = new Promise<never>((_, reject) => {
      onPageError = reject;
    });
    pageFailed.catch(() => undefined);
    page.on('pageerror', (e) => {
      pageErrors.push(e.message);
      onPageError(new Error(`pageerror: ${e.message}`));
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') {
        consoleMessages.push(`${m.type()}: ${m.text()}`);
      }
    });

    const cdp = await context.newCDPSession(page);
    const sampler = await heapSampler(cdp);
    let peak = 0;
    let samples = 0;
    try {
      await page.goto(baseUrl, { waitUntil: 'commit', timeout: READY_TIMEOUT_MS });
      await Promise.race([
        page.waitForSelector('html[data-map-ready="true"]', {
          state: 'attached',
          timeout: READY_TIMEOUT_MS,
        }),
        pageFailed,
      ]);
      await Promise.race([
        page.waitForSelector('html[data-map-complete="true"]', {
          state: 'attached',
          timeout: READY_TIMEOUT_MS,
        }),
        pageFailed,
      ]);
    } catch (e) {
      // A bare timeout says nothing; what the page reported on the way usually says why.
      const seen = [...pageErrors.map((m) => `pageerror: ${m}`), ...consoleMessages];
      const first = (e instanceof Error ? e.message : String(e)).split('\n')[0];
      throw new Error(`${first}${seen.length > 0 ? ` (page said: ${seen.join(' | ')})` : ''}`);
    } finally {
      [peak, samples] = await sampler.stop();
    }
    if (pageErrors.length > 0) throw new Error(`page errors: ${pageErrors.join(' | ')}`);
    if (badResponses.length > 0) throw new Error(`failed responses: ${badResponses.join(', ')}`);

    const timings = await page.evaluate(() => {
      const mark = performance.getEntriesByName('fhm:map-ready', 'mark')[0];
      const complete = performance.getEntriesByName('fhm:map-complete', 'mark')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint', 'paint')[0];
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => new URL(r.name).origin === location.origin)
        .map((r) => [new URL(r.name).pathname, Math.round(r.responseEnd), r.startTime] as const);
      return {
        origin: performance.timeOrigin,
        ready: mark ? mark.startTime : null,
        complete: complete ? complete.startTime : null,
        fcp: fcp ? fcp.startTime : null,
        dcl: nav ? nav.domContentLoadedEventEnd : null,
        resources,
      };
    });
    if (timings.ready === null) throw new Error('ready flag set but no fhm:map-ready mark');
    if (timings.complete === null) {
      throw new Error('complete flag set but no fhm:map-complete mark');
    }
    const readyAt = timings.ready;
    // Requests still in flight have no resource entry yet: their start time comes from Playwright.
    const requestedAfterReady = new Set([
      ...timings.resources
        .filter(([, , start]) => start >= readyAt)
        .map(([path]) => path.replace(/^\//, '')),
      ...[...files]
        .filter(([, f]) => f.startedAt >= timings.origin + readyAt)
        .map(([path]) => path),
    ]);
    const firstLoad = [...files].filter(([path]) => !requestedAfterReady.has(path));
    if (screenshot) await page.screenshot({ path: screenshot });
    for (const path of files.keys()) {
      if (!existsSync(join(outDir, path))) throw new Error(`fetched ${path}, not in ${outDir}`);
    }
    return {
      readyMs: timings.ready,
      completeMs: timings.complete,
      firstContentfulPaintMs: timings.fcp,
      domContentLoadedMs: timings.dcl,
      peakHeapBytes: peak,
      heapSamples: samples,
      // "First load" is what was requested before the map was ready; a chunk the app loads
      // afterwards on purpose (the timeline) is listed apart.
      files: firstLoad.map(([path]) => path).sort(),
      afterReady: [...requestedAfterReady].sort(),
      responses,
      servedBytes: firstLoad.reduce((a, [, f]) => a + f.bytes, 0),
      workers: page.workers().length,
      responseEndMs: Object.fromEntries(
        timings.resources.map(([path, end]) => [path.replace(/^\//, ''), end]),
      ),
      blocked: [...blocked].sort(),
      console: consoleMessages,
    };
  } finally {
    await withTimeout(context.close(), CLOSE_TIMEOUT_MS, 'context.close').catch(() => undefined);
  }
}

function tallyBytes(
  files: readonly string[],
  sizes: ReadonlyMap<string, FileSize>,
): { bytes: Record<Category, Bytes>; byCategory: Record<Category, string[]> } {
  const empty = (): Bytes => ({ raw: 0, gzip: 0, files: 0 });
  const bytes: Record<Category, Bytes> = {
    html: empty(),
    js: empty(),
    css: empty(),
    data: empty(),
    other: empty(),
  };
  const byCategory: Record<Category, string[]> = { html: [], js: [], css: [], data: [], other: [] };
  for (const file of files) {
    const size = sizes.get(file);
    if (!size) continue;
    const cat = categoryOf(file);
    const prev = bytes[cat];
    bytes[cat] = { raw: prev.raw + size.raw, gzip: prev.gzip + size.gzip, files: prev.files + 1 };
    byCategory[cat].push(file);
  }
  return { bytes, byCategory };
}

function summarise(runs: readonly RunResult[], bytes: Record<Category, Bytes>): Summary {
  const ready = runs.map((r) => r.readyMs);
  const fcps = runs.flatMap((r) =>
    r.firstContentfulPaintMs === null ? [] : [r.firstContentfulPaintMs],
  );
  const firstLoadGzip = Object.values(bytes).reduce((sum, b) => sum + b.gzip, 0);
  const readyMedianMs = medianOf(ready);
  return {
    okRuns: runs.length,
    readyMedianMs,
    readyMinMs: Math.min(...ready),
    readyMaxMs: Math.max(...ready),
    completeMedianMs: medianOf(runs.map((r) => r.completeMs)),
    fcpMedianMs: fcps.length > 0 ? medianOf(fcps) : null,
    peakHeapMedianBytes: medianOf(runs.map((r) => r.peakHeapBytes)),
    firstLoadGzipBytes: firstLoadGzip,
    transferAt10MbpsMs: ((firstLoadGzip * 8) / CLASSROOM_BITS_PER_S) * 1000,
    budget: {
      readyOk: readyMedianMs < BUDGET.readyMs,
      jsGzipOk: bytes.js.gzip < BUDGET.jsGzipBytes,
    },
  };
}

const kB = (bytes: number): string => (bytes / 1000).toFixed(1);

function printTable(results: readonly VariantResult[], net: NetProfile): void {
  const header = [
    'variant',
    'maplibre',
    'runs',
    'ready median ms',
    'ready min-max ms',
    'all drawn median ms',
    'JS raw/gz kB',
    'CSS raw/gz kB',
    'data raw/gz kB',
    'peak heap MB',
  ];
  const rows = results.map((r) => {
    const s = r.summary;
    const b = r.bytes;
    const pair = (x: Bytes | undefined): string => (x ? `${kB(x.raw)} / ${kB(x.gzip)}` : '-');
    return [
      r.variant,
      r.maplibre,
      `${s?.okRuns ?? 0}/${r.runs.length + r.failures.length}`,
      s ? s.readyMedianMs.toFixed(0) : 'FAILED',
      s ? `${s.readyMinMs.toFixed(0)}-${s.readyMaxMs.toFixed(0)}` : '-',
      s ? s.completeMedianMs.toFixed(0) : '-',
      pair(b?.js),
      pair(b?.css),
      pair(b?.data),
      s ? (s.peakHeapMedianBytes / 1e6).toFixed(1) : '-',
    ];
  });
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  console.log(`\nFirst complete render, network: ${net}`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(row));
  for (const r of results) {
    const s = r.summary;
    if (!s || !r.bytes) continue;
    const verdict = (ok: boolean): string => (ok ? 'within budget' : 'OVER BUDGET');
    console.log(
      `${r.variant}: ready ${s.readyMedianMs.toFixed(0)} ms vs ${BUDGET.readyMs} ms ` +
        `(${verdict(s.budget.readyOk)}); JS gzip ${kB(r.bytes.js.gzip)} kB vs ` +
        `${kB(BUDGET.jsGzipBytes)} kB (${verdict(s.budget.jsGzipOk)}); first load gzip ` +
        `${kB(s.firstLoadGzipBytes)} kB = ${(s.transferAt10MbpsMs / 1000).toFixed(2)} s at 10 Mbps`,
    );
  }
  for (const r of results) {
    for (const f of r.failures) console.log(`${r.variant} failed run: ${f}`);
    const messages = new Set(r.runs.flatMap((run) => run.console));
    for (const m of messages) console.log(`${r.variant} console ${m}`);
  }
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const watchdog = setTimeout(() => {
    console.error(`bench: gave up after ${WATCHDOG_MS / 60_000} min`);
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();

  // Taken before building, since the app's files may change while the benchmark runs.
  const source = sourceRevision(['src', 'index.html', 'data', 'vite.config.ts']);
  const variants = options.variants.map((variant): Omit<Prepared, 'url' | 'sizes'> => ({
    variant,
    outDir: join(BENCH, `dist-${variant}`),
    maplibre: packageVersion(variant === 'v6' ? V6_PACKAGE : 'maplibre-gl'),
  }));
  const servers: PreviewServer[] = [];
  let browser: Browser | undefined;
  try {
    const prepared: Prepared[] = [];
    for (const v of variants) {
      const t0 = performance.now();
      await buildVariant(v.variant, v.outDir);
      console.log(`built ${v.variant} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      const server = await serve(v.outDir, options.net);
      servers.push(server);
      const url = server.resolvedUrls?.local[0];
      if (!url) throw new Error(`vite preview for ${v.variant} reported no URL`);
      prepared.push({ ...v, url, sizes: sizeBuild(v.outDir) });
    }

    browser = await withTimeout(
      chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] }),
      LAUNCH_TIMEOUT_MS,
      'chromium.launch',
    );
    const machine = machineDetails(browser);
    console.log(`app source: ${source.commit}, ${source.dirtyFiles} uncommitted app file(s)`);

    mkdirSync(dirname(RESULTS_FILE), { recursive: true });
    const runs = new Map<VariantId, RunResult[]>(prepared.map((p) => [p.variant, []]));
    const failures = new Map<VariantId, string[]>(prepared.map((p) => [p.variant, []]));
    // Variants alternate run by run so that drift on a shared machine hits both alike. The first
    // page of a fresh browser process is much slower (1.5-3x here) whichever variant it loads,
    // so warm-up runs are measured and thrown away.
    // Two failures in a row (warm-up included) mean a broken build, not a slow run: stop trying
    // that variant instead of waiting out every remaining timeout.
    const failStreak = new Map<VariantId, number>(prepared.map((p) => [p.variant, 0]));
    for (let i = -options.warmup; i < options.runs; i++) {
      for (const p of prepared) {
        if ((failStreak.get(p.variant) ?? 0) >= 2) continue;
        const label = i < 0 ? 'warm-up' : `run ${i + 1}/${options.runs}`;
        try {
          const result = await withTimeout(
            measureOnce(
              browser,
              p.url,
              p.outDir,
              options.screenshots && i === 0
                ? join(dirname(RESULTS_FILE), `first-render-${p.variant}-${options.net}.png`)
                : null,
            ),
            READY_TIMEOUT_MS + 15_000,
            `${p.variant} ${label}`,
          );
          console.log(
            `${p.variant} ${label}: ready ${result.readyMs.toFixed(0)} ms, ` +
              `all drawn ${result.completeMs.toFixed(0)} ms, ` +
              `heap ${(result.peakHeapBytes / 1e6).toFixed(1)} MB (${result.heapSamples} samples)`,
          );
          if (i >= 0) runs.get(p.variant)?.push(result);
          failStreak.set(p.variant, 0);
        } catch (e) {
          failStreak.set(p.variant, (failStreak.get(p.variant) ?? 0) + 1);
          const message = e instanceof Error ? e.message : String(e);
          console.log(`${p.variant} ${label}: FAILED ${message}`);
          if (i >= 0) failures.get(p.variant)?.push(message);
        }
      }
    }

    const results: VariantResult[] = prepared.map((p) => {
      const ok = runs.get(p.variant) ?? [];
      const first = ok[0];
      const fileSets = new Set(ok.map((r) => r.files.join('\n')));
      if (fileSets.size > 1) console.warn(`${p.variant}: runs fetched different file sets`);
      const tally = first ? tallyBytes(first.files, p.sizes) : null;
      const counted = tally ? Object.values(tally.bytes).reduce((sum, b) => sum + b.gzip, 0) : 0;
      if (first && first.servedBytes !== counted) {
        console.warn(`${p.variant}: served ${first.servedBytes} B but counted ${counted} B gzip`);
      }
      return {
        variant: p.variant,
        maplibre: p.maplibre,
        outDir: relative(ROOT, p.outDir),
        runs: ok,
        failures: failures.get(p.variant) ?? [],
        bytes: tally?.bytes ?? null,
        filesByCategory: tally?.byCategory ?? null,
        summary: tally && ok.length > 0 ? summarise(ok, tally.bytes) : null,
      };
    });

    printTable(results, options.net);
    const resultsFile =
      options.net === 'none'
        ? RESULTS_FILE
        : RESULTS_FILE.replace(/\.json$/, `-${options.net}.json`);
    writeFileSync(
      resultsFile,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          options,
          machine: machineAtEnd(machine),
          source,
          budget: BUDGET,
          units: { kB: 1000, MB: 1e6, gzip: 'node:zlib gzipSync level 9 of the built file' },
          results,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nwrote ${relative(ROOT, resultsFile)}`);
    // A variant with no successful run is a real failure; an over-budget figure is a finding.
    return results.every((r) => r.summary !== null) ? 0 : 1;
  } finally {
    if (browser) {
      await withTimeout(browser.close(), CLOSE_TIMEOUT_MS, 'browser.close').catch(() => undefined);
    }
    for (const server of servers) {
      await withTimeout(server.close(), CLOSE_TIMEOUT_MS, 'preview.close').catch(() => undefined);
    }
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);
