// The place sheet: Ctrl+P (the browser's beforeprint) or 「印刷」 on a place's answer or an event page
// prints one A4 page, the page alone, with the map as drawn and a QR code that opens the same view
// in the same language; 「共有」 uses the Web Share API where there is one, else copies the link.
// A headless browser has no print dialog: beforeprint is sent as the dialog would, and the PDF is
// made from the page in print media.
import type { Page } from '@playwright/test';
import { audit } from './axe-audit';
import { expect, hashParams, openApp, test } from './fixtures';
import { decodeWorksheetQr } from './qr-decode';

const NAKANOBU_6 = '13109010006';

function pdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

const PLACE_SHEET = '#place-sheet .ps-page';
const WORKSHEET = '#print-sheet .ws-page';

/** Sends beforeprint until the sheet's chunk (loaded once something is chosen) has made the sheet. */
async function sheetMade(page: Page, sheet = PLACE_SHEET): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate((sheet) => {
        window.dispatchEvent(new Event('beforeprint'));
        return document.querySelectorAll(sheet).length;
      }, sheet),
    )
    .toBe(1);
}

/**
 * Ctrl+P as the browser does it: Chromium's printing (page.pdf too) sends beforeprint, prints,
 * then sends afterprint. Returns the A4 PDF and how many sheet pages were there while printing.
 */
async function printAsCtrlP(
  page: Page,
  sheet = PLACE_SHEET,
): Promise<{ pdf: Buffer; sheets: number }> {
  await page.evaluate((sheet) => {
    window.dispatchEvent(new Event('afterprint'));
    const w = window as unknown as { sheets: number };
    w.sheets = -1;
    window.addEventListener(
      'beforeprint',
      () => (w.sheets = document.querySelectorAll(sheet).length),
      { once: true },
    );
  }, sheet);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const sheets = await page.evaluate(() => (window as unknown as { sheets: number }).sheets);
  return { pdf, sheets };
}

/** The QR code's link, opened: the view it names. */
async function qrParams(page: Page): Promise<URLSearchParams> {
  const url = new URL((await decodeWorksheetQr(page)) ?? 'about:blank');
  return new URLSearchParams(url.hash.slice(1));
}

test('Ctrl+P on a place prints one A4 page: title, map, the answer, QR code to the place', async ({
  page,
}, info) => {
  await openApp(page, `#sel=chome:${NAKANOBU_6}&lang=en`);
  const panel = page.locator('#place-panel');
  const title = (await panel.locator('#place-title').textContent())?.trim() ?? '';
  await expect(panel.getByRole('button', { name: 'Print this (one A4 page)' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true');
  await sheetMade(page);
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator(PLACE_SHEET);
  await expect(sheet).toBeVisible();
  await expect(page.locator('main')).toBeHidden();
  await expect(sheet.locator('.ps-title')).toContainText(title);
  await expect(sheet.locator('.ps-printed')).toContainText('Printed on');
  // The answer's own sections, as the panel shows them, without its buttons.
  await expect(sheet.locator('.answer-summary li').first()).toBeVisible();
  await expect(sheet.getByRole('button')).toHaveCount(0);
  await expect(sheet.locator('.ps-footer')).toContainText('Data as of');
  // The sheet is audited as printed: serious and critical findings fail.
  await audit(page, info);
  const img = await sheet
    .locator('.ps-map img')
    .evaluate((el: HTMLImageElement) => ({ src: el.src.slice(0, 22), width: el.naturalWidth }));
  expect(img.src).toBe('data:image/png;base64,');
  expect(img.width).toBeGreaterThan(300);
  const params = await qrParams(page);
  expect(params.get('sel')).toBe(`chome:${NAKANOBU_6}`);
  expect(params.get('lang')).toBe('en');

  const { pdf, sheets } = await printAsCtrlP(page);
  await info.attach('place-sheet.pdf', { body: pdf, contentType: 'application/pdf' });
  expect(sheets).toBe(1);
  expect(pdfPages(pdf)).toBe(1);
  // After printing, the page is the app again.
  await expect(page.locator(PLACE_SHEET)).toHaveCount(0);
  await expect(page.locator('main')).toBeVisible();
});

test('the 「印刷」 button asks the browser to print; the sheet is made for it', async ({
  page,
}) => {
  await openApp(page, `#sel=chome:${NAKANOBU_6}`);
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true');
  // The dialog would send beforeprint: the recorder does, and counts the sheet's pages.
  await page.evaluate(() => {
    const w = window as unknown as { printed: number[] };
    w.printed = [];
    window.print = () => {
      window.dispatchEvent(new Event('beforeprint'));
      w.printed.push(document.querySelectorAll('#place-sheet .ps-page').length);
    };
  });
  const print = page
    .locator('#place-panel')
    .getByRole('button', { name: 'この内容を印刷（A4 1枚）' });
  await print.focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { printed: number[] }).printed))
    .toEqual([1]);
});

