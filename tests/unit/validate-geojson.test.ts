import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { datasetById } from '../../src/data/catalog';
import type { Problem } from '../../src/data/problems';
import type { GeoJsonSchema } from '../../src/data/schema';
import {
  MAX_PROBLEMS_PER_FILE,
  validateGeoJson,
  type GeoJsonFeature,
} from '../../src/data/validate-geojson';

// Fixtures are 1–4 real features copied from data/*.geojson, then broken in one way each.
const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function schemaOf(id: 'chome' | 'stations' | 'wardShelters'): GeoJsonSchema {
  const schema = datasetById(id).schema;
  if (schema.kind !== 'geojson') throw new Error(`${id} is not GeoJSON`);
  return schema;
}
const chome = schemaOf('chome');
const stations = schemaOf('stations');
const wardShelters = schemaOf('wardShelters');

const validChome = (): GeoJsonFeature[] => {
  const parsed = JSON.parse(fixture('chome-valid-3-features.geojson')) as {
    features: GeoJsonFeature[];
  };
  return parsed.features;
};

/** Validates a chome fixture and checks the common shape of a "one feature broken" result. */
function oneBroken(name: string, brokenIndex: number) {
  const result = validateGeoJson(name, fixture(name), chome);
  expect(result.total).toBe(3);
  const all = validChome();
  // Nothing already valid is lost: the other two features are kept, unchanged and in order.
  expect(result.data?.features).toEqual(all.filter((_, i) => i !== brokenIndex));
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(p.file).toBe(name);
    expect(p.featureIndex).toBe(brokenIndex);
    expect(p.severity).toBe('error');
  }
  return result.problems;
}

const codes = (problems: readonly Problem[]) => problems.map((p) => p.code);

describe('validateGeoJson: valid files', () => {
  it('passes a valid chome file with no problems and returns every feature', () => {
    const text = fixture('chome-valid-3-features.geojson');
    const result = validateGeoJson('chome-valid-3-features.geojson', text, chome);
    expect(result.problems).toEqual([]);
    expect(result.total).toBe(3);
    expect(result.data).toEqual({ type: 'FeatureCollection', features: validChome() });
    expect(result.data?.features.map((f) => f.properties.name_kanji)).toEqual([
      '中延二丁目',
      '中延三丁目',
      '中延六丁目',
    ]);
  });

  it('passes valid station points and ward shelters', () => {
    const s = validateGeoJson('s', fixture('stations-valid-osaki-2-lines.geojson'), stations);
    expect(s.problems).toEqual([]);
    expect(s.data?.features).toHaveLength(3);
    const w = validateGeoJson('w', fixture('ward-shelters-valid-2.geojson'), wardShelters);
    expect(w.problems).toEqual([]);
    expect(w.data?.features).toHaveLength(2);
  });
});

