import { STEP_MS } from '../../src/timeline/playback';
import { expect, hashParams, openApp, test } from './fixtures';

test.describe('timeline', () => {
  test('its space is kept before it mounts: the map does not shrink and redraw when it arrives', async ({
    page,
  }) => {
    // The first map size the page lays out, before any script has run.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const map = document.getElementById('map');
        (window as unknown as { firstMapHeight: number }).firstMapHeight = map?.clientHeight ?? -1;
      });
    });
    await openApp(page);
    await expect(page.locator('#timeline .tl-play')).toBeVisible();
    const heights = await page.evaluate(() => ({
      first: (window as unknown as { firstMapHeight: number }).firstMapHeight,
      now: document.getElementById('map')?.clientHeight ?? -1,
    }));
    expect(heights.first).toBeGreaterThan(300);
    expect(heights.now).toBe(heights.first);
  });

  test('choosing 1989–2000 filters the map legend and the list, and survives a reload', async ({
    page,
  }) => {
    await openApp(page);
    const timeline = page.getByRole('region', { name: '年表' });
    await timeline.getByLabel('から（年）').fill('1989');
    await timeline.getByLabel('まで（年）').fill('2000');
    await timeline.getByLabel('まで（年）').press('Enter');
    await expect.poll(() => hashParams(page).get('range')).toBe('1989-2000');
    const legend = page.locator('#records-legend');
    // The legend and the timeline name the period in the same words.
    await expect(legend).toContainText('表示中: 1989年から2000年まで');
    await expect(legend).toContainText('記録があるのは 9 町丁目');
    await expect(legend).toContainText('区全体: 2,751棟');
    await expect(timeline.getByText('表示中: 1989年から2000年まで')).toBeAttached();
    await page.getByRole('button', { name: '記録の一覧（表）' }).click();
    const dialog = page.getByRole('dialog', { name: '水害の記録の一覧' });
    await expect(dialog).toContainText('全 28 件中 4 件');
    await expect(
      dialog.getByRole('table', { name: /水害・関連の記録/ }).locator('tbody tr'),
    ).toHaveCount(4);
    await page.keyboard.press('Escape');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true');
    await expect(page.locator('#records-legend')).toContainText('表示中: 1989年から2000年まで');
    await expect(page.getByRole('region', { name: '年表' }).getByLabel('から（年）')).toHaveValue(
      '1989',
    );
  });

  test('every record is a named option; arrows, Home, End and Enter work with the keyboard only', async ({
    page,
  }) => {
    await openApp(page);
    const chart = page.getByRole('listbox', { name: /水害の年表/ });
    await expect(chart.getByRole('option')).toHaveCount(28);
    await expect(
      chart.getByRole('option', {
        name: /1999年8月29日.*平成11年8月29日 集中豪雨.*床上 1,614棟・床下 1,137棟/,
      }),
    ).toBeAttached();
    await chart.focus();
    await page.keyboard.press('End');
    await expect(chart).toHaveAttribute('aria-activedescendant', /tl-SH-/);
    await page.keyboard.press('Home');
    await expect(chart).toHaveAttribute('aria-activedescendant', 'tl-SH-1742');
    await page.keyboard.press('ArrowRight');
    await expect(chart).toHaveAttribute('aria-activedescendant', 'tl-SH-1823');
    await page.keyboard.press('Enter');
    await expect(page.locator('#place-panel').getByRole('heading', { level: 2 })).toHaveText(
      '文政六年の高潮',
    );
    await expect.poll(() => hashParams(page).get('event')).toBe('SH-1823');
    await expect(chart.getByRole('option', { selected: true })).toHaveAttribute('id', 'tl-SH-1823');
  });

  test('dragging on the chart sets a period', async ({ page }) => {
    await openApp(page);
    // The timeline mounts after the map is ready: wait for its marks before measuring it.
    await expect(page.getByRole('listbox', { name: /水害の年表/ }).getByRole('option')).toHaveCount(
      28,
    );
    const box = await page.locator('.timeline-chart svg').boundingBox();
    if (!box) throw new Error('no timeline');
    const y = box.y + 60;
    await page.mouse.move(box.x + box.width * 0.6, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.8, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => hashParams(page).get('range')).toMatch(/^\d{4}-\d{4}$/);
  });

  test('choosing a chome highlights the records that touched it', async ({ page }) => {
    await openApp(page);
    const search = page.getByRole('combobox', { name: '町丁目・駅で探す' });
    await search.fill('中延六丁目');
    await search.press('Enter');
    await expect(page.locator('#tl-SH-1999-08-29')).toHaveClass(/tl-touched/);
    await expect(page.locator('#tl-SH-1742')).not.toHaveClass(/tl-touched/);
  });

  test('play steps through the years cumulatively, and pause stops it', async ({ page }) => {
    // The page's timers run on Playwright's clock (in real time until told otherwise), so "no step
    // after the pause" is checked by running the clock past several steps, not by sleeping.
    await page.clock.install();
    await openApp(page);
    const timeline = page.getByRole('region', { name: '年表' });
    await timeline.getByRole('button', { name: '▶ 再生' }).click();
    await expect.poll(() => hashParams(page).get('mode')).toBe('cumulative');
    await expect.poll(() => hashParams(page).get('range')).toBe('1740-1742');
    await expect.poll(() => hashParams(page).get('range'), { timeout: 10_000 }).toBe('1740-1823');
    // Read in the page: page.url() learns of a replaceState only after it has happened.
    const range = (): Promise<string | null> =>
      page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('range'));
    // runFor fires every timer due in that time: while playing, the steps come at once (so the
    // check after the pause below can see a step if one is still scheduled).
    const playing = await range();
    await page.clock.runFor(STEP_MS * 3);
    expect(await range()).not.toBe(playing);
    const pause = timeline.getByRole('button', { name: '❚❚ 一時停止' });
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    await pause.click();
    await expect(timeline.getByRole('button', { name: '▶ 再生' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    const stopped = await range();
    await page.clock.runFor(STEP_MS * 3);
    expect(await range()).toBe(stopped);
  });
});
