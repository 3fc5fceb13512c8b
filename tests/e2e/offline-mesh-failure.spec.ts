// The offline hazard layer's files can fail to arrive (a flaky school network, a half-copied USB
// stick). The page must still become ready and say which file failed. Mesh files are SYNTHETIC.
import { expect, openApp, serveSyntheticMesh, test } from './fixtures';

test.describe('offline mesh files that fail to load', () => {
  test('a failed summary request: the page gets ready, the layer works, the file is named', async ({
    page,
  }) => {
    await serveSyntheticMesh(page, 'summary');
    await openApp(page);
    await expect(page.locator('#data-problems')).toContainText('tokyo_jonan_chome_summary.csv');
    await expect(page.locator('#data-problems')).toContainText('ファイルを取得できません');
    await expect(
      page.locator('#hazard-controls').getByRole('checkbox', { name: '合成メッシュ（テスト用）' }),
    ).toBeVisible();
  });

  test('a failed image request: the page gets ready and names the image', async ({ page }) => {
    await serveSyntheticMesh(page, 'image');
    await openApp(page);
    await expect(page.locator('#data-problems')).toContainText('tokyo_jonan_depth_mesh.png');
    await expect(
      page.locator('#hazard-controls').getByRole('checkbox', { name: '合成メッシュ（テスト用）' }),
    ).toHaveCount(0);
  });
});
