// Time from a tap on the map to the answer's prediction (issue 18 item 5): taps a grid of points
// over the ward in the built app (headless Chromium, network blocked, the hazard portal's tiles
// answered by a SYNTHETIC solid-colour tile after `--latency` ms) and prints, from the pointer
// going down, the median and p95 to "what happened here?" and to the prediction being read, and
// the longest main-thread task (Long Tasks API) meanwhile: the reading must not hold up the answer
// or the map.
// Usage: npx vite-node bench/tap-prediction.ts [-- --taps 30 --latency 150 --no-build]
// Results: bench/README.md ("Tap to prediction").
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { median, quantile } from 'd3-array';
import { encodeRgbaPng } from '../src/hazard/png';
import { openBuiltApp, ROOT, withTimeout } from './harness';

const OUT_DIR = join(ROOT, 'bench', 'dist-tap');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** A 256×256 tile of the 0.5–3 m depth colour (SYNTHETIC). */
function syntheticTile(): Buffer {
  const pixels = new Uint8Array(256 * 256 * 4);
  for (let i = 0; i < pixels.length; i += 4) pixels.set([255, 216, 192, 255], i);
  return Buffer.from(encodeRgbaPng(256, 256, pixels, (d) => deflateSync(d)));
}

const summary = (label: string, values: number[]): string => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${label}: median ${median(sorted)?.toFixed(1)} ms, p95 ${quantile(sorted, 0.95)?.toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms`;
};

async function main(): Promise<void> {
  const taps = arg('--taps', 30);
  const latency = arg('--latency', 0);
  const app = await openBuiltApp(OUT_DIR, !process.argv.includes('--no-build'));
  const page = app.page;
  const tile = syntheticTile();
  let tileRequests = 0;
  await page.route('https://disaportaldata.gsi.go.jp/**', async (route) => {
    tileRequests++;
    await new Promise((r) => setTimeout(r, latency));
    await route.fulfill({
      status: 200,
      contentType: 'image/png',
      headers: { 'access-control-allow-origin': '*' },
      body: tile,
    });
  });
  try {
    await page.goto(`${app.origin}/#map=13.50/35.60900/139.72800&layers=records,chome&base=none`);
    await page.waitForSelector('html[data-map-complete="true"]', { timeout: 60_000 });
    // The hazard feature's chunk loads once the map is up; the first tap waits for it otherwise.
    await page.waitForFunction(() => document.querySelector('#hazard-controls input') !== null);
    await page.evaluate(() => {
      const w = window as unknown as {
        __down: number;
        __answered: number;
        __predicted: number;
        __tasks: [number, number][];
      };
      w.__tasks = [];
      window.addEventListener('mousedown', () => (w.__down = performance.now()), true);
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push([e.startTime, e.duration]);
      }).observe({ type: 'longtask' });
      new MutationObserver(() => {
        const now = performance.now();
        if (!w.__answered && document.querySelector('#place-panel .answer')) w.__answered = now;
        if (!w.__predicted && document.querySelector('.prediction[data-prediction="read"]'))
          w.__predicted = now;
      }).observe(document.getElementById('place-panel') as HTMLElement, {
        childList: true,
        subtree: true,
      });
    });
    const box = await page.locator('#map canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    const answered: number[] = [];
    const predicted: number[] = [];
    const longest: number[] = [];
    const side = Math.ceil(Math.sqrt(taps));
    for (let n = 0; n < taps; n++) {
      const x = box.x + ((n % side) + 0.5) * (box.width / side);
      const y = box.y + (Math.floor(n / side) + 0.5) * (box.height / side);
      await page.evaluate(() => {
        const w = window as unknown as { __answered: number; __predicted: number };
        w.__answered = 0;
        w.__predicted = 0;
      });
      await page.mouse.click(x, y);
      await page.waitForFunction(
        () => (window as unknown as { __predicted: number }).__predicted > 0,
        undefined,
        { timeout: 30_000 },
      );
      const r = await page.evaluate(() => {
        const w = window as unknown as {
          __down: number;
          __answered: number;
          __predicted: number;
          __tasks: [number, number][];
        };
        const during = w.__tasks.filter(([start]) => start >= w.__down && start <= w.__predicted);
        return {
          answered: w.__answered - w.__down,
          predicted: w.__predicted - w.__down,
          longest: Math.max(0, ...during.map(([, d]) => d)),
        };
      });
      answered.push(r.answered);
      predicted.push(r.predicted);
      longest.push(r.longest);
    }
    console.log(`${taps} taps, tiles answered after ${latency} ms, ${tileRequests} tile requests`);
    console.log(summary('tap to answer', answered));
    console.log(summary('tap to prediction', predicted));
    console.log(summary('longest task (>50 ms) between tap and prediction', longest));
  } finally {
    await app.close();
  }
}

await withTimeout(main(), 10 * 60_000, 'tap-prediction benchmark');
process.exit(0);
