// @vitest-environment jsdom
// What a worksheet says instead of what it cannot print: no QR code for a teacher's own lesson (a
// synthetic draft, file or link is not on a pupil's device) or for an address too long to scan at
// 20 mm; and the old photo or map compared at a step, named with its period and GSI credit.
import { describe, expect, it } from 'vitest';
import { GSI_CREDIT_TEXT } from '../../src/config/basemaps';
import { THEN_CREDIT_TEXT } from '../../src/config/old-maps';
import type { Lang } from '../../src/i18n/i18n';
import { t } from '../../src/i18n/i18n';
import { buildWorksheets } from '../../src/tours/print-tour';
import type { Tour } from '../../src/tours/tour-model';
import { worksheetPage } from '../../src/tours/worksheet';
import { worksheetCredits } from '../../src/tours/worksheet-credits';
import { QR_MAX_URL_CHARS, worksheetLink, type WorksheetLink } from '../../src/tours/worksheet-qr';
import { syntheticStep, syntheticTour } from '../fixtures/synthetic-tour';

const bundled: Tour = syntheticTour({
  id: 'synthetic-bundled',
  file: 'synthetic-bundled.csv',
  title: { ja: '合成ツアー', easy: null, en: 'Synthetic tour' },
  steps: [syntheticStep({ sources: [] })],
});
const draft: Tour = { ...bundled, id: 'synthetic-draft', file: 'synthetic-draft.csv' };
const SHORT = 'https://example.org/app/#map=15.00/35.60000/139.72000&tour=synthetic-bundled&step=1';

describe('worksheetLink: a QR code only for a bundled tour with a short address', () => {
  const tours = [bundled];
  it('prints the QR code of a bundled tour step', () => {
    expect(worksheetLink(SHORT, bundled.id, { tours, lessonTour: null })).toEqual({
      kind: 'qr',
      url: SHORT,
    });
  });

  it('prints none for a draft, lesson file or link (not in data/tours/)', () => {
    const none = { kind: 'none', reason: 'notBundled' };
    expect(worksheetLink(SHORT, draft.id, { tours, lessonTour: draft })).toEqual(none);
    expect(worksheetLink(SHORT, draft.id, { tours: null, lessonTour: draft })).toEqual(none);
    // A teacher's lesson with a bundled tour's id is played in its place: pupils would get the other.
    const sameId = { ...draft, id: bundled.id };
    expect(worksheetLink(SHORT, bundled.id, { tours, lessonTour: sameId })).toEqual(none);
  });

  it(`prints none when the address is longer than ${QR_MAX_URL_CHARS} characters`, () => {
    const at = `${SHORT}&x=${'a'.repeat(QR_MAX_URL_CHARS - SHORT.length - 3)}`;
    expect(at).toHaveLength(QR_MAX_URL_CHARS);
    expect(worksheetLink(at, bundled.id, { tours, lessonTour: null }).kind).toBe('qr');
    const lessonLink = `${SHORT}&lesson=${'x'.repeat(2000)}`;
    expect(worksheetLink(`${at}b`, bundled.id, { tours, lessonTour: null })).toEqual({
      kind: 'none',
      reason: 'tooLong',
    });
    expect(worksheetLink(lessonLink, bundled.id, { tours, lessonTour: null }).kind).toBe('none');
  });
});

function page(lang: Lang, link: WorksheetLink, then: 'ort_USA10' | 'swale' | null = null) {
  return worksheetPage(document, {
    tour: bundled,
    index: 0,
    lang,
    mapImage: 'data:image/png;base64,iVBORw0KGgo=',
    mapWidthPx: 900,
    link,
    then,
    legend: [],
    credits: worksheetCredits({ lang, basemap: true, hazards: false, datasets: [], then }),
    printedOn: '2026年11月30日',
  });
}

