// @vitest-environment jsdom
// The printed place sheet as DOM, from a SYNTHETIC panel: the panel's sections copied as text
// (no buttons, no ids, nothing marked screen-only), a QR code and the footer; long lists cut to
// what fits with "and N more", the longest first, each keeping what it must.
import { describe, expect, it } from 'vitest';
import { h } from '../../src/lib/dom';
import { cutToFit, placeSheetPage } from '../../src/sheet/place-sheet';

/** A grey 3×2 PNG standing in for the map snapshot. */
const MAP_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAAAAAC4HznGAAAADklEQVR4nGNoaGhgAGIADAgDAcWhuYYAAAAASUVORK5CYII=';

function syntheticPanel(records: number, events: number): HTMLElement {
  const li = (text: string) => h(document, 'li', {}, text);
  return h(
    document,
    'section',
    { id: 'place-panel', class: 'place-panel has-place' },
    h(document, 'div', { class: 'place-head' }, h(document, 'p', { class: 'kind' }, '町丁目')),
    h(document, 'h2', { id: 'place-title', tabindex: '-1' }, '合成町一丁目'),
    h(document, 'div', { class: 'sheet-actions no-print' }, h(document, 'button', {}, '印刷')),
    h(
      document,
      'section',
      { class: 'answer', 'aria-labelledby': 'answer-heading' },
      h(document, 'h3', { id: 'answer-heading' }, 'ここで起きたこと'),
      h(
        document,
        'ul',
        { class: 'record-lines' },
        ...Array.from({ length: records }, (_, i) => li(`合成の記録 ${i + 1}`)),
      ),
      h(
        document,
        'ul',
        { class: 'event-lines' },
        ...Array.from({ length: events }, (_, i) =>
          h(
            document,
            'li',
            {},
            h(document, 'button', { type: 'button', class: 'link-button' }, `合成の水害 ${i + 1}`),
          ),
        ),
      ),
    ),
    h(
      document,
      'p',
      { class: 'source' },
      '出典: 合成',
      h(document, 'span', { class: 'no-print' }, h(document, 'button', {}, '出典を見る')),
    ),
  );
}

const page = (panel: HTMLElement) =>
  placeSheetPage(document, {
    lang: 'ja',
    kind: '町丁目',
    title: '合成町一丁目',
    panel,
    mapImage: MAP_PNG,
    link: 'https://example.org/#sel=chome:13109999001&lang=ja',
    credits: ['合成の出典'],
    dataDates: ['合成データ：2026年1月'],
    printedOn: '2026年12月6日',
  });

describe('placeSheetPage', () => {
  it('copies the panel as text: no buttons, no ids, nothing screen-only, the panel untouched', () => {
    const panel = syntheticPanel(2, 2);
    const before = panel.outerHTML;
    const sheet = page(panel);
    expect(panel.outerHTML).toBe(before);
    expect(sheet.querySelector('h1')?.textContent).toBe('町丁目：合成町一丁目');
    expect(sheet.querySelectorAll('button')).toHaveLength(0);
    expect(sheet.querySelectorAll('[id], [aria-labelledby], [tabindex]')).toHaveLength(0);
    const body = sheet.querySelector('.ps-body')?.textContent ?? '';
    expect(body).toContain('出典: 合成');
    expect(body).not.toContain('出典を見る');
    expect(body).not.toContain('印刷');
    expect(sheet.querySelector('.ps-body .event-lines')?.textContent).toBe(
      '合成の水害 1合成の水害 2',
    );
    expect(sheet.querySelector('.ps-body h2')).toBeNull();
  });

  it('prints a QR code, the map, the printing date, credits and data dates', () => {
    const sheet = page(syntheticPanel(1, 1));
    expect(sheet.querySelector('svg.ws-qr')?.getAttribute('aria-label')).toBe(
      'この画面を開く QR コード',
    );
    expect(sheet.querySelector('.ps-map img')?.getAttribute('src')).toBe(MAP_PNG);
    expect(sheet.querySelector('.ps-printed')?.textContent).toBe('印刷日：2026年12月6日');
    expect(sheet.querySelector('.ps-footer')?.textContent).toContain(
      'データの時点：合成データ：2026年1月',
    );
    expect(sheet.querySelector('.ps-link')?.textContent).toContain('#sel=chome:13109999001');
  });

  it('says so where there is no map picture', () => {
    const sheet = placeSheetPage(document, {
      ...{ lang: 'en', kind: 'Chome', title: 'Synthetic 1', panel: syntheticPanel(1, 1) },
      mapImage: null,
      link: 'https://example.org/',
      credits: [],
      dataDates: [],
      printedOn: '6 December 2026',
    });
    expect(sheet.querySelector('img')).toBeNull();
    expect(sheet.querySelector('.ps-no-map')?.textContent).toContain('on screen only');
  });
});

describe('cutToFit', () => {
  /** A stand-in for the measured height: fits when at most `n` list items are left. */
  const itemsAtMost = (body: HTMLElement, n: number) => () =>
    body.querySelectorAll('li:not(.ps-more)').length <= n;

  it('cuts the longest list first and says how many were left off', () => {
    const body = page(syntheticPanel(10, 4)).querySelector<HTMLElement>('.ps-body')!;
    const cut = cutToFit(document, 'ja', body, itemsAtMost(body, 8));
    expect(cut).toBe(6);
    const records = body.querySelectorAll('.record-lines li:not(.ps-more)');
    expect(records).toHaveLength(4);
    expect(body.querySelector('.record-lines .ps-more')?.textContent).toBe(
      'ほか 6 件（画面で見られます）',
    );
    expect(body.querySelectorAll('.event-lines li')).toHaveLength(4);
  });

  it('keeps `keep` items of each list, and stops there', () => {
    const body = page(syntheticPanel(6, 5)).querySelector<HTMLElement>('.ps-body')!;
    cutToFit(document, 'en', body, () => false, 3);
    expect(body.querySelectorAll('.record-lines li:not(.ps-more)')).toHaveLength(3);
    expect(body.querySelectorAll('.event-lines li:not(.ps-more)')).toHaveLength(3);
    expect(body.querySelector('.event-lines .ps-more')?.textContent).toBe(
      'and 2 more (shown on screen)',
    );
  });

  it('cuts nothing that fits', () => {
    const body = page(syntheticPanel(3, 3)).querySelector<HTMLElement>('.ps-body')!;
    expect(cutToFit(document, 'ja', body, () => true)).toBe(0);
    expect(body.querySelector('.ps-more')).toBeNull();
  });
});
