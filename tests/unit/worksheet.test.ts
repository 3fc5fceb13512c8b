// @vitest-environment jsdom
// The worksheet page of a synthetic tour step: question with lines, credits in the exact GSI and
// hazard-portal wording, data dates, a legend with shapes, and a QR code that decodes to the URL.
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { GSI_CREDIT_TEXT } from '../../src/config/basemaps';
import { HAZARD_CREDIT_TEXT } from '../../src/config/hazard-layers';
import { documentedCatalog as catalog } from '../../src/data/catalog-docs';
import { defaultTheme } from '../../src/theme/theme';
import type { Tour } from '../../src/tours/tour-model';
import { buildWorksheets, printIndexes } from '../../src/tours/print-tour';
import { qrMatrix } from '../../src/lib/qr-matrix';
import { pointLegend, renderPrintSheet, worksheetPage } from '../../src/tours/worksheet';
import { worksheetCredits } from '../../src/tours/worksheet-credits';
import { syntheticStep, syntheticTour } from '../fixtures/synthetic-tour';

const tour: Tour = syntheticTour({
  steps: [
    syntheticStep({
      question: { ja: '合成の問いは何でしょう？', easy: null, en: null },
      hazards: [['flood_l2_depth', 70]],
    }),
  ],
});
const URL_OF_STEP =
  'https://example.org/app/#map=15.00/35.60000/139.72000&tour=synthetic-tour&step=1';

function page() {
  const datasets = catalog.filter((d) => d.loadedByApp);
  const credits = worksheetCredits({ lang: 'ja', basemap: true, hazards: true, datasets });
  return worksheetPage(document, {
    tour,
    index: 0,
    lang: 'ja',
    mapImage: 'data:image/png;base64,iVBORw0KGgo=',
    mapWidthPx: 900,
    link: { kind: 'qr', url: URL_OF_STEP },
    legend: pointLegend(defaultTheme, new Set(['stations', 'shelters', 'records']), 'ja'),
    credits,
    printedOn: '2026年11月30日',
  });
}

describe('worksheet page', () => {
  it('holds the title, the question with lines to write on, the scale and the north arrow', () => {
    const p = page();
    expect(p.querySelector('.ws-step-title')!.textContent).toContain('合成の見出し');
    expect(p.querySelector('.ws-question')!.textContent).toContain('合成の問いは何でしょう？');
    expect(p.querySelectorAll('.ws-line')).toHaveLength(5);
    expect(p.querySelector('.ws-scale-label')!.textContent).toBe('1cm＝97m');
    expect(p.querySelector('.ws-north')!.getAttribute('aria-label')).toBe('北');
    expect(p.querySelector('.ws-curriculum')!.textContent).toContain('8220243300000000');
    expect(p.querySelector('.ws-map img')!.getAttribute('alt')).toBe('手順「合成の見出し」の地図');
  });

  it('credits GSI and the hazard portal word for word, every dataset, and its data dates', () => {
    const p = page();
    const credits = p.querySelector('.ws-credits')!.textContent!;
    expect(credits).toContain(GSI_CREDIT_TEXT);
    expect(credits).toContain(HAZARD_CREDIT_TEXT);
    for (const d of catalog.filter((x) => x.loadedByApp)) {
      expect(credits).toContain(d.attribution);
      expect(p.querySelector('.ws-date')!.textContent).toContain(d.dataDate.ja);
    }
    expect(p.querySelector('.ws-sources')!.textContent).toContain('https://example.org/s');
  });

  it('leaves the hazard credit out when no hazard layer is on', () => {
    const c = worksheetCredits({ lang: 'ja', basemap: false, hazards: false, datasets: [] });
    expect(c.credits).toEqual([]);
  });

  it('draws a legend of shapes for the point layers that are on', () => {
    const items = pointLegend(defaultTheme, new Set(['stations', 'shelters', 'records']), 'ja');
    expect(items.map((i) => i.label)).toEqual(['駅', '指定避難所']);
    expect(items.map((i) => (i.symbol.kind === 'shape' ? i.symbol.shape : ''))).toEqual([
      'circle',
      'square',
    ]);
    expect(page().querySelectorAll('.ws-legend li svg')).toHaveLength(2);
  });

  it('puts a QR code on the page that decodes to the step URL', () => {
    const p = page();
    expect(p.querySelector('.ws-qr')!.getAttribute('aria-label')).toBe('この手順を開く QR コード');
    const rows = qrMatrix(URL_OF_STEP);
    const scale = 4;
    const quiet = 4;
    const n = (rows.length + 2 * quiet) * scale;
    const pixels = new Uint8ClampedArray(n * n * 4).fill(255);
    rows.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (!dark) return;
        for (let dy = 0; dy < scale; dy++)
          for (let dx = 0; dx < scale; dx++) {
            const i = (((y + quiet) * scale + dy) * n + (x + quiet) * scale + dx) * 4;
            pixels[i] = pixels[i + 1] = pixels[i + 2] = 0;
          }
      }),
    );
    expect(jsQR(pixels, n, n)?.data).toBe(URL_OF_STEP);
    // The SVG draws exactly the dark modules.
    const d = p.querySelector('.ws-qr path')!.getAttribute('d')!;
    expect(d.split('M').length - 1).toBe(rows.flat().filter(Boolean).length);
  });

  it('fills #print-sheet once and replaces its pages', () => {
    renderPrintSheet(document, [page(), page()]);
    const sheet = renderPrintSheet(document, [page()]);
    expect(document.querySelectorAll('#print-sheet')).toHaveLength(1);
    expect(sheet.querySelectorAll('.ws-page')).toHaveLength(1);
  });
});

describe('worksheets of a whole tour', () => {
  it('captures each step in turn and puts one page per step into #print-sheet', async () => {
    const two: Tour = {
      ...tour,
      steps: [tour.steps[0]!, { ...tour.steps[0]!, id: 'synthetic-b' }],
    };
    const order: string[] = [];
    const sheet = await buildWorksheets(document, two, printIndexes(two, 'tour', 1), 'ja', {
      capture: async (i) => {
        order.push(`capture ${i}`);
        return { image: `data:image/png;base64,step${i}`, widthPx: 900 };
      },
      link: (i) => ({ kind: 'qr', url: `${URL_OF_STEP}#${i}` }),
      legend: () => [],
      credits: () => ({ credits: [], dataDates: [] }),
      printedOn: '2026年11月30日',
    });
    expect(order).toEqual(['capture 0', 'capture 1']);
    expect([...sheet.querySelectorAll('.ws-page')].map((p) => p.getAttribute('data-step'))).toEqual(
      ['synthetic-a', 'synthetic-b'],
    );
    expect(sheet.querySelectorAll('.ws-map img')[1]!.getAttribute('src')).toBe(
      'data:image/png;base64,step1',
    );
    expect(printIndexes(two, 'step', 1)).toEqual([1]);
  });
});
