// The one state flow: intents through update(), what planRender() redraws, the store's ordering,
// and the side-effect sessions that answer the state (all with synthetic inputs, no browser).
import { describe, expect, it, vi } from 'vitest';
import type { AppData } from '../../src/data/app-data';
import type { FloodHistory } from '../../src/data/flood-history';
import { HazardSession } from '../../src/hazard/hazard-session';
import { BasemapSession } from '../../src/map/basemap-session';
import { defaultState, update, type AppState, type Intent } from '../../src/app/app-state';
import { MAP_PARTS, planRender, RENDER_ORDER } from '../../src/app/app-state';
import { createAppStore as createStore } from '../../src/app/app-state';
import { Playback, STEP_MS } from '../../src/timeline/playback';

/** Synthetic: just enough of the loaded data for playback (events in 1900, 1950 and 2000). */
function syntheticData(years: number[]): AppData {
  const events = years.map((y) => ({
    id: `E${y}`,
    start: { iso: `${y}-07-01`, precision: 'day' },
  }));
  const history = { events, records: [], locations: new Map() } as unknown as FloodHistory;
  return { history, problems: new Map() } as unknown as AppData;
}

const run = (s: AppState, ...intents: Intent[]): AppState => intents.reduce(update, s);
const point = [139.73, 35.61] as const;

describe('update: session intents', () => {
  it('a tap selects the first place, keeps the others and asks for readings of layers switched on', () => {
    const s = run(
      defaultState,
      { type: 'hazard', id: 'flood_l2_depth', opacity: 70 },
      {
        type: 'pick',
        point,
        places: [
          { kind: 'shelter', id: 'S1', label: '第一小学校' },
          { kind: 'chome', id: '131090010', label: '中延一丁目' },
        ],
      },
    );
    expect(s.selected).toEqual({ kind: 'shelter', id: 'S1' });
    expect(s.picked).toHaveLength(2);
    expect(s.queryPoint).toBe(point);
    expect(s.hazardReadings.get('flood_l2_depth')).toEqual({ kind: 'loading' });
  });

  it('drops readings that answer an older tap', () => {
    const s = run(
      defaultState,
      { type: 'hazard', id: 'flood_l2_depth', opacity: 70 },
      { type: 'pick', point, places: [] },
    );
    const other = [139.7, 35.6] as const;
    const moved = update(s, { type: 'pick', point: other, places: [] });
    const late = update(moved, {
      type: 'hazardReadings',
      point,
      readings: new Map([['flood_l2_depth', { kind: 'unavailable' }]]),
    });
    expect(late).toBe(moved);
    const fresh = update(moved, {
      type: 'hazardReadings',
      point: other,
      readings: new Map([['flood_l2_depth', { kind: 'unavailable' }]]),
    });
    expect(fresh.hazardReadings.get('flood_l2_depth')).toEqual({ kind: 'unavailable' });
  });

  it('switching a layer off removes its reading; switching a failed layer on asks its server again', () => {
    let s = run(
      defaultState,
      { type: 'pick', point, places: [] },
      { type: 'hazard', id: 'flood_l2_depth', opacity: 70 },
      { type: 'hazardStatus', id: 'flood_l2_depth', status: 'unavailable' },
    );
    s = update(s, { type: 'hazard', id: 'flood_l2_depth', opacity: null });
    expect(s.hazardReadings.has('flood_l2_depth')).toBe(false);
    s = update(s, { type: 'hazard', id: 'flood_l2_depth', opacity: 50 });
    expect(s.hazardStatus.has('flood_l2_depth')).toBe(false);
  });

  it('three tile errors turn a working background off; switching it on again re-checks', () => {
    let s = update(defaultState, { type: 'basemapStatus', status: 'ok' });
    s = run(s, { type: 'basemapTileError' }, { type: 'basemapTileError' });
    expect(s.basemapStatus).toBe('ok');
    s = update(s, { type: 'basemapTileError' });
    expect(s.basemapStatus).toBe('unavailable');
    s = run(s, { type: 'basemap', basemap: 'none' }, { type: 'basemap', basemap: 'std' });
    expect(s.basemapStatus).toBe('unchecked');
  });

  it('a map that cannot be created (no WebGL) redraws the notes about it, once', () => {
    const s = update(defaultState, { type: 'mapUnavailable' });
    expect(s.mapAvailable).toBe(false);
    expect(planRender(defaultState, s, 'effect')).toEqual(['status']);
    expect(update(s, { type: 'mapUnavailable' })).toBe(s);
  });

  it('playback starts from the beginning, steps through the years with records, then stops', () => {
    let s: AppState = { ...defaultState, data: syntheticData([1900, 1950, 2000]) };
    s = update(s, { type: 'playback', playing: true });
    expect(s).toMatchObject({ playing: true, range: null, rangeMode: 'cumulative' });
    s = update(s, { type: 'playTick' });
    expect(s.range).toEqual({ from: 1740, to: 1900 });
    s = run(s, { type: 'playTick' }, { type: 'playTick' });
    expect(s.range?.to).toBe(2000);
    s = update(s, { type: 'playTick' });
    expect(s.playing).toBe(false);
  });

  it('a period chosen by hand stops playback', () => {
    let s: AppState = { ...defaultState, data: syntheticData([1900, 2000]) };
    s = run(s, { type: 'playback', playing: true }, { type: 'playTick' });
    s = update(s, { type: 'range', range: { from: 1950, to: 1960 } });
    expect(s.playing).toBe(false);
  });

  it('a replaced URL state keeps what the session knows', () => {
    const s = update(defaultState, { type: 'basemapStatus', status: 'ok' });
    const replaced = update(s, { type: 'replace', state: { ...defaultState, lang: 'en' } });
    expect(replaced.lang).toBe('en');
    expect(replaced.basemapStatus).toBe('ok');
  });

  it('loaded data brings its problems; dismissing clears them', () => {
    const problem = { severity: 'error', code: 'x', file: 'a.csv' } as never;
    const data = { ...syntheticData([]), problems: new Map([['a.csv', [problem]]]) } as AppData;
    const s = update(defaultState, { type: 'loaded', data });
    expect(s.problems.get('a.csv')).toHaveLength(1);
    expect(update(s, { type: 'dismissProblems' }).problems.size).toBe(0);
  });
});

