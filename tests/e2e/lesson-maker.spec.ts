// The lesson maker: a teacher opens it from the lessons menu, adds two map views as steps, writes
// their texts and questions, reorders them with the keyboard, previews the draft in the tour player
// (the map follows), downloads the two files (read back with the project's own parser to the same
// steps), loads them back, and a share link opens and plays the lesson.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, hashParams, openApp, test } from './fixtures';
import { readTourFiles } from '../../src/tours/editor/tour-csv';

/** 学習 → 授業をつくる; the editor's region. */
async function openLessonMaker(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: '学習' }).click();
  await page
    .getByRole('dialog', { name: '学習用のツアー' })
    .getByRole('button', { name: '授業をつくる' })
    .click();
  return page.getByRole('region', { name: '授業をつくる' });
}

test('make a lesson from two views, preview, download, load back and share', async ({ page }) => {
  test.setTimeout(180_000);
  page.on('dialog', (d) => void d.accept());
  await openApp(page, '#map=14.00/35.62000/139.73000&sel=town:%E5%8C%97%E5%93%81%E5%B7%9D');
  const editor = await openLessonMaker(page);
  await expect(editor).toBeVisible();
  await expect(editor.getByRole('heading', { name: '授業をつくる' })).toBeFocused();
  await expect(editor).toContainText('再読み込みしても消えません');

  await editor.getByLabel('タイトル（日本語・必須）').fill('合成の授業（テスト）');
  await editor.getByLabel('ねらい（日本語・必須）').fill('テストのねらい');
  await editor.getByLabel('対象の学年（必須。例: 小4 社会）').fill('小4 社会');
  await editor.getByLabel(/自然災害から人々を守る活動/).check();
  await editor.getByLabel('ファイル名（英小文字・数字・ハイフン）').fill('test-lesson');

  // Step 1: the view the page opened with (zoom 14, all time, the town 北品川 selected).
  await editor.getByRole('button', { name: 'この画面を ステップに 追加' }).click();
  const step1 = editor.getByRole('region', { name: 'ステップ 1' });
  await expect(step1).toContainText('ズーム 14.0');
  await expect(step1).toContainText('town:北品川');

  // Step 2: another view, period and record, set as a shared link would set them.
  await page.evaluate(() => {
    location.hash = '#map=15.00/35.60900/139.71800&range=1999-1999&event=SH-1999-08-29';
  });
  await expect(editor.locator('.lesson-current')).toContainText('1999');
  await editor.getByRole('button', { name: 'この画面を ステップに 追加' }).click();
  const step2 = editor.getByRole('region', { name: 'ステップ 2' });
  await expect(step2).toContainText('event:SH-1999-08-29');

  for (const [step, n] of [
    [step1, 1],
    [step2, 2],
  ] as const) {
    await step.getByLabel('見出し（日本語・必須）').fill(`見出し ${n}`);
    await step.getByLabel('本文（日本語・必須）').fill(`本文 ${n}`);
    await step.getByLabel('児童・生徒への問い（日本語・必須）').fill(`問い ${n}？`);
    // The record selected on the map offers its own source.
    await step.getByRole('button', { name: /SH-1999-08-29/ }).click();
  }
  await expect(step2.getByRole('group', { name: /出典（1）/ })).toBeVisible();

  // Reorder with the keyboard: step 2 moves up and focus stays with it.
  await step2.getByRole('button', { name: 'ステップ 2 を上へ' }).focus();
  await page.keyboard.press('Enter');
  await expect(
    editor.getByRole('region', { name: 'ステップ 1' }).getByLabel('見出し（日本語・必須）'),
  ).toHaveValue('見出し 2');
  await expect(page.locator(':focus')).toHaveText('ステップ 1');

  // Preview: the player shows the draft and the map follows each step.
  await editor.getByRole('button', { name: 'プレビュー（保存せずに再生）' }).click();
  const player = page.locator('#tour-panel');
  await expect(player).toContainText('1 / 2');
  await expect(player).toContainText('見出し 2');
  await expect(player).toContainText('問い 2？');
  await expect.poll(() => hashParams(page).get('event')).toBe('SH-1999-08-29');
  expect(hashParams(page).get('range')).toBe('1999-1999');
  await expect(editor).toBeHidden();
  await player.getByRole('button', { name: '次の手順' }).click();
  await expect(player).toContainText('2 / 2');
  await expect.poll(() => hashParams(page).get('event')).toBeNull();
  expect(hashParams(page).get('sel')).toBe('town:北品川');
  await expect(page.locator('#place-panel').getByRole('heading', { level: 2 })).toHaveText(
    '北品川',
  );
  expect(Number(hashParams(page).get('map')?.split('/')[0])).toBeCloseTo(14, 1);
  await player.getByRole('button', { name: 'ツアーを終える' }).click();
  await expect(editor).toBeVisible();

  // Download: the steps file and the lesson's tours.csv row, read back by the project's parser.
  const downloads: { name: string; text: string }[] = [];
  page.on('download', (d) => {
    void d
      .path()
      .then((p) => downloads.push({ name: d.suggestedFilename(), text: readFileSync(p, 'utf8') }));
  });
  await editor.getByRole('button', { name: 'ファイルに保存（CSV）' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  expect(downloads.map((d) => d.name).sort()).toEqual(['test-lesson.csv', 'test-lesson.tours.csv']);
  const read = readTourFiles(downloads);
  expect(read.problems).toEqual([]);
  expect(read.tour?.title.ja).toBe('合成の授業（テスト）');
  expect(read.tour?.curriculum).toEqual(['8220243300000000']);
  expect(
    read.tour?.steps.map((s) => [s.title.ja, s.question.ja, s.selection?.id ?? null, s.range]),
  ).toEqual([
    ['見出し 2', '問い 2？', 'SH-1999-08-29', { from: 1999, to: 1999 }],
    ['見出し 1', '問い 1？', '北品川', null],
  ]);
  expect(read.tour?.steps[1]?.view.zoom).toBeCloseTo(14, 1);
  await expect(editor.getByRole('status').first()).toContainText('保存済み');

  // Load the files back into a new, empty lesson.
  await editor.getByRole('button', { name: '新しい授業をはじめる' }).click();
  await expect(editor).toContainText('まだステップがありません');
  const files = downloads.map((d) => ({
    name: d.name,
    mimeType: 'text/csv',
    buffer: Buffer.from(d.text),
  }));
  await editor.getByLabel('授業のファイルを読み込む（2つとも選ぶ）').setInputFiles(files);
  await expect(editor).toContainText('「合成の授業（テスト）」（ステップ 2）を読み込みました');
  await expect(
    editor.getByRole('region', { name: 'ステップ 2' }).getByLabel('見出し（日本語・必須）'),
  ).toHaveValue('見出し 1');

  // A share link plays the lesson on a fresh page.
  await editor.getByRole('button', { name: '共有リンクをつくる' }).click();
  const link = await editor.getByLabel('共有リンク').inputValue();
  expect(link.length).toBeLessThanOrEqual(2000);
  expect(link).toContain('#lang=ja&lesson=');
  await page.evaluate(() => localStorage.clear());
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.locator('#tour-panel')).toContainText('1 / 2');
  await expect(page.locator('#tour-panel')).toContainText('合成の授業（テスト）');
  await expect.poll(() => hashParams(page).get('event')).toBe('SH-1999-08-29');
});

test('a broken lesson file names the row and the field', async ({ page }) => {
  await openApp(page);
  const editor = await openLessonMaker(page);
  const index =
    'id,title_ja,summary_ja,audience_ja,curriculum\nbroken,<b>合成</b>,ねらい,小4,8220243300000000\n';
  const steps =
    'step,title_ja,text_ja,question_ja,lon,lat,zoom,source_title,source_url,source_class\n' +
    's1,見出し,本文,,139.72,35.61,15,出典,https://example.org/,official\n';
  await editor.getByLabel('授業のファイルを読み込む（2つとも選ぶ）').setInputFiles([
    { name: 'broken.tours.csv', mimeType: 'text/csv', buffer: Buffer.from(index) },
    { name: 'broken.csv', mimeType: 'text/csv', buffer: Buffer.from(steps) },
  ]);
  const alert = editor.getByRole('alert');
  await expect(alert).toContainText('この授業のファイルを読めませんでした');
  await expect(alert).toContainText('2 行目');
  await expect(alert).toContainText('question_ja');
});

test('"make a lesson" opened while a tour plays leaves the tour and shows the editor', async ({
  page,
}) => {
  await openApp(page, '#tour=tachiai-nakanobu-futaba&step=2');
  await expect(page.locator('#tour-panel')).toContainText('2 / 8');
  const editor = await openLessonMaker(page);
  await expect(editor).toBeVisible();
  await expect(editor.getByRole('heading', { name: '授業をつくる' })).toBeFocused();
  await expect(page.locator('#tour-panel')).toBeHidden();
  await expect.poll(() => hashParams(page).get('tour')).toBeNull();
});

test('when the browser cannot keep the draft, the editor says so once and asks for a file', async ({
  page,
}) => {
  // A full storage: every write is refused, as in a private window or at the quota.
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openApp(page, '#map=14.00/35.62000/139.73000');
  const editor = await openLessonMaker(page);
  await expect(editor.getByRole('alert')).toHaveCount(0);
  await editor.getByRole('button', { name: 'この画面を ステップに 追加' }).click();
  const alert = editor.getByRole('alert');
  await expect(alert).toContainText('この下書きはこのブラウザに残せません');
  await expect(alert).toContainText('ファイルに保存（CSV）');
  await expect(editor.getByRole('region', { name: 'ステップ 1' })).toBeVisible();
});
