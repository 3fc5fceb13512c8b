import { describe, expect, it } from 'vitest';
import type { FeatureCollection, GeoJsonFeature } from '../../src/data/validate-geojson';
import { chomeAreas, createSummary, summaryCsv } from '../../src/hazard/mesh-summary';

const square = (code: string, name: string, w: number, s: number): GeoJsonFeature => ({
  type: 'Feature',
  properties: { key_code: code, name_kanji: name },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [w + 1, s],
        [w + 1, s + 1],
        [w, s + 1],
        [w, s],
      ],
    ],
  },
});

// Two fake square chome and a third far away that no point reaches. Synthetic, not real chome.
const chome: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    square('13109999001', '試験一丁目', 0, 0),
    square('13109999002', '試験二丁目', 2, 0),
    square('13109999003', '試験三丁目', 5, 5),
  ],
};

function summarise(points: [number, number, number, number][]) {
  const summary = createSummary(chomeAreas(chome));
  for (const [lon, lat, depth, ground] of points) summary.add(lon, lat, depth, ground);
  return summary.result();
}

const POINTS: [number, number, number, number][] = [
  // lon, lat, depth, ground: four in 一丁目, of which 0.6 m and 2 m are flooded (0.005 m is not)
  [0.25, 0.25, 0, 5],
  [0.75, 0.25, 0.6, 3],
  [0.25, 0.75, 2, 4],
  [0.75, 0.75, 0.005, 6],
  // one dry point in 二丁目
  [2.5, 0.5, 0, 10],
  // between the squares: in no chome
  [1.5, 0.5, 9, 1],
];

describe('chome summary', () => {
  it('counts points, flooded share, depths and ground heights per chome', () => {
    const [a, b, c] = summarise(POINTS);
    expect(a).toEqual({
      code: '13109999001',
      name: '試験一丁目',
      points: 4,
      flooded: 2,
      share: 0.5,
      maxDepth: 2,
      meanDepth: 1.3,
      groundMin: 3,
      groundMean: 4.5,
    });
    expect(b).toMatchObject({ points: 1, flooded: 0, share: 0, maxDepth: 0, meanDepth: null });
    expect(b).toMatchObject({ groundMin: 10, groundMean: 10 });
    expect(c).toMatchObject({
      points: 0,
      share: null,
      maxDepth: null,
      meanDepth: null,
      groundMin: null,
    });
  });

  it('writes unknown values as empty cells, never 0', () => {
    expect(summaryCsv(summarise(POINTS))).toBe(
      [
        'chome_code,chome_name,points,points_flooded,share_flooded,max_depth_m,mean_depth_m,ground_min_m,ground_mean_m',
        '13109999001,試験一丁目,4,2,0.500,2,1.3,3,4.5',
        '13109999002,試験二丁目,1,0,0.000,0,,10,10',
        '13109999003,試験三丁目,0,0,,,,,',
        '',
      ].join('\n'),
    );
  });

  it('rounds to millimetres and shares to 3 decimals', () => {
    const [a] = summarise([
      [0.5, 0.5, 0.1, 1.23456],
      [0.5, 0.6, 0.2, 1],
      [0.5, 0.7, 0, 1],
    ]);
    const line = summaryCsv([a!]).split('\n')[1];
    expect(line).toBe('13109999001,試験一丁目,3,2,0.667,0.2,0.15,1,1.078');
  });

  it('counts a point on a shared edge once', () => {
    const touching: FeatureCollection = {
      type: 'FeatureCollection',
      features: [square('1', 'A', 0, 0), square('2', 'B', 1, 0)],
    };
    const summary = createSummary(chomeAreas(touching));
    summary.add(1, 0.5, 1, 1);
    expect(summary.result().map((r) => r.points)).toEqual([1, 0]);
  });
});
