// The app's own print flow for lessons: the teacher presses "print this step" (or the whole tour),
// the app shows each step, waits for the map, takes its snapshot, builds the A4 worksheets and
// calls the browser's print. window.print is replaced by a recorder here (a headless browser has no
// dialog); the PDF is then made from the same page in print media, as the dialog would.
import type { Page } from '@playwright/test';
import { audit } from './axe-audit';
import { expect, hashParams, openApp, test } from './fixtures';
import { decodeWorksheetQr } from './qr-decode';

const TOUR = 'tachiai-nakanobu-futaba';

/** Replaces window.print with a recorder: how many worksheet pages were ready when it was called. */
async function recordPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number[] };
    w.printed = [];
    window.print = () => {
      w.printed.push(document.querySelectorAll('#print-sheet .ws-page').length);
    };
  });
}

const printed = (page: Page) =>
  page.evaluate(() => (window as unknown as { printed: number[] }).printed);

function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

test('printing a step: the map snapshot, the question, credits, data date and a QR code to the step, on one A4 page', async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await openApp(page, `#tour=${TOUR}&step=2`);
  const panel = page.locator('#tour-panel');
  await expect(panel).toContainText('2 / 8');
  const question = (await panel.locator('.tour-question p').last().textContent())?.trim() ?? '';
  expect(question.length).toBeGreaterThan(5);
  await recordPrint(page);

  const started = Date.now();
  await panel.getByRole('button', { name: 'この手順を印刷' }).click();
  await expect.poll(() => printed(page)).toEqual([1]);
  info.annotations.push({ type: 'print time', description: `${Date.now() - started} ms, 1 page` });

  const sheet = page.locator('#print-sheet');
  const ws = sheet.locator('.ws-page');
  await expect(ws).toHaveCount(1);
  await expect(ws.locator('.ws-question')).toContainText(question);
  await expect(ws.locator('.ws-date')).toContainText('データの時点');
  await expect(ws).toContainText('出典');
  // The map as it was drawn at this step: a PNG snapshot of real size.
  const map = await ws
    .locator('img')
    .first()
    .evaluate((img: HTMLImageElement) => ({
      src: img.src.slice(0, 22),
      width: img.naturalWidth,
    }));
  expect(map.src).toBe('data:image/png;base64,');
  expect(map.width).toBeGreaterThan(300);
  // The QR code opens this step.
  const url = new URL((await decodeWorksheetQr(page)) ?? 'about:blank');
  const params = new URLSearchParams(url.hash.slice(1));
  expect(params.get('tour')).toBe(TOUR);
  expect(params.get('step')).toBe('2');
  // Back on the step the teacher was on.
  expect(hashParams(page).get('step')).toBe('2');

  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main')).toBeHidden();
  await expect(ws).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  expect(pdfPages(pdf)).toBe(1);
  // The print view is audited as printed: serious and critical findings fail.
  await audit(page, info);
});

test('printing the whole tour: one page per step, each with its own QR code', async ({
  page,
}, info) => {
  test.setTimeout(180_000);
  await openApp(page, `#tour=${TOUR}&step=1`);
  const panel = page.locator('#tour-panel');
  await expect(panel).toContainText('1 / 8');
  await recordPrint(page);
  const started = Date.now();
  await panel.getByRole('button', { name: 'ツアー全体を印刷' }).click();
  await expect.poll(() => printed(page), { timeout: 120_000 }).toEqual([8]);
  const ms = Date.now() - started;
  info.annotations.push({
    type: 'print time',
    description: `${ms} ms for 8 pages (${Math.round(ms / 8)} ms a page)`,
  });
  for (const nth of [0, 7]) {
    const url = new URL((await decodeWorksheetQr(page, nth)) ?? 'about:blank');
    expect(new URLSearchParams(url.hash.slice(1)).get('step')).toBe(String(nth + 1));
  }
  // The teacher is back on step 1.
  await expect(panel).toContainText('1 / 8');
  expect(hashParams(page).get('step')).toBe('1');
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  expect(pdfPages(pdf)).toBe(8);
});
