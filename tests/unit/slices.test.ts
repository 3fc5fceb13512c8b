// The core and its slices: problems kept by file, every slice's URL parameters round-trip, no two
// slices share a key, and the core composes and runs with a toy slice it has never heard of (the
// "add a feature" path in CONTRIBUTING.md).
import { describe, expect, it } from 'vitest';
import { problemsByFile, mergeProblems, type Problem } from '../../src/data/problems';
import {
  app,
  defaultState,
  formatHash,
  parseHash,
  sameState,
  update,
  type AppState,
} from '../../src/app/app-state';
import { SLICES } from '../../src/app/slices';
import { composeSlices } from '../../src/state/compose';
import { coreDefaults, type CoreState } from '../../src/state/core-state';
import { CORE_PARAMS } from '../../src/state/core-url';
import { defineSlice } from '../../src/state/slice';
import { syntheticAppData } from './fixtures/synthetic-app-data';

const problem = (file: string, row: number): Problem => ({
  severity: 'error',
  code: 'fetchFailed',
  file,
  row,
});

describe('problems by file', () => {
  it('keeps every problem of a file, in order', () => {
    const grouped = problemsByFile([problem('a.csv', 2), problem('b.csv', 3), problem('a.csv', 4)]);
    expect([...grouped.keys()]).toEqual(['a.csv', 'b.csv']);
    expect(grouped.get('a.csv')?.map((p) => p.row)).toEqual([2, 4]);
    const merged = mergeProblems(grouped, problemsByFile([problem('a.csv', 9)]));
    expect(merged.get('a.csv')?.map((p) => p.row)).toEqual([2, 4, 9]);
    expect(mergeProblems(grouped, new Map())).toBe(grouped);
  });

  it('keeps three errors of the offline mesh in one file (the core kept only the last)', () => {
    const file = 'tokyo_jonan_chome_summary.csv';
    const next = update(defaultState, {
      type: 'mesh',
      mesh: {
        kind: 'broken',
        problems: [problem(file, 2), problem(file, 3), problem(file, 4)],
      },
    });
    expect(next.problems.get(file)?.map((p) => p.row)).toEqual([2, 3, 4]);
  });

  it('adds the problems of the files fetched after the first picture to those shown', () => {
    const data = syntheticAppData();
    const loaded = update(defaultState, {
      type: 'loaded',
      data: { ...data, problems: problemsByFile([problem('chome.csv', 2)]) },
    });
    const more = update(loaded, {
      type: 'moreData',
      data,
      problems: problemsByFile([problem('shelters.geojson', 3)]),
    });
    expect([...more.problems.keys()]).toEqual(['chome.csv', 'shelters.geojson']);
    expect(more.problems.get('chome.csv')).toHaveLength(1);
    expect(more.data).toBe(data);
  });

  it('adds the tours’ problems to those already shown', () => {
    const s = update(defaultState, {
      type: 'tours',
      tours: [],
      problems: [problem('x.csv', 2), problem('x.csv', 5)],
    });
    const t = update(s, { type: 'tours', tours: [], problems: [problem('x.csv', 7)] });
    expect(t.problems.get('x.csv')?.map((p) => p.row)).toEqual([2, 5, 7]);
  });
});

