// 現在地: the browser's position (Playwright's geolocation) answered as a tap there would be, inside
// the ward, outside it (with the distance to its boundary and both on the map), and refused (a
// message that leads to the search). The position itself never reaches the URL.
import { expect, hashParams, openApp, test } from './fixtures';

/**
 * A point in 中延六丁目, away from its centre (where the map centres on the chome's answer), and
 * Shibuya station, outside the ward to the north.
 */
const NAKANOBU = { latitude: 35.6031, longitude: 139.7105, accuracy: 30 };
const SHIBUYA = { latitude: 35.658, longitude: 139.7016, accuracy: 20 };

test.describe('position granted inside the ward', () => {
  test.use({ geolocation: NAKANOBU, permissions: ['geolocation'] });

  test('answers for the chome under the position, as a tap there, and keeps it out of the URL', async ({
    page,
  }) => {
    await openApp(page);
    const button = page.getByRole('button', { name: '現在地で調べる' });
    await expect(button).toBeEnabled();
    await expect(page.locator('#locate')).toContainText('保存も送信もしません');
    await button.click();
    await expect(page.locator('#locate-message')).toHaveText(
      '現在地の答えを表示しています。位置の誤差は約 30 m です。',
    );
    await expect(page.locator('#place-title')).toHaveText('中延六丁目');
    await expect(page.getByRole('region', { name: 'ここで起きたこと' })).toBeVisible();
    // As a tap there: the chome is the selection the link carries, never the coordinates.
    await expect.poll(() => hashParams(page).get('sel')).toMatch(/^chome:/);
    expect(new URL(page.url()).hash).not.toMatch(/139\.7105|35\.6031/);
    // The same request from the map's own control.
    await expect(page.getByRole('button', { name: '現在地を調べる' })).toBeVisible();
  });

  test('the dev and preview servers allow geolocation for the site itself', async ({ page }) => {
    const res = await page.request.get('./');
    expect(res.headers()['permissions-policy']).toBe('geolocation=(self)');
  });
});

test.describe('position granted outside the ward', () => {
  test.use({ geolocation: SHIBUYA, permissions: ['geolocation'] });

  test('says it is outside, how far the boundary is, and shows both on the map', async ({
    page,
  }) => {
    await openApp(page, '#map=16/35.60243/139.71117');
    await page.getByRole('button', { name: '現在地を調べる' }).click();
    await expect(page.locator('#locate-message')).toContainText(
      /品川区の外です（区の境まで約 \d+(\.\d)? km）/,
    );
    // Answered as a tap there would be: the point, with no chome of the ward under it.
    await expect(page.locator('#place-title')).toHaveText('この地点');
    // The view zoomed out from 16 to take in the ward and the position north of it.
    await expect.poll(() => Number(hashParams(page).get('map')?.split('/')[0])).toBeLessThan(14);
    const [, lat] = (hashParams(page).get('map') ?? '').split('/').map(Number);
    expect(lat).toBeGreaterThan(35.6);
  });
});

test.describe('position refused', () => {
  test.use({ permissions: [] });

  test('says location is not allowed and leads to the search', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: '現在地で調べる' }).click();
    await expect(page.locator('#locate-message')).toContainText(
      '位置情報の利用が許可されていません',
    );
    await page.getByRole('button', { name: '検索欄へ' }).click();
    await expect(page.locator('#place-search-input')).toBeFocused();
  });
});