describe('validateGeoJson: the whole file is unusable', () => {
  it('reports text that is not JSON, with line and column', () => {
    // One feature per line; the comma at the end of line 3 (after the second feature) is missing,
    // so the parser stops at the "{" that opens line 4.
    const name = 'chome-missing-comma.broken.geojson.txt';
    const result = validateGeoJson(name, fixture(name), chome);
    expect(result.data).toBeNull();
    expect(result.total).toBe(0);
    expect(result.problems).toHaveLength(1);
    const [p] = result.problems;
    expect(p).toMatchObject({ severity: 'error', code: 'notJson', file: name });
    expect(String(p?.params?.detail)).toMatch(/^line 4, column 1: /);
  });

  // V8 gives no position for a trailing comma: the validator points at the comma itself.
  it('reports line and column for a trailing comma after the last feature', () => {
    const name = 'chome-trailing-comma.broken.geojson.txt';
    const result = validateGeoJson(name, fixture(name), chome);
    expect(result.problems[0]?.code).toBe('notJson');
    expect(String(result.problems[0]?.params?.detail)).toMatch(/^line 4, column \d+: /);
  });

  it('still reports notJson for a trailing comma (without line/column)', () => {
    const name = 'chome-trailing-comma.broken.geojson.txt';
    const result = validateGeoJson(name, fixture(name), chome);
    expect(result.data).toBeNull();
    expect(codes(result.problems)).toEqual(['notJson']);
  });

  it('reports an empty text as not JSON', () => {
    const result = validateGeoJson('empty.geojson', '', chome);
    expect(codes(result.problems)).toEqual(['notJson']);
    expect(result.data).toBeNull();
  });

  it('reports a single Feature at the root as not a FeatureCollection', () => {
    const name = 'chome-root-is-feature.broken.geojson';
    const result = validateGeoJson(name, fixture(name), chome);
    expect(result.data).toBeNull();
    expect(result.problems).toEqual([
      { severity: 'error', code: 'notFeatureCollection', file: name, value: 'Feature' },
    ]);
  });

  it('reports a bare array of features and JSON scalars as not a FeatureCollection', () => {
    const array = validateGeoJson('a', fixture('chome-root-is-array.broken.geojson'), chome);
    expect(codes(array.problems)).toEqual(['notFeatureCollection']);
    expect(array.data).toBeNull();
    expect(validateGeoJson('n', 'null', chome).problems[0]?.code).toBe('notFeatureCollection');
    expect(validateGeoJson('s', '"x"', chome).problems[0]).toMatchObject({
      code: 'notFeatureCollection',
      value: 'string',
    });
  });

  it('reports a FeatureCollection without a "features" array', () => {
    const name = 'chome-features-misspelt.broken.geojson';
    const result = validateGeoJson(name, fixture(name), chome);
    expect(result.data).toBeNull();
    expect(result.total).toBe(0);
    expect(result.problems).toEqual([{ severity: 'error', code: 'noFeatures', file: name }]);
    const notArray = validateGeoJson('x', '{"type":"FeatureCollection","features":{}}', chome);
    expect(codes(notArray.problems)).toEqual(['noFeatures']);
  });

  it('accepts an empty features array (no problems, no features)', () => {
    const result = validateGeoJson('x', '{"type":"FeatureCollection","features":[]}', chome);
    expect(result).toEqual({
      data: { type: 'FeatureCollection', features: [] },
      problems: [],
      total: 0,
    });
  });
});

describe('validateGeoJson: one broken feature is left out, the others kept', () => {
  it('a bare geometry in the features array is "notFeature"', () => {
    const problems = oneBroken('chome-bare-geometry-entry.broken.geojson', 1);
    expect(codes(problems)).toEqual(['notFeature']);
  });

  it('null geometry is "noGeometry"', () => {
    const problems = oneBroken('chome-null-geometry.broken.geojson', 1);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'noGeometry',
        file: 'chome-null-geometry.broken.geojson',
        featureIndex: 1,
        field: 'geometry',
      },
    ]);
  });

  it('a Point where a Polygon is required is "geometryType"', () => {
    const problems = oneBroken('chome-point-geometry.broken.geojson', 1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'geometryType',
      field: 'geometry',
      value: 'Point',
      params: { expected: 'Polygon, MultiPolygon' },
    });
  });

  it('a geometry without "type" is "geometryType"', () => {
    const problems = oneBroken('chome-geometry-without-type.broken.geojson', 1);
    expect(codes(problems)).toEqual(['geometryType']);
  });

  it('a string inside a position is "badCoordinates"', () => {
    const problems = oneBroken('chome-string-coordinate.broken.geojson', 1);
    expect(codes(problems)).toEqual(['badCoordinates']);
  });

  it('a ring whose last position differs from the first is "ringNotClosed"', () => {
    const problems = oneBroken('chome-unclosed-ring.broken.geojson', 1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'ringNotClosed',
      value: [
        [139.71228, 35.60674],
        [139.71232, 35.60619],
      ],
    });
  });

  it('a ring with only 3 positions is "ringTooShort"', () => {
    const problems = oneBroken('chome-ring-3-positions.broken.geojson', 1);
    expect(codes(problems)).toEqual(['ringTooShort']);
  });

  it('[lat, lon] instead of [lon, lat] is "coordsSwapped"', () => {
    const problems = oneBroken('chome-swapped-lonlat.broken.geojson', 1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'coordsSwapped', value: [35.60674, 139.71228] });
  });

  it('a polygon in Osaka is "outOfArea", with the box in params', () => {
    const problems = oneBroken('chome-out-of-area-osaka.broken.geojson', 1);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      code: 'outOfArea',
      value: [135.49817, 34.70248],
      params: { minLon: 139.64, minLat: 35.55, maxLon: 139.83, maxLat: 35.68 },
    });
  });

  it('a string population is "wrongType" with the expected type', () => {
    const problems = oneBroken('chome-population-string.broken.geojson', 0);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'wrongType',
        file: 'chome-population-string.broken.geojson',
        featureIndex: 0,
        field: 'population_2015',
        value: '2,480',
        params: { expected_ja: '整数', expected_en: 'whole number' },
      },
    ]);
  });

  it('key_code "999" is "badPattern"', () => {
    const problems = oneBroken('chome-bad-key-code.broken.geojson', 2);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'badPattern', field: 'key_code', value: '999' });
    expect(String(problems[0]?.params?.expected_en)).toContain('13109');
  });

  it('a repeated key_code is "duplicateId" on the second one, naming the first', () => {
    const problems = oneBroken('chome-duplicate-key-code.broken.geojson', 2);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'duplicateId',
        file: 'chome-duplicate-key-code.broken.geojson',
        featureIndex: 2,
        field: 'key_code',
        value: '13109010002',
        params: { other: '#1' },
      },
    ]);
  });
});

