import { describe, expect, it } from 'vitest';
import { defaultState, sameState, update, type AppState } from '../../src/app/app-state';
import { formatHash, parseHash } from '../../src/app/app-state';

const state: AppState = {
  ...defaultState,
  view: { zoom: 14.25, lat: 35.61234, lon: 139.72345 },
  layers: new Set(['chome', 'evacSites']),
  basemap: 'std',
  lang: 'en',
  selected: { kind: 'chome', id: '13109005006' },
  measure: 'counts',
  range: null,
  rangeMode: 'range',
  hazards: new Map(),
};

describe('URL hash', () => {
  it('round-trips the whole state', () => {
    const hash = formatHash(state);
    expect(hash).toBe(
      '#map=14.25/35.61234/139.72345&layers=chome,evacSites&base=std&lang=en&sel=chome:13109005006',
    );
    expect(sameState(parseHash(hash), state)).toBe(true);
  });

  it('keeps Japanese ids through encoding', () => {
    const s: AppState = {
      ...state,
      selected: { kind: 'wideArea', id: '広域避難場所:戸越公園一帯' },
    };
    const parsed = parseHash(formatHash(s));
    expect(parsed.selected).toEqual(s.selected);
  });

  it('writes an event, the measure, the time range and its mode', () => {
    const s: AppState = {
      ...state,
      selected: { kind: 'event', id: 'SH-1999-08-29' },
      measure: 'classes',
      range: { from: 1989, to: 2000 },
      rangeMode: 'cumulative',
    };
    const hash = formatHash(s);
    expect(hash).toContain('&measure=classes&range=1989-2000&mode=cumulative&event=SH-1999-08-29');
    expect(hash).not.toContain('sel=');
    const back = parseHash(hash);
    expect(back.selected).toEqual({ kind: 'event', id: 'SH-1999-08-29' });
    expect(sameState(back, s)).toBe(true);
  });

  it('keeps hazard layers with their opacity, and drops unknown ones', () => {
    const s: AppState = {
      ...state,
      hazards: new Map([
        ['flood_l2_depth', 70],
        ['hightide_l2', 40],
      ]),
    };
    const hash = formatHash(s);
    expect(hash).toContain('hz=flood_l2_depth:70,hightide_l2:40');
    expect(sameState(parseHash(hash), s)).toBe(true);
    expect([...parseHash('#hz=bogus:50,naisui:150').hazards]).toEqual([['naisui', 100]]);
  });

  it('ignores a reversed or malformed range', () => {
    expect(parseHash('#range=2000-1989').range).toBeNull();
    expect(parseHash('#range=19-2000').range).toBeNull();
    expect(parseHash('#range=1989-2000').range).toEqual({ from: 1989, to: 2000 });
  });

  it('reads a bare #event= link', () => {
    expect(parseHash('#event=SH-1958-09-26').selected).toEqual({
      kind: 'event',
      id: 'SH-1958-09-26',
    });
    expect(parseHash('#event=<script>').selected).toBeNull();
  });

  it('falls back to defaults for an empty hash', () => {
    expect(sameState(parseHash(''), defaultState)).toBe(true);
  });

  it('ignores malformed parts instead of failing', () => {
    const parsed = parseHash('#map=abc/1/2&layers=chome,bogus&base=satellite&lang=fr&sel=nothing');
    expect(parsed.view).toBeNull();
    expect([...parsed.layers]).toEqual(['chome']);
    expect(parsed.basemap).toBe(defaultState.basemap);
    expect(parsed.lang).toBe(defaultState.lang);
    expect(parsed.selected).toBeNull();
  });

  it('rejects an out-of-range view', () => {
    expect(parseHash('#map=30/35.6/139.7').view).toBeNull();
    expect(parseHash('#map=12/95/139.7').view).toBeNull();
  });

  it('an empty layers list means all layers off', () => {
    expect(parseHash('#layers=').layers.size).toBe(0);
  });

  it('lists layers in a stable order whatever order they were switched on', () => {
    const a = update(
      update(
        { ...defaultState, layers: new Set() },
        { type: 'layer', layer: 'stations', on: true },
      ),
      { type: 'layer', layer: 'chome', on: true },
    );
    expect(formatHash(a)).toContain('layers=chome,stations&');
  });
});

describe('update', () => {
  it('returns the same object when nothing changes', () => {
    expect(update(defaultState, { type: 'layer', layer: 'chome', on: true })).toBe(defaultState);
    expect(update(defaultState, { type: 'basemap', basemap: defaultState.basemap })).toBe(
      defaultState,
    );
    expect(update(defaultState, { type: 'lang', lang: defaultState.lang })).toBe(defaultState);
  });

  it('switches a layer off without touching the others', () => {
    const next = update(defaultState, { type: 'layer', layer: 'stations', on: false });
    expect(next.layers.has('stations')).toBe(false);
    expect(next.layers.has('chome')).toBe(true);
    expect(defaultState.layers.has('stations')).toBe(true);
  });

  it('selects and clears a place', () => {
    const s = update(defaultState, {
      type: 'select',
      selection: { kind: 'station', id: '五反田' },
    });
    expect(s.selected).toEqual({ kind: 'station', id: '五反田' });
    expect(update(s, { type: 'select', selection: null }).selected).toBeNull();
  });

  it('treats views within a metre as the same', () => {
    const a = { ...state, view: { zoom: 14, lat: 35.6, lon: 139.7 } };
    const b = { ...state, view: { zoom: 14.001, lat: 35.600001, lon: 139.700001 } };
    expect(sameState(a, b)).toBe(true);
    expect(sameState(a, { ...b, view: { zoom: 14, lat: 35.61, lon: 139.7 } })).toBe(false);
  });
});
