import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { datasetById, type DatasetId } from '../../src/data/catalog';
import { withIds } from '../../src/data/place-ids';
import type { GeoJsonSchema } from '../../src/data/schema';
import { validateGeoJson, type FeatureCollection } from '../../src/data/validate-geojson';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** Loads a valid fixture the way the app does: validate first, then add ids. */
function load(id: DatasetId, name: string): FeatureCollection {
  const r = validateGeoJson(name, fixture(name), datasetById(id).schema as GeoJsonSchema);
  expect(r.problems).toEqual([]);
  return r.data!;
}

const derived = (fc: FeatureCollection) =>
  fc.features.map((f) => [f.properties.fid, f.properties.label, f.properties.primary]);

describe('withIds', () => {
  it('chome: fid is key_code, label is name_kanji', () => {
    const out = withIds('chome', load('chome', 'chome-valid-3-features.geojson'));
    expect(derived(out)).toEqual([
      ['13109010002', '中延二丁目', true],
      ['13109010003', '中延三丁目', true],
      ['13109010006', '中延六丁目', true],
    ]);
  });

  it('stations: the two points of 大崎 share one fid; only the first is primary', () => {
    const out = withIds('stations', load('stations', 'stations-valid-osaki-2-lines.geojson'));
    expect(derived(out)).toEqual([
      ['大崎', '大崎', true],
      ['大崎', '大崎', false],
      ['田町', '田町', true],
    ]);
    expect(out.features.map((f) => f.properties.line)).toEqual([
      '東日本旅客鉄道山手線',
      '東京臨海高速鉄道りんかい線',
      '東日本旅客鉄道東海道線',
    ]);
  });

  it('wardShelters: fid is "カテゴリ:施設名", label is 施設名', () => {
    const out = withIds('wardShelters', load('wardShelters', 'ward-shelters-valid-2.geojson'));
    expect(derived(out)).toEqual([
      ['避難所:品川学園', '品川学園', true],
      ['広域避難場所:高輪三丁目・四丁目・御殿山地区', '高輪三丁目・四丁目・御殿山地区', true],
    ]);
  });

  it('keeps every original property and the geometry, and does not change its input', () => {
    const input = load('wardShelters', 'ward-shelters-valid-2.geojson');
    const before = structuredClone(input);
    const out = withIds('wardShelters', input);
    expect(input).toEqual(before);
    expect(out.type).toBe('FeatureCollection');
    out.features.forEach((f, i) => {
      const original = before.features[i]!;
      expect(f.geometry).toEqual(original.geometry);
      expect(f.properties).toEqual({
        ...original.properties,
        fid: expect.any(String),
        label: expect.any(String),
        primary: expect.any(Boolean),
      });
    });
    expect(out.features[0]?.properties['電話番号']).toBe('03-3474-2671');
  });

  it('shelters use 共通ID, assembly points their index, wards N03_007', () => {
    const shelter = {
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [139.712878, 35.619479] },
      properties: { 共通ID: 'E1310900090111', '施設・場所名': '荏原第一中学校' },
    };
    expect(
      derived(withIds('shelters', { type: 'FeatureCollection', features: [shelter] })),
    ).toEqual([['E1310900090111', '荏原第一中学校', true]]);
    const assembly = { ...shelter, properties: { 施設名: '東八ツ山公園' } };
    expect(
      derived(withIds('assembly', { type: 'FeatureCollection', features: [assembly, assembly] })),
    ).toEqual([
      ['0', '東八ツ山公園', true],
      ['1', '東八ツ山公園', true],
    ]);
    const ward = { ...shelter, properties: { N03_004: '品川区', N03_007: '13109' } };
    expect(derived(withIds('ward', { type: 'FeatureCollection', features: [ward] }))).toEqual([
      ['13109', '品川区', true],
    ]);
  });
});
