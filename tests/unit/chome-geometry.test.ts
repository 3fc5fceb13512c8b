import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { describe, it, expect } from 'vitest';
import { datasetById, type DatasetId } from '../../src/data/catalog';
import {
  boundsOf,
  chomeAnchors,
  chomeAt,
  NEARBY_KM,
  nearbyCodes,
  nearbyStations,
  within,
} from '../../src/data/chome-geometry';
import { validateDataset } from '../../src/data/validate-dataset';
import type { FeatureCollection } from '../../src/data/validate-geojson';

const read = (file: string): string =>
  readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8');
function geojson(id: DatasetId): FeatureCollection {
  const r = validateDataset(datasetById(id), read(datasetById(id).file));
  if (r.kind !== 'geojson' || !r.data) throw new Error(`${id} did not load`);
  return r.data;
}

const chomeData = geojson('chome');
const stationData = geojson('stations');
const wardBox = boundsOf(geojson('ward').features);
const anchors = chomeAnchors(chomeData);
const codeOf = (name: string): string => {
  const f = chomeData.features.find((x) => x.properties.name_kanji === name);
  if (!f) throw new Error(`${name} is not in the chome file`);
  return String(f.properties.key_code);
};
const nameOf = new Map(
  chomeData.features.map((f) => [String(f.properties.key_code), String(f.properties.name_kanji)]),
);

type TurfPolygon = Parameters<typeof booleanPointInPolygon>[1];

describe('chomeAnchors', () => {
  it('gives a point for each of the 130 chome', () => {
    expect(chomeData.features).toHaveLength(130);
    expect(anchors.size).toBe(130);
    for (const f of chomeData.features)
      expect(anchors.has(String(f.properties.key_code))).toBe(true);
  });

  it('puts every point inside the ward box (139.6954–139.7736 E, 35.5849–35.6419 N)', () => {
    expect(wardBox).not.toBeNull();
    const [w, s, e, n] = wardBox ?? [0, 0, 0, 0];
    expect(w).toBeCloseTo(139.6954, 2);
    expect(n).toBeCloseTo(35.6419, 2);
    for (const [code, [lon, lat]] of anchors) {
      expect(lon, code).toBeGreaterThanOrEqual(w);
      expect(lon, code).toBeLessThanOrEqual(e);
      expect(lat, code).toBeGreaterThanOrEqual(s);
      expect(lat, code).toBeLessThanOrEqual(n);
    }
  });

  it('puts every point inside its own chome polygon', () => {
    for (const f of chomeData.features) {
      const p = anchors.get(String(f.properties.key_code));
      expect(p).toBeDefined();
      const inside = booleanPointInPolygon(
        [p?.[0] ?? 0, p?.[1] ?? 0],
        f.geometry as unknown as TurfPolygon,
      );
      expect(inside, String(f.properties.name_kanji)).toBe(true);
    }
  });
});

describe('nearbyCodes', () => {
  const near = nearbyCodes(codeOf('中延六丁目'), anchors);
  const names = [...near].map((c) => nameOf.get(c));

  it('finds the neighbours of 中延六丁目 and not far-away chome', () => {
    expect(names).toContain('中延五丁目');
    expect(names).not.toContain('八潮一丁目');
    expect(names).not.toContain('北品川一丁目');
  });

  it('never lists the chome itself, and is symmetric', () => {
    const code = codeOf('中延六丁目');
    expect(near.has(code)).toBe(false);
    for (const other of near) expect(nearbyCodes(other, anchors).has(code)).toBe(true);
  });

  it('keeps every neighbour within NEARBY_KM', () => {
    const here = anchors.get(codeOf('中延六丁目'));
    if (!here) throw new Error('no anchor');
    for (const c of near) expect(within(here, anchors.get(c) ?? [0, 0], NEARBY_KM)).toBe(true);
  });

  it('gives nothing for an unknown code', () => {
    expect(nearbyCodes('nope', anchors).size).toBe(0);
  });
});

describe('nearbyStations', () => {
  it('finds 荏原町 and 中延 stations near 中延六丁目, each once', () => {
    const near = nearbyStations(codeOf('中延六丁目'), anchors, stationData);
    expect(near).toContain('荏原町');
    expect(near).toContain('中延');
    expect(near).not.toContain('品川');
  });

  it('gives nothing without stations or for an unknown code', () => {
    expect(nearbyStations(codeOf('中延六丁目'), anchors, undefined).size).toBe(0);
    expect(nearbyStations('nope', anchors, stationData).size).toBe(0);
  });
});

describe('chomeAt', () => {
  it('finds the chome under a point from the polygons, and nothing outside the ward', () => {
    expect(chomeAt(chomeData, 139.71117, 35.60243)?.properties.name_kanji).toBe('中延六丁目');
    expect(chomeAt(chomeData, 139.6, 35.5)).toBeNull();
  });

  it('agrees with every anchor point', () => {
    for (const [code, [lon, lat]] of anchors) {
      expect(chomeAt(chomeData, lon, lat)?.properties.key_code, code).toBe(code);
    }
  });
});
