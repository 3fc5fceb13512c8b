import { expect, hashParams, openApp, test } from './fixtures';

test.describe('offline, on bundled data', () => {
  test('draws the map, says the online basemap is unavailable, and throws nothing', async ({
    page,
    watch,
  }) => {
    await openApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('品川区 浸水の記録マップ');
    const canvas = page.locator('#map canvas');
    await expect(canvas).toBeVisible();
    const box = await canvas.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    // The note over the map (a status region: one of several on the page).
    const note = page.locator('#basemap-note');
    await expect(note).toHaveAttribute('role', 'status');
    await expect(note).toContainText('インターネットの背景地図を読み込めません');
    // One probe request, not a storm of tile errors.
    expect(watch.external.length).toBeLessThanOrEqual(2);
    expect(watch.consoleErrors.length).toBeLessThanOrEqual(2);
    await expect(page.locator('#data-problems')).toBeHidden();
    await page.screenshot({ path: 'test-results/screenshots/default-view.png' });
  });

  test('the page does not jump while it loads: the sidebar appears whole, in place', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { fhmShifts: number[] };
      w.fhmShifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          w.fhmShifts.push((e as unknown as { value: number }).value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openApp(page);
    const shifts = await page.evaluate(
      () => (window as unknown as { fhmShifts: number[] }).fhmShifts,
    );
    // It was 0.13 here (0.22 in Lighthouse) when the sidebar filled in after a first, empty paint.
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.02);
    await expect(page.locator('#sidebar')).toBeVisible();
  });

  test('while the data loads the map area says so, and the map comes once it is in', async ({
    page,
  }) => {
    // Hold the chome file back: the map is created only when the data is in.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/shinagawa_chome_2015_simplified[^/]*\.geojson$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('./');
    await expect(page.locator('.map-waiting')).toHaveText('地図データを読み込んでいます…');
    await expect(page.locator('#map canvas')).toHaveCount(0);
    // The page around it is already usable.
    await expect(page.getByRole('button', { name: 'データの出典' })).toBeEnabled();
    release();
    await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true', {
      timeout: 30_000,
    });
    await expect(page.locator('#map canvas')).toBeVisible();
    await expect(page.locator('.map-waiting')).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true');
  });

  test('the first render draws the chome and their records; the stations and places follow and answer a tap', async ({
    page,
  }) => {
    // 五反田 station (JR) in the middle of the map.
    await openApp(page, '#map=17.00/35.62672/139.72321&layers=records,chome,stations&base=none');
    const marks = await page.evaluate(() =>
      ['fhm:map-ready', 'fhm:map-complete'].map(
        (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null,
      ),
    );
    expect(marks[0]).not.toBeNull();
    expect(marks[1]).toBeGreaterThanOrEqual(marks[0] ?? Infinity);
    const box = await page.locator('#map canvas').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('#place-title')).toContainText('五反田');
    await expect.poll(() => hashParams(page).get('sel')).toMatch(/^station:/);
  });

  test('without WebGL the map area says so, and the records, search and panel still work', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (
        this: HTMLCanvasElement,
        id: string,
        ...rest: unknown[]
      ) {
        if (/webgl/i.test(id)) return null;
        return (getContext as (...a: unknown[]) => unknown).call(this, id, ...rest);
      } as typeof getContext;
    });
    await openApp(page);
    await expect(page.locator('#map')).toContainText('WebGL');
    // No note about the online background: there is no map to draw it on.
    await expect(page.locator('#basemap-note')).toBeHidden();
    // Readable, in the middle of the map area, not along its top where the notes sit.
    const area = await page.locator('#map').boundingBox();
    const message = await page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('map')!.lastChild!);
      return range.getBoundingClientRect().toJSON() as { y: number; height: number };
    });
    expect(message.height).toBeGreaterThan(0);
    expect(area && message.y > area.y + area.height / 4).toBe(true);
    await expect(page.locator('.map-waiting')).toBeHidden();
    await expect(page.locator('#records-legend')).toContainText('区全体');
    const search = page.getByRole('combobox', { name: '町丁目・駅で探す' });
    await search.fill('中延6丁目');
    await search.press('Enter');
    await expect(page.locator('#place-panel').getByRole('heading', { level: 2 })).toHaveText(
      '中延六丁目',
    );
    await page.screenshot({ path: 'test-results/screenshots/no-webgl.png' });
  });

  test('the map canvas is not blank', async ({ page, watch }) => {
    await openApp(page);
    const png = await page.locator('#map').screenshot();
    // A blank canvas compresses to almost nothing; the drawn ward with labels does not.
    expect(png.byteLength).toBeGreaterThan(20_000);
    expect(watch.pageErrors).toEqual([]);
  });

  test('layer switches are labelled checkboxes that update the URL and survive a reload', async ({
    page,
    watch,
  }) => {
    await openApp(page);
    const stations = page.getByRole('checkbox', { name: '駅' });
    await expect(stations).toBeChecked();
    await stations.uncheck();
    await expect
      .poll(() => hashParams(page).get('layers'))
      .toBe('records,chome,evacSites,shelters,wideArea');
    const assembly = page.getByRole('checkbox', { name: /一時集合場所/ });
    await assembly.check();
    await expect
      .poll(() => hashParams(page).get('layers'))
      .toBe('records,chome,evacSites,shelters,wideArea,assembly');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true');
    await expect(page.getByRole('checkbox', { name: '駅' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /一時集合場所/ })).toBeChecked();
    expect(watch.pageErrors).toEqual([]);
  });

  test('clicking a chome shows its name and facts in the panel, and selects it in the URL', async ({
    page,
    watch,
  }) => {
    await openApp(page, '#map=16/35.60243/139.71117&layers=chome');
    const map = page.locator('#map canvas');
    const box = await map.boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const panel = page.locator('#place-panel');
    await expect(panel.getByRole('heading', { level: 2, name: '中延六丁目' })).toBeVisible();
    await expect(panel).toContainText('人口（2015年国勢調査）');
    await expect(panel).toContainText('出典');
    await expect.poll(() => hashParams(page).get('sel')).toBe('chome:13109010006');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true');
    await expect(panel.getByRole('heading', { level: 2, name: '中延六丁目' })).toBeVisible();
    expect(watch.pageErrors).toEqual([]);
  });

  test('the view lives in the URL and is restored on reload', async ({ page }) => {
    await openApp(page, '#map=15.00/35.62618/139.72072&base=none');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true');
    expect(hashParams(page).get('map')).toBe('15.00/35.62618/139.72072');
    expect(hashParams(page).get('base')).toBe('none');
    await page.keyboard.press('Tab');
    const canvas = page.locator('#map canvas');
    await canvas.focus();
    await page.keyboard.press('+');
    await expect.poll(() => hashParams(page).get('map')?.split('/')[0]).not.toBe('15.00');
  });

  test('keyboard only: skip link, layer toggle with Space, language switch', async ({ page }) => {
    await openApp(page);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: '地図の操作パネルへ移動' })).toBeFocused();
    const checkbox = page.getByRole('checkbox', { name: '指定避難所' });
    await checkbox.focus();
    await page.keyboard.press('Space');
    await expect(checkbox).not.toBeChecked();
    await expect(checkbox).toBeFocused();
    await page.getByRole('combobox', { name: '表示言語' }).selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shinagawa Flood History Map');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('checkbox', { name: 'Designated shelters' })).not.toBeChecked();
    expect(hashParams(page).get('lang')).toBe('en');
  });

  test('the credits dialog lists every data source with its licence, and closes with Escape', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'データの出典' }).click();
    const dialog = page.getByRole('dialog', { name: 'データの出典とライセンス' });
    await expect(dialog).toBeVisible();
    for (const file of [
      'shinagawa_ward_boundary.geojson',
      'shinagawa_chome_2015_simplified.geojson',
      'stations_clipped.geojson',
      'gsi_designated_emergency_evacuation_sites.geojson',
      'shinagawa_temporary_assembly_points_2022.geojson',
    ]) {
      await expect(dialog.getByText(file, { exact: true })).toBeVisible();
    }
    await expect(dialog).toContainText('CC BY-SA 4.0');
    await expect(dialog).toContainText('ライセンス不明');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test("a place's source link opens the credits (loaded on demand) at that file, from the keyboard", async ({
    page,
    watch,
  }) => {
    await openApp(page, '#map=16/35.60243/139.71117&layers=chome&sel=chome:13109010006');
    const panel = page.locator('#place-panel');
    await expect(panel.getByRole('heading', { level: 2, name: '中延六丁目' })).toBeVisible();
    await panel.getByRole('button', { name: '出典と注意を見る' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'データの出典とライセンス' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('#credit-chome')).toBeFocused();
    await expect(dialog.locator('#credit-chome')).toContainText('e-Stat');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Opened again in another language, it is rebuilt in that language.
    await page.getByRole('combobox', { name: '表示言語' }).selectOption('en');
    await page.getByRole('button', { name: 'Data sources', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'Data sources and licences' })).toBeVisible();
    expect(watch.pageErrors).toEqual([]);
  });
});

