// 「わたしの学校のまわり」 (issue 21): a teacher finds a school by name in 学習, plays the lesson
// generated for it step by step (each step in the URL, a reload restores it), opens it in the lesson
// maker as a draft, and prints a step as
// one A4 worksheet whose QR code opens that step; axe audits a generated step.
import type { Page } from '@playwright/test';
import { audit } from './axe-audit';
import { expect, hashParams, openApp, test } from './fixtures';
import { decodeWorksheetQr } from './qr-decode';

const ID = 'school-gotenyama-e-sch';

async function chooseGotenyama(page: Page): Promise<void> {
  await page.getByRole('button', { name: '学習' }).click();
  const menu = page.getByRole('dialog', { name: '学習用のツアー' });
  const search = menu.getByLabel('学校の名前でさがす（日本語・英語）');
  await search.fill('gotenyama');
  await expect(menu.getByRole('status').filter({ hasText: '校' })).toHaveText('1 校');
  await menu.getByRole('button', { name: /御殿山小学校/ }).click();
}

test('choose a school by search, play every step (each in the URL), reload restores the step', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await openApp(page);
  await chooseGotenyama(page);
  const panel = page.locator('#tour-panel');
  await expect(panel).toContainText('1 / 7');
  await expect(panel).toContainText('御殿山小学校はどこ？');
  await expect(panel).toContainText('通学区域（学区）ではありません');
  await expect.poll(() => hashParams(page).get('tour')).toBe(ID);
  await expect.poll(() => hashParams(page).get('hz')).toContain('flood_l2_depth');
  // A generated step is audited like any page: serious and critical findings fail.
  await audit(page, info);

  const next = panel.getByRole('button', { name: '次の手順' });
  const headings = [
    '学校のまわりの水害の記録',
    '大きな水害',
    '昔の学校のまわり',
    '明治のころ',
    '洪水のときの避難場所',
    'まとめ',
  ];
  for (const [i, heading] of headings.entries()) {
    await next.click();
    await expect(panel).toContainText(`${i + 2} / 7`);
    await expect(panel).toContainText(heading);
    await expect.poll(() => hashParams(page).get('step')).toBe(String(i + 2));
    if (heading === '大きな水害')
      await expect.poll(() => hashParams(page).get('event')).not.toBeNull();
    if (heading === '洪水のときの避難場所')
      await expect(panel).toContainText('御殿山小学校そのもの');
  }

  // The link of a step opens the generated lesson at that step again.
  await page.evaluate((id) => {
    location.hash = `#tour=${id}&step=3`;
  }, ID);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true');
  await expect(page.locator('#tour-panel')).toContainText('3 / 7');
  await expect(page.locator('#tour-panel')).toContainText('大きな水害');
  await expect.poll(() => hashParams(page).get('event')).not.toBeNull();

  // Opened in the lesson maker as a draft of its own: seven steps to edit, the generated one kept.
  await page
    .locator('#tour-panel')
    .getByRole('button', { name: '授業をつくるで開く（下書きにする）' })
    .click();
  await expect(page.locator('#tour-panel')).toBeHidden();
  await expect(page.getByRole('heading', { name: '授業をつくる' })).toBeVisible();
  await expect(page.getByLabel('タイトル（日本語・必須）')).toHaveValue('御殿山小学校のまわり');
  await expect(page.getByLabel('ファイル名（英小文字・数字・ハイフン）')).toHaveValue(
    'lesson-gotenyama-e-sch',
  );
  await expect(page.getByRole('heading', { name: 'ステップ（7）' })).toBeVisible();
});

test('the lesson in English and やさしい日本語 from its link', async ({ page }) => {
  await openApp(page, `#lang=en&tour=${ID}&step=1`);
  await expect(page.locator('#tour-panel')).toContainText('Where is Gotenyama E. Sch.?');
  await openApp(page, `#lang=ja-easy&tour=${ID}&step=1`);
  const panel = page.locator('#tour-panel');
  await expect(panel).toContainText('御殿山小学校は どこ？');
  await expect(panel.locator('rt').first()).toBeAttached();
});

test('printing a generated step: one A4 page with a QR code that opens the step', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page, `#tour=${ID}&step=2`);
  const panel = page.locator('#tour-panel');
  await expect(panel).toContainText('2 / 7');
  await page.evaluate(() => {
    const w = window as unknown as { printed: number[] };
    w.printed = [];
    window.print = () => {
      w.printed.push(document.querySelectorAll('#print-sheet .ws-page').length);
    };
  });
  await panel.getByRole('button', { name: 'この手順を印刷' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number[] }).printed))
    .toEqual([1]);
  const ws = page.locator('#print-sheet .ws-page');
  await expect(ws).toHaveCount(1);
  await expect(ws).toContainText('出典');
  const url = new URL((await decodeWorksheetQr(page)) ?? 'about:blank');
  const params = new URLSearchParams(url.hash.slice(1));
  expect(params.get('tour')).toBe(ID);
  expect(params.get('step')).toBe('2');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(1);
});

test('the teacher’s sheet of a generated lesson prints on one A4 page with every question and the curriculum codes', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page, `#tour=${ID}&step=1`);
  const panel = page.locator('#tour-panel');
  await expect(panel).toContainText('1 / 7');
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await panel.getByRole('button', { name: '先生用シートを印刷（1枚）' }).click();
  const sheet = page.locator('#print-sheet .ws-teacher');
  await expect(sheet).toHaveCount(1);
  await expect(sheet).toContainText('8220243300000000, 83212A3310000000');
  await expect(sheet.locator('.ws-teacher-steps > li')).toHaveCount(7);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBe(1);
});

test('a school chosen on the map offers its lesson, which opens at its first step', async ({
  page,
}) => {
  test.setTimeout(60_000);
  // What a tap on the school's star selects: the ward's shelter list, `wideArea:<fid>`.
  await openApp(page, `#sel=${encodeURIComponent('wideArea:避難所:御殿山小学校')}`);
  const place = page.locator('#place-panel');
  await expect(place.getByRole('heading', { name: '御殿山小学校' })).toBeVisible();
  await place.getByRole('button', { name: 'この学校のまわりの授業' }).click();
  const panel = page.locator('#tour-panel');
  await expect(panel).toContainText('1 / 7');
  await expect(panel).toContainText('御殿山小学校はどこ？');
  await expect.poll(() => hashParams(page).get('tour')).toBe(ID);
  await expect.poll(() => hashParams(page).get('step')).toBe('1');

  // A place that is not one of the ward's schools offers no lesson.
  await page.evaluate(() => {
    location.hash = `#sel=${encodeURIComponent('wideArea:広域避難場所:戸越公園一帯')}`;
  });
  await expect(page.getByRole('button', { name: 'この学校のまわりの授業' })).toHaveCount(0);
});
