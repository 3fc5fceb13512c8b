// The offline hazard layer's files can fail to arrive (a flaky school network, a half-copied USB
// stick). The page must still become ready and say which file failed. Mesh files are SYNTHETIC.
import type { Page } from '@playwright/test';
import { expect, openApp, syntheticTilePng, test } from './fixtures';

const syntheticMeta = {
  title: { ja: '合成メッシュ（テスト用）', en: 'Synthetic mesh (test)' },
  scenario: { ja: '合成（テスト用）', en: 'synthetic (test)' },
  publisher: 'synthetic',
  licence: 'n/a',
  attribution: '合成データ（テスト用）',
  datasetUrl: '',
  generatedAt: '2026-11-25T00:00:00Z',
  imageBounds: [139.705, 35.598, 139.718, 35.607],
  width: 256,
  height: 256,
};

async function serveMeshFailing(page: Page, failing: 'summary' | 'image'): Promise<void> {
  await page.route('**/data/optional-data.json', (r) =>
    r.fulfill({
      json: {
        files: [
          'tokyo_jonan_depth_mesh.png',
          'tokyo_jonan_depth_mesh.json',
          'tokyo_jonan_chome_summary.csv',
        ],
      },
    }),
  );
  await page.route('**/data/tokyo_jonan_depth_mesh.json', (r) =>
    r.fulfill({ json: syntheticMeta }),
  );
  await page.route('**/data/tokyo_jonan_depth_mesh.png', (r) =>
    failing === 'image'
      ? r.abort('connectionreset')
      : r.fulfill({ contentType: 'image/png', body: syntheticTilePng([255, 216, 192, 255]) }),
  );
  await page.route('**/data/tokyo_jonan_chome_summary.csv', (r) =>
    failing === 'summary'
      ? r.abort('connectionreset')
      : r.fulfill({ contentType: 'text/csv', body: 'chome_code,share_flooded\n' }),
  );
}

test.describe('offline mesh files that fail to load', () => {
  test('a failed summary request: the page gets ready, the layer works, the file is named', async ({
    page,
  }) => {
    await serveMeshFailing(page, 'summary');
    await openApp(page);
    await expect(page.locator('#data-problems')).toContainText('tokyo_jonan_chome_summary.csv');
    await expect(page.locator('#data-problems')).toContainText('ファイルを取得できません');
    await expect(
      page.locator('#hazard-controls').getByRole('checkbox', { name: '合成メッシュ（テスト用）' }),
    ).toBeVisible();
  });

  test('a failed image request: the page gets ready and names the image', async ({ page }) => {
    await serveMeshFailing(page, 'image');
    await openApp(page);
    await expect(page.locator('#data-problems')).toContainText('tokyo_jonan_depth_mesh.png');
    await expect(
      page.locator('#hazard-controls').getByRole('checkbox', { name: '合成メッシュ（テスト用）' }),
    ).toHaveCount(0);
  });
});
