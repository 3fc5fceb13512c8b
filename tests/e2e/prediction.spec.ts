// The answer says what the hazard map portal predicts at the place, with no layer switched on:
// the portal's tiles answered by a SYNTHETIC solid colour (fixtures.ts), or not answered at all.
import type { Page } from '@playwright/test';
import { expect, hashParams, openApp, test } from './fixtures';

const search = async (page: Page, text: string): Promise<void> => {
  await page.locator('#place-search-input').fill(text);
  await page.locator('#place-search-input').press('Enter');
};
const prediction = (page: Page) =>
  page
    .getByRole('region', { name: 'ここで起きたこと' })
    .getByRole('region', { name: 'この地点の想定（ハザードマップ）' });

test.describe('the portal answers with a known legend colour', () => {
  test.use({ hazardTile: [255, 216, 192, 255] });

  test('a chome found by search says the predicted depth in words, no layer switched on', async ({
    page,
  }) => {
    await openApp(page);
    await search(page, '西五反田二丁目');
    await expect(page.locator('#place-title')).toHaveText('西五反田二丁目');
    const block = prediction(page);
    await expect(block).toContainText(
      '想定最大規模の大雨（川の洪水）で 0.5〜3m の浸水（1階の床上から軒下まで）',
    );
    await expect(block).toContainText('想定最大規模の高潮で 0.5〜3m の浸水');
    // Tsunami and inland flooding: coloured, but their legend is not held, so not guessed.
    await expect(block).toContainText('津波 浸水想定: 色があります（この層の凡例は未収録');
    await expect(block).toContainText('に読み取り');
    // Nothing was switched on or drawn for it.
    expect(hashParams(page).get('hz')).toBeNull();
    await expect(
      page
        .locator('#hazard-controls')
        .getByRole('checkbox', { name: '洪水 浸水深（想定最大規模 L2）' }),
    ).not.toBeChecked();
    // The source, one click away.
    await block.getByRole('button', { name: 'ハザードマップの出典と注意を見る' }).click();
    const credits = page.locator('#credit-hazard-tiles');
    await expect(credits).toBeFocused();
    await expect(credits).toContainText('ハザードマップポータルサイト');
  });

  test('in English, on a phone, a tap on the map answers with the prediction', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, '#map=16/35.60243/139.71117&layers=chome&lang=en');
    const box = await page.locator('#map canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 3);
    const block = page.getByRole('region', { name: 'Predicted here (hazard maps)' });
    await expect(block).toContainText(
      'In the maximum assumed rain (river flood): flooding of 0.5–3 m (from the ground-floor floor up to the eaves)',
    );
    await block.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/prediction-phone-en.png' });
  });
});

test.describe('the portal cannot be reached', () => {
  test('the answer says the prediction cannot be checked now, and what is still known', async ({
    page,
  }) => {
    await openApp(page);
    await search(page, '西五反田二丁目');
    const block = prediction(page);
    await expect(block).toContainText(
      '今は読み込めないため、この地点の想定（洪水・内水・高潮・津波）を確かめられません',
    );
    await expect(block).toContainText('浸水の記録と近くの避難場所はこのページで見られます');
    await expect(block.getByRole('button')).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screenshots/prediction-offline.png' });
  });
});
