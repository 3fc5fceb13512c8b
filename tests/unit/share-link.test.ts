// The link a place sheet prints and Share sends: the same place (or event), view and language,
// everything else at its default (no tour, no layers the sender switched on).
import { describe, expect, it } from 'vitest';
import { defaultState, parseHash, update, type AppState } from '../../src/app/app-state';
import { placeHref } from '../../src/sheet/share-link';

const PAGE = 'https://example.org/app/#map=14.00/35.60000/139.72000&tour=t1&step=2';

function opened(href: string): AppState {
  return parseHash(new URL(href).hash, defaultState);
}

describe('placeHref', () => {
  const s: AppState = {
    ...update(defaultState, { type: 'select', selection: { kind: 'chome', id: '13109010006' } }),
    view: { zoom: 15, lat: 35.6, lon: 139.71 },
    lang: 'ja-easy',
    ruby: false,
    tour: { id: 't1', step: 1 },
    hazards: new Map([['flood_l2_depth', 70]]),
  };

  it('opens the same place, view and language, and no tour or hazard layer', () => {
    const href = placeHref(PAGE, s);
    expect(href.startsWith('https://example.org/app/#')).toBe(true);
    const back = opened(href);
    expect(back.selected).toEqual({ kind: 'chome', id: '13109010006' });
    expect(back.lang).toBe('ja-easy');
    expect(back.ruby).toBe(false);
    expect(back.view).toEqual({ zoom: 15, lat: 35.6, lon: 139.71 });
    expect(back.tour).toBeNull();
    expect(back.hazards.size).toBe(0);
  });

  it('opens an event page as an event page', () => {
    const ev: AppState = { ...s, selected: { kind: 'event', id: 'SH-1999-08-29' }, lang: 'en' };
    const params = new URLSearchParams(new URL(placeHref(PAGE, ev)).hash.slice(1));
    expect(params.get('event')).toBe('SH-1999-08-29');
    expect(params.get('lang')).toBe('en');
    expect(params.get('sel')).toBeNull();
  });

  it('is short enough for a 22 mm QR code', () => {
    expect(placeHref(PAGE, s).length).toBeLessThan(300);
  });
});
