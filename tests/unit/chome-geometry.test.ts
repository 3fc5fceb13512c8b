// Geometry helpers on the chome polygons, on the SYNTHETIC ward in fixtures/ (a grid of squares
// and one U-shaped chome whose centroid lies outside it).
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import { describe, it, expect } from 'vitest';
import {
  boundsOf,
  chomeAnchors,
  chomeAt,
  NEARBY_KM,
  nearbyCodes,
  nearbyStations,
  within,
} from '../../src/data/chome-geometry';
import type { GeoJsonFeature } from '../../src/data/validate-geojson';
import {
  CELL,
  codeOf,
  nameOf,
  SYNTHETIC_CHOME,
  syntheticChome,
  syntheticStations,
  syntheticWard,
} from './fixtures/synthetic-ward';

const anchors = chomeAnchors(syntheticChome);
const names = (codes: Iterable<string>): string[] => [...codes].map(nameOf).sort();

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

describe('nearbyCodes', () => {
  const code = codeOf('架空六丁目');
  const near = nearbyCodes(code, anchors);

  it('finds the chome sharing a side or a corner with 架空六丁目, and none further', () => {
    expect(names(near)).toEqual(['架空二丁目', '架空三丁目', '架空五丁目'].sort());
  });

  it('never lists the chome itself, and is symmetric', () => {
    expect(near.has(code)).toBe(false);
    for (const other of near) expect(nearbyCodes(other, anchors).has(code)).toBe(true);
  });

  it('keeps every neighbour within NEARBY_KM', () => {
    const here = anchors.get(code);
    if (!here) throw new Error('no anchor');
    for (const c of near) expect(within(here, anchors.get(c) ?? [0, 0], NEARBY_KM)).toBe(true);
    // Two cells (≈ 0.89 km) is beyond it: the grid is not all "near".
    expect(within(here, anchors.get(codeOf('架空四丁目')) ?? [0, 0], NEARBY_KM)).toBe(false);
  });

  it('gives nothing for an unknown code', () => {
    expect(nearbyCodes('nope', anchors).size).toBe(0);
  });
});

describe('nearbyStations', () => {
  it('finds the stations within NEARBY_KM of 架空六丁目, each once', () => {
    const near = nearbyStations(codeOf('架空六丁目'), anchors, syntheticStations);
    expect([...near].sort()).toEqual(['架空', '架空公園'].sort());
  });

  it('gives nothing without stations or for an unknown code', () => {
    expect(nearbyStations(codeOf('架空六丁目'), anchors, undefined).size).toBe(0);
    expect(nearbyStations('nope', anchors, syntheticStations).size).toBe(0);
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
