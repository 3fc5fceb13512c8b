// The map draws in two stages: the ward's chome and their records make the first frame; the
// neighbouring wards, stations and evacuation places follow once it is up (bench/README.md).
// MapSync is driven here with a fake MapView that records what it is given; the data are the
// SYNTHETIC ward and history.
import { describe, expect, it } from 'vitest';
import { addFeatures } from '../../src/data/app-data';
import type { DatasetId } from '../../src/data/catalog';
import { MapSync } from '../../src/map/map-sync';
import type { MapView } from '../../src/map/map-view';
import { defaultState, type AppState } from '../../src/app/app-state';
import { syntheticAppData } from './fixtures/synthetic-app-data';
import { syntheticWard } from './fixtures/synthetic-ward';

function fakeView(): { view: MapView; sources: DatasetId[]; idle: () => void } {
  const sources: DatasetId[] = [];
  let waiting: (() => void)[] = [];
  const fake = {
    setData: (id: DatasetId) => sources.push(id),
    onceIdle: (fn: () => void) => waiting.push(fn),
  };
  const idle = (): void => {
    const due = waiting;
    waiting = [];
    for (const fn of due) fn();
  };
  return { view: fake as unknown as MapView, sources, idle };
}

/** The synthetic ward and history, with the ward outline also standing in for the neighbours. */
function withData(): AppState {
  const data = syntheticAppData();
  const features = new Map(data.features)
    .set('ward', syntheticWard)
    .set('neighbours', syntheticWard);
  return { ...defaultState, data: { ...data, features } };
}

/** A MapSync that has drawn the data and the rest, with what it gave the map forgotten. */
function afterRest(): { sync: MapSync; sources: DatasetId[]; first: AppState } {
  const { view, sources } = fakeView();
  const sync = new MapSync(view);
  const first = withData();
  sync.data(defaultState, first);
  sync.drawRest(first, () => undefined);
  sources.length = 0;
  return { sync, sources, first };
}

describe('MapSync draws the chome first and the rest after the first frame', () => {
  it('gives the map the ward and chome first, the neighbours and stations only when told', () => {
    const { view, sources, idle } = fakeView();
    const sync = new MapSync(view);
    const s = withData();
    sync.data(defaultState, s);
    expect(sources).toEqual(['ward', 'chome']);

    let drawn = false;
    sync.drawRest(s, () => (drawn = true));
    expect(sources).toEqual(['ward', 'chome', 'neighbours', 'stations']);
    expect(drawn).toBe(false);
    idle();
    expect(drawn).toBe(true);
  });

  it('once the rest is drawn, new data gives the map the files that changed, in both stages', () => {
    const { sync, sources, first } = afterRest();
    // A new chome and stations file; the ward and the neighbours are the same objects.
    sync.data(first, withData());
    expect(sources).toEqual(['chome', 'stations']);
  });

  it('the places fetched after the first picture are given to the map alone when they come', () => {
    const { sync, sources, first } = afterRest();
    const data = first.data!;
    const more: AppState = {
      ...first,
      data: addFeatures(data, {
        geojson: new Map([['evacSites', syntheticWard]]),
        csv: new Map(),
        problems: new Map(),
      }),
    };
    sync.data(first, more);
    expect(sources).toEqual(['evacSites']);
    // The records and the chome are the same: nothing else is re-tiled.
    expect(more.data?.history).toBe(data.history);
  });

  it('the places fetched later do not fit the map to an open record again (a tour step keeps its view)', () => {
    const fits: unknown[] = [];
    const view = {
      setData: () => undefined,
      onceIdle: () => undefined,
      select: () => undefined,
      highlightChome: () => undefined,
      fitBounds: (b: unknown) => fits.push(b),
    } as unknown as MapView;
    const sync = new MapSync(view);
    const loaded = withData();
    const open: AppState = { ...loaded, selected: { kind: 'event', id: 'SYN-1999-08-29' } };
    // The record opened from a link, once its data is in: fitted once.
    sync.highlight({ ...open, data: null }, open, 'effect');
    expect(fits).toHaveLength(1);
    const data = open.data!;
    const more: AppState = {
      ...open,
      data: addFeatures(data, {
        geojson: new Map([['evacSites', syntheticWard]]),
        csv: new Map(),
        problems: new Map(),
      }),
    };
    sync.highlight(open, more, 'effect');
    expect(fits).toHaveLength(1);
  });

  it('without data there is nothing to draw, and the rest still reports drawn', () => {
    const { view, sources, idle } = fakeView();
    const sync = new MapSync(view);
    let drawn = false;
    sync.drawRest(defaultState, () => (drawn = true));
    idle();
    expect(sources).toEqual([]);
    expect(drawn).toBe(true);
  });
});

describe('MapSync selects a town, or the part of a town a postcode covers', () => {
  const selected = (id: string): string[][] => {
    const calls: string[][] = [];
    const view = {
      setData: () => undefined,
      onceIdle: () => undefined,
      select: (_source: string, ids: string[]) => calls.push(ids),
      highlightChome: () => undefined,
      fitBounds: () => undefined,
    } as unknown as MapView;
    const s: AppState = { ...withData(), selected: { kind: 'town', id } };
    new MapSync(view).highlight(defaultState, s, 'ui');
    return calls;
  };

  it('a town: all its chome', () => {
    expect(selected('架空')).toEqual([['K1', 'K2', 'K3', 'K4', 'K5', 'K6']]);
  });

  it('part of a town (架空:2,3): exactly those chome', () => {
    expect(selected('架空:2,3')).toEqual([['K2', 'K3']]);
  });

  it('a part naming a chome the town has not: nothing', () => {
    expect(selected('架空:9')).toEqual([[]]);
  });
});
