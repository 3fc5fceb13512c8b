// Lessons: a tour opens from its link, steps by keyboard, and each step sets the map's view, period
// and selection the way a shared link does; leaving returns to the free map.
import { expect, hashParams, openApp, test } from './fixtures';

test('a tour opens from its URL, steps with the keyboard, and each step restores its view, period and selection', async ({
  page,
}) => {
  await openApp(page, '#tour=tachiai-nakanobu-futaba&step=2');
  const panel = page.locator('#tour-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('2 / 8');
  await expect(panel).toContainText('カスリーン台風（1947年）');
  // Step 2 of the file: zoom 15, the year 1947, the record SH-1947-09-15.
  await expect.poll(() => hashParams(page).get('event')).toBe('SH-1947-09-15');
  expect(hashParams(page).get('range')).toBe('1947-1947');
  expect(Number(hashParams(page).get('map')?.split('/')[0])).toBeCloseTo(15, 1);
  await expect(page.locator('#place-title')).toContainText('カスリーン台風');

  await panel.getByRole('button', { name: '次の手順' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(panel).toContainText('3 / 8');
  await expect.poll(() => hashParams(page).get('step')).toBe('3');
  await expect.poll(() => hashParams(page).get('event')).toBe('SH-1958-09-26');
  expect(hashParams(page).get('range')).toBe('1958-1958');

  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => hashParams(page).get('event')).toBe('SH-1947-09-15');

  // A reload of the step's link restores the same step.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true');
  await expect(page.locator('#tour-panel')).toContainText('2 / 8');

  // Only the step typed into the address bar of the open page: the whole step follows, not only
  // the panel.
  await page.evaluate(() => {
    location.hash = location.hash.replace(/step=\d+/, 'step=3');
  });
  await expect(page.locator('#tour-panel')).toContainText('3 / 8');
  await expect.poll(() => hashParams(page).get('event')).toBe('SH-1958-09-26');
  expect(hashParams(page).get('range')).toBe('1958-1958');
  await expect(page.locator('#place-title')).toContainText('狩野川台風');

  await page.locator('#tour-panel').getByRole('button', { name: 'ツアーを終える' }).click();
  await expect(page.locator('#tour-panel')).toBeHidden();
  await expect.poll(() => hashParams(page).get('tour')).toBeNull();
});

test('the lessons menu lists the two tours and starts one', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: '学習' }).click();
  const menu = page.getByRole('dialog', { name: '学習用のツアー' });
  // The bundled tours' list (the schools of 「わたしの学校のまわり」 are a list of their own).
  await expect(
    menu.getByRole('list', { name: '学習用のツアー' }).getByRole('listitem'),
  ).toHaveCount(2);
  await menu.getByRole('button', { name: /目黒川と五反田/ }).click();
  await expect(page.locator('#tour-panel')).toContainText('1 / 7');
  await expect.poll(() => hashParams(page).get('tour')).toBe('meguro-gotanda');
});
