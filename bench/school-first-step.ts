// 「わたしの学校のまわり」 in the browser: the time from choosing a school in 学習 (a click on its
// button) to its lesson's first step drawn — the step's heading in the tour panel and the frame that
// shows it painted (two animation frames later) — for every school in the ward's shelter list, one
// after another in the built app (headless Chromium, network blocked, no basemap). The first choice
// also downloads the generator's chunk and the other languages' texts: it is printed apart and left
// out of the warm figures. The map's own redraw at the step's view is not waited for (the page does
// not expose the map's idle); the hazard layer of step 1 is online and blocked here.
// Usage: npx vite-node bench/school-first-step.ts [-- --no-build]
// Results: bench/README.md ("Issue 21").
import { join } from 'node:path';
import { median, quantile } from 'd3-array';
import { openBuiltApp, ROOT, withTimeout } from './harness';

const OUT_DIR = join(ROOT, 'bench', 'dist-school');

/** Opens 学習 and chooses the school; resolves with the ms until its first step is painted. */
function chooseAndTime(id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const button = document.querySelector<HTMLButtonElement>(`button[data-school="${id}"]`);
    const panel = document.getElementById('tour-panel');
    if (!button || !panel) {
      reject(new Error(`no button for ${id} or no #tour-panel`));
      return;
    }
    const shown = (): boolean =>
      !panel.hidden &&
      location.hash.includes(`tour=${id}&step=1`) &&
      panel.querySelector('.tour-step-title') !== null;
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - t0)));
    });
    observer.observe(panel, { childList: true, subtree: true, attributes: true });
    button.click();
  });
}

async function main(): Promise<void> {
  const app = await openBuiltApp(OUT_DIR, !process.argv.includes('--no-build'));
  const page = app.page;
  try {
    await page.goto(`${app.origin}/#base=none`);
    await page.waitForSelector('html[data-map-complete="true"]', { timeout: 60_000 });
    const menuButton = page.getByRole('button', { name: '学習', exact: true });
    await menuButton.click();
    await page.waitForSelector('button[data-school]', { timeout: 60_000 });
    const ids = await page.$$eval('button[data-school]', (bs) =>
      bs.map((b) => b.getAttribute('data-school') ?? ''),
    );
    await page.keyboard.press('Escape');
    const times: number[] = [];
    let cold: number | null = null;
    for (const id of ids) {
      // Leave the lesson first: each school is chosen from the map without a lesson playing.
      const exit = page.locator('#tour-panel').getByRole('button', { name: 'ツアーを終える' });
      if (await exit.isVisible()) await exit.click();
      await menuButton.click();
      await page.waitForSelector(`button[data-school="${id}"]`);
      const ms = await page.evaluate(chooseAndTime, id);
      if (cold === null) cold = ms;
      else times.push(ms);
    }
    const sorted = [...times].sort((a, b) => a - b);
    console.log(
      `${ids.length} schools: first choice (chunk and texts downloaded) ${cold?.toFixed(1)} ms; ` +
        `the other ${sorted.length}: median ${median(sorted)?.toFixed(1)} ms, ` +
        `p95 ${quantile(sorted, 0.95)?.toFixed(1)} ms, max ${sorted[sorted.length - 1]?.toFixed(1)} ms`,
    );
  } finally {
    await app.close();
  }
}

await withTimeout(main(), 10 * 60_000, 'school first-step benchmark');
process.exit(0);