describe('slices', () => {
  it('own their state keys and URL parameters alone', () => {
    const keys = [...Object.keys(coreDefaults), ...SLICES.flatMap((s) => Object.keys(s.initial))];
    expect(new Set(keys).size).toBe(keys.length);
    const params = [...CORE_PARAMS, ...SLICES.flatMap((s) => s.url?.params ?? [])];
    expect(new Set(params).size).toBe(params.length);
    expect(app.params.get('hz')).toBe('hazard');
    expect(app.params.get('tour')).toBe('tours');
  });

  it('refuses a slice that takes another’s key or URL parameter', () => {
    const thief = defineSlice({
      name: 'thief',
      initial: { hazards: 1 },
      update: (own) => own,
    });
    expect(() => composeSlices([...SLICES, thief])).toThrow(/hazards.*hazard/);
    const paramThief = defineSlice({
      name: 'paramThief',
      initial: { other: 1 },
      update: (own) => own,
      url: {
        params: ['lang'],
        fields: [],
        parse: () => ({}),
        format: () => [],
        same: () => true,
      },
    });
    expect(() => composeSlices([paramThief])).toThrow(/lang.*core/);
  });

  // One state per slice with its URL fields away from their defaults.
  const samples: Record<string, Partial<AppState>> = {
    hazard: { hazards: new Map([['tokyo_mesh', 60]]) },
    thenNow: { then: { id: 'ort_USA10', swipe: 30, overlay: 55 } },
    tours: { tour: { id: 'meguro-gotanda', step: 2 } },
    lessonMaker: { lesson: 'abc_DEF-123' },
  };

  it.each(SLICES.filter((s) => s.url).map((s) => [s.name, s] as const))(
    'the %s slice’s URL fields round-trip through the hash',
    (name, slice) => {
      const sample = samples[name];
      expect(sample, `a sample state for slice ${name}`).toBeDefined();
      const s: AppState = { ...defaultState, ...sample };
      const hash = formatHash(s);
      for (const p of slice.url?.params ?? []) {
        if (p !== 'overlay' || s.then?.overlay !== null) expect(hash).toContain(`${p}=`);
      }
      const back = parseHash(hash);
      expect(sameState(back, s)).toBe(true);
      for (const f of slice.url?.fields ?? []) expect(back[f]).toEqual(s[f]);
      // And its default writes nothing of its own.
      const plain = formatHash(defaultState);
      for (const p of slice.url?.params ?? []) expect(plain).not.toContain(`&${p}=`);
    },
  );

  it('every slice with URL parameters has a round-trip sample', () => {
    expect(SLICES.filter((s) => s.url).map((s) => s.name)).toEqual(Object.keys(samples));
  });
});

describe('a toy slice', () => {
  // The whole feature: its state, its intent, its URL parameter and its render part. Adding it
  // to the app is one line in src/app/slices.ts; here the test composes its own list.
  type ToyState = { readonly toyCount: number };
  type ToyIntent = { readonly type: 'toyAdd'; readonly n: number };
  const toy = defineSlice<ToyState, ToyIntent, CoreState, 'toyBadge', 'toyCount'>({
    name: 'toy',
    initial: { toyCount: 0 },
    update: (own, intent) =>
      intent.type === 'toyAdd' ? { toyCount: own.toyCount + intent.n } : own,
    url: {
      params: ['toy'],
      fields: ['toyCount'],
      parse: (params) => ({ toyCount: Number(params.get('toy') ?? 0) || 0 }),
      format: (s) => (s.toyCount ? [`toy=${s.toyCount}`] : []),
      same: (a, b) => a.toyCount === b.toyCount,
    },
    parts: [
      {
        name: 'toyBadge',
        stage: 'page',
        when: (_p, _n, _o, changed) => changed('toyCount', 'lang'),
      },
    ],
  });
  const withToy = composeSlices([...SLICES, toy]);

  it('runs its intent, writes its URL and asks for its part', () => {
    const s0 = withToy.defaultState;
    expect(s0.toyCount).toBe(0);
    const s1 = withToy.update(s0, { type: 'toyAdd', n: 2 });
    expect(s1.toyCount).toBe(2);
    expect(withToy.formatHash(s1)).toMatch(/&toy=2$/);
    expect(withToy.parseHash(withToy.formatHash(s1)).toyCount).toBe(2);
    expect(withToy.planRender(s0, s1, 'ui')).toEqual(['toyBadge', 'hash']);
    expect(withToy.renderOrder).toContain('toyBadge');
    // The core and the other slices still work beside it.
    const s2 = withToy.update(s1, { type: 'lang', lang: 'en' });
    expect(withToy.planRender(s1, s2, 'ui')).toContain('toyBadge');
    expect(withToy.update(s2, { type: 'hazard', id: 'tokyo_mesh', opacity: 50 }).hazards.size).toBe(
      1,
    );
    // An intent it does not know leaves it as it was.
    expect(withToy.update(s1, { type: 'list', open: true }).toyCount).toBe(2);
  });

  it('is restored from a link by replace', () => {
    const linked = withToy.parseHash('#toy=5', withToy.defaultState);
    const s = withToy.update(withToy.defaultState, { type: 'replace', state: linked });
    expect(s.toyCount).toBe(5);
  });
});