test.describe('bad data', () => {
  test('a broken file is named on screen and the rest of the map still works', async ({ page }) => {
    await page.route('**/stations_clipped-*.geojson', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/geo+json',
        body: '{"type":"FeatureCollection","features":[',
      }),
    );
    await page.route('**/gsi_designated_shelters-*.geojson', async (route) => {
      const response = await route.fetch();
      const fc = (await response.json()) as { features: { geometry: { coordinates: number[] } }[] };
      const first = fc.features[0];
      if (first) first.geometry.coordinates = [...first.geometry.coordinates].reverse();
      await route.fulfill({ response, json: fc });
    });
    await openApp(page, '#map=16/35.60243/139.71117&layers=chome,stations,shelters');
    const problems = page.getByRole('alert');
    await expect(problems).toContainText('stations_clipped.geojson');
    await expect(problems).toContainText('JSON として読めません');
    await expect(problems).toContainText(
      'gsi_designated_shelters.geojson、1 番目の地物、項目「geometry」',
    );
    await expect(problems).toContainText('緯度と経度が逆');
    const box = await page.locator('#map canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect(page.locator('#place-panel').getByRole('heading', { level: 2 })).toHaveText(
      '中延六丁目',
    );
  });
});

test.describe('online basemap answered from fixture tiles', () => {
  test.use({ tiles: 'fixture' });

  test('shows the GSI credit while a GSI layer is on, and no offline note', async ({
    page,
    watch,
  }) => {
    await openApp(page);
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('国土地理院');
    await expect(page.locator('#basemap-note')).toBeHidden();
    expect(watch.external.some((u) => u.includes('/xyz/pale/'))).toBe(true);
    await page.getByRole('radio', { name: '標準地図' }).check();
    await expect.poll(() => watch.external.some((u) => u.includes('/xyz/std/'))).toBe(true);
    await page.getByRole('radio', { name: 'なし' }).check();
    await expect(page.locator('.maplibregl-ctrl-attrib')).not.toContainText('国土地理院');
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('map on top, panel as a bottom sheet; tapping a chome fills it', async ({ page }) => {
    await openApp(page, '#map=16/35.60243/139.71117&layers=chome');
    const mapBox = await page.locator('#map').boundingBox();
    const sideBox = await page.locator('#sidebar').boundingBox();
    expect(mapBox && sideBox && sideBox.y >= mapBox.y + mapBox.height - 1).toBe(true);
    if (!mapBox) throw new Error('no map');
    await page.touchscreen.tap(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2);
    await expect(page.locator('#place-panel').getByRole('heading', { level: 2 })).toHaveText(
      '中延六丁目',
    );
    await page.screenshot({ path: 'test-results/screenshots/phone-chome.png' });
  });

  test('at 360 px the header fits in two rows in every language: the page never scrolls sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await openApp(page);
    for (const lang of ['ja', 'en', 'ja-easy']) {
      await page.evaluate((l) => (location.hash = `#lang=${l}`), lang);
      await expect(page.locator('#lang-select')).toHaveValue(lang);
      const sizes = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        view: document.documentElement.clientWidth,
        // Each control, not their box: with four controls the box dissolves into the header.
        tools: Math.max(
          ...[...document.querySelectorAll<HTMLElement>('.header-tools > *')]
            .filter((el) => el.offsetParent !== null)
            .map((el) => el.getBoundingClientRect().right),
        ),
        header: document.querySelector('.app-header')?.getBoundingClientRect().height ?? 0,
      }));
      expect(sizes.tools, `${lang}: header tools inside the screen`).toBeLessThanOrEqual(
        sizes.view,
      );
      expect(sizes.page, `${lang}: no sideways scroll`).toBeLessThanOrEqual(sizes.view);
      // Two rows of 44 px controls at most (やさしい日本語 took three, 137 px, before).
      expect(sizes.header, `${lang}: header height`).toBeLessThanOrEqual(120);
    }
    // やさしい日本語 shows the credits button's short word; its name is still the whole label.
    const credits = page.getByRole('button', { name: 'データの 出どころ', exact: true });
    await expect(credits).toHaveText(/出どころ/);
    await credits.click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });
});
