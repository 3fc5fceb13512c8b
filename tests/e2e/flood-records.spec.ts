import { readFileSync } from 'node:fs';
import { catalog } from '../../src/data/catalog';
import { parseChomeRecords, parseFloodEvents } from '../../src/data/flood-parse';
import { createChomeIndex } from '../../src/data/chome-name';
import { validateCsv } from '../../src/data/validate-csv';
import { expect, hashParams, openApp, test } from './fixtures';

const schemaOf = (id: string) => {
  const meta = catalog.find((d) => d.id === id);
  if (!meta || meta.schema.kind !== 'csv') throw new Error(id);
  return meta.schema;
};

test.describe('flood records', () => {
  test('searching 中延6丁目 tells what happened there, with numbers and their source', async ({
    page,
  }) => {
    await openApp(page);
    const search = page.getByRole('combobox', { name: '町丁目・駅で探す' });
    await search.fill('中延6丁目');
    await search.press('Enter');
    const panel = page.locator('#place-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('中延六丁目');
    const history = panel.getByRole('region', { name: 'この町丁目の浸水の記録' });
    await expect(history).toContainText('218棟が浸水（床上 99棟・床下 119棟）');
    await expect(history).toContainText('品川区「町丁別浸水実績一覧」');
    await expect(history).toContainText('公的な記録');
    await expect(history).toContainText('平成11年8月29日の大雨だけで 135棟');
    await expect(history).toContainText('31-50件');
    await expect.poll(() => hashParams(page).get('sel')).toBe('chome:13109010006');
  });

  test('a chome without records says so, and does not say zero', async ({ page }) => {
    await openApp(page);
    const search = page.getByRole('combobox', { name: '町丁目・駅で探す' });
    await search.fill('荏原1丁目');
    await search.press('Enter');
    const history = page.getByRole('region', { name: 'この町丁目の浸水の記録' });
    await expect(history).toContainText('記録がない＝浸水がなかった、ではありません');
    await expect(history).not.toContainText('0棟');
  });

  test('an unknown name gets suggestions', async ({ page }) => {
    await openApp(page);
    const search = page.getByRole('combobox', { name: '町丁目・駅で探す' });
    await search.fill('中延7丁目');
    await search.press('Enter');
    await expect(page.locator('.search-message')).toContainText('「中延7丁目」は見つかりません');
    await expect(page.locator('.search-message')).toContainText('中延六丁目');
  });

  test('an event opens from its URL with its damage, quote and source', async ({ page }) => {
    await openApp(page, '#event=SH-1999-08-29');
    const panel = page.locator('#place-panel');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('平成11年8月29日 集中豪雨');
    await expect(panel).toContainText('床上 1,614棟・床下 1,137棟');
    await expect(panel).toContainText('浸水件数-住宅、事業所の床上、 床下浸水は合計2751件');
    await expect(panel.getByRole('link').first()).toHaveAttribute('href', /^https?:\/\//);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true');
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('平成11年8月29日 集中豪雨');
  });

  test('the 1958 record shows the doubtful figure as uncertain', async ({ page }) => {
    await openApp(page, '#event=SH-1958-09-26');
    await expect(page.locator('#place-panel')).toContainText('940戸?');
    await expect(page.locator('#place-panel')).toContainText('床上浸水');
  });

  test('the list view lists every record, sorts, and opens a record', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: '記録の一覧（表）' }).click();
    const dialog = page.getByRole('dialog', { name: '水害の記録の一覧' });
    await expect(dialog).toBeVisible();
    const events = dialog.getByRole('table', { name: /水害・関連の記録/ });
    await expect(events.locator('tbody tr')).toHaveCount(28);
    const dateHeader = events.getByRole('columnheader').first();
    await expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
    await events.getByRole('button', { name: '日付で並べ替え' }).click();
    await expect(
      dialog
        .getByRole('table', { name: /水害・関連の記録/ })
        .getByRole('columnheader')
        .first(),
    ).toHaveAttribute('aria-sort', 'descending');
    await expect(
      dialog
        .getByRole('table', { name: /水害・関連の記録/ })
        .locator('tbody tr')
        .first(),
    ).toContainText('2025');
    await expect(
      dialog.getByRole('table', { name: /町丁目別の記録/ }).locator('tbody tr'),
    ).toHaveCount(33);
    await dialog.getByRole('button', { name: '狩野川台風' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('#place-panel').getByRole('heading', { level: 2 })).toHaveText(
      '狩野川台風',
    );
    expect(hashParams(page).get('event')).toBe('SH-1958-09-26');
  });

  test('downloads parse back to the same records', async ({ page }) => {
    await openApp(page);
    await page.getByRole('button', { name: '記録の一覧（表）' }).click();
    const dialog = page.getByRole('dialog', { name: '水害の記録の一覧' });

    const [eventsDownload] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: '水害の記録 CSV' }).click(),
    ]);
    const eventsText = readFileSync(await eventsDownload.path(), 'utf8');
    expect(eventsText.charCodeAt(0)).toBe(0xfeff);
    const downloaded = validateCsv('download.csv', eventsText, schemaOf('floodEvents'));
    expect(downloaded.problems).toEqual([]);
    const original = validateCsv(
      'flood_events.csv',
      readFileSync('data/flood_events.csv', 'utf8'),
      schemaOf('floodEvents'),
    );
    // Compare records without their source line numbers, in a stable order.
    const strip = <T extends { line: number }>(xs: T[]) =>
      xs.map(({ line: _line, ...rest }) => JSON.stringify(rest)).sort();
    const a = parseFloodEvents('x', downloaded.rows ?? []).items;
    const b = parseFloodEvents('x', original.rows ?? []).items;
    expect(strip(a)).toEqual(strip(b));
    expect(eventsText).toContain('dataset_licence');
    // The licence comes from the catalogue's docs, loaded on the first download.
    expect(eventsText).toContain('事実の編集');

    const [recordsDownload] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: '町丁目別の記録 CSV' }).click(),
    ]);
    const recordsText = readFileSync(await recordsDownload.path(), 'utf8');
    const chome = JSON.parse(
      readFileSync('data/shinagawa_chome_2015_simplified.geojson', 'utf8'),
    ) as {
      features: { properties: { key_code: string; name_kanji: string } }[];
    };
    const index = createChomeIndex(
      chome.features.map((f) => ({ code: f.properties.key_code, name: f.properties.name_kanji })),
    );
    const ids = new Set(b.map((e) => e.id));
    const back = validateCsv('r.csv', recordsText, schemaOf('chomeRecords'));
    const orig = validateCsv(
      'chome_flood_records.csv',
      readFileSync('data/chome_flood_records.csv', 'utf8'),
      schemaOf('chomeRecords'),
    );
    expect(back.problems).toEqual([]);
    expect(strip(parseChomeRecords('x', back.rows ?? [], index, ids).items)).toEqual(
      strip(parseChomeRecords('x', orig.rows ?? [], index, ids).items),
    );

    const [geoDownload] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: '町丁目別の記録 GeoJSON' }).click(),
    ]);
    const geo = JSON.parse(readFileSync(await geoDownload.path(), 'utf8')) as {
      features: { geometry: unknown; properties: Record<string, unknown> }[];
    };
    expect(geo.features).toHaveLength(33);
    const nakanobu6 = geo.features.find(
      (f) => f.properties.chome_code === '13109010006' && f.properties.event_id === '',
    );
    expect(nakanobu6?.properties.total).toBe('218');
    expect(nakanobu6?.geometry).not.toBeNull();
  });

  test('switching to the 2025 damage classes recolours the map and is kept in the URL', async ({
    page,
  }) => {
    await openApp(page);
    const select = page.getByRole('combobox', { name: '地図に色で示す記録' });
    await expect(page.locator('#records-legend')).toContainText(
      '記録なし（浸水ゼロではありません）',
    );
    await expect(page.locator('#records-legend')).toContainText('200棟以上');
    await select.selectOption('classes');
    await expect.poll(() => hashParams(page).get('measure')).toBe('classes');
    await expect(page.locator('#records-legend')).toContainText('76-110件');
    await expect(page.locator('#records-legend')).toContainText('令和7年9月11日浸水実績図');
    await page.reload();
    await expect(page.getByRole('combobox', { name: '地図に色で示す記録' })).toHaveValue('classes');
  });
});
