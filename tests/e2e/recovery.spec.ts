// Online tile servers that fail and then come back: a note appears, the rest keeps working, and
// the note goes away once the server answers again — without a single page error.
import type { Page } from '@playwright/test';
import { expect, openApp, syntheticTilePng, test } from './fixtures';

/** Serves (SYNTHETIC) tiles for one host only while `up()` says the server is reachable. */
async function flakyHost(page: Page, host: string, up: () => boolean): Promise<void> {
  const png = syntheticTilePng([255, 216, 192, 255]);
  await page.route(`https://${host}/**`, (route) =>
    up()
      ? route.fulfill({
          status: 200,
          contentType: 'image/png',
          headers: { 'access-control-allow-origin': '*' },
          body: png,
        })
      : route.abort('internetdisconnected'),
  );
}

test('the background map: unreachable, then reachable again after "try again"', async ({
  page,
  watch,
}) => {
  let up = false;
  await flakyHost(page, 'cyberjapandata.gsi.go.jp', () => up);
  await openApp(page, '#layers=chome&base=pale');
  const note = page.locator('#basemap-note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('背景地図を読み込めません');
  up = true;
  await note.getByRole('button', { name: '再読み込み' }).click();
  await expect(note).toBeHidden();
  expect(watch.pageErrors).toEqual([]);
});

test('a hazard layer: unreachable, then reachable again after "try again"', async ({
  page,
  watch,
}) => {
  let up = false;
  await flakyHost(page, 'disaportaldata.gsi.go.jp', () => up);
  await openApp(page, '#layers=chome&hz=flood_l2_depth:70');
  const section = page.locator('#hazard-controls');
  await expect(section).toContainText('この層は今読み込めません');
  up = true;
  await section.getByRole('button', { name: '再読み込み' }).click();
  await expect(section).not.toContainText('この層は今読み込めません');
  await expect(
    section.getByRole('checkbox', { name: '洪水 浸水深（想定最大規模 L2）' }),
  ).toBeChecked();
  expect(watch.pageErrors).toEqual([]);
});
