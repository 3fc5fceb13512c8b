// A tour step as URL state, the tour's URL parameters, texts with their fallback, and the menu list.
import { describe, expect, it } from 'vitest';
import { defaultState } from '../../src/app/app-state';
import { parseHash } from '../../src/app/app-state';
import type { Tour, TourStep } from '../../src/tours/tour-model';
import { stepHref, stepUrlState, tourParams, tourText } from '../../src/tours/tour-state';
import { tourList } from '../../src/tours/tour-list';

const step = (over: Partial<TourStep> = {}): TourStep => ({
  id: 'synthetic-a',
  line: 2,
  title: { ja: '見出し', easy: 'みだし', en: null },
  text: { ja: '本文', easy: null, en: 'Text' },
  question: { ja: '問い', easy: null, en: null },
  view: { lon: 139.72, lat: 35.61, zoom: 15 },
  layers: ['records', 'chome'],
  hazards: [['naisui', 70]],
  range: { from: 1999, to: 2000 },
  rangeMode: 'cumulative',
  measure: 'classes',
  selection: { kind: 'event', id: 'SYN-2000' },
  sources: [{ title: '合成', url: 'https://example.org/', label: 'official' }],
  ...over,
});

const tour: Tour = {
  id: 'synthetic-tour',
  file: 'synthetic-tour.csv',
  title: { ja: '合成ツアー', easy: null, en: 'Synthetic tour' },
  summary: { ja: '概要', easy: 'がいよう', en: null },
  audience: { ja: '小4', easy: null, en: null },
  curriculum: ['8220243300000000'],
  steps: [
    step(),
    step({ id: 'synthetic-b', selection: null, layers: null, hazards: [], range: null }),
  ],
};

describe('stepUrlState', () => {
  it('sets view, layers, hazards, period, measure and selection, keeping language and background', () => {
    const base = { ...defaultState, lang: 'en' as const, basemap: 'photo' as const };
    const s = stepUrlState(tour.steps[0]!, base);
    expect(s.view).toEqual({ lon: 139.72, lat: 35.61, zoom: 15 });
    expect([...s.layers]).toEqual(['records', 'chome']);
    expect([...s.hazards]).toEqual([['naisui', 70]]);
    expect(s.range).toEqual({ from: 1999, to: 2000 });
    expect(s.rangeMode).toBe('cumulative');
    expect(s.measure).toBe('classes');
    expect(s.selected).toEqual({ kind: 'event', id: 'SYN-2000' });
    expect(s.lang).toBe('en');
    expect(s.basemap).toBe('photo');
  });

  it('clears what the previous step set: no selection, default layers, no hazards, all time', () => {
    const after = stepUrlState(tour.steps[0]!, defaultState);
    const s = stepUrlState(tour.steps[1]!, after);
    expect(s.selected).toBeNull();
    expect(s.hazards.size).toBe(0);
    expect(s.range).toBeNull();
    expect([...s.layers]).toEqual([...defaultState.layers]);
  });
});

describe('tour URL', () => {
  it('writes tour and step (from 1), and the app state reads them back', () => {
    expect(tourParams('synthetic-tour', 1)).toBe('tour=synthetic-tour&step=2');
    expect(parseHash(`#map=1/2/3&${tourParams('synthetic-tour', 1)}`).tour).toEqual({
      id: 'synthetic-tour',
      step: 1,
    });
  });

  it('builds the step address whose map state restores the step', () => {
    const href = stepHref('https://example.org/app/#old', tour, 0, defaultState);
    expect(href.startsWith('https://example.org/app/#map=15.00/35.61000/139.72000')).toBe(true);
    expect(href.endsWith('&tour=synthetic-tour&step=1')).toBe(true);
    const restored = parseHash(href.slice(href.indexOf('#')));
    expect(restored.selected).toEqual({ kind: 'event', id: 'SYN-2000' });
    expect(restored.range).toEqual({ from: 1999, to: 2000 });
    expect([...restored.hazards]).toEqual([['naisui', 70]]);
  });
});

describe('texts and the menu list', () => {
  it('falls back to Japanese when a language is missing', () => {
    const text = { ja: '日本語', easy: null, en: null };
    expect(tourText(text, 'en')).toBe('日本語');
    expect(tourText(text, 'ja-easy')).toBe('日本語');
    expect(tourText({ ...text, easy: 'にほんご' }, 'ja-easy')).toBe('にほんご');
  });

  it('lists tours in the chosen language', () => {
    expect(tourList([tour], 'en')).toEqual([
      {
        id: 'synthetic-tour',
        title: 'Synthetic tour',
        titleLang: 'en',
        summary: '概要',
        audience: '小4',
        steps: 2,
        curriculum: ['8220243300000000'],
      },
    ]);
    expect(tourList([tour], 'ja-easy')[0]!.summary).toBe('がいよう');
  });
});