describe('a worksheet without a QR code', () => {
  it('says in the page language where to get a teacher’s lesson', () => {
    const link = { kind: 'none', reason: 'notBundled' } as const;
    const ja = page('ja', link);
    expect(ja.querySelector('.ws-qr')).toBeNull();
    expect(ja.querySelector('.ws-header .ws-no-qr')!.textContent).toBe(
      'この授業は先生が作ったものです。QRコードはありません。先生からファイルかリンクをもらってください。',
    );
    expect(page('en', link).querySelector('.ws-no-qr')!.textContent).toBe(
      'This lesson was made by a teacher: no QR code. Ask your teacher for the file or link.',
    );
    expect(page('ja-easy', link).querySelector('.ws-no-qr')!.textContent).toContain(
      '先生から ファイルか リンクを もらって ください',
    );
  });

  it('says the address is too long when a bundled step’s is', () => {
    const p = page('ja', { kind: 'none', reason: 'tooLong' });
    expect(p.querySelector('.ws-qr')).toBeNull();
    expect(p.querySelector('.ws-no-qr')!.textContent).toBe(t('ja', 'ws.noQrLong'));
  });

  it('keeps the QR code (and no note) for a bundled step', () => {
    const p = page('ja', { kind: 'qr', url: SHORT });
    expect(p.querySelector('.ws-qr')).not.toBeNull();
    expect(p.querySelector('.ws-no-qr')).toBeNull();
  });
});

describe('a printed then-and-now step', () => {
  it('names the old layer and its period next to the map, and says it is not printed', () => {
    const ja = page('ja', { kind: 'qr', url: SHORT }, 'ort_USA10');
    const caption = ja.querySelector('.ws-map + p.ws-then')!.textContent!;
    // The photo's title holds its years: they are said once.
    expect(caption).toContain('昔の写真・地図：空中写真 1945〜1950年 ');
    expect(caption).not.toContain('（1945〜1950年）');
    expect(caption).toContain('昔の写真・地図は画面だけに表示されます（印刷されません）');
    const en = page('en', { kind: 'qr', url: SHORT }, 'swale').querySelector('.ws-then')!;
    expect(en.textContent).toContain('Meiji-era low wetlands (from maps of 1880–1886)');
    expect(en.textContent).toContain('The old photo or map is shown on screen only (not printed)');
    const easy = page('ja-easy', { kind: 'qr', url: SHORT }, 'swale').querySelector('.ws-then')!;
    expect(easy.textContent).toContain('紙には 出ません');
    expect(page('ja', { kind: 'qr', url: SHORT }).querySelector('.ws-then')).toBeNull();
  });

  it('credits GSI for the old layer and dates it, once even over a GSI background', () => {
    const alone = worksheetCredits({
      lang: 'ja',
      basemap: false,
      hazards: false,
      datasets: [],
      then: 'ort_USA10',
    });
    expect(alone.credits).toEqual([THEN_CREDIT_TEXT]);
    expect(alone.dataDates).toEqual(['空中写真 1945〜1950年：1945〜1950年']);
    const both = worksheetCredits({
      lang: 'en',
      basemap: true,
      hazards: false,
      datasets: [],
      then: 'swale',
    });
    expect(both.credits.filter((c) => c === GSI_CREDIT_TEXT)).toHaveLength(1);
    expect(both.dataDates).toEqual(['Meiji-era low wetlands: from maps of 1880–1886']);
    const none = worksheetCredits({ lang: 'ja', basemap: false, hazards: false, datasets: [] });
    expect(none).toEqual({ credits: [], dataDates: [] });
  });

  it('is passed step by step when a whole tour prints', async () => {
    const two: Tour = { ...bundled, steps: [bundled.steps[0]!, bundled.steps[0]!] };
    const sheet = await buildWorksheets(document, two, [0, 1], 'ja', {
      capture: async () => ({ image: 'data:image/png;base64,', widthPx: 900 }),
      link: (i) => (i === 0 ? { kind: 'qr', url: SHORT } : { kind: 'none', reason: 'notBundled' }),
      then: (i) => (i === 1 ? 'gazo1' : null),
      legend: () => [],
      credits: () => ({ credits: [], dataDates: [] }),
      printedOn: '2026年11月30日',
    });
    const pages = sheet.querySelectorAll('.ws-page');
    expect(pages[0]!.querySelector('.ws-qr')).not.toBeNull();
    expect(pages[0]!.querySelector('.ws-then')).toBeNull();
    expect(pages[1]!.querySelector('.ws-no-qr')).not.toBeNull();
    expect(pages[1]!.querySelector('.ws-then')!.textContent).toContain('1974〜1978年');
  });
});
