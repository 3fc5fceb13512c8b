// @vitest-environment jsdom
// Then and now when the second map cannot be made (no WebGL context left on a tablet): MapLibre's
// constructor is replaced by one that throws, as maplibre-gl does then. The view must leave
// nothing in the page (no overlay, no unnamed focusable slider), and retries must not pile up.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { thenById } from '../../src/config/old-maps';
import { CompareSync } from '../../src/map/compare-sync';
import { CompareView, type CompareHost } from '../../src/map/compare-view';
import { defaultState, type AppState, type Intent } from '../../src/app/app-state';

vi.mock('maplibre-gl', () => ({
  Map: class {
    constructor() {
      throw new Error('synthetic: failed to initialize WebGL');
    }
  },
}));

function host(): CompareHost {
  const container = document.createElement('div');
  const controls = document.createElement('div');
  controls.className = 'maplibregl-control-container';
  container.append(controls);
  document.body.replaceChildren(container);
  return {
    container,
    camera: () => ({ center: [139.72, 35.6], zoom: 14, bearing: 0, pitch: 0 }),
    onMove: () => () => undefined,
    background: '#ccc',
  };
}

const leftovers = (h: CompareHost) => ({
  roots: h.container.querySelectorAll('.compare-root').length,
  sliders: h.container.querySelectorAll('[role="slider"]').length,
  children: h.container.children.length,
});

afterEach(() => vi.restoreAllMocks());

describe('the compare view without a WebGL context', () => {
  it('throws and leaves no overlay or divider in the map container', () => {
    const h = host();
    const words = {
      slider: '昔と今の境目',
      position: (p: number) => `${p}%`,
      thenLabel: 'then',
      nowLabel: 'now',
      credit: { text: 'GSI', url: 'https://maps.gsi.go.jp/development/ichiran.html' },
    };
    const state = { layer: thenById('ort_USA10')!, swipe: 50, overlay: null, words };
    const callbacks = { onSwipe: () => undefined, onTileError: () => undefined };
    expect(() => new CompareView(h, state, callbacks)).toThrow(/WebGL/);
    expect(() => new CompareView(h, state, callbacks)).toThrow(/WebGL/);
    expect(leftovers(h)).toEqual({ roots: 0, sliders: 0, children: 1 });
  });

  it('is reported as unavailable by the sync, and each retry leaves the page as it was', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const h = host();
    const reports: Intent[] = [];
    let reported: () => void = () => undefined;
    const sync = new CompareSync(
      () => h,
      (intent) => {
        reports.push(intent);
        reported();
      },
    );
    const on: AppState = {
      ...defaultState,
      then: { id: 'ort_USA10', swipe: 50, overlay: null },
      thenStatus: 'ok',
    };
    for (const id of ['ort_USA10', 'gazo1'] as const) {
      const done = new Promise<void>((resolve) => (reported = resolve));
      sync.apply({ ...on, then: { ...on.then!, id } });
      await done;
      expect(leftovers(h)).toEqual({ roots: 0, sliders: 0, children: 1 });
    }
    expect(reports).toEqual([
      { type: 'thenStatus', status: 'unavailable' },
      { type: 'thenStatus', status: 'unavailable' },
    ]);
  });
});
