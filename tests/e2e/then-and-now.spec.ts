// Then and now: GSI's old aerial photos beside today's map. The GSI host is answered from SYNTHETIC
// solid-colour tiles made here (today's map light blue from fixtures.ts, the 1945–1950 photos red),
// so the two sides of the divider can be told apart by their pixels; then the same with the tile
// host unreachable (this machine is offline), where a note must say so and nothing may throw.
import type { Page } from '@playwright/test';
import { expect, hashParams, openApp, syntheticTilePng, test } from './fixtures';

/** SYNTHETIC stand-in for the 1945–1950 photo tiles. */
const THEN_RGB: [number, number, number] = [200, 40, 40];
const VIEW = '#map=15.00/35.62000/139.73300&layers=';

/** RGB of the map at fractions of its width and height, read from a screenshot. */
async function pixelsAt(page: Page, points: readonly [number, number][]): Promise<number[][]> {
  const png = await page.locator('#map').screenshot();
  return page.evaluate(
    async ({ b64, points }) => {
      // An <img>, not fetch(): the page's Content-Security-Policy allows data: images only.
      const el = new Image();
      el.src = `data:image/png;base64,${b64}`;
      await el.decode();
      const canvas = new OffscreenCanvas(el.width, el.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(el, 0, 0);
      return points.map(([fx, fy]) => [
        ...ctx.getImageData(Math.round(fx * el.width), Math.round(fy * el.height), 1, 1).data,
      ]);
    },
    { b64: png.toString('base64'), points },
  );
}

const isThen = ([r = 0, g = 0, b = 0]: number[]): boolean => r > 150 && g < 110 && b < 110;

async function serveThenTiles(page: Page): Promise<string[]> {
  const requested: string[] = [];
  const png = syntheticTilePng(THEN_RGB);
  // Added after the fixture's catch-all route, so it answers these tiles first.
  await page.route(/cyberjapandata\.gsi\.go\.jp\/xyz\/ort_USA10\//, (route) => {
    requested.push(route.request().url());
    return route.fulfill({
      status: 200,
      contentType: 'image/png',
      headers: { 'access-control-allow-origin': '*' },
      body: png,
    });
  });
  return requested;
}

