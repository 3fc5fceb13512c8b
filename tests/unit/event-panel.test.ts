// @vitest-environment jsdom
// The record panel as DOM, from a SYNTHETIC description: sections in order, basin figures in their
// own list, depths and facts as text with their sources, language attributes that match the text.
import { defaultTheme } from '../../src/theme/theme';
import { describe, expect, it } from 'vitest';
import type { EventDescription, SourceLine } from '../../src/ui/describe-event';
import { renderEventPanel } from '../../src/ui/event-panel';

const source = (over: Partial<SourceLine> = {}): SourceLine => ({
  title: '架空史（synthetic）',
  titleTranslation: '',
  classLabel: '二次資料',
  urls: ['https://example.org/s', 'javascript:alert(1)'],
  quote: '浸水深は六尺',
  quoteTranslation: '',
  ...over,
});

const description = (over: Partial<EventDescription> = {}): EventDescription => ({
  kindLabel: '水害',
  title: '架空の大雨',
  headline: '',
  rows: [['浸水した建物', '計 2,400棟 （区全体の数）']],
  quote: '引用',
  quoteTranslation: '',
  urls: ['https://example.org/e'],
  sourceTitle: '架空資料',
  sourceTitleTranslation: '',
  sourceClass: '公的な記録',
  uncertainty: '不確か',
  gazetteerNotes: [],
  placed: true,
  basinHeading: '立会川流域の数（区の数とは範囲が違うので、足したり比べたりしません）',
  basin: ['立会川流域: 床上 1,110棟・床下 899棟、計 2,009棟'],
  depths: [
    {
      text: '浸水の深さ 約 1.82 m（資料の書き方：六尺）',
      depth: {
        minM: 1.82,
        maxM: 1.82,
        reference: 'ground',
        asWritten: '六尺',
        note: { ja: '', en: '' },
      },
      minM: 1.82,
      maxM: 1.82,
      where: '北品川',
      note: '換算は本プロジェクト',
      source: source(),
    },
  ],
  facts: [
    {
      kind: '雨',
      scope: '区全体の数',
      text: '総雨量72 mm',
      where: '',
      note: '',
      source: source({ quote: '' }),
    },
  ],
  textLang: 'ja',
  ...over,
});

function render(d: EventDescription, lang: 'ja' | 'en' = 'ja'): HTMLElement {
  const container = document.createElement('div');
  renderEventPanel(
    { doc: document, container, theme: defaultTheme, onClose: () => undefined },
    lang,
    d,
  );
  return container;
}

describe('renderEventPanel', () => {
  it('puts basin figures in their own list after their heading, not in the facts table', () => {
    const c = render(description());
    const list = c.querySelector('ul.basin-figures');
    expect(list?.textContent).toContain('2,009棟');
    expect(list?.previousElementSibling?.textContent).toContain('足したり比べたりしません');
    expect(c.querySelector('dl.facts')?.textContent).not.toContain('2,009');
  });

  it('draws a depth with its text alternative, place, note, source and quote', () => {
    const depth = c().querySelector('.record-depth');
    const drawing = depth?.querySelector('svg[role="img"]');
    expect(drawing?.getAttribute('aria-label')).toContain(
      '浸水の深さ 約 1.8 m（資料の書き方：六尺）',
    );
    expect(depth?.querySelector('figcaption')?.textContent).toContain('北品川');
    expect(depth?.textContent).toContain('換算は本プロジェクト');
    expect(depth?.querySelector('blockquote')?.getAttribute('lang')).toBe('ja');
    // Only http(s) addresses become links.
    expect([...(depth?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/s',
    ]);
  });

  it('marks data texts with their language: Japanese quotes, English translations', () => {
    const en = render(
      description({
        textLang: 'en',
        uncertainty: 'uncertain',
        quoteTranslation: 'a quote (translation ours)',
        sourceTitleTranslation: 'Synthetic material',
      }),
      'en',
    );
    const notes = [...en.querySelectorAll('p.note')].map((p) => [
      p.getAttribute('lang'),
      p.textContent,
    ]);
    expect(notes).toContainEqual(['en', 'uncertain']);
    expect(notes).toContainEqual([
      'en',
      'Our translation of the quote: a quote (translation ours)',
    ]);
    expect(en.querySelector('blockquote')?.getAttribute('lang')).toBe('ja');
    const ja = render(description());
    expect(ja.querySelector('p.note[lang="ja"]')?.textContent).toBe('換算は本プロジェクト');
  });

  it('leaves out the sections it has nothing for', () => {
    const c2 = render(description({ basin: [], basinHeading: '', depths: [], facts: [] }));
    expect(c2.querySelector('ul.basin-figures')).toBeNull();
    expect(c2.querySelector('.record-depth')).toBeNull();
    expect([...c2.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      '出典',
      '資料からの引用',
      '不確かさについての注記',
    ]);
  });
});

function c(): HTMLElement {
  return render(description());
}
