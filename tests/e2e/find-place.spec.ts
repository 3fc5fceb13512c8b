// Finding a place by postcode, as a new resident types it from a letter: the search says what the
// code covers, the answer is for exactly that place, and typing shows what Enter would find
// without moving the map.
import type { Page } from '@playwright/test';
import { audit } from './axe-audit';
import { expect, hashParams, openApp, test } from './fixtures';

const box = (page: Page) => page.locator('#place-search-input');
const answer = (page: Page) => page.getByRole('region', { name: 'ここで起きたこと' });

test('「〒141-0031」 lands on 西五反田 and says which chome the code covers', async ({ page }) => {
  await openApp(page);
  await box(page).fill('〒141-0031');
  await box(page).press('Enter');
  await expect(page.locator('.search-message')).toContainText(
    '〒141-0031 は西五反田（一〜八丁目）です。',
  );
  await expect(page.locator('#place-title')).toHaveText('西五反田');
  await expect(answer(page)).toContainText('西五反田八丁目');
  await expect.poll(() => hashParams(page).get('sel')).toBe('town:西五反田');
});

test('「1400001」 answers for 北品川一〜四丁目 only, not the whole town', async ({ page }) => {
  await openApp(page);
  await box(page).fill('1400001');
  await box(page).press('Enter');
  await expect(page.locator('.search-message')).toContainText(
    '〒140-0001 は北品川一〜四丁目です。',
  );
  await expect(page.locator('#place-title')).toHaveText('北品川一〜四丁目');
  await expect(answer(page)).toContainText('北品川四丁目');
  await expect(answer(page)).not.toContainText('北品川五丁目');
  await expect.poll(() => hashParams(page).get('sel')).toBe('town:北品川:1,2,3,4');
  // The link opens the same part of the town.
  await page.reload();
  await expect(page.locator('#place-title')).toHaveText('北品川一〜四丁目');
});

test('typing shows what Enter would find, key by key, and only Enter moves the map', async ({
  page,
}, info) => {
  await openApp(page);
  const hash = new URL(page.url()).hash;
  await box(page).pressSequentially('１４１');
  await expect(page.locator('.search-preview')).toHaveText('郵便番号は7桁です（例: 141-0031）。');
  await box(page).pressSequentially('０００１');
  await expect(page.locator('.search-preview')).toContainText(
    '〒141-0001 は北品川五・六丁目です。',
  );
  // Read out once typing pauses, from a live region; the visible line itself is not live.
  await expect(page.locator('.search-preview + .visually-hidden')).toContainText(
    'Enter で「北品川五・六丁目」を表示します。',
  );
  expect(new URL(page.url()).hash).toBe(hash);
  // The line under the box and its live copy pass the audit as the rest of the page does.
  await audit(page, info);
  await box(page).press('Enter');
  await expect.poll(() => hashParams(page).get('sel')).toBe('town:北品川:5,6');
});

test("a code that is not the ward's says so, and 140-0000 says it names no town", async ({
  page,
}) => {
  await openApp(page);
  await box(page).fill('100-0001');
  await box(page).press('Enter');
  await expect(page.locator('.search-message')).toContainText(
    '〒100-0001 は品川区の郵便番号にありません',
  );
  await box(page).fill('140-0000');
  await box(page).press('Enter');
  await expect(page.locator('.search-message')).toContainText('町ごとの番号が決まっていない所');
});
