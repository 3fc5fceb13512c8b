// @vitest-environment jsdom
// Furigana in the DOM: <ruby> with a hidden <rt> when on, plain text (no <rt> at all) when off, data
// never read as markup or HTML; the tour panel, the worksheet and the switch; tour files with
// broken markup give problems naming file, row and field.
import { describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../src/data/problems';
import { parseTourSteps, parseTours } from '../../src/tours/parse-tour';
import type { Tour } from '../../src/tours/tour-model';
import { renderTourPanel } from '../../src/tours/tour-panel';
import { tourRubyText, tourText } from '../../src/tours/tour-state';
import { worksheetPage } from '../../src/tours/worksheet';
import { rubyFragment } from '../../src/lib/ruby-text';
import { createRubyToggle, renderRubyToggle } from '../../src/ui/ruby-toggle';
import { syntheticStep, syntheticTour } from '../fixtures/synthetic-tour';

const wrap = (text: string, show: boolean): HTMLElement => {
  const p = document.createElement('p');
  p.append(rubyFragment(document, text, show));
  return p;
};

describe('rubyFragment', () => {
  it('builds ruby elements whose reading is hidden from screen readers', () => {
    const p = wrap('{立会川|たちあいがわ}は {床|ゆか}の 上', true);
    const rubies = [...p.querySelectorAll('ruby')];
    expect(rubies).toHaveLength(2);
    expect(rubies[0]!.firstChild!.textContent).toBe('立会川');
    const rt = rubies[0]!.querySelector('rt')!;
    expect(rt.textContent).toBe('たちあいがわ');
    expect(rt.getAttribute('aria-hidden')).toBe('true');
    expect(p.querySelector('rp')).toBeNull();
    // What a reader gets: the text without the hidden readings.
    const clone = p.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('[aria-hidden="true"]').forEach((el) => el.remove());
    expect(clone.textContent).toBe('立会川は 床の 上');
  });

  it('off: plain text, no rt at all', () => {
    const p = wrap('{立会川|たちあいがわ}は {床|ゆか}の 上', false);
    expect(p.querySelector('ruby, rt')).toBeNull();
    expect(p.innerHTML).toBe('立会川は 床の 上');
  });

  it('text from a file stays text: no HTML, broken markup shown as written', () => {
    const p = wrap('<img src=x onerror=alert(1)>{品|しな}{壊れた', true);
    expect(p.querySelector('img')).toBeNull();
    expect(p.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(p.textContent).toContain('{壊れた');
    const rt = p.querySelector('rt')!;
    expect(rt.textContent).toBe('しな');
  });
});

const tour: Tour = syntheticTour({
  id: 'synthetic-ruby',
  file: 'synthetic-ruby.csv',
  title: { ja: '合成', easy: '{合成|ごうせい}', en: null },
  steps: [
    syntheticStep({
      id: 's',
      title: { ja: '見出し', easy: '{合成|ごうせい}の 川', en: 'Heading' },
      text: { ja: '本文', easy: '{立会川|たちあいがわ}の 水', en: 'Text' },
      question: { ja: '問い', easy: '{床|ゆか}の 上？', en: null },
    }),
  ],
});

describe('tour texts', () => {
  it('tourText is plain (menus, labels); tourRubyText keeps the markup', () => {
    expect(tourText(tour.steps[0]!.text, 'ja-easy')).toBe('立会川の 水');
    expect(tourRubyText(tour.steps[0]!.text, 'ja-easy')).toBe('{立会川|たちあいがわ}の 水');
    // Japanese (fallback for a missing question in English) has no markup here.
    expect(tourText(tour.steps[0]!.question, 'en')).toBe('問い');
  });

  function panel(ruby: boolean) {
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    const cb = { onStep: vi.fn(), onExit: vi.fn(), onPrint: vi.fn() };
    renderTourPanel(container, { tour, index: 0, lang: 'ja-easy', ruby }, cb);
    return container;
  }

  it('the panel shows readings in heading, text, question and source kind; labels stay plain', () => {
    const c = panel(true);
    expect(c.querySelector('.tour-step-title rt')!.textContent).toBe('ごうせい');
    expect(c.querySelector('.tour-text rt')!.textContent).toBe('たちあいがわ');
    expect(c.querySelector('.tour-question rt')!.textContent).toBe('ゆか');
    expect(c.querySelector('.tour-source-label rt')!.textContent).toBe('きろく');
    expect(c.querySelector('.tour-title')!.textContent).toBe('合成');
    expect(c.querySelector('section')!.getAttribute('aria-label')).not.toMatch(/[{|}]|ごうせい/);
    for (const rt of c.querySelectorAll('rt')) expect(rt.getAttribute('aria-hidden')).toBe('true');
  });

  it('the panel without readings has no rt', () => {
    const c = panel(false);
    expect(c.querySelectorAll('ruby, rt')).toHaveLength(0);
    expect(c.querySelector('.tour-text')!.textContent).toBe('立会川の 水');
    expect(c.textContent).not.toMatch(/[{|}]/);
  });

  it('the worksheet prints readings when they are on', () => {
    const input = {
      tour,
      index: 0,
      lang: 'ja-easy' as const,
      mapImage: 'data:image/png;base64,iVBORw0KGgo=',
      mapWidthPx: 900,
      link: { kind: 'qr' as const, url: 'https://example.org/#tour=synthetic-ruby&step=1' },
      legend: [],
      credits: { credits: ['合成'], dataDates: ['2026-01-01'] },
      printedOn: '2026年11月30日',
    };
    const on = worksheetPage(document, { ...input, ruby: true });
    expect([...on.querySelectorAll('rt')].map((r) => r.textContent)).toEqual([
      'ごうせい',
      'たちあいがわ',
      'ゆか',
    ]);
    expect(on.querySelector('img')!.getAttribute('alt')).not.toMatch(/[{|}]|ごうせい/);
    const off = worksheetPage(document, { ...input, ruby: false });
    expect(off.querySelectorAll('rt')).toHaveLength(0);
    expect(off.textContent).not.toMatch(/[{|}]/);
  });
});

describe('the switch', () => {
  it('is a toggle button with a constant name and its state in aria-pressed', () => {
    const onToggle = vi.fn();
    const b = createRubyToggle(document, onToggle);
    renderRubyToggle(b, 'ja-easy', true);
    expect(b.hidden).toBe(false);
    expect(b.getAttribute('aria-pressed')).toBe('true');
    expect(b.querySelector('.ruby-toggle-label')!.textContent).toBe('ふりがな');
    expect(b.querySelector('.ruby-toggle-state')!.getAttribute('aria-hidden')).toBe('true');
    b.click();
    expect(onToggle).toHaveBeenLastCalledWith(false);
    renderRubyToggle(b, 'ja-easy', false);
    expect(b.getAttribute('aria-pressed')).toBe('false');
    b.click();
    expect(onToggle).toHaveBeenLastCalledWith(true);
    renderRubyToggle(b, 'en', false);
    expect(b.hidden).toBe(true);
    renderRubyToggle(b, 'ja', false);
    expect(b.hidden).toBe(true);
  });
});

const HEADER =
  'step,title_ja,title_easy,title_en,text_ja,text_easy,text_en,question_ja,question_easy,question_en,lon,lat,zoom,layers,hazards,period_from,period_to,period_mode,measure,selection,source_title,source_url,source_class';
const step = (cells: Record<string, string>): string => {
  const all: Record<string, string> = {
    step: 'synthetic-step',
    title_ja: '合成の手順',
    text_ja: '合成の本文',
    question_ja: '合成の問い',
    lon: '139.72',
    lat: '35.61',
    zoom: '15',
    source_title: '合成の出典',
    source_url: 'https://example.org/a',
    source_class: 'official',
    ...cells,
  };
  return HEADER.split(',')
    .map((c) => `"${(all[c] ?? '').replace(/"/g, '""')}"`)
    .join(',');
};

describe('tour files with furigana', () => {
  it('authored readings pass', () => {
    const { steps, problems } = parseTourSteps(
      'synthetic.csv',
      [HEADER, step({ text_easy: '{立会川|たちあいがわ}の 水' })].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(steps[0]!.text.easy).toBe('{立会川|たちあいがわ}の 水');
  });

  it('broken markup names file, row, field and the bad piece; the step is left out', () => {
    const { steps, problems } = parseTourSteps(
      'synthetic.csv',
      [
        HEADER,
        step({ text_easy: '{立会川|たちあいがわ の 水', question_easy: '{しながわ|品川}？' }),
      ].join('\n'),
    );
    expect(steps).toEqual([]);
    expect(problems.map((p) => [p.row, p.field, p.value])).toEqual([
      [2, 'text_easy', '{立会川|たちあいがわ の 水'],
      [2, 'question_easy', '{しながわ|品川}'],
    ]);
    const line = formatProblem(problems[1]!, 'ja');
    expect(line).toContain('synthetic.csv');
    expect(line).toContain('2 行目');
    expect(line).toContain('question_easy');
    expect(line).toContain('ひらがな・カタカナ');
    expect(formatProblem(problems[0]!, 'en')).toContain('closed with "}"');
  });

  it('the index file is checked too', () => {
    const index = [
      'id,title_ja,title_easy,title_en,summary_ja,summary_easy,summary_en,audience_ja,audience_en,curriculum',
      'synthetic-tour,合成,{合成|},,概要,,,小4,,8220243300000000',
    ].join('\n');
    const steps = new Map([['synthetic-tour.csv', [HEADER, step({})].join('\n')]]);
    const { tours, problems } = parseTours(index, steps);
    expect(tours).toEqual([]);
    expect(problems.map((p) => [p.file, p.row, p.field])).toEqual([['tours.csv', 2, 'title_easy']]);
  });
});
