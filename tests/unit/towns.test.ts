// Towns derived from chome names, and their merged outlines, on the SYNTHETIC ward (架空 / 見本)
// and a few synthetic squares. Nothing here comes from data/.
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from '../../src/data/validate-geojson';
import {
  buildTownIndex,
  townIndexOf,
  townOfChome,
  townOutline,
  townOutlines,
} from '../../src/data/towns';
import { CELL, syntheticChome } from './fixtures/synthetic-ward';

/** Shoelace area of a ring, in square cells (the fixture grid unit). */
function ringArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i]!;
    const [x2 = 0, y2 = 0] = ring[i + 1]!;
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum) / 2 / (CELL * CELL);
}

function polygonArea(rings: readonly (readonly (readonly number[])[])[]): number {
  const [outer, ...holes] = rings;
  return ringArea(outer ?? []) - holes.reduce((a, h) => a + ringArea(h), 0);
}

/** Two squares far apart (one town in two pieces) and a town without chome. SYNTHETIC. */
const islands: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    [0, 0, 'I1', '離島一丁目'],
    [5, 5, 'I2', '離島二丁目'],
    [9, 0, 'S0', '単独'],
  ].map(([x, y, code, name]) => {
    const [cx, cy] = [Number(x) * CELL, Number(y) * CELL];
    return {
      type: 'Feature' as const,
      properties: { key_code: code, name_kanji: name },
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [cx, cy],
            [cx + CELL, cy],
            [cx + CELL, cy + CELL],
            [cx, cy + CELL],
            [cx, cy],
          ],
        ],
      },
    };
  }),
};

describe('townOfChome', () => {
  it('takes off the 丁目 part, whatever its number', () => {
    expect(townOfChome('北品川三丁目')).toBe('北品川');
    expect(townOfChome('西五反田八丁目')).toBe('西五反田');
    expect(townOfChome('架空十二丁目')).toBe('架空');
    expect(townOfChome(' 見本一丁目 ')).toBe('見本');
  });

  it('keeps a name without chome as its own town, and never returns an empty name', () => {
    expect(townOfChome('東八潮')).toBe('東八潮');
    expect(townOfChome('丁目')).toBe('丁目');
    expect(townOfChome('一丁目')).toBe('一丁目');
  });
});

describe('buildTownIndex', () => {
  const index = townIndexOf(syntheticChome);

  it('groups the chome of each town, in file order', () => {
    expect([...index.towns.keys()]).toEqual(['架空', '見本']);
    expect(index.towns.get('架空')?.codes).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6']);
    expect(index.towns.get('見本')?.chomeNames).toEqual([
      '見本一丁目',
      '見本二丁目',
      '見本三丁目',
      '見本四丁目',
    ]);
  });

  it('finds the town of a chome code, and nothing for an unknown code', () => {
    expect(index.townOf('M3')?.name).toBe('見本');
    expect(index.townOf('nope')).toBeNull();
  });

  it('treats each chome-less name as a town of one', () => {
    const i = buildTownIndex([
      { code: 'A', name: '甲一丁目' },
      { code: 'B', name: '乙' },
    ]);
    expect(i.towns.get('乙')?.codes).toEqual(['B']);
    expect(i.towns.get('甲')?.codes).toEqual(['A']);
  });
});

describe('townOutline (@turf/union)', () => {
  const index = townIndexOf(syntheticChome);

  it('merges 架空一〜六丁目 (a 3 × 2 block) into one polygon of 6 cells', () => {
    const outline = townOutline(index.towns.get('架空')!, syntheticChome);
    expect(outline?.geometry.type).toBe('Polygon');
    expect(outline?.properties).toEqual({ town: '架空', codes: 'K1;K2;K3;K4;K5;K6' });
    if (outline?.geometry.type !== 'Polygon') throw new Error('not a polygon');
    expect(polygonArea(outline.geometry.coordinates)).toBeCloseTo(6, 6);
    // One outer ring, no inner walls left between the chome.
    expect(outline.geometry.coordinates).toHaveLength(1);
  });

  it('merges 見本 (three squares and a U) into one polygon, the U’s notch left out', () => {
    const outline = townOutline(index.towns.get('見本')!, syntheticChome);
    if (outline?.geometry.type !== 'Polygon') throw new Error('not a polygon');
    // 3 squares + the U (3 × 3 cells minus the 1 × 2 notch = 7).
    expect(polygonArea(outline.geometry.coordinates)).toBeCloseTo(10, 6);
  });

  it('gives a town in two pieces as a MultiPolygon, and a one-chome town its own shape', () => {
    const i = townIndexOf(islands);
    const two = townOutline(i.towns.get('離島')!, islands);
    expect(two?.geometry.type).toBe('MultiPolygon');
    if (two?.geometry.type !== 'MultiPolygon') throw new Error('not a multipolygon');
    expect(two.geometry.coordinates).toHaveLength(2);
    const one = townOutline(i.towns.get('単独')!, islands);
    expect(one?.geometry).toEqual(islands.features[2]?.geometry);
    expect(one?.properties).toEqual({ town: '単独', codes: 'S0' });
  });

  it('returns null for a town whose chome have no polygon here', () => {
    expect(
      townOutline({ name: '無い', codes: ['X'], chomeNames: ['無い一丁目'] }, islands),
    ).toBeNull();
  });

  it('draws every town once', () => {
    const all = townOutlines(index, syntheticChome);
    expect(all.map((o) => o.properties.town)).toEqual(['架空', '見本']);
  });
});
