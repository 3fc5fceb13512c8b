import type { Page } from '@playwright/test';
import { expect, hashParams, openApp, serveSyntheticMesh, test } from './fixtures';

const click = async (page: Page): Promise<void> => {
  const box = await page.locator('#map canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
};

test.describe('hazard layers, tiles answered with a known legend colour', () => {
  test.use({ hazardTile: [255, 216, 192, 255] });

  test('switching a layer on shows its legend, scenario and credit; clicking reads the class in words', async ({
    page,
  }) => {
    await openApp(page, '#map=16/35.60243/139.71117&layers=chome');
    const section = page.locator('#hazard-controls');
    await expect(section).toContainText('色がない＝安全ではありません');
    await expect(section).toContainText('法定のハザードマップ（水防法）ではありません');
    await section.getByRole('checkbox', { name: '洪水 浸水深（想定最大規模 L2）' }).check();
    const legend = section.getByRole('list', { name: '洪水 浸水深（想定最大規模 L2）の凡例' });
    await expect(legend).toContainText('0.5〜3m: 1階の床上から軒下まで');
    await expect(legend.getByRole('listitem')).toHaveCount(6);
    await expect(section).toContainText('想定最大規模（L2）');
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText(
      'ハザードマップポータルサイト',
    );
    await expect.poll(() => hashParams(page).get('hz')).toBe('flood_l2_depth:70');
    await click(page);
    const here = page.getByRole('region', { name: 'ここで起きたこと' });
    await expect(here).toContainText(
      '想定最大規模の大雨（川の洪水）で 0.5〜3m の浸水（1階の床上から軒下まで）',
    );
    await section.getByRole('slider', { name: '透明度' }).fill('40');
    await expect.poll(() => hashParams(page).get('hz')).toBe('flood_l2_depth:40');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true');
    await expect(
      page
        .locator('#hazard-controls')
        .getByRole('checkbox', { name: '洪水 浸水深（想定最大規模 L2）' }),
    ).toBeChecked();
  });
});

test.describe('hazard layers, a transparent tile', () => {
  test.use({ hazardTile: [0, 0, 0, 0] });

  test('no colour is reported as no data, never as safe', async ({ page }) => {
    await openApp(page, '#map=16/35.60243/139.71117&layers=chome&hz=hightide_l2:70');
    await click(page);
    const here = page.getByRole('region', { name: 'ここで起きたこと' });
    await expect(here).toContainText('この地点には色がありません');
    await expect(here).toContainText('安全という意味ではありません');
  });
});

test.describe('hazard layers, tile server unreachable', () => {
  test('the control stays usable, a note says the layer cannot load, nothing throws', async ({
    page,
    watch,
  }) => {
    await openApp(page, '#map=16/35.60243/139.71117&layers=chome');
    const section = page.locator('#hazard-controls');
    const box = section.getByRole('checkbox', { name: '洪水 浸水深（想定最大規模 L2）' });
    await box.check();
    await expect(section).toContainText('この層は今読み込めません');
    await click(page);
    await expect(page.getByRole('region', { name: 'ここで起きたこと' })).toContainText(
      '今は読み込めないため',
    );
    await box.uncheck();
    await expect(section).not.toContainText('この層は今読み込めません');
    expect(watch.pageErrors).toEqual([]);
    // A few failed requests, not a storm: the layer's own, and one tile each for the answer's
    // three other predicted layers (the switched-on one, known unreachable, is not asked again).
    expect(watch.consoleErrors.length).toBeLessThanOrEqual(4 + 3);
  });
});

test.describe('offline hazard layer', () => {
  test('without an imported mesh, the panel says how to add it and that the comparison needs it', async ({
    page,
  }) => {
    await openApp(page);
    await expect(page.locator('#hazard-controls')).toContainText('まだ取り込まれていません');
    await expect(page.locator('#hazard-controls')).toContainText('npm run data:import-hazard');
    await expect(page.locator('#records-legend')).toContainText('オフライン版の取り込みが必要です');
  });

  test('with a (synthetic) imported mesh: drawn offline, read at a point, compared with the records', async ({
    page,
  }) => {
    await serveSyntheticMesh(page);
    await openApp(page, '#map=16/35.60243/139.71117&layers=chome&hz=tokyo_mesh:70');
    await expect(
      page.locator('#hazard-controls').getByRole('checkbox', { name: '合成メッシュ（テスト用）' }),
    ).toBeChecked();
    await expect(page.locator('#records-legend')).toContainText(
      '記録がある 9 町丁目のうち、1 町丁目は東京都の想定で浸水しない区域',
    );
    await click(page);
    await expect(page.getByRole('region', { name: 'ここで起きたこと' })).toContainText(
      '東京都の想定（想定最大規模降雨）で 0.5〜3m の浸水（1階の床上から軒下まで）',
    );
  });
});

test.describe('records against the prediction, as the map draws them', () => {
  test.use({ hazardTile: 'fail' });

  /** Dark pixels (the dotted outline's colour) in a screenshot of the map. */
  async function darkPixels(page: Page): Promise<Set<number>> {
    const png = await page.locator('#map canvas').screenshot();
    // The pixels are read in the page and only the dark ones come back: sending the whole image
    // out of the page took seconds on a loaded machine.
    const dark = await page.evaluate(async (b64) => {
      // An <img>, not fetch(): the page's Content-Security-Policy allows data: images only.
      const el = new Image();
      el.src = `data:image/png;base64,${b64}`;
      await el.decode();
      const img = await createImageBitmap(el);
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      const out: number[] = [];
      for (let i = 0; i * 4 < data.length; i++) {
        const r = data[i * 4] ?? 255;
        const g = data[i * 4 + 1] ?? 255;
        const b = data[i * 4 + 2] ?? 255;
        if (Math.abs(r - 0x1f) < 24 && Math.abs(g - 0x29) < 24 && Math.abs(b - 0x33) < 24)
          out.push(i);
      }
      return out;
    }, png.toString('base64'));
    return new Set(dark);
  }

  test('a chome with records where the prediction has no flooding is outlined on the map', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await serveSyntheticMesh(page);
    // 二葉一丁目 (recorded damage, predicted dry in the synthetic summary) in view; chome lines
    // only, so the records layer's colours and labels do not change between the two periods.
    const view = '#map=16/35.60680/139.72672&layers=chome';
    await openApp(page, `${view}&range=1700-1701`);
    await expect(page.locator('#records-legend')).toContainText('記録がある 0 町丁目');
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    const before = await darkPixels(page);
    await page.goto(`./${view}`);
    await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true');
    await expect(page.locator('#records-legend')).toContainText(
      '1 町丁目は東京都の想定で浸水しない区域',
    );
    await expect
      .poll(async () => [...(await darkPixels(page))].filter((i) => !before.has(i)).length, {
        message: 'dark dotted outline pixels drawn only when a chome lies outside the prediction',
        timeout: 45_000,
      })
      .toBeGreaterThan(150);
  });
});
