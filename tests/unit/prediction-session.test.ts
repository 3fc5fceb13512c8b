// The hazard session reads the predicted layers at the answer's point, none of them switched on:
// once per point, the old reading aborted and dropped when the answer moves, and asked again after
// the portal could not be reached. SYNTHETIC ward (fixtures/), fake reads, no network.
import { describe, expect, it, vi } from 'vitest';
import { createAppStore, defaultState, planRender } from '../../src/app/app-state';
import { PREDICTED_LAYERS, type HazardKey } from '../../src/config/hazard-layers';
import { HazardSession } from '../../src/hazard/hazard-session';
import type { HazardReading, HazardSources } from '../../src/hazard/read-hazards';
import { syntheticAppData } from './fixtures/synthetic-app-data';
import { CELL } from './fixtures/synthetic-ward';

const data = syntheticAppData();
const here = [1.5 * CELL, 1.5 * CELL] as const;
const there = [2.5 * CELL, 0.5 * CELL] as const;
type Read = (
  ids: readonly HazardKey[],
  point: readonly [number, number],
  sources: HazardSources,
) => Promise<Map<HazardKey, HazardReading>>;

function setUp(read: Read, fetchFn: typeof fetch = vi.fn()) {
  const store = createAppStore({ ...defaultState, data });
  const session = new HazardSession({
    dispatch: (i) => store.dispatch(i, 'effect'),
    probe: async () => true,
    read: read as never,
    fetch: fetchFn,
    // 05:00 in Tokyo on 7 December.
    now: () => new Date('2026-12-06T20:00:00Z'),
  });
  store.subscribe((p, n) => session.onChange(p, n));
  return store;
}

const all = (r: HazardReading) => new Map(PREDICTED_LAYERS.map((id) => [id, r] as const));

describe('HazardSession: the answer’s prediction', () => {
  it('a tap reads the four predicted layers at its point, without switching any on', async () => {
    const read = vi.fn<Read>(async () => all({ kind: 'read', reading: { kind: 'noData' } }));
    const store = setUp(read);
    store.dispatch({ type: 'pick', point: here, places: [] }, 'map');
    await vi.waitFor(() => expect(store.state.hazardPrediction?.point).toEqual(here));
    expect(read).toHaveBeenCalledTimes(1);
    expect(read.mock.calls[0]?.[0]).toEqual(['flood_l2_depth', 'naisui', 'hightide_l2', 'tsunami']);
    expect(store.state.hazardPrediction?.readOn).toBe('2026-12-07');
    expect(store.state.hazards.size).toBe(0);
    // A change of the map's view does not read again.
    store.dispatch({ type: 'view', view: { lon: 139.7, lat: 35.6, zoom: 15 } }, 'map');
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('the reading redraws the panel and nothing on the map', () => {
    const s = { ...defaultState, data };
    const next = {
      ...s,
      hazardPrediction: { point: here, readOn: '2026-12-07', readings: new Map() },
    };
    expect(planRender(s, next, 'effect')).toEqual(['panel']);
  });

  it('a reading for a point the answer has left is aborted and never reported', async () => {
    let release: (() => void) | null = null;
    const signals: AbortSignal[] = [];
    const fetchFn = vi.fn(async (_u: RequestInfo | URL, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal);
      return new Response('', { status: 404 });
    }) as unknown as typeof fetch;
    const read = vi.fn<Read>(async (_ids, point, sources) => {
      await sources.fetch?.('https://example.test/tile.png');
      if (point === here) await new Promise<void>((r) => (release = r));
      return all({ kind: 'read', reading: { kind: 'noData' } });
    });
    const store = setUp(read, fetchFn);
    store.dispatch({ type: 'pick', point: here, places: [] }, 'map');
    await vi.waitFor(() => expect(release).not.toBeNull());
    store.dispatch({ type: 'pick', point: there, places: [] }, 'map');
    await vi.waitFor(() => expect(store.state.hazardPrediction?.point).toEqual(there));
    expect(signals[0]?.aborted).toBe(true);
    (release as (() => void) | null)?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(store.state.hazardPrediction?.point).toEqual(there);
  });

  it('closing the answer reads nothing; choosing the place again after a failure asks again', async () => {
    const read = vi.fn<Read>(async () => all({ kind: 'unavailable' }));
    const store = setUp(read);
    store.dispatch({ type: 'select', selection: null }, 'ui');
    expect(read).not.toHaveBeenCalled();
    store.dispatch({ type: 'pick', point: here, places: [] }, 'map');
    await vi.waitFor(() => expect(store.state.hazardPrediction?.point).toEqual(here));
    store.dispatch({ type: 'pick', point: here, places: [] }, 'map');
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(2));
  });
});
