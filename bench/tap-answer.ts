// Time from a tap on the map to "what happened here?" in the panel: taps a grid of points over the
// ward in the built app (headless Chromium, network blocked) and prints the median and p95 from
// the pointer going down to the answer being in the DOM.
// Usage: npx vite-node bench/tap-answer.ts [-- --taps 30 --no-build]
// Results: bench/README.md ("Tap to answer").
import { join } from 'node:path';
import { median, quantile } from 'd3-array';
import { openBuiltApp, ROOT, withTimeout } from './harness';

const OUT_DIR = join(ROOT, 'bench', 'dist-tap');

async function main(): Promise<void> {
  const i = process.argv.indexOf('--taps');
  const taps = i >= 0 ? Number(process.argv[i + 1]) : 30;
  const app = await openBuiltApp(OUT_DIR, !process.argv.includes('--no-build'));
  const page = app.page;
  try {
    await page.goto(`${app.origin}/#map=13.50/35.60900/139.72800&layers=records,chome&base=none`);
    await page.waitForSelector('html[data-map-complete="true"]', { timeout: 60_000 });
    await page.evaluate(() => {
      const w = window as unknown as { __down: number; __answered: number };
      window.addEventListener('mousedown', () => (w.__down = performance.now()), true);
      new MutationObserver(() => {
        if (document.querySelector('#place-panel .answer')) w.__answered = performance.now();
      }).observe(document.getElementById('place-panel') as HTMLElement, {
        childList: true,
        subtree: true,
      });
    });
    const box = await page.locator('#map canvas').boundingBox();
    if (!box) throw new Error('no map canvas');
    const times: number[] = [];
    const side = Math.ceil(Math.sqrt(taps));
    for (let n = 0; n < taps; n++) {
      const x = box.x + ((n % side) + 0.5) * (box.width / side);
      const y = box.y + (Math.floor(n / side) + 0.5) * (box.height / side);
      await page.evaluate(() => ((window as unknown as { __answered: number }).__answered = 0));
      await page.mouse.click(x, y);
      let ms: number | null = null;
      for (let k = 0; k < 500 && ms === null; k++) {
        ms = await page.evaluate(() => {
          const w = window as unknown as { __down: number; __answered: number };
          return w.__answered > 0 ? w.__answered - w.__down : null;
        });
        if (ms === null) await new Promise((r) => setTimeout(r, 20));
      }
      if (ms === null) throw new Error(`no answer after tap ${n}`);
      times.push(ms);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `tap to answer over ${taps} taps: median ${median(sorted)?.toFixed(1)} ms, ` +
        `p95 ${quantile(sorted, 0.95)?.toFixed(1)} ms, max ${sorted[sorted.length - 1]?.toFixed(1)} ms`,
    );
  } finally {
    await app.close();
  }
}

await withTimeout(main(), 10 * 60_000, 'tap benchmark');
process.exit(0);
