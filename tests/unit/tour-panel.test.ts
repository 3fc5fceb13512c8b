// @vitest-environment jsdom
// The tour panel and the lessons menu: text in the chosen language, the question set apart, sources
// as links, buttons and keys that report through callbacks.
import { describe, expect, it, vi } from 'vitest';
import type { Tour, TourStep } from '../../src/tours/tour-model';
import { renderTourPanel } from '../../src/tours/tour-panel';
import { renderTourMenu } from '../../src/tours/tour-menu';
import { tourList } from '../../src/tours/tour-list';
import { syntheticStep } from '../fixtures/synthetic-tour';

const step = (id: string, en: string | null): TourStep =>
  syntheticStep({
    id,
    title: { ja: `見出し ${id}`, easy: null, en },
    text: { ja: `本文 ${id}`, easy: `ほんぶん ${id}`, en },
    question: { ja: `問い ${id}`, easy: null, en: null },
    sources: [
      { title: '合成の出典', url: 'https://example.org/a', label: 'official' },
      { title: '危ない出典', url: 'javascript:alert(1)', label: 'personal' },
    ],
  });

const tour: Tour = {
  id: 'synthetic-tour',
  file: 'synthetic-tour.csv',
  title: { ja: '合成ツアー', easy: null, en: 'Synthetic tour' },
  summary: { ja: '概要', easy: null, en: null },
  audience: { ja: '小4', easy: null, en: null },
  curriculum: ['8220243300000000'],
  steps: [step('a', 'English a'), step('b', null), step('c', null)],
};

function mount(index: number, lang: 'ja' | 'en' | 'ja-easy' = 'ja') {
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const cb = { onStep: vi.fn(), onExit: vi.fn(), onPrint: vi.fn() };
  renderTourPanel(container, { tour, index, lang, focus: true }, cb);
  const byClass = (c: string) => container.querySelector<HTMLElement>(`.${c}`)!;
  return { container, cb, byClass };
}

describe('tour panel', () => {
  it('shows the tour, the progress, the text, the question and the sources', () => {
    const { container, byClass } = mount(1);
    expect(byClass('tour-title').textContent).toBe('合成ツアー');
    expect(byClass('tour-progress').textContent).toBe('手順 2 / 3');
    expect(byClass('tour-step-title').textContent).toBe('見出し b');
    expect(byClass('tour-text').textContent).toBe('本文 b');
    expect(byClass('tour-question').getAttribute('aria-label')).toBe('問い');
    expect(byClass('tour-question').textContent).toContain('問い b');
    const links = [...container.querySelectorAll('.tour-sources a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a']);
    expect(byClass('tour-sources').textContent).toContain('危ない出典');
    expect(container.querySelector('section')!.getAttribute('aria-label')).toBe(
      '学習ツアー：合成ツアー',
    );
    expect(document.activeElement).toBe(byClass('tour-step-title'));
  });

  it('falls back to Japanese, marked as Japanese, when English is missing', () => {
    const { byClass } = mount(1, 'en');
    expect(byClass('tour-progress').textContent).toBe('Step 2 of 3');
    expect(byClass('tour-text').textContent).toBe('本文 b');
    expect(byClass('tour-text').getAttribute('lang')).toBe('ja');
    const first = mount(0, 'en');
    expect(first.byClass('tour-text').getAttribute('lang')).toBe('en');
    expect(mount(0, 'ja-easy').byClass('tour-text').textContent).toBe('ほんぶん a');
  });

  it('reports previous, next, print and exit; prev is disabled on the first step', () => {
    const { cb, byClass } = mount(0);
    expect(byClass('tour-prev').hasAttribute('disabled')).toBe(true);
    byClass('tour-next').click();
    byClass('tour-print-step').click();
    byClass('tour-print-tour').click();
    byClass('tour-exit').click();
    expect(cb.onStep).toHaveBeenCalledWith(1);
    expect(cb.onPrint.mock.calls).toEqual([['step'], ['tour']]);
    expect(cb.onExit).toHaveBeenCalledTimes(1);
    const last = mount(2);
    expect(last.byClass('tour-next').hasAttribute('disabled')).toBe(true);
  });

  it('steps with the arrow keys and leaves with Escape, without going past the ends', () => {
    const { cb, byClass } = mount(1);
    const key = (k: string) =>
      byClass('tour-text').dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
    key('ArrowRight');
    key('ArrowLeft');
    key('Escape');
    expect(cb.onStep.mock.calls).toEqual([[2], [0]]);
    expect(cb.onExit).toHaveBeenCalledTimes(1);
    const first = mount(0);
    first
      .byClass('tour-text')
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
    expect(first.cb.onStep).not.toHaveBeenCalled();
  });

  it('gives every button an accessible name', () => {
    const { container } = mount(1);
    for (const b of container.querySelectorAll('button'))
      expect(b.textContent!.trim()).not.toBe('');
  });
});

describe('lessons menu', () => {
  it('lists each tour with a start button that reports its id', () => {
    const container = document.createElement('div');
    const onOpen = vi.fn();
    renderTourMenu(container, { items: tourList([tour], 'ja'), lang: 'ja' }, { onOpen });
    expect(container.querySelector('h2')!.textContent).toBe('学習用のツアー');
    expect(container.querySelector('.tour-menu-meta')!.textContent).toBe('対象：小4・3 の手順');
    const start = container.querySelector<HTMLButtonElement>('.tour-menu-start')!;
    expect(start.textContent).toBe('はじめる：合成ツアー');
    start.click();
    expect(onOpen).toHaveBeenCalledWith('synthetic-tour');
  });

  it('says the tours are loading (and still offers to make a lesson) before they arrive', () => {
    const container = document.createElement('div');
    renderTourMenu(
      container,
      { items: [], lang: 'en', loading: true },
      { onOpen: vi.fn(), onMake: vi.fn() },
    );
    expect(container.querySelector('[role=status]')!.textContent).toBe('Loading the tours…');
    expect(container.querySelector('.tour-menu-list')).toBeNull();
    expect(container.querySelector('.tour-menu-make-button')).not.toBeNull();
  });
});
