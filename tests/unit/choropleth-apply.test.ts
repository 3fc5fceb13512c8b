import { describe, expect, it } from 'vitest';
import { ChoroplethApplier, FlagApplier } from '../../src/map/choropleth-apply';
import { LABEL_MINZOOM } from '../../src/map/style';

function fakeMap(zoom: number) {
  const calls: string[] = [];
  return {
    calls,
    zoom,
    getZoom(): number {
      return this.zoom;
    },
    setFeatureState: (f: { id?: string | number }, s: Record<string, unknown>) => {
      calls.push(`set ${String(f.id)} ${JSON.stringify(s)}`);
    },
    removeFeatureState: (f: { id?: string | number }, key?: string) => {
      calls.push(`remove ${String(f.id)} ${key ?? ''}`);
    },
    setGlobalStateProperty: (name: string) => {
      calls.push(`global ${name}`);
    },
  };
}

describe('ChoroplethApplier', () => {
  it('sends only the chome whose level changed, and removes levels that went away', () => {
    const map = fakeMap(10);
    const a = new ChoroplethApplier(map as never, 'chome');
    a.apply({ levels: { A: 1, B: 2 }, labels: { A: '1', B: '2' } });
    expect(map.calls).toEqual(['set A {"level":1}', 'set B {"level":2}']);
    map.calls.length = 0;
    a.apply({ levels: { B: 2, C: 3 }, labels: { B: '2', C: '3' } });
    expect(map.calls).toEqual(['remove A level', 'set C {"level":3}']);
  });

  it('hands labels over only where they are drawn, and only when they changed', () => {
    const map = fakeMap(LABEL_MINZOOM - 1);
    const a = new ChoroplethApplier(map as never, 'chome');
    a.apply({ levels: { A: 1 }, labels: { A: '1棟' } });
    expect(map.calls.filter((c) => c.startsWith('global'))).toEqual([]);
    map.zoom = LABEL_MINZOOM;
    a.flushLabels();
    expect(map.calls.filter((c) => c.startsWith('global'))).toEqual(['global recordLabels']);
    map.calls.length = 0;
    a.apply({ levels: { A: 1 }, labels: { A: '1棟' } });
    expect(map.calls).toEqual([]);
  });
});

describe('FlagApplier', () => {
  it('switches a flag on for new chome and off for the ones that left', () => {
    const map = fakeMap(10);
    const f = new FlagApplier(map as never, 'chome', 'eventChome');
    f.apply(['A', 'B']);
    map.calls.length = 0;
    f.apply(['B', 'C']);
    expect(map.calls).toEqual(['set A {"eventChome":false}', 'set C {"eventChome":true}']);
  });
});
