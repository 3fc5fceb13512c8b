// Leak check: plays the timeline 1,000 steps and switches every layer and hazard layer on and off
// 1,000 times in the built app (headless Chromium, network blocked), and prints the JS heap (after
// a forced garbage collection) and the DOM node and listener counts at the start, after each half
// of the steps and of the toggles. Flat figures mean nothing is kept per action.
// Usage: npx vite-node bench/leak.ts [-- --steps 1000 --toggles 1000 --no-build]
// Results: bench/README.md ("Nothing leaks").
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';
import { openBuiltApp, ROOT, sourceRevision, withTimeout } from './harness';

const OUT_DIR = join(ROOT, 'bench', 'dist-leak');
const RESULTS_FILE = join(ROOT, 'bench', 'results', 'leak.json');
const WATCHDOG_MS = 30 * 60_000;

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

interface Sample {
  readonly label: string;
  readonly heapUsedBytes: number;
  readonly domNodes: number;
  readonly jsEventListeners: number;
  readonly documents: number;
  /** Live objects of the kinds that carry listeners without being DOM nodes. */
  readonly live: Readonly<Record<string, number>>;
}

/** Event targets that are not DOM nodes: where listeners can pile up unseen by the node count. */
const LISTENER_HOLDERS = [
  'AbortSignal',
  'MediaQueryList',
  'XMLHttpRequest',
  'Worker',
  'MessagePort',
];

/** How many objects with `name`'s prototype are alive (after the collection in sample()). */
async function liveCount(cdp: CDPSession, name: string): Promise<number> {
  const proto = await cdp.send('Runtime.evaluate', { expression: `${name}.prototype` });
  const id = proto.result.objectId;
  if (!id) return NaN;
  const found = await cdp.send('Runtime.queryObjects', { prototypeObjectId: id });
  const length = await cdp.send('Runtime.callFunctionOn', {
    objectId: found.objects.objectId ?? '',
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  await cdp.send('Runtime.releaseObject', { objectId: id });
  if (found.objects.objectId)
    await cdp.send('Runtime.releaseObject', { objectId: found.objects.objectId });
  return Number(length.result.value);
}

async function sample(cdp: CDPSession, label: string): Promise<Sample> {
  // Twice: MapLibre frees tile buffers in a finaliser pass after the first collection.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  const live: Record<string, number> = {};
  for (const name of LISTENER_HOLDERS) live[name] = await liveCount(cdp, name);
  const s = {
    label,
    heapUsedBytes: heap.usedSize,
    domNodes: dom.nodes,
    jsEventListeners: dom.jsEventListeners,
    documents: dom.documents,
    live,
  };
  console.log(
    `${label.padEnd(28)} heap ${(s.heapUsedBytes / 1e6).toFixed(2).padStart(7)} MB   ` +
      `DOM nodes ${String(s.domNodes).padStart(6)}   listeners ${String(s.jsEventListeners).padStart(5)}   ` +
      Object.entries(live)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
  );
  return s;
}

/** Plays the timeline `steps` steps: press play, wait for the next year, press pause. */
async function playSteps(page: Page, steps: number): Promise<void> {
  await page.evaluate(async (n) => {
    const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
    for (let i = 0; i < n; i++) {
      const before = location.hash;
      document.querySelector<HTMLButtonElement>('#timeline .tl-play')?.click();
      for (let k = 0; k < 200 && location.hash === before; k++) await frame();
      document.querySelector<HTMLButtonElement>('#timeline .tl-play[aria-pressed="true"]')?.click();
      if (i % 10 === 0) await frame();
    }
  }, steps);
}

/** Switches every map layer and hazard layer on and off `times` times. */
async function toggleLayers(page: Page, times: number): Promise<void> {
  await page.evaluate(async (n) => {
    const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
    const boxes = (): HTMLInputElement[] => [
      ...document.querySelectorAll<HTMLInputElement>(
        '#controls input[type=checkbox], #hazard-controls input[type=checkbox]',
      ),
    ];
    const count = boxes().length;
    for (let i = 0; i < n; i++) {
      for (let b = 0; b < count; b++) boxes()[b]?.click();
      for (let b = 0; b < count; b++) boxes()[b]?.click();
      if (i % 10 === 0) await frame();
    }
  }, times);
}

async function main(): Promise<void> {
  const steps = option('steps', 1000);
  const toggles = option('toggles', 1000);
  const app = await openBuiltApp(OUT_DIR, !process.argv.includes('--no-build'));
  const page = app.page;
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${app.origin}/#layers=records,chome,stations`);
    await page.waitForSelector('html[data-map-complete="true"]', { timeout: 60_000 });
    await page.waitForSelector('#timeline .tl-play', { timeout: 60_000 });
    const samples: Sample[] = [await sample(cdp, 'start')];
    const t0 = Date.now();
    await playSteps(page, steps / 2);
    samples.push(await sample(cdp, `after ${steps / 2} play steps`));
    await playSteps(page, steps / 2);
    samples.push(await sample(cdp, `after ${steps} play steps`));
    const t1 = Date.now();
    await toggleLayers(page, toggles / 2);
    samples.push(await sample(cdp, `after ${toggles / 2} toggle rounds`));
    await toggleLayers(page, toggles / 2);
    samples.push(await sample(cdp, `after ${toggles} toggle rounds`));
    const t2 = Date.now();
    const first = samples[0];
    const last = samples[samples.length - 1];
    if (first && last) {
      console.log(
        `\nheap ${((last.heapUsedBytes - first.heapUsedBytes) / 1e6).toFixed(2)} MB, ` +
          `DOM nodes ${last.domNodes - first.domNodes}, listeners ${last.jsEventListeners - first.jsEventListeners} ` +
          `(end − start); play ${((t1 - t0) / 1000).toFixed(0)} s, toggles ${((t2 - t1) / 1000).toFixed(0)} s; ` +
          `page errors: ${errors.length}`,
      );
    }
    mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true });
    writeFileSync(
      RESULTS_FILE,
      JSON.stringify(
        { steps, toggles, samples, errors, revision: sourceRevision(['src']) },
        null,
        2,
      ),
    );
  } finally {
    await app.close();
  }
}

await withTimeout(main(), WATCHDOG_MS, 'leak benchmark');
process.exit(0);
