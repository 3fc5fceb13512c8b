// The feature host: a feature's chunk loads once, is caught up with the state when it mounts, gets
// every later change and render part, learns when the map is up, and a chunk that fails to load
// leaves the others working. Driven with fake entries (no chunks, no DOM).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultState, RENDER_ORDER, type AppState } from '../../src/app/app-state';
import type { Feature, FeatureContext, FeatureEntry } from '../../src/app/feature';
import { FeatureHost } from '../../src/app/feature-host';
import { hazardSlice } from '../../src/hazard/hazard-slice';
import { thenSlice } from '../../src/then-now/then-slice';

afterEach(() => {
  vi.restoreAllMocks();
});

function setup(state: AppState = defaultState) {
  const log: string[] = [];
  let loads = 0;
  const feature: Feature = {
    parts: {
      panel: () => log.push('panel'),
      hazardControls: () => log.push('hazardControls'),
    },
    onChange: (_p, _n, origin) => log.push(`change:${origin}`),
    ready: () => log.push('ready'),
  };
  const hazard: FeatureEntry = {
    slice: hazardSlice,
    load: () => {
      loads++;
      return Promise.resolve({ mount: () => feature });
    },
    needed: (s) => s.hazards.size > 0,
  };
  const broken: FeatureEntry = {
    slice: thenSlice,
    load: () => Promise.reject(new Error('offline')),
  };
  const context = { state: () => state } as unknown as FeatureContext;
  const host = new FeatureHost([hazard, broken], context, RENDER_ORDER);
  return { host, log, loads: () => loads, hazard };
}

describe('FeatureHost', () => {
  it('loads a chunk once and catches the feature up, its parts in the render order', async () => {
    const { host, log, loads, hazard } = setup();
    await Promise.all([host.load(hazard), host.load(hazard), host.byName('hazard')]);
    expect(loads()).toBe(1);
    // The core's panel comes before the features' controls in the render order.
    expect(log).toEqual(['panel', 'hazardControls', 'change:init']);
  });

  it('loads what the state needs, and passes on changes and parts once mounted', async () => {
    const { host, log, loads } = setup();
    host.loadNeeded(defaultState);
    expect(loads()).toBe(0);
    const on: AppState = { ...defaultState, hazards: new Map([['tokyo_mesh', 50]]) };
    host.onChange(defaultState, on, 'hash');
    expect(loads()).toBe(1);
    await host.byName('hazard');
    log.length = 0;
    host.render('panel', defaultState, on, 'ui');
    host.render('legend', defaultState, on, 'ui');
    host.onChange(defaultState, on, 'ui');
    expect(log).toEqual(['panel', 'change:ui']);
  });

  it('tells the mounted features the map is up, loads the rest, and survives a chunk that fails', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { host, log } = setup();
    await host.ready();
    expect(log).toContain('ready');
    expect(await host.byName('thenNow')).toBeNull();
    expect(warn).toHaveBeenCalledWith('The thenNow feature could not load', expect.any(Error));
    expect(await host.byName('nothing')).toBeNull();
  });
});