describe('planRender', () => {
  it('draws everything at start, in the fixed order', () => {
    expect(planRender(defaultState, defaultState, 'init')).toEqual(RENDER_ORDER);
  });

  it('a map created after the page catches up with every map part, in the same order', () => {
    expect(MAP_PARTS).toEqual(RENDER_ORDER.slice(0, 11));
    expect(MAP_PARTS.every((p) => p.startsWith('map'))).toBe(true);
    expect(RENDER_ORDER.slice(11).some((p) => p.startsWith('map'))).toBe(false);
  });

  it('a timeline drag recolours the map and updates legend, timeline and URL, not the panel', () => {
    const next = update(defaultState, { type: 'range', range: { from: 1989, to: 2000 } });
    const parts = planRender(defaultState, next, 'ui');
    expect(parts).toEqual([
      'mapChoropleth',
      'mapHighlight',
      'mapOutside',
      'legend',
      'timeline',
      'hash',
    ]);
  });

  it('a tap redraws selection, panel, timeline and URL, map before page', () => {
    const next = update(defaultState, {
      type: 'pick',
      point,
      places: [{ kind: 'chome', id: '1', label: 'x' }],
    });
    const parts = planRender(defaultState, next, 'map');
    expect(parts).toEqual(['mapHighlight', 'panel', 'timeline', 'hash']);
  });

  it('a hazard reading redraws only the panel; a change from the URL never writes the URL', () => {
    const s = run(
      defaultState,
      { type: 'hazard', id: 'flood_l2_depth', opacity: 70 },
      { type: 'pick', point, places: [] },
    );
    const read = update(s, {
      type: 'hazardReadings',
      point,
      readings: new Map([['flood_l2_depth', { kind: 'unavailable' }]]),
    });
    expect(planRender(s, read, 'effect')).toEqual(['panel']);
    const fromHash = update(defaultState, {
      type: 'replace',
      state: { ...defaultState, lang: 'en' },
    });
    expect(planRender(defaultState, fromHash, 'hash')).not.toContain('hash');
  });

  it('the list is drawn only while open', () => {
    const next = update(defaultState, { type: 'range', range: { from: 1989, to: 2000 } });
    expect(planRender(defaultState, next, 'ui')).not.toContain('list');
    const open = { ...defaultState, listOpen: true };
    expect(planRender(open, { ...next, listOpen: true }, 'ui')).toContain('list');
  });
});

