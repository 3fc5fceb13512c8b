// English names, as a resident who reads no kanji would use the map: the search takes romaji, the
// answer's title gives the English name with the Japanese one beside it (for street signs), and the
// map's labels are in English.
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const search = async (page: Page, text: string): Promise<void> => {
  await page.locator('#place-search-input').fill(text);
  await page.locator('#place-search-input').press('Enter');
};

test('in English, "Gotanda", "Oimachi" and "Nishi-Gotanda 2" are found and titled in both languages', async ({
  page,
}) => {
  await openApp(page, '#lang=en');
  await expect(page.locator('#place-search-input')).toHaveAttribute(
    'placeholder',
    /Nishi-Gotanda 2/,
  );

  await search(page, 'Gotanda');
  await expect(page.locator('.search-message')).toContainText('Showing Gotanda (五反田) Station');
  await expect(page.locator('#place-title')).toHaveText('Gotanda 五反田');
  await expect(page.locator('#place-title span[lang="ja"]')).toHaveText('五反田');

  await search(page, 'Oimachi');
  await expect(page.locator('.search-message')).toContainText('Oimachi (大井町)');
  await expect(page.locator('#place-title')).toHaveText('Oimachi 大井町');

  await search(page, 'Nishi-Gotanda 2');
  await expect(page.locator('.search-message')).toContainText(
    'Showing the chome Nishi-Gotanda 2-chome (西五反田二丁目).',
  );
  const title = page.getByRole('heading', { name: 'Nishi-Gotanda 2-chome 西五反田二丁目' });
  await expect(title).toBeVisible();
  const answer = page.getByRole('region', { name: 'What happened here' });
  await expect(answer).toContainText('in Nishi-Gotanda 2-chome and within');
  await expect.poll(() => new URL(page.url()).hash).toContain('sel=chome:13109');
});

test('romaji typed on the Japanese page finds the place, named in Japanese', async ({ page }) => {
  await openApp(page, '#lang=ja');
  await search(page, 'nishigotanda 2-chome');
  await expect(page.locator('.search-message')).toContainText('町丁目「西五反田二丁目」');
  await expect(page.locator('#place-title')).toHaveText('西五反田二丁目');
});

test('a name nobody uses is not found, with English names close to it', async ({ page }) => {
  await openApp(page, '#lang=en');
  await search(page, 'Gotanda 9');
  await expect(page.locator('.search-message')).toContainText('Nothing called "Gotanda 9".');
  await expect(page.locator('.search-message')).toContainText('Nishi-Gotanda');
});

test('the map labels chome and stations with the English names on the English page only', async ({
  page,
}) => {
  // Around Gotanda station at a zoom where chome and station labels are drawn, no records. Each
  // language is drawn twice, with the names file as it is and with a valid one without rows, so the
  // layout is the same and only the names can differ.
  const view = '#map=16/35.62600/139.72300&layers=chome,stations';
  // Six page loads.
  test.setTimeout(180_000);
  let empty = false;
  await page.route('**/place_names_en*.csv', (r) =>
    empty
      ? r.fulfill({
          contentType: 'text/csv',
          body: 'kind,name_ja,name_en,alt_spellings,source,source_class\n',
        })
      : r.fallback(),
  );
  const shot = async (lang: string, names: 'real' | 'none'): Promise<Buffer> => {
    empty = names === 'none';
    // A fresh page load each time (a new hash alone would not reload the data).
    await page.goto('about:blank');
    await openApp(page, `${view}&lang=${lang}`);
    const box = await page.locator('#map canvas').boundingBox();
    if (!box) throw new Error('no map');
    // The middle of the map: away from the controls and the attribution in its corners.
    return page.screenshot({
      clip: {
        x: box.x + box.width * 0.2,
        y: box.y + box.height * 0.2,
        width: box.width * 0.6,
        height: box.height * 0.6,
      },
      path: test.info().outputPath(`labels-${lang}-${names}.png`),
    });
  };
  expect((await shot('en', 'real')).equals(await shot('en', 'none'))).toBe(false);
  // Japanese and やさしい日本語 keep the Japanese labels whatever the names file holds.
  expect((await shot('ja', 'real')).equals(await shot('ja', 'none'))).toBe(true);
  expect((await shot('ja-easy', 'real')).equals(await shot('ja-easy', 'none'))).toBe(true);
});

test('in English an evacuation site’s address is written number first, with the Japanese beside it', async ({
  page,
}) => {
  await openApp(page, '#lang=en&sel=evacSite:E1310900025201');
  await expect(page.locator('#place-panel')).toContainText(
    '6-5-32 Nishi-Gotanda (東京都品川区西五反田6-5-32)',
  );
});
