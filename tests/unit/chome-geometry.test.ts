// Geometry helpers on the chome polygons, on the SYNTHETIC ward in fixtures/ (a grid of squares
// and one U-shaped chome whose centroid lies outside it).
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import { describe, it, expect } from 'vitest';
import { boundsOf, chomeAnchors, chomeAt, within } from '../../src/data/chome-geometry';
import type { GeoJsonFeature } from '../../src/data/validate-geojson';
import {
  CELL,
  codeOf,
  SYNTHETIC_CHOME,
  syntheticChome,
  syntheticWard,
} from './fixtures/synthetic-ward';

const anchors = chomeAnchors(syntheticChome);

type TurfPolygon = Parameters<typeof booleanPointInPolygon>[1];
const inside = (p: readonly [number, number], f: GeoJsonFeature): boolean =>
  booleanPointInPolygon([p[0], p[1]], f.geometry as unknown as TurfPolygon);
const feature = (name: string): GeoJsonFeature => {
  const f = syntheticChome.features.find((x) => x.properties.name_kanji === name);
  if (!f) throw new Error(`no feature ${name}`);
  return f;
};

describe('chomeAnchors', () => {
  it('gives a point for each chome', () => {
    expect(anchors.size).toBe(SYNTHETIC_CHOME.length);
    for (const c of SYNTHETIC_CHOME) expect(anchors.has(c.code)).toBe(true);
  });

  it('puts every point inside the ward box', () => {
    const box = boundsOf(syntheticWard.features);
    expect(box).not.toBeNull();
    const [w, s, e, n] = box ?? [0, 0, 0, 0];
    expect([w, s, e, n].map((v) => v / CELL)).toEqual(
      [-0.5, -0.5, 8.5, 4.5].map((v) => expect.closeTo(v, 9)),
    );
    for (const [code, [lon, lat]] of anchors) {
      expect(lon, code).toBeGreaterThanOrEqual(w);
      expect(lon, code).toBeLessThanOrEqual(e);
      expect(lat, code).toBeGreaterThanOrEqual(s);
      expect(lat, code).toBeLessThanOrEqual(n);
    }
  });

  it('puts every point inside its own chome polygon, even where the centroid is outside', () => {
    const u = feature('見本二丁目');
    const c = centroid(u as unknown as Parameters<typeof centroid>[0]).geometry.coordinates;
    expect(
      inside([c[0] ?? 0, c[1] ?? 0], u),
      'the fixture has a chome whose centroid is outside',
    ).toBe(false);
    for (const f of syntheticChome.features) {
      const p = anchors.get(String(f.properties.key_code));
      expect(p).toBeDefined();
      expect(inside(p ?? [0, 0], f), String(f.properties.name_kanji)).toBe(true);
    }
  });
});

describe('within', () => {
  it('is true inside the distance and false beyond it', () => {
    const here = anchors.get(codeOf('架空六丁目'));
    if (!here) throw new Error('no anchor');
    // One cell (≈ 0.45 km) apart is within 0.8 km; two cells (≈ 0.89 km) is not.
    expect(within(here, anchors.get(codeOf('架空五丁目')) ?? [0, 0], 0.8)).toBe(true);
    expect(within(here, anchors.get(codeOf('架空四丁目')) ?? [0, 0], 0.8)).toBe(false);
  });
});

describe('chomeAt', () => {
  const at = (x: number, y: number) => chomeAt(syntheticChome, x * CELL, y * CELL);

  it('finds the chome under a point from the polygons, and nothing outside them', () => {
    expect(at(2.3, 1.7)?.properties.name_kanji).toBe('架空六丁目');
    expect(at(7.5, 3.5)?.properties.name_kanji).toBe('見本二丁目');
    // Inside the box of the U-shaped 見本二丁目 but in its notch: no chome.
    expect(at(6.5, 3)).toBeNull();
    expect(at(-3, -3)).toBeNull();
  });

  it('agrees with every anchor point', () => {
    for (const [code, [lon, lat]] of anchors) {
      expect(chomeAt(syntheticChome, lon, lat)?.properties.key_code, code).toBe(code);
    }
  });
});
