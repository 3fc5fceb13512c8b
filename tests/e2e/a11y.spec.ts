// Accessibility audit (axe-core) of every view the app has: the first map view, a chome, a flood
// record, the records list, the credits dialog, and a phone-sized screen. Serious and critical
// findings fail the test; lesser ones are listed in the report so they stay visible.
import { audit } from './axe-audit';
import { expect, openApp, test } from './fixtures';

/** 中延六丁目 (data/shinagawa_chome_2015_simplified.geojson key_code). */
const NAKANOBU_6 = '13109010006';

test.describe('accessibility (axe)', () => {
  test('the map, first view (no finding at all, the map region named once)', async ({
    page,
  }, info) => {
    await openApp(page);
    expect(await audit(page, info)).toEqual([]);
  });

  test('a chome selected (中延六丁目)', async ({ page }, info) => {
    await openApp(page, `#sel=chome:${NAKANOBU_6}`);
    await expect(page.locator('#place-panel').getByRole('heading', { level: 2 })).toHaveText(
      '中延六丁目',
    );
    await audit(page, info);
  });

  test('a flood record (1999-08-29)', async ({ page }, info) => {
    await openApp(page, '#event=SH-1999-08-29');
    await expect(page.locator('#place-panel').getByRole('heading', { level: 2 })).toHaveText(
      '平成11年8月29日 集中豪雨',
    );
    await audit(page, info);
  });

  test('the records list open', async ({ page }, info) => {
    await openApp(page);
    await page.getByRole('button', { name: '記録の一覧（表）' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit(page, info);
  });

  test('the credits dialog open', async ({ page }, info) => {
    await openApp(page);
    await page.getByRole('button', { name: 'データの出典' }).click();
    await expect(page.getByRole('dialog', { name: 'データの出典とライセンス' })).toBeVisible();
    await audit(page, info);
  });

  test.describe('then and now (synthetic fixture tiles)', () => {
    test.use({ tiles: 'fixture' });

    test('the divider over the map and its sidebar section', async ({ page }, info) => {
      await openApp(page, '#then=ort_USA10&swipe=50');
      await expect(page.getByRole('slider', { name: '昔と今の境目' })).toBeVisible();
      await audit(page, info);
    });
  });

  test.describe('phone size', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

    test('the map and a chome on a phone', async ({ page }, info) => {
      await openApp(page);
      await audit(page, info);
      await openApp(page, `#sel=chome:${NAKANOBU_6}`);
      await audit(page, info);
    });
  });

  test('the lesson maker with a step', async ({ page }, info) => {
    page.on('dialog', (d) => void d.accept());
    await openApp(page, '#event=SH-1999-08-29&range=1999-1999');
    await page.getByRole('button', { name: '学習' }).click();
    await page.getByRole('button', { name: '授業をつくる' }).click();
    const editor = page.getByRole('region', { name: '授業をつくる' });
    await editor.getByRole('button', { name: 'この画面を ステップに 追加' }).click();
    await expect(editor.getByRole('region', { name: 'ステップ 1' })).toBeVisible();
    // A check with problems listed, as a teacher sees it before the lesson is complete.
    await editor.getByRole('button', { name: '共有リンクをつくる' }).click();
    await expect(editor.getByRole('alert')).toBeVisible();
    await audit(page, info);
  });

  test('a lesson step in やさしい日本語 with furigana, and with them switched off', async ({
    page,
  }, info) => {
    await openApp(page, '#lang=ja-easy&tour=tachiai-nakanobu-futaba&step=1');
    await expect(page.locator('#tour-panel rt').first()).toHaveText('たちあいがわ');
    await audit(page, info);
    await page.getByRole('button', { name: 'ふりがな', exact: true }).click();
    await expect(page.locator('#tour-panel rt')).toHaveCount(0);
    await audit(page, info);
  });

  test('every step of both lessons, and a town answer', async ({ page }, info) => {
    test.setTimeout(180_000);
    await openApp(page, '#tour=tachiai-nakanobu-futaba&step=1');
    for (const [tour, steps] of [
      ['tachiai-nakanobu-futaba', 8],
      ['meguro-gotanda', 7],
    ] as const) {
      for (let step = 1; step <= steps; step++) {
        await page.evaluate((h) => (location.hash = h), `#tour=${tour}&step=${step}`);
        await expect(page.locator('#tour-panel')).toContainText(`${step} / ${steps}`);
        await audit(page, info);
      }
    }
    await page.evaluate(() => (location.hash = '#sel=town:北品川'));
    await expect(page.getByRole('region', { name: 'ここで起きたこと' })).toBeVisible();
    await audit(page, info);
  });
});