test.describe('then and now, tiles answered from synthetic fixtures', () => {
  test.use({ tiles: 'fixture' });

  test('the 1945–1950 photos left of the divider, today right; keys move it; URL, credit, reload', async ({
    page,
  }) => {
    // Long: two maps on a software-rendered GPU, a reload, and three ways to move the divider.
    test.setTimeout(150_000);
    const requested = await serveThenTiles(page);
    await openApp(page, VIEW);
    const section = page.locator('#then-now');
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(
      '今と昔をくらべる（インターネット接続時）',
    );
    await section.getByRole('radio', { name: '空中写真 1945〜1950年' }).check();
    const divider = page.getByRole('slider', { name: '昔と今の境目' });
    await expect(divider).toBeVisible();
    await expect(divider).toHaveAttribute('aria-valuenow', '50');
    await expect.poll(() => hashParams(page).get('then')).toBe('ort_USA10');
    expect(hashParams(page).get('swipe')).toBe('50');
    await expect.poll(() => requested.length).toBeGreaterThan(0);

    // Left of the divider the old photo, right of it today's map.
    await expect
      .poll(async () => (await pixelsAt(page, [[0.25, 0.6]])).map(isThen))
      .toEqual([true]);
    const [left, right] = await pixelsAt(page, [
      [0.25, 0.6],
      [0.75, 0.6],
    ]);
    expect(isThen(left ?? [])).toBe(true);
    expect(isThen(right ?? [])).toBe(false);

    // The divider is a slider: Home, arrows and End move it, and the URL follows.
    await divider.focus();
    await page.keyboard.press('Home');
    await expect(divider).toHaveAttribute('aria-valuenow', '0');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(divider).toHaveAttribute('aria-valuenow', '10');
    await expect(divider).toHaveAttribute(
      'aria-valuetext',
      '左 10%：空中写真 1945〜1950年、右：今の地図',
    );
    await expect.poll(() => hashParams(page).get('swipe')).toBe('10');
    await page.keyboard.press('End');
    await expect.poll(() => hashParams(page).get('swipe')).toBe('100');
    await expect
      .poll(async () => (await pixelsAt(page, [[0.75, 0.6]])).map(isThen))
      .toEqual([true]);
    await page.keyboard.press('PageDown');
    await expect.poll(() => hashParams(page).get('swipe')).toBe('80');

    // GSI's credit on the map while the old side shows, and in the sidebar.
    const credit = page.locator('.compare-credit');
    await expect(credit).toContainText('出典：国土地理院（地理院タイル）');
    await expect(credit.getByRole('link')).toHaveAttribute(
      'href',
      'https://maps.gsi.go.jp/development/ichiran.html',
    );
    await expect(section).toContainText('写真がない場所は灰色の空白になります');
    await page.screenshot({ path: 'test-results/screenshots/then-now-desktop.png' });

    // Source, date and licence one click away.
    await section.getByRole('button', { name: '出典と利用条件' }).click();
    const dialog = page.getByRole('dialog', { name: 'データの出典とライセンス' });
    const entry = dialog.locator('#credit-old-maps');
    await expect(entry).toBeFocused();
    await expect(entry).toContainText(
      '出典：国土地理院（地理院タイル） https://maps.gsi.go.jp/development/ichiran.html',
    );
    await expect(entry).toContainText('明治期の地図から、当時の低湿地の分布を示した地図です。');
    await expect(
      entry.getByRole('link', { name: '利用条件（国土地理院コンテンツ利用規約）' }),
    ).toBeVisible();
    await page.keyboard.press('Escape');

    // The view survives a reload.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true', {
      timeout: 30_000,
    });
    await expect(page.getByRole('slider', { name: '昔と今の境目' })).toHaveAttribute(
      'aria-valuenow',
      '80',
    );
    await expect(
      page.locator('#then-now').getByRole('radio', { name: '空中写真 1945〜1950年' }),
    ).toBeChecked();

    // The alternative to the divider: the old photo over the whole map, with its strength.
    await page
      .locator('#then-now')
      .getByRole('radio', { name: '地図全体に重ねる（濃さを変える）' })
      .check();
    await expect.poll(() => hashParams(page).get('overlay')).toBe('60');
    await expect(page.getByRole('slider', { name: '昔と今の境目' })).toBeHidden();
    await expect(page.getByRole('slider', { name: '昔の写真・地図の濃さ' })).toHaveValue('60');

    // Off: the second map goes with its WebGL context.
    await page.locator('#then-now').getByRole('radio', { name: 'くらべない' }).check();
    await expect(page.locator('.compare-root')).toHaveCount(0);
    await expect.poll(() => hashParams(page).get('then')).toBeNull();
  });

  test.describe('phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

    test('the divider follows a finger', async ({ page }) => {
      await serveThenTiles(page);
      await openApp(page, `${VIEW}&then=ort_USA10&swipe=50`);
      const divider = page.getByRole('slider', { name: '昔と今の境目' });
      await expect(divider).toBeVisible();
      const box = await page.locator('#map').boundingBox();
      if (!box) throw new Error('no map');
      const y = box.y + box.height / 2;
      const cdp = await page.context().newCDPSession(page);
      const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
        cdp.send('Input.dispatchTouchEvent', {
          type,
          touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
        });
      await touch('touchStart', box.x + box.width / 2);
      await touch('touchMove', box.x + box.width * 0.4);
      await touch('touchMove', box.x + box.width * 0.25);
      await touch('touchEnd', box.x + box.width * 0.25);
      await expect.poll(() => Number(hashParams(page).get('swipe'))).toBeLessThan(30);
      await expect
        .poll(async () =>
          (
            await pixelsAt(page, [
              [0.1, 0.5],
              [0.6, 0.5],
            ])
          ).map(isThen),
        )
        .toEqual([true, false]);
      await page.screenshot({ path: 'test-results/screenshots/then-now-phone.png' });
    });
  });
});

test.describe('then and now, tile host unreachable', () => {
  test('a note in words with a retry, no second map, the rest of the map keeps working', async ({
    page,
    watch,
  }) => {
    await openApp(page, `${VIEW}&then=ort_USA10&swipe=50`);
    const note = page.locator('#then-note');
    await expect(note).toBeVisible();
    await expect(note).toContainText('昔の写真・地図は今読み込めません');
    await expect(page.locator('#then-now')).toContainText('品川区の地図と記録はそのまま使えます');
    await expect(page.locator('.compare-root')).toHaveCount(0);
    const before = watch.external.length;
    await note.getByRole('button', { name: '再読み込み' }).click();
    await expect(note).toBeVisible();
    await expect.poll(() => watch.external.length).toBeGreaterThan(before);
    // One probe per try, not a storm of tile requests.
    expect(watch.external.filter((u) => u.includes('/ort_USA10/'))).toHaveLength(2);
    // The map still answers.
    await page.getByRole('checkbox', { name: '町丁目の境界と名前' }).check();
    await expect.poll(() => hashParams(page).get('layers')).toBe('chome');
    await page.locator('#then-now').getByRole('radio', { name: 'くらべない' }).check();
    await expect(note).toBeHidden();
    await page.screenshot({ path: 'test-results/screenshots/then-now-offline.png' });
  });
});