describe('store', () => {
  it('runs an intent dispatched by a listener after every listener has seen the current one', () => {
    const store = createStore(defaultState);
    const seen: string[] = [];
    store.subscribe((_, next) => {
      seen.push(`a:${next.lang}`);
      if (next.lang === 'en') store.dispatch({ type: 'lang', lang: 'ja-easy' }, 'effect');
    });
    store.subscribe((_, next) => seen.push(`b:${next.lang}`));
    store.dispatch({ type: 'lang', lang: 'en' }, 'ui');
    expect(seen).toEqual(['a:en', 'b:en', 'a:ja-easy', 'b:ja-easy']);
  });

  it('tells no one about an intent that changes nothing', () => {
    const store = createStore(defaultState);
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispatch({ type: 'lang', lang: defaultState.lang }, 'ui');
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('side-effect sessions', () => {
  it('the hazard session probes a layer once, then reads it where the user tapped', async () => {
    const store = createStore(defaultState);
    const probe = vi.fn(async () => true);
    const read = vi.fn(async () => new Map([['flood_l2_depth', { kind: 'unavailable' } as const]]));
    const session = new HazardSession({
      dispatch: (i) => store.dispatch(i, 'effect'),
      probe,
      read: read as never,
    });
    store.subscribe((p, n) => session.onChange(p, n));
    store.dispatch({ type: 'pick', point, places: [] }, 'map');
    store.dispatch({ type: 'hazard', id: 'flood_l2_depth', opacity: 70 }, 'ui');
    await vi.waitFor(() =>
      expect(store.state.hazardReadings.get('flood_l2_depth')).toEqual({ kind: 'unavailable' }),
    );
    expect(probe).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledTimes(1);
    expect(store.state.hazardStatus.get('flood_l2_depth')).toBe('ok');
  });

  it('the basemap session asks once, and not at all while the background is off', async () => {
    const store = createStore({ ...defaultState, basemap: 'none' });
    const probe = vi.fn(async () => false);
    const session = new BasemapSession((i) => store.dispatch(i, 'effect'), probe);
    store.subscribe((p, n) => session.onChange(p, n));
    session.onChange(store.state, store.state);
    expect(probe).not.toHaveBeenCalled();
    store.dispatch({ type: 'basemap', basemap: 'pale' }, 'ui');
    await vi.waitFor(() => expect(store.state.basemapStatus).toBe('unavailable'));
    expect(probe).toHaveBeenCalledTimes(1);
  });

  it('playback ticks at its speed and stops its clock when paused', () => {
    vi.useFakeTimers();
    try {
      const store = createStore({ ...defaultState, data: syntheticData([1900, 1950, 2000]) });
      const playback = new Playback((i) => store.dispatch(i, 'effect'));
      store.subscribe((p, n) => playback.onChange(p, n));
      store.dispatch({ type: 'playback', playing: true, speed: 2 }, 'ui');
      vi.advanceTimersByTime(0);
      expect(store.state.range?.to).toBe(1900);
      vi.advanceTimersByTime(STEP_MS / 2);
      expect(store.state.range?.to).toBe(1950);
      store.dispatch({ type: 'playback', playing: false }, 'ui');
      vi.advanceTimersByTime(STEP_MS * 4);
      expect(store.state.range?.to).toBe(1950);
    } finally {
      vi.useRealTimers();
    }
  });
});
