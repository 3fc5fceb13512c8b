// Furigana in やさしい日本語: a tour step shows <ruby> readings; the 「ふりがな」 switch removes them
// from the page and from Chromium's accessibility tree and brings them back; a ruby text is named by
// its plain text (read once, not kanji and reading); the choice survives a reload through the URL.
import type { Page } from '@playwright/test';
import { expect, hashParams, openApp, test } from './fixtures';

const STEP_1 = '#lang=ja-easy&tour=tachiai-nakanobu-futaba&step=1';
const HEADING = '立会川は どんな 川？';
const QUESTION = '地図で 中延、二葉、西小山を さがそう。学校や 家は 立会川の ちかく？';

interface AxNode {
  readonly role?: { readonly value?: string };
  readonly name?: { readonly value?: string };
  /** Chromium exposes a ruby's reading as the description of its Ruby node unless hidden. */
  readonly description?: { readonly value?: string };
  readonly ignored?: boolean;
}

/** Chromium's own accessibility tree (not Playwright's computation), unignored nodes only. */
async function chromiumAxTree(page: Page): Promise<AxNode[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    return nodes.filter((n) => !n.ignored);
  } finally {
    await cdp.detach();
  }
}

/** Every name and description in the tree: what a screen reader may speak. */
const names = (nodes: readonly AxNode[]): string[] =>
  nodes.flatMap((n) => [n.name?.value ?? '', n.description?.value ?? '']);

test('やさしい日本語: readings over the kanji, named once by the plain text, switched off and on, kept through a reload', async ({
  page,
}) => {
  await openApp(page, STEP_1);
  const panel = page.locator('#tour-panel');
  await expect(panel).toContainText('1 / 8');
  const toggle = page.getByRole('button', { name: 'ふりがな', exact: true });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');

  // Readings are there, over the kanji the authors marked.
  const text = panel.locator('.tour-text');
  await expect(text.locator('ruby').first()).toBeVisible();
  await expect(text.locator('rt').first()).toHaveText('たちあいがわ');
  await expect(panel.locator('.tour-question rt')).toHaveText([
    'なかのぶ',
    'ふたば',
    'にしこやま',
    'たちあいがわ',
  ]);
  // The reading sits above its base, not beside it.
  const rt = await text.locator('rt').first().boundingBox();
  const base = await text.locator('ruby').first().boundingBox();
  expect(rt && base && rt.y + rt.height <= base.y + base.height / 2).toBe(true);

  // Named by the plain text in Chromium's own tree (what screen readers get): the kanji once, no
  // reading and no added space.
  let tree = await chromiumAxTree(page);
  expect(tree.some((n) => n.role?.value === 'heading' && n.name?.value === HEADING)).toBe(true);
  // Playwright's own name computation agrees on the words (it puts a space around each <ruby>,
  // which it treats as a block; Chromium does not).
  const loose = (text: string): RegExp =>
    new RegExp(`^${[...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s?')}$`);
  await expect(panel.getByRole('heading', { name: loose(HEADING) })).toBeVisible();
  expect(await panel.locator('.tour-question p').last().ariaSnapshot()).toMatch(
    loose(`- paragraph: ${QUESTION}`),
  );
  expect(await panel.locator('.tour-question p').last().ariaSnapshot()).not.toMatch(
    /たちあいがわ|なかのぶ|ふたば|にしこやま/,
  );
  // No reading is exposed anywhere: not as a text leaf, and not as the description Chromium gives
  // a Ruby node from its <rt> when the <rt> is not hidden.
  expect(
    names(tree).filter((n) => /たちあいがわ|なかのぶ|ふたば|にしこやま|きろく/.test(n)),
  ).toEqual([]);
  expect(names(tree).filter((n) => n === '立会川').length).toBeGreaterThan(0);

  // The place answer of the step's station carries readings too.
  await expect(page.locator('.answer-summary rt').first()).toHaveText('きろく');

  // Off: no rt anywhere, the text unchanged, the URL says so.
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('rt')).toHaveCount(0);
  await expect(page.locator('ruby')).toHaveCount(0);
  await expect(panel.getByRole('heading', { name: HEADING, exact: true })).toBeVisible();
  await expect(text).toContainText('立会川は 長さが 7.41 km の 川です。');
  await expect.poll(() => hashParams(page).get('ruby')).toBe('0');
  tree = await chromiumAxTree(page);
  expect(names(tree).filter((n) => /たちあいがわ|きろく/.test(n))).toEqual([]);

  // Stepping on keeps them off.
  await panel.getByRole('button', { name: 'つぎへ' }).click();
  await expect(panel).toContainText('2 / 8');
  await expect(page.locator('rt')).toHaveCount(0);

  // A reload of the link keeps the choice.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true');
  await expect(page.locator('#tour-panel')).toContainText('2 / 8');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.locator('#tour-panel rt')).toHaveCount(0);

  // On again from the keyboard: the readings return and the URL drops the default.
  await toggle.focus();
  await page.keyboard.press('Space');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#tour-panel .tour-text rt').first()).toHaveText('たちあいがわ');
  await expect.poll(() => hashParams(page).get('ruby')).toBeNull();
  await expect(toggle).toBeFocused();
});

test('standard Japanese and English: no switch, no readings, no markup', async ({ page }) => {
  await openApp(page, '#lang=ja&tour=tachiai-nakanobu-futaba&step=1');
  await expect(page.locator('#tour-panel')).toContainText('1 / 8');
  await expect(page.getByRole('button', { name: 'ふりがな' })).toBeHidden();
  await expect(page.locator('rt')).toHaveCount(0);
  await page.getByRole('combobox', { name: '表示言語' }).selectOption('ja-easy');
  await expect(page.locator('#tour-panel .tour-text rt').first()).toHaveText('たちあいがわ');
  await page.getByRole('combobox', { name: /表示言語|Language/ }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Furigana' })).toBeHidden();
  await expect(page.locator('rt')).toHaveCount(0);
  await expect(page.locator('body')).not.toContainText('{');
  await expect(page.locator('body')).not.toContainText('|');
});
