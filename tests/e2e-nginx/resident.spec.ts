// A resident's path through the published site (issue 20), against nginx with the config in
// deploy/: the map, a search, a record's page, the offline pack, a second visit from the pack, and
// a new release published on the server reaching the page after 再読み込み.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { precompressFile } from '../../scripts/deploy/precompress';
import { startNginx } from '../../scripts/deploy/serve-prod';
import { expect, openApp, test } from '../e2e/fixtures';
import { freePort } from '../../scripts/free-port';

const DIST = resolve(import.meta.dirname, '../../dist');

test.use({ serviceWorkers: 'allow' });

test('first visit: map, search, a record, the pack; second visit: everything from the pack', async ({
  page,
  watch,
}) => {
  // The server's headers raise nothing in the page (an unknown Permissions-Policy feature is a
  // warning on every load).
  const headerNotes: string[] = [];
  page.on('console', (m) => {
    if (/Permissions-Policy|Content.Security.Policy/i.test(m.text())) headerNotes.push(m.text());
  });
  const fromServer: string[] = [];
  page.on('response', (r) => {
    const u = new URL(r.url());
    if (u.hostname === '127.0.0.1' && !r.fromServiceWorker()) fromServer.push(u.pathname);
  });

  await openApp(page);
  await page.locator('#place-search-input').fill('五反田');
  await page.locator('#place-search-input').press('Enter');
  await expect(page.locator('.search-message')).toContainText('五反田駅とその周り');
  await expect(page.getByRole('region', { name: 'ここで起きたこと' })).toContainText(
    '平成元年の豪雨（五反田地区浸水）',
  );

  await page.evaluate(() => (location.hash = '#event=SH-1999-08-29'));
  await expect(page.locator('#place-panel').getByRole('heading', { level: 2 })).toHaveText(
    '平成11年8月29日 集中豪雨',
  );
  await expect(page.locator('#place-panel')).toContainText('床上 1,614棟・床下 1,137棟');

  await expect(page.locator('html')).toHaveAttribute('data-offline-pack', 'saved', {
    timeout: 60_000,
  });
  await expect(page.locator('#pack-status')).toContainText('オフラインでも使えます');
  expect(fromServer.length, 'the first visit came from nginx').toBeGreaterThan(10);

  // Second visit: the worker answers the page and every file it loads.
  fromServer.length = 0;
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true', {
    timeout: 30_000,
  });
  await expect(page.locator('#pack-status')).toContainText('オフラインでも使えます');
  expect(fromServer, 'files fetched from nginx on the second visit').toEqual([]);

  expect(headerNotes, 'console messages about the headers').toEqual([]);
  expect(watch.cspViolations).toEqual([]);
});

test('a new release published on the server reaches the page after 再読み込み', async ({
  page,
}) => {
  // A copy of the build on an nginx of its own, so that this test can publish into it.
  const root = mkdtempSync(join(tmpdir(), 'fhm-release-'));
  cpSync(DIST, root, { recursive: true });
  const server = await startNginx({ root, port: await freePort() });
  try {
    await page.goto(server.url);
    await expect(page.locator('html')).toHaveAttribute('data-offline-pack', 'saved', {
      timeout: 60_000,
    });
    const status = page.locator('#pack-status');

    // The next release, published as a build would be: a changed page, a worker that precaches
    // it under a new revision, and their .br/.gz copies written again (nginx sends those).
    const marker = '<meta name="fhm-test-release" content="2" />';
    const indexHtml = join(root, 'index.html');
    writeFileSync(
      indexHtml,
      readFileSync(indexHtml, 'utf8').replace('</head>', `${marker}</head>`),
    );
    const swFile = join(root, 'sw.js');
    const sw = readFileSync(swFile, 'utf8');
    const revised = sw.replace(
      /(url:"index\.html",revision:")[0-9a-f]+"/,
      '$1000000000000000000000000000000002"',
    );
    expect(revised, 'the worker lists index.html with a revision').not.toBe(sw);
    writeFileSync(swFile, revised);
    await Promise.all([precompressFile(indexHtml), precompressFile(swFile)]);

    const before = server.log().length;
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true', {
      timeout: 30_000,
    });
    await expect(status).toContainText('新しいデータがあります', { timeout: 60_000 });
    await expect(page.locator('meta[name="fhm-test-release"]')).toHaveCount(0);
    // The update fetched the worker and what changed, nothing else (the hashed files are the same).
    const fetched = server
      .log()
      .slice(before)
      .map((e) => e.uri.replace(/\?.*$/, ''));
    expect(new Set(fetched)).toEqual(new Set(['/sw.js', '/index.html']));

    await status.getByRole('button', { name: '再読み込み' }).click();
    await expect(page.locator('meta[name="fhm-test-release"]')).toHaveCount(1, {
      timeout: 30_000,
    });
    await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true', {
      timeout: 30_000,
    });
  } finally {
    await server.stop();
    rmSync(root, { recursive: true, force: true });
  }
});
