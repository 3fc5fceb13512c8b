// The map draws in two stages: the chome and their records make the first frame, the stations and
// evacuation places follow once it is up (bench/README.md). MapSync is driven here with a fake
// MapView that records what it is given; the data are the SYNTHETIC ward and history.
import { describe, expect, it } from 'vitest';
import type { DatasetId } from '../../src/data/catalog';
import { MapSync } from '../../src/map/map-sync';
import type { MapView } from '../../src/map/map-view';
import { defaultState, type AppState } from '../../src/state/app-state';
import { syntheticAppData } from './fixtures/synthetic-app-data';

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

const withData = (): AppState => ({ ...defaultState, data: syntheticAppData() });

describe('MapSync draws the areas first and the places after the first frame', () => {
  it('gives the map the chome before the first frame, and the stations only when told', () => {
    const { view, sources, idle } = fakeView();
    const sync = new MapSync(view);
    const s = withData();
    sync.data(defaultState, s);
    expect(sources).toEqual(['chome']);

    let drawn = false;
    sync.drawPlaces(s, () => (drawn = true));
    expect(sources).toEqual(['chome', 'stations']);
    expect(drawn).toBe(false);
    idle();
    expect(drawn).toBe(true);
  });

  it('once the places are drawn, new data gives the map areas and places together', () => {
    const { view, sources } = fakeView();
    const sync = new MapSync(view);
    const first = withData();
    sync.data(defaultState, first);
    sync.drawPlaces(first, () => undefined);
    sources.length = 0;
    sync.data(first, withData());
    expect(sources).toEqual(['chome', 'stations']);
  });

  it('without data there is nothing to draw, and the places still report drawn', () => {
    const { view, sources, idle } = fakeView();
    const sync = new MapSync(view);
    let drawn = false;
    sync.drawPlaces(defaultState, () => (drawn = true));
    idle();
    expect(sources).toEqual([]);
    expect(drawn).toBe(true);
  });
});