describe('validateGeoJson: properties and positions of points', () => {
  it('a missing required property is "missingField" at the right 0-based featureIndex', () => {
    const name = 'stations-missing-name.broken.geojson';
    const result = validateGeoJson(name, fixture(name), stations);
    expect(result.total).toBe(4);
    expect(result.data?.features.map((f) => f.properties.name)).toEqual(['大崎', '大崎', '田町']);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        code: 'missingField',
        file: name,
        featureIndex: 3,
        field: 'name',
        value: undefined,
        params: { expected_ja: '文字列', expected_en: 'text' },
      },
    ]);
  });

  it('a blank required property is "emptyField"', () => {
    const name = 'stations-empty-name.broken.geojson';
    const result = validateGeoJson(name, fixture(name), stations);
    expect(result.data?.features).toHaveLength(1);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: 'emptyField',
      featureIndex: 1,
      field: 'name',
      value: '  ',
    });
  });

  it('|lat| > 90 is "lonLatRange", or "coordsSwapped" when swapping puts it in the area', () => {
    const name = 'stations-lat-over-90.broken.geojson';
    const result = validateGeoJson(name, fixture(name), stations);
    expect(result.problems.map((p) => [p.featureIndex, p.code, p.value])).toEqual([
      [0, 'lonLatRange', [139.72888, 95.61912]],
      [1, 'coordsSwapped', [35.62041, 139.72743]],
    ]);
    expect(result.data?.features.map((f) => f.properties.name)).toEqual(['田町']);
  });

  it('a category outside the allowed list is "badPattern"', () => {
    const name = 'ward-shelters-bad-category.broken.geojson';
    const result = validateGeoJson(name, fixture(name), wardShelters);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: 'badPattern',
      featureIndex: 0,
      field: 'カテゴリ',
      value: '避難場所',
    });
    expect(result.data?.features.map((f) => f.properties['カテゴリ'])).toEqual(['広域避難場所']);
  });

  it('reports several problems of one feature, and keeps none of them', () => {
    const f = validChome()[0]!;
    const broken = {
      ...f,
      properties: { ...f.properties, name: '', population_2015: 'many' },
      geometry: null,
    };
    const text = JSON.stringify({ type: 'FeatureCollection', features: [broken, f] });
    const result = validateGeoJson('x', text, chome);
    expect(result.problems.map((p) => [p.featureIndex, p.code, p.field])).toEqual([
      [0, 'noGeometry', 'geometry'],
      [0, 'emptyField', 'name'],
      [0, 'wrongType', 'population_2015'],
    ]);
    // The broken first feature did not claim the key: the good copy after it is kept.
    expect(result.data?.features).toEqual([f]);
  });
});

describe('validateGeoJson: many bad features', () => {
  it(`reports at most MAX_PROBLEMS_PER_FILE (${MAX_PROBLEMS_PER_FILE}) problems`, () => {
    const good = validChome()[0]!;
    const features = Array.from({ length: 5000 }, (_, i) => ({
      ...good,
      properties: { ...good.properties, key_code: String(i) },
    }));
    const text = JSON.stringify({ type: 'FeatureCollection', features });
    const result = validateGeoJson('many.geojson', text, chome);
    expect(result.total).toBe(5000);
    expect(result.data?.features).toEqual([]);
    expect(result.problems).toHaveLength(MAX_PROBLEMS_PER_FILE);
    expect(result.problems.every((p) => p.code === 'badPattern')).toBe(true);
    // The first problems are kept, in file order.
    expect(result.problems[0]?.featureIndex).toBe(0);
    expect(result.problems[MAX_PROBLEMS_PER_FILE - 1]?.featureIndex).toBe(
      MAX_PROBLEMS_PER_FILE - 1,
    );
  });
});