test('Ctrl+P on an event page prints one A4 page with a QR code to the event', async ({
  page,
}, info) => {
  await openApp(page, '#event=SH-1999-08-29&lang=ja-easy');
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true');
  await expect(page.locator('#place-panel #place-title')).toBeVisible();
  await sheetMade(page);
  const params = await qrParams(page);
  expect(params.get('event')).toBe('SH-1999-08-29');
  expect(params.get('lang')).toBe('ja-easy');
  const { pdf, sheets } = await printAsCtrlP(page);
  await info.attach('event-sheet.pdf', { body: pdf, contentType: 'application/pdf' });
  expect(sheets).toBe(1);
  expect(pdfPages(pdf)).toBe(1);
});

test('Share copies the link where there is no Web Share API', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
  });
  await openApp(page, `#sel=chome:${NAKANOBU_6}&lang=en`);
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true');
  await page.getByRole('button', { name: 'Share a link to this page' }).click();
  await expect(page.locator('#share-status')).toHaveText('Link copied. Paste it to send it.');
  const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  const params = new URLSearchParams(copied.hash.slice(1));
  expect(params.get('sel')).toBe(`chome:${NAKANOBU_6}`);
  expect(params.get('lang')).toBe('en');
  // The link opens the same place in the same language.
  await openApp(page, copied.hash);
  await expect(page.locator('#place-panel #place-title')).toBeVisible();
  expect(hashParams(page).get('sel')).toBe(`chome:${NAKANOBU_6}`);
  expect(hashParams(page).get('lang')).toBe('en');
  // Another place: the notice was about the last one.
  await page.evaluate(() => (location.hash = '#event=SH-1999-08-29&lang=en'));
  await expect(page.locator('#share-status')).toBeHidden();
});

test('Share hands the link to the Web Share API where the browser has it', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { sharedWith: ShareData[] };
    w.sharedWith = [];
    Object.defineProperty(Navigator.prototype, 'share', {
      value: (data: ShareData) => {
        w.sharedWith.push(data);
        return Promise.resolve();
      },
      configurable: true,
    });
  });
  await openApp(page, '#event=SH-1999-08-29');
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true');
  await page.getByRole('button', { name: 'このページへのリンクを共有' }).click();
  await expect(page.locator('#share-status')).toHaveText('リンクを共有しました。');
  const shared = await page.evaluate(
    () => (window as unknown as { sharedWith: ShareData[] }).sharedWith,
  );
  expect(shared).toHaveLength(1);
  const url = new URL(shared[0]?.url ?? 'about:blank');
  expect(new URLSearchParams(url.hash.slice(1)).get('event')).toBe('SH-1999-08-29');
});

test('Ctrl+P on a tour step prints its worksheet, one A4 page, not the page on screen', async ({
  page,
}) => {
  await openApp(page, '#tour=tachiai-nakanobu-futaba&step=2');
  await expect(page.locator('#tour-panel')).toContainText('2 / 8');
  // Made once the worksheet's modules (loaded when a step is shown) are in.
  await sheetMade(page, WORKSHEET);
  await expect(page.locator(PLACE_SHEET)).toHaveCount(0);
  const url = new URL((await decodeWorksheetQr(page)) ?? 'about:blank');
  expect(new URLSearchParams(url.hash.slice(1)).get('step')).toBe('2');
  // The browser's own print, as Ctrl+P: the worksheet alone, one page, taken away after.
  const { pdf, sheets } = await printAsCtrlP(page, WORKSHEET);
  expect(sheets).toBe(1);
  expect(pdfPages(pdf)).toBe(1);
  await expect(page.locator(WORKSHEET)).toHaveCount(0);
  // Still on the step.
  expect(hashParams(page).get('step')).toBe('2');
});
