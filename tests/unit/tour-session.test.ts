// @vitest-environment jsdom
// When the lessons load: after the map's first complete render (start()), or at once when the
// link names a tour. The map and printing are not involved. SYNTHETIC ward and history.
import { describe, expect, it, vi } from 'vitest';
import { defaultState, type AppState, type Intent } from '../../src/app/app-state';
import { defaultTheme } from '../../src/theme/theme';
import { TourSession } from '../../src/tours/tour-session';
import { syntheticAppData } from './fixtures/synthetic-app-data';

function session(initial: AppState) {
  let state = initial;
  const dispatched: Intent[] = [];
  const s = new TourSession({
    doc: document,
    theme: defaultTheme,
    state: () => state,
    dispatch: (intent) => void dispatched.push(intent),
    mapIdle: () => Promise.resolve(),
    snapshot: () => Promise.resolve({ image: '', widthPx: 0 }),
  });
  const set = (next: AppState) => {
    const prev = state;
    state = next;
    s.onChange(prev, next, 'effect');
  };
  const toursLoaded = () => dispatched.some((i) => i.type === 'tours');
  const loads = () => dispatched.filter((i) => i.type === 'tours').length;
  return { s, set, toursLoaded, loads };
}

const data = syntheticAppData();

describe('TourSession: when the lessons load', () => {
  it('waits for the map: data alone does not load them, start() does', async () => {
    const { s, set, toursLoaded } = session(defaultState);
    set({ ...defaultState, data });
    await new Promise((r) => setTimeout(r, 50));
    expect(toursLoaded()).toBe(false);
    s.start();
    await vi.waitFor(() => expect(toursLoaded()).toBe(true));
  });

  it('loads them at once when the link names a tour', async () => {
    const withTour = { ...defaultState, tour: { id: 'meguro-gotanda', step: 0 } };
    const { set, toursLoaded } = session(withTour);
    set({ ...withTour, data });
    await vi.waitFor(() => expect(toursLoaded()).toBe(true));
  });

  it('after start(), loads them when the data arrives, once', async () => {
    const { s, set, toursLoaded, loads } = session(defaultState);
    s.start();
    expect(toursLoaded()).toBe(false);
    set({ ...defaultState, data });
    s.start();
    set({ ...defaultState, data, lang: 'en' });
    await vi.waitFor(() => expect(toursLoaded()).toBe(true));
    await new Promise((r) => setTimeout(r, 50));
    expect(loads()).toBe(1);
  });
});
