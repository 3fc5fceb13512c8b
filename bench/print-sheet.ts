// Time the browser waits for the place sheet on Ctrl+P: the `beforeprint` handlers (the map redrawn
// and read as a PNG, the panel copied, the QR code, the lists cut to one A4 page) run before the
// print dialog opens. Opens a place and an event in the built app (headless Chromium, network
// blocked) and prints the median and max of `beforeprint` over several rounds each.
// Usage: npx vite-node bench/print-sheet.ts [-- --rounds 10 --no-build]
// Results: bench/README.md ("Place sheet: Ctrl+P to the dialog").
import { join } from 'node:path';
import { median } from 'd3-array';
import { openBuiltApp, ROOT, withTimeout } from './harness';

const OUT_DIR = join(ROOT, 'bench', 'dist-print');
const VIEWS = ['#sel=chome:13109010006', '#event=SH-1999-08-29'];

async function main(): Promise<void> {
  const i = process.argv.indexOf('--rounds');
  const rounds = i >= 0 ? Number(process.argv[i + 1]) : 10;
  const app = await openBuiltApp(OUT_DIR, !process.argv.includes('--no-build'));
  const page = app.page;
  try {
    for (const view of VIEWS) {
      await page.goto(`${app.origin}/${view}`);
      await page.waitForSelector('html[data-map-ready="true"]', { timeout: 60_000 });
      // The sheet's chunk loads once something is chosen: wait until it makes the sheet.
      await page.waitForFunction(() => {
        window.dispatchEvent(new Event('beforeprint'));
        return document.querySelector('#place-sheet .ps-page') !== null;
      });
      const times: number[] = [];
      for (let n = 0; n < rounds; n++) {
        times.push(
          await page.evaluate(() => {
            window.dispatchEvent(new Event('afterprint'));
            const t0 = performance.now();
            window.dispatchEvent(new Event('beforeprint'));
            return performance.now() - t0;
          }),
        );
      }
      const sorted = [...times].sort((a, b) => a - b);
      console.log(
        `beforeprint on ${view} over ${rounds} rounds: median ${median(sorted)?.toFixed(0)} ms, ` +
          `max ${sorted[sorted.length - 1]?.toFixed(0)} ms`,
      );
    }
  } finally {
    await app.close();
  }
}

await withTimeout(main(), 10 * 60_000, 'print sheet benchmark');
