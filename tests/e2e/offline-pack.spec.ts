// The offline classroom pack (issue 11): after one visit the app works with the network off —
// map, chome, records, tours, lazily loaded chunks, another language — from the service worker's
// precache, while online tiles stay online-only and say so. Where service workers are blocked the
// app works as before and shows only the data date. A new release waits for the teacher's 再読み込み.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { expect, hashParams, openApp, test } from './fixtures';

const DIST = resolve(import.meta.dirname, '../../dist');

/** The URLs (relative to the site) the built service worker precaches. */
function precachedUrls(): string[] {
  const sw = readFileSync(resolve(DIST, 'sw.js'), 'utf8');
  return [...sw.matchAll(/"?url"?:\s*"([^"]+)",\s*"?revision"?:/g)].map((m) => m[1]!);
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit the app reloads and works with the network off', async ({
    page,
    context,
  }) => {
    // First visit, online: the map, a tour and the timeline load; the pack saves itself.
    const fetched = new Set<string>();
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.hostname === '127.0.0.1') fetched.add(url.pathname.replace(/^\//, ''));
    });
    await openApp(page, '#tour=meguro-gotanda&step=1');
    await expect(page.locator('#tour-panel')).toContainText('1 / 7');
    await expect(page.locator('html')).toHaveAttribute('data-offline-pack', 'saved', {
      timeout: 60_000,
    });
    const status = page.locator('#pack-status');
    await expect(status).toContainText('オフラインでも使えます');
    // The tick marks a saved pack only.
    await expect(status.locator('.pack-saved')).toHaveText('オフラインでも使えます');
    await expect(status).toContainText(/データの日付：\d{4}-\d{2}-\d{2}/);

    // Every file the page fetched from the site is in the pack (the worker itself apart).
    const packed = new Set(precachedUrls());
    const missing = [...fetched].filter(
      (f) => f !== '' && f !== 'sw.js' && !/^workbox-/.test(f) && !packed.has(f),
    );
    expect(missing, 'fetched by the page but not in the offline pack').toEqual([]);
    expect(
      [...packed].filter((u) => /desk|xlsx/.test(u)),
      'desk files in the pack',
    ).toEqual([]);
    // Only the language shown was downloaded; the others wait in the pack.
    expect([...fetched].filter((f) => /^assets\/(en|easy)-/.test(f))).toEqual([]);
    expect([...packed].filter((u) => /^assets\/(ja|en|easy)-/.test(u))).toHaveLength(3);

    // Network off, reload: everything comes from the pack.
    await context.setOffline(true);
    await page.goto('./#map=16/35.60243/139.71117&layers=chome');
    await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true', {
      timeout: 30_000,
    });
    // No bundled file failed to load.
    await expect(page.locator('#data-problems')).toBeHidden();
    // The 130 chome come from the pack (offline, only the service worker can answer), and the map
    // drew them: a click picks 中延六丁目.
    const chomeUrl = [...packed].find((u) => u.includes('shinagawa_chome_2015_simplified'));
    expect(chomeUrl).toBeTruthy();
    const count = await page.evaluate(async (url) => {
      const body = (await (await fetch(url)).json()) as { features: unknown[] };
      return body.features.length;
    }, chomeUrl!);
    expect(count).toBe(130);
    const box = await page.locator('#map canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(
      page.locator('#place-panel').getByRole('heading', { level: 2, name: '中延六丁目' }),
    ).toBeVisible();
    await expect(page.locator('#place-panel')).toContainText('218棟が浸水');

    // A record opens.
    await page.evaluate(() => (location.hash = '#event=SH-1999-08-29'));
    await expect(page.locator('#place-panel').getByRole('heading', { level: 2 })).toHaveText(
      '平成11年8月29日 集中豪雨',
    );
    await expect(page.locator('#place-panel')).toContainText('床上 1,614棟・床下 1,137棟');

    // A tour opens (its chunks load from the pack), on the other tour than the first visit's.
    await page.evaluate(() => (location.hash = '#tour=tachiai-nakanobu-futaba&step=1'));
    await expect(page.locator('#tour-panel')).toContainText('1 / 8');
    await expect.poll(() => hashParams(page).get('tour')).toBe('tachiai-nakanobu-futaba');

    // Online tiles are not in the pack: their note says the background map cannot load.
    await expect(page.locator('#basemap-note')).toContainText('背景地図を読み込めません');
    await expect(page.locator('#pack-status')).toContainText('オフラインでも使えます');

    // English, never shown online, comes from the pack too.
    await page.locator('#lang-select').selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#pack-status')).toContainText('Works offline');
    await expect(page.locator('#tour-panel')).toContainText('Step 1 of 8');
    await expect(page.locator('#basemap-note')).toContainText('background map cannot be loaded');
  });
});

