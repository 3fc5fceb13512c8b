// Printing worksheets in Chromium: synthetic worksheet pages, built by the same module as the app
// (in jsdom here, then put into a blank page with the app's stylesheets), print as A4 PDF one page
// per step; in print media only the worksheets show; the printed QR code decodes to the step's URL.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { documentedCatalog as catalog } from '../../src/data/catalog-docs';
// The sheet is built here, outside the page: its texts are registered as the page would have them.
// The sheet is built here, outside the page: its texts are registered as the page would have them.
import '../../src/i18n/register-all-texts';
import { defaultTheme } from '../../src/theme/theme';
import type { Tour, TourStep } from '../../src/tours/tour-model';
import { pointLegend, renderPrintSheet, worksheetPage } from '../../src/tours/worksheet';
import { worksheetCredits } from '../../src/tours/worksheet-credits';
import { expect, test } from './fixtures';
import { decodeWorksheetQr } from './qr-decode';
import { syntheticStep, syntheticTour } from '../fixtures/synthetic-tour';

// jsdom ships without type declarations; only its constructor is needed here.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};

const step = (id: string): TourStep =>
  syntheticStep({
    id,
    title: { ja: `合成の見出し ${id}`, easy: null, en: null },
    text: { ja: '合成の本文。'.repeat(12), easy: null, en: null },
    question: { ja: `合成の問い ${id}`, easy: null, en: null },
  });
const tour: Tour = syntheticTour({
  summary: { ja: '', easy: null, en: null },
  steps: [step('a'), step('b')],
});
const urlOf = (i: number) =>
  `https://example.org/app/#map=15.00/35.60000/139.72000&tour=synthetic-tour&step=${i + 1}`;
/** A grey 3×2 PNG standing in for the map snapshot. */
const MAP_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAAAAAC4HznGAAAADklEQVR4nGNoaGhgAGIADAgDAcWhuYYAAAAASUVORK5CYII=';

function sheetHtml(): string {
  const { document } = new JSDOM('<!doctype html><body><main>map app</main></body>').window;
  const credits = worksheetCredits({
    lang: 'ja',
    basemap: true,
    hazards: false,
    datasets: catalog.filter((d) => d.loadedByApp),
  });
  const pages = tour.steps.map((_, index) =>
    worksheetPage(document, {
      tour,
      index,
      lang: 'ja',
      mapImage: MAP_PNG,
      mapWidthPx: 900,
      link: { kind: 'qr', url: urlOf(index) },
      legend: pointLegend(defaultTheme, new Set(['stations', 'shelters']), 'ja'),
      credits,
      printedOn: '2026年11月30日',
    }),
  );
  renderPrintSheet(document, pages);
  // In the page's order: the shell's styles (with the A4 page), then the worksheet chunk's own.
  const css = ['src/ui/app.css', 'src/tours/worksheet.css']
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  return `<!doctype html><html lang="ja"><head><style>${css}</style></head>${document.body.outerHTML}</html>`;
}

test('worksheets print as A4, one page per step, alone, with a QR code that decodes', async ({
  page,
}) => {
  await page.setContent(sheetHtml());
  await expect(page.locator('#print-sheet')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main')).toBeHidden();
  await expect(page.locator('.ws-page').first()).toBeVisible();
  await expect(page.locator('.ws-question').first()).toContainText('合成の問い a');

  const started = Date.now();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  const ms = Date.now() - started;
  test.info().annotations.push({ type: 'print time', description: `${ms} ms for 2 pages` });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
  expect(pages).toHaveLength(2);
  // A4 portrait: 210 × 297 mm is 595.3 × 841.9 points.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(Number(box?.[1])).toBeCloseTo(595, 0);
  expect(Number(box?.[2])).toBeCloseTo(842, 0);

  expect(await decodeWorksheetQr(page)).toBe(urlOf(0));
});
