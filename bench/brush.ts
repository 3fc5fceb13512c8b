// Timeline-brush benchmark at Tokyo scale, on SYNTHETIC data (bench/synthetic-tokyo.ts): builds
// bench/brush/ (the app's map style, choropleth path and timeline), serves it locally and drives it
// in headless Chromium with every external request blocked. Per brush change it times the app's
// approach (RangeIndex + MapLibre global state), the naive one (filter + rebuild + setData) and a
// bench-only prototype (feature state) in the same browser, and reports medians, p95s, ratios,
// chart time and JS heap.
// Usage: npx vite-node bench/brush.ts [-- --changes 200 --naive-changes 200 --warmup 5
//   --profile 20 --no-prototype]
// Methodology and recorded figures: bench/README.md ("Timeline brush at scale (issue 4)").
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { max, mean, median, quantile } from 'd3-array';
import { build, preview, type PreviewServer } from 'vite';
import type {
  Approach,
  BenchSetup,
  ImageDiff,
  ChartSample,
  LongTaskSummary,
  Sample,
} from './brush/main';
import { CHROMIUM_ARGS as BASE_CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.config';
import {
  freePort,
  machineAtEnd,
  machineDetails,
  ROOT,
  sourceRevision,
  withTimeout,
} from './harness';

const BENCH = join(ROOT, 'bench');
const PAGE_DIR = join(BENCH, 'brush');
const OUT_DIR = join(BENCH, 'dist-brush');
const CONFIG_FILE = join(ROOT, 'vite.config.ts');
const RESULTS_FILE = join(BENCH, 'results', 'brush.json');

/** One 60 Hz frame. */
const FRAME_MS = 1000 / 60;
const AIM = { p95MainThreadMs: FRAME_MS, speedup: 10 };

const BUILD_TIMEOUT_MS = 180_000;
const SERVER_TIMEOUT_MS = 20_000;
const LAUNCH_TIMEOUT_MS = 30_000;
const READY_TIMEOUT_MS = 120_000;
const STEP_TIMEOUT_MS = 30_000;
const CLOSE_TIMEOUT_MS = 10_000;
const WATCHDOG_MS = 12 * 60_000;
/** Wall-clock allowance for the naive run; fewer changes are measured if it would take longer. */
const NAIVE_BUDGET_MS = 4 * 60_000;
const MIN_NAIVE_CHANGES = 30;
/** getMetrics + an empty evaluate + getMetrics, to subtract the probe's own main-thread time. */
const PROBE_OVERHEAD_RUNS = 30;

const CHROMIUM_ARGS = [
  ...BASE_CHROMIUM_ARGS,
  // Exact performance.memory figures and a gc() to read retained heap, not heap plus garbage.
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

interface Options {
  readonly changes: number;
  readonly naiveChanges: number;
  readonly warmup: number;
  /** Changes to profile per approach after the timed ones (CPU profile + trace); 0 = none. */
  readonly profile: number;
  /** Also measure the bench-only feature-state prototype (off with --no-prototype). */
  readonly prototype: boolean;
}

/** A Sample plus what only the driver can see: the page's main-thread task time (CDP). */
interface DrivenSample extends Sample {
  /** Renderer main-thread task time from the start of the change to idle, probe cost removed. */
  readonly mainThreadMs: number;
}

interface Stats {
  readonly n: number;
  readonly median: number;
  readonly p95: number;
  readonly mean: number;
  readonly max: number;
}

interface ApproachResult {
  readonly approach: Approach;
  readonly changes: number;
  readonly wallMs: number;
  readonly timedOut: number;
  readonly stats: Record<string, Stats>;
  readonly parts: Record<string, Stats>;
  readonly byKind: Record<string, Record<string, Stats>>;
  readonly longTasks: LongTaskSummary;
  readonly heapUsedBytes: {
    readonly before: number;
    readonly after: number;
    readonly peak: number;
  };
  readonly samples: readonly DrivenSample[];
}

const METRICS = [
  'syncMs',
  'renderMs',
  'frameMs',
  'repaintMs',
  'mainThreadMs',
  'frameWorkMs',
  'maxFrameWorkMs',
  'frames',
  'tiles',
] as const;

function parseOptions(argv: readonly string[]): Options {
  const args = argv.filter((a) => a !== '--');
  const value = (name: string): string | undefined => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const changes = Number(value('changes') ?? 200);
  const naiveChanges = Number(value('naive-changes') ?? changes);
  const warmup = Number(value('warmup') ?? 5);
  const profile = Number(value('profile') ?? 0);
  const ok = (n: number, max: number): boolean => Number.isInteger(n) && n >= 1 && n <= max;
  if (!ok(changes, 2000)) throw new Error(`--changes 1..2000, got ${changes}`);
  if (!ok(naiveChanges, 2000)) throw new Error(`--naive-changes 1..2000, got ${naiveChanges}`);
  if (!Number.isInteger(warmup) || warmup < 0 || warmup > 50) throw new Error('--warmup 0..50');
  if (!Number.isInteger(profile) || profile < 0 || profile > 100)
    throw new Error('--profile 0..100');
  return { changes, naiveChanges, warmup, profile, prototype: !args.includes('--no-prototype') };
}

/** A percentile (0–100) of the finite values, interpolated between ranks as d3-array does. */
function percentile(values: readonly number[], p: number): number {
  return (
    quantile(
      values.filter((v) => Number.isFinite(v)),
      p / 100,
    ) ?? NaN
  );
}

function stats(values: readonly number[]): Stats {
  const finite = values.filter((v) => Number.isFinite(v));
  return {
    n: finite.length,
    median: median(finite) ?? NaN,
    p95: percentile(finite, 95),
    mean: mean(finite) ?? NaN,
    max: max(finite) ?? NaN,
  };
}

async function buildPage(): Promise<void> {
  await withTimeout(
    build({
      configFile: CONFIG_FILE,
      root: PAGE_DIR,
      base: './',
      logLevel: 'warn',
      mode: 'production',
      build: {
        outDir: OUT_DIR,
        emptyOutDir: true,
        reportCompressedSize: false,
        // The page bundles MapLibre, d3 and the generator in one chunk; size is not measured here.
        chunkSizeWarningLimit: 4000,
        // Lets --profile name the functions of the minified bundle (the map files are not loaded).
        sourcemap: true,
      },
    }),
    BUILD_TIMEOUT_MS,
    'vite build bench/brush',
  );
}

async function serve(): Promise<PreviewServer> {
  const port = await freePort();
  return withTimeout(
    preview({
      configFile: CONFIG_FILE,
      root: PAGE_DIR,
      base: './',
      logLevel: 'warn',
      build: { outDir: OUT_DIR },
      preview: { host: '127.0.0.1', port, strictPort: true, open: false },
    }),
    SERVER_TIMEOUT_MS,
    'vite preview bench/dist-brush',
  );
}

/** Cumulative renderer main-thread figures: task time (s) and JS heap in use (bytes). */
async function metrics(cdp: CDPSession): Promise<{ taskS: number; heapBytes: number }> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const get = (name: string): number => list.find((m) => m.name === name)?.value ?? NaN;
  return { taskS: get('TaskDuration'), heapBytes: get('JSHeapUsedSize') };
}

/** Main-thread time the measuring itself costs per change (CDP calls, evaluate round trip). */
async function probeOverheadMs(page: Page, cdp: CDPSession): Promise<number> {
  const deltas: number[] = [];
  for (let i = 0; i < PROBE_OVERHEAD_RUNS; i++) {
    const before = await metrics(cdp);
    await page.evaluate(() => window.bench.now());
    const after = await metrics(cdp);
    deltas.push((after.taskS - before.taskS) * 1000);
  }
  return median(deltas) ?? NaN;
}

async function runApproach(
  page: Page,
  cdp: CDPSession,
  approach: Approach,
  requested: number,
  warmup: number,
  overheadMs: number,
): Promise<ApproachResult> {
  await withTimeout(
    page.evaluate(([a, w]) => window.bench.prepare(a, w), [approach, warmup] as const),
    STEP_TIMEOUT_MS * Math.max(1, warmup),
    `${approach} warm-up`,
  );
  const startedAt = await page.evaluate(() => window.bench.now());
  const before = await metrics(cdp);
  let peak = before.heapBytes;
  const samples: DrivenSample[] = [];
  const t0 = performance.now();
  let target = requested;
  for (let i = 0; i < target; i++) {
    const m0 = await metrics(cdp);
    const sample = await withTimeout(
      page.evaluate(([a, k]) => window.bench.step(a, k), [approach, i] as const),
      STEP_TIMEOUT_MS,
      `${approach} change ${i}`,
    );
    const m1 = await metrics(cdp);
    peak = Math.max(peak, m1.heapBytes);
    samples.push({ ...sample, mainThreadMs: (m1.taskS - m0.taskS) * 1000 - overheadMs });
    // After a few changes the cost per change is known: cap the count to the time allowance.
    if (i === 4 && approach === 'naive') {
      const perChange = (performance.now() - t0) / 5;
      const affordable = Math.floor(NAIVE_BUDGET_MS / perChange);
      if (affordable < target) {
        target = Math.max(MIN_NAIVE_CHANGES, affordable);
        console.log(
          `naive: ${perChange.toFixed(0)} ms per change, measuring ${target} changes ` +
            `instead of ${requested} to stay within ${NAIVE_BUDGET_MS / 60_000} min`,
        );
      }
    }
    if ((i + 1) % 50 === 0) console.log(`${approach}: ${i + 1}/${target}`);
  }
  const wallMs = performance.now() - t0;
  const after = await metrics(cdp);
  const longTasks = await page.evaluate((since) => window.bench.longTasks(since), startedAt);
  const statsOf = (list: readonly DrivenSample[]): Record<string, Stats> =>
    Object.fromEntries(METRICS.map((k) => [k, stats(list.map((s) => s[k]))]));
  const partNames = [...new Set(samples.flatMap((s) => Object.keys(s.parts)))];
  return {
    approach,
    changes: samples.length,
    wallMs,
    timedOut: samples.filter((s) => s.timedOut).length,
    stats: statsOf(samples),
    parts: Object.fromEntries(
      partNames.map((p) => [p, stats(samples.map((s) => s.parts[p] ?? NaN))]),
    ),
    byKind: Object.fromEntries(
      (['wide', 'medium', 'narrow'] as const).map((kind) => [
        kind,
        statsOf(samples.filter((s) => s.kind === kind)),
      ]),
    ),
    longTasks,
    heapUsedBytes: { before: before.heapBytes, after: after.heapBytes, peak },
    samples,
  };
}

/** Step indices for profiling, past the timed ones; the same for both approaches. */
const PROFILE_FIRST_STEP = 1000;
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'gpu',
];
/** Trace events that are one whole task of a thread's loop: their union is its busy time. */
const TASK_EVENTS = new Set(['ThreadControllerImpl::RunTask', 'RunTask', 'ThreadPool_RunTask']);

interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
      readonly columnNumber: number;
    };
  }[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

interface TraceEvent {
  readonly ph: string;
  readonly name: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { readonly name?: string };
}

interface ProfileResult {
  readonly changes: number;
  /** Renderer main-thread self time per change, by function (CDP Profiler, 100 µs sampling). */
  readonly topSelfMsPerChange: readonly { readonly fn: string; readonly ms: number }[];
  /** Busy time per change, by thread, over every Chromium process (trace of separate changes). */
  readonly threadBusyMsPerChange: readonly { readonly thread: string; readonly ms: number }[];
  readonly files: readonly string[];
}

interface Original {
  readonly source: string;
  /** 0-based, as in CPU profiles. */
  readonly line: number;
  readonly column: number;
  readonly name: string | null;
}

/**
 * Where a position of a minified bundle comes from: the profile says "va" where the source says
 * "deserialize". Profiles count lines from 0, source maps (and trace-mapping) from 1.
 */
function lookup(map: TraceMap, line: number, column: number): Original | null {
  const found = originalPositionFor(map, { line: line + 1, column });
  if (found.source === null) return null;
  return { source: found.source, line: found.line - 1, column: found.column, name: found.name };
}

function readSourceMap(file: string): TraceMap | null {
  if (!existsSync(file)) return null;
  return new TraceMap(readFileSync(file, 'utf8'));
}

/**
 * Names a profiled position through the bundle's map and, for MapLibre (shipped minified with
 * its own map), through MapLibre's map as well.
 */
function originalName(
  maps: { bundle: Map<string, TraceMap | null>; maplibre: TraceMap | null },
  file: string,
  line: number,
  column: number,
  /** What the profile calls it: method names survive minification, so they beat no name. */
  profiled: string,
): string | null {
  if (!maps.bundle.has(file))
    maps.bundle.set(file, readSourceMap(join(OUT_DIR, 'assets', `${file}.map`)));
  const bundleMap = maps.bundle.get(file);
  let found = bundleMap ? lookup(bundleMap, line, column) : null;
  if (found?.source.endsWith('maplibre-gl/dist/maplibre-gl.js') && maps.maplibre) {
    const inner = lookup(maps.maplibre, found.line, found.column);
    if (inner)
      found = { ...inner, source: `maplibre-gl/${inner.source.replace(/^(\.\.\/)+/, '')}` };
  }
  if (!found) return null;
  const source = found.source.replace(/^(\.\.\/)+/, '');
  return `${found.name ?? (profiled || '(anonymous)')} ${source}:${found.line + 1}`;
}

function selfTimes(profile: CpuProfile, changes: number): { fn: string; ms: number }[] {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const maps = {
    bundle: new Map<string, TraceMap | null>(),
    maplibre: readSourceMap(
      join(ROOT, 'node_modules', 'maplibre-gl', 'dist', 'maplibre-gl.js.map'),
    ),
  };
  const names = new Map<number, string>();
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] ?? -1;
    const frame = nodes.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    let fn = names.get(id);
    if (fn === undefined) {
      const file = frame.url ? (frame.url.split('/').pop() ?? '') : '';
      const original = file
        ? originalName(maps, file, frame.lineNumber, frame.columnNumber, frame.functionName)
        : null;
      fn = original ?? (frame.functionName || '(anonymous)');
      names.set(id, fn);
    }
    // A sample stands for the interval up to the next one.
    self.set(fn, (self.get(fn) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return [...self]
    .map(([fn, total]) => ({ fn, ms: total / changes }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 25);
}

function threadBusy(trace: Buffer, changes: number): { thread: string; ms: number }[] {
  const parsed: unknown = JSON.parse(trace.toString('utf8'));
  const events = (
    Array.isArray(parsed) ? parsed : ((parsed as { traceEvents?: unknown[] }).traceEvents ?? [])
  ) as TraceEvent[];
  const processes = new Map<number, string>();
  const threads = new Map<string, string>();
  const intervals = new Map<string, [number, number][]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'M' && e.name === 'process_name') processes.set(e.pid, e.args?.name ?? '?');
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(key, e.args?.name ?? '?');
    if (e.ph === 'X' && TASK_EVENTS.has(e.name) && e.dur !== undefined) {
      const list = intervals.get(key);
      if (list) list.push([e.ts, e.ts + e.dur]);
      else intervals.set(key, [[e.ts, e.ts + e.dur]]);
    }
  }
  const byName = new Map<string, number>();
  for (const [key, list] of intervals) {
    // Tasks nest (a task run inside a task); the union counts each busy microsecond once.
    list.sort((a, b) => a[0] - b[0]);
    let busy = 0;
    let [start, end] = list[0] ?? [0, 0];
    for (const [s, e] of list) {
      if (s > end) {
        busy += end - start;
        [start, end] = [s, e];
      } else if (e > end) end = e;
    }
    busy += end - start;
    const pid = Number(key.split(':')[0]);
    // Pools have many threads of one name (numbered); their time is summed under that name.
    const thread = (threads.get(key) ?? key).replace(/\d+$/, '');
    const name = `${processes.get(pid) ?? `pid ${pid}`} / ${thread}`;
    byName.set(name, (byName.get(name) ?? 0) + busy / 1000);
  }
  return [...byName]
    .map(([thread, total]) => ({ thread, ms: total / changes }))
    .filter((t) => t.ms >= 0.05)
    .sort((a, b) => b.ms - a.ms);
}

/**
 * Where the time goes: a CPU profile of the page's main thread over `n` changes, then a Chromium
 * trace over `n` other changes for the busy time of every thread (the MapLibre worker and the GPU
 * process included, which no in-page clock sees). Both slow the page down, so they run after the
 * timed changes and nothing they measure is mixed into the timings.
 */
async function profileApproach(
  browser: Browser,
  page: Page,
  cdp: CDPSession,
  approach: Approach,
  n: number,
): Promise<ProfileResult> {
  const steps = async (first: number): Promise<void> => {
    for (let i = first; i < first + n; i++) {
      await withTimeout(
        page.evaluate(([a, k]) => window.bench.step(a, k), [approach, i] as const),
        STEP_TIMEOUT_MS,
        `${approach} profiled change ${i}`,
      );
    }
  };
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await steps(PROFILE_FIRST_STEP);
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const profileFile = join(dirname(RESULTS_FILE), `brush-${approach}.cpuprofile`);
  writeFileSync(profileFile, JSON.stringify(profile));
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await steps(PROFILE_FIRST_STEP + n);
  const trace = await browser.stopTracing();
  const traceFile = join(dirname(RESULTS_FILE), `brush-${approach}.trace.json`);
  writeFileSync(traceFile, trace);
  return {
    changes: n,
    topSelfMsPerChange: selfTimes(profile as unknown as CpuProfile, n),
    threadBusyMsPerChange: threadBusy(trace, n),
    files: [relative(ROOT, profileFile), relative(ROOT, traceFile)],
  };
}

function printProfile(approach: Approach, p: ProfileResult): void {
  console.log(`\n${approach}: busy ms per change by thread (trace of ${p.changes} changes)`);
  for (const t of p.threadBusyMsPerChange.slice(0, 12)) {
    console.log(`  ${ms(t.ms).padStart(8)}  ${t.thread}`);
  }
  console.log(`${approach}: main-thread self ms per change (CPU profile of ${p.changes} changes)`);
  for (const f of p.topSelfMsPerChange.slice(0, 15)) {
    console.log(`  ${ms(f.ms).padStart(8)}  ${f.fn}`);
  }
}

const ms = (n: number): string => (Number.isFinite(n) ? n.toFixed(2) : '-');
const mb = (n: number): string => (n / 1e6).toFixed(1);

const TABLE_ROWS: readonly [string, string][] = [
  ['syncMs', 'update call, main thread'],
  ['renderMs', 'next frame, main-thread work'],
  ['frameMs', 'start → next frame rendered, wall'],
  ['mainThreadMs', 'main-thread task time until idle'],
  ['repaintMs', 'start → idle (new colours drawn), wall'],
  ['frames', 'frames rendered until idle'],
  ['tiles', 'tiles re-laid out by the worker'],
];

function printTable(results: readonly ApproachResult[]): void {
  const header = [
    'metric',
    ...results.flatMap((r) => [`${r.approach} median`, `${r.approach} p95`]),
  ];
  const body = TABLE_ROWS.map(([key, label]) => [
    `${key} (${label})`,
    ...results.flatMap((r) => [ms(r.stats[key]?.median ?? NaN), ms(r.stats[key]?.p95 ?? NaN)]),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const counts = results.map((r) => `${r.changes} ${r.approach}`).join(' / ');
  console.log(`\nBrush change → map repainted, ${counts} changes (ms unless a count)`);
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of body) console.log(line(row));
  for (const r of results) {
    const parts = Object.entries(r.parts)
      .map(([k, s]) => `${k} ${ms(s.median)}/${ms(s.p95)}`)
      .join(', ');
    console.log(`${r.approach} parts (median/p95 ms): ${parts}`);
    console.log(
      `${r.approach} long tasks: ${r.longTasks.count} (total ${ms(r.longTasks.totalMs)} ms, ` +
        `max ${ms(r.longTasks.maxMs)} ms); heap ${mb(r.heapUsedBytes.before)} → ` +
        `${mb(r.heapUsedBytes.after)} MB, peak ${mb(r.heapUsedBytes.peak)} MB; ` +
        `${r.timedOut} timed out; wall ${(r.wallMs / 1000).toFixed(1)} s`,
    );
  }
}

const RATIO_KEYS = ['syncMs', 'renderMs', 'frameMs', 'mainThreadMs', 'repaintMs'] as const;

/** slow/fast for each headline metric, on medians and on p95s. */
function ratiosOf(
  slow: ApproachResult,
  fast: ApproachResult,
): Record<string, { median: number; p95: number }> {
  const r = (key: string, stat: 'median' | 'p95'): number =>
    Number(((slow.stats[key]?.[stat] ?? NaN) / (fast.stats[key]?.[stat] ?? NaN)).toFixed(2));
  return Object.fromEntries(
    RATIO_KEYS.map((k) => [k, { median: r(k, 'median'), p95: r(k, 'p95') }]),
  );
}

/** The issue's aims, for one approach, on each reading of "main-thread time to repaint". */
function aimsOf(r: ApproachResult, naive: ApproachResult): Record<string, boolean> {
  const p95 = (key: string): number => r.stats[key]?.p95 ?? NaN;
  const within = (v: number): boolean => v <= AIM.p95MainThreadMs;
  const ratios = ratiosOf(naive, r);
  return {
    syncP95WithinFrame: within(p95('syncMs')),
    syncPlusNextFrameP95WithinFrame: within(
      percentile(
        r.samples.map((s) => s.syncMs + s.renderMs),
        95,
      ),
    ),
    mainThreadUntilIdleP95WithinFrame: within(p95('mainThreadMs')),
    frameWallP95WithinFrame: within(p95('frameMs')),
    tenTimesFasterSyncP95: (ratios.syncMs?.p95 ?? 0) >= AIM.speedup,
    tenTimesFasterMainThreadP95: (ratios.mainThreadMs?.p95 ?? 0) >= AIM.speedup,
    tenTimesFasterRepaintP95: (ratios.repaintMs?.p95 ?? 0) >= AIM.speedup,
  };
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const watchdog = setTimeout(() => {
    console.error(`bench: gave up after ${WATCHDOG_MS / 60_000} min`);
    process.exit(2);
  }, WATCHDOG_MS);
  watchdog.unref();

  const source = sourceRevision(['src', 'bench/brush', 'bench/synthetic-tokyo.ts']);
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    const tBuild = performance.now();
    await buildPage();
    console.log(`built bench/brush in ${((performance.now() - tBuild) / 1000).toFixed(1)} s`);
    server = await serve();
    const url = server.resolvedUrls?.local[0];
    if (!url) throw new Error('vite preview reported no URL');

    browser = await withTimeout(
      chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] }),
      LAUNCH_TIMEOUT_MS,
      'chromium.launch',
    );
    const machine = machineDetails(browser);
    console.log(`app source: ${source.commit}, ${source.dirtyFiles} uncommitted file(s)`);

    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      serviceWorkers: 'block',
    });
    const blocked = new Set<string>();
    await context.route('**/*', async (route) => {
      const requestUrl = new URL(route.request().url());
      if (requestUrl.hostname === '127.0.0.1') return route.continue();
      blocked.add(requestUrl.origin);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const consoleMessages: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') {
        consoleMessages.push(`${m.type()}: ${m.text()}`);
      }
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');

    const tLoad = performance.now();
    await page.goto(url, { waitUntil: 'load', timeout: READY_TIMEOUT_MS });
    await withTimeout(
      page.waitForFunction(() => 'bench' in window, undefined, { timeout: READY_TIMEOUT_MS }),
      READY_TIMEOUT_MS,
      'window.bench',
    ).catch((e: unknown) => {
      throw new Error(
        `${String(e)} (page said: ${[...pageErrors, ...consoleMessages].join(' | ')})`,
      );
    });
    await withTimeout(
      page.evaluate(() => window.bench.ready),
      READY_TIMEOUT_MS,
      'bench.ready',
    );
    console.log(`page ready in ${((performance.now() - tLoad) / 1000).toFixed(1)} s`);
    const setup: BenchSetup = await page.evaluate(() => window.bench.setup());
    console.log(
      `SYNTHETIC data: ${setup.chome} chome, ${setup.events} events, ${setup.records} records ` +
        `(${setup.eventRecords} per event, ${setup.longPeriodRecords} long-period), generated in ` +
        `${ms(setup.generateMs)} ms, indexed in ${ms(setup.indexMs)} ms; map zoom ` +
        `${setup.zoom.toFixed(2)}`,
    );
    console.log(
      `chart: ${setup.chartMarks} marks, ${setup.chartSvgElements} SVG elements; build ` +
        `${ms(setup.chartBuildMs)} ms + style/layout ${ms(setup.chartLayoutMs)} ms; to next frame ` +
        `${ms(setup.chartFirstFrameMs)} ms`,
    );
    const verified = await page.evaluate(() => window.bench.verify(60));
    console.log(
      `ours vs naive values: ${verified.checked} ranges checked, ` +
        `${verified.mismatches.length} mismatches${verified.mismatches.length ? `: ${verified.mismatches.join('; ')}` : ''}`,
    );
    const chartSamples: ChartSample[] = await page.evaluate(
      (n) => window.bench.runChart(n),
      options.changes,
    );
    const chart = {
      updateMs: stats(chartSamples.map((s) => s.updateMs)),
      layoutMs: stats(chartSamples.map((s) => s.layoutMs)),
      recordsPanelMs: stats(chartSamples.map((s) => s.recordsPanelMs)),
    };
    console.log(
      `chart update per brush change: ${ms(chart.updateMs.median)} / ${ms(chart.updateMs.p95)} ms ` +
        `(median/p95), then style/layout ${ms(chart.layoutMs.median)} / ${ms(chart.layoutMs.p95)} ms`,
    );
    console.log(
      `records legend data (src/ui/legend-view.ts: query + filter of every record): ` +
        `${ms(chart.recordsPanelMs.median)} / ${ms(chart.recordsPanelMs.p95)} ms (median/p95)`,
    );

    const overheadMs = await probeOverheadMs(page, cdp);
    console.log(`probe overhead: ${ms(overheadMs)} ms main-thread task time per change`);
    // The app's way first, then the prototype, then naive: the style is switched for each one.
    const approaches: Approach[] = options.prototype
      ? ['ours', 'featureState', 'naive']
      : ['ours', 'naive'];
    const results: ApproachResult[] = [];
    const profiles: Partial<Record<Approach, ProfileResult>> = {};
    // A one-year range: every colour level and the no-record hatch appear (wide ranges saturate).
    const shot = { from: 1999, to: 1999 };
    const shots = new Map<Approach, Buffer>();
    mkdirSync(dirname(RESULTS_FILE), { recursive: true });
    for (const approach of approaches) {
      const requested = approach === 'naive' ? options.naiveChanges : options.changes;
      results.push(await runApproach(page, cdp, approach, requested, options.warmup, overheadMs));
      if (options.profile > 0) {
        profiles[approach] = await profileApproach(browser, page, cdp, approach, options.profile);
      }
      await page.evaluate(([a, f, t]) => window.bench.show(a, f, t), [
        approach,
        shot.from,
        shot.to,
      ] as const);
      const png = await page.locator('#bench-map').screenshot();
      shots.set(approach, png);
      writeFileSync(join(dirname(RESULTS_FILE), `brush-${approach}.png`), png);
    }
    const memory = await page.evaluate(() => window.bench.memory());
    const get = (a: Approach): ApproachResult | undefined => results.find((r) => r.approach === a);
    const ours = get('ours');
    const naive = get('naive');
    const prototype = get('featureState');
    if (!ours || !naive) throw new Error('ours or naive did not run');

    printTable(results);
    const ratios = {
      naiveOverOurs: ratiosOf(naive, ours),
      ...(prototype
        ? {
            naiveOverFeatureState: ratiosOf(naive, prototype),
            oursOverFeatureState: ratiosOf(ours, prototype),
          }
        : {}),
    };
    const aims = {
      ours: aimsOf(ours, naive),
      ...(prototype ? { featureState: aimsOf(prototype, naive) } : {}),
    };
    for (const [name, r] of Object.entries(ratios)) console.log(`${name}: ${JSON.stringify(r)}`);
    for (const [name, a] of Object.entries(aims)) {
      console.log(
        `aims for ${name} (p95 ≤ ${FRAME_MS.toFixed(1)} ms; ≥ ${AIM.speedup}x): ${JSON.stringify(a)}`,
      );
    }
    console.log(
      `retained heap (after gc): ${memory.heap.map((h) => `${h.stage} ${mb(h.usedBytes)} MB`).join(', ')}` +
        `${memory.now ? `, end ${mb(memory.now.usedBytes)} MB` : ''}`,
    );
    const oursPng = shots.get('ours');
    const sameAsOurs: Record<string, ImageDiff> = {};
    for (const a of approaches) {
      const png = shots.get(a);
      if (a === 'ours' || !oursPng || !png) continue;
      sameAsOurs[a] = await page.evaluate(([x, y]) => window.bench.diffImages(x, y), [
        oursPng.toString('base64'),
        png.toString('base64'),
      ] as const);
    }
    console.log(
      `map screenshots at ${shot.from}–${shot.to}, pixels differing from ours: ` +
        Object.entries(sameAsOurs)
          .map(([a, d]) => `${a} ${d.differing} of ${d.pixels} (max delta ${d.maxChannelDelta})`)
          .join(', '),
    );
    for (const a of approaches) {
      const p = profiles[a];
      if (p) printProfile(a, p);
    }
    if (blocked.size > 0) console.log(`blocked: ${[...blocked].join(', ')}`);
    for (const m of new Set([...pageErrors.map((e) => `pageerror: ${e}`), ...consoleMessages])) {
      console.log(`page ${m}`);
    }

    writeFileSync(
      RESULTS_FILE,
      `${JSON.stringify(
        {
          date: new Date().toISOString(),
          data: 'SYNTHETIC (bench/synthetic-tokyo.ts), not flood records',
          options,
          machine: machineAtEnd(machine),
          source,
          aim: AIM,
          setup,
          verified,
          chart,
          probeOverheadMs: overheadMs,
          ratios,
          aims,
          memory,
          screenshots: { range: shot, differenceFromOurs: sameAsOurs },
          blocked: [...blocked].sort(),
          console: [...new Set([...pageErrors, ...consoleMessages])],
          profiles,
          results,
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nwrote ${relative(ROOT, RESULTS_FILE)}`);
    return pageErrors.length === 0 &&
      results.every((r) => r.timedOut === 0) &&
      verified.mismatches.length === 0
      ? 0
      : 1;
  } finally {
    if (browser) {
      await withTimeout(browser.close(), CLOSE_TIMEOUT_MS, 'browser.close').catch(() => undefined);
    }
    if (server) {
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