/** Types the copy's server sends (a service worker script must be served as JavaScript). */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.geojson': 'application/geo+json',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves a folder on 127.0.0.1 (any free port), ignoring query strings (Workbox adds revisions). */
async function serveFolder(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    try {
      const body = readFileSync(join(root, path));
      res.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

test.describe('a new release', () => {
  test.use({ serviceWorkers: 'allow' });

  test('waits until the teacher presses 再読み込み: the page keeps the release it started with', async ({
    page,
  }) => {
    // A copy of the build, so that this test can publish a "new release" without touching dist/.
    const root = mkdtempSync(join(tmpdir(), 'fhm-release-'));
    cpSync(DIST, root, { recursive: true });
    const { server, url } = await serveFolder(root);
    try {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-offline-pack', 'saved', {
        timeout: 60_000,
      });
      const status = page.locator('#pack-status');
      await expect(status).toContainText('オフラインでも使えます');

      // The next release: a changed page, and a worker that precaches it under a new revision.
      const marker = '<meta name="fhm-test-release" content="2" />';
      const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
      writeFileSync(join(root, 'index.html'), indexHtml.replace('</head>', `${marker}</head>`));
      const sw = readFileSync(join(root, 'sw.js'), 'utf8');
      const revised = sw.replace(
        /(url:"index\.html",revision:")[0-9a-f]+"/,
        '$1000000000000000000000000000000002"',
      );
      expect(revised, 'the worker lists index.html with a revision').not.toBe(sw);
      writeFileSync(join(root, 'sw.js'), revised);

      // The next visit finds it: it installs in the background and waits, and says so; the page
      // itself is still the release it started with (the old worker answers).
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true', {
        timeout: 30_000,
      });
      await expect(status).toContainText('新しいデータがあります', { timeout: 60_000 });
      await expect(page.locator('meta[name="fhm-test-release"]')).toHaveCount(0);

      // 再読み込み: the new release takes over and the page reloads into it.
      await status.getByRole('button', { name: '再読み込み' }).click();
      await expect(page.locator('meta[name="fhm-test-release"]')).toHaveCount(1, {
        timeout: 30_000,
      });
      await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true', {
        timeout: 30_000,
      });
      await expect(status).toContainText('オフラインでも使えます');
      await expect(status).not.toContainText('新しいデータがあります');
    } finally {
      server.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});

test.describe('without a service worker', () => {
  // The default of playwright.config.ts: service workers blocked, as on plain http or old browsers.
  test('the app works and shows the data date, and says it cannot be kept for offline use', async ({
    page,
    watch,
  }) => {
    await openApp(page);
    const status = page.locator('#pack-status');
    await expect(status).toContainText(/データの日付：\d{4}-\d{2}-\d{2}/);
    await expect(status).toContainText('このブラウザではオフライン用に保存できません');
    await expect(status).not.toContainText('オフラインでも使えます');
    await expect(status.locator('.pack-saved')).toHaveCount(0);
    await page.locator('#lang-select').selectOption('en');
    await expect(status).toContainText(/Data date: \d{4}-\d{2}-\d{2}/);
    await expect(status).toContainText('This browser cannot keep the map for offline use');
    // Only the blocked tile requests may complain; nothing about the service worker.
    expect(watch.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  });
});
