import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { datasetById } from '../../src/data/catalog';
import { crossCheckChome } from '../../src/data/cross-check';
import { formatProblem } from '../../src/data/problems';
import type { CsvSchema, GeoJsonSchema } from '../../src/data/schema';
import { validateCsv, type CsvRow } from '../../src/data/validate-csv';
import { validateGeoJson, type FeatureCollection } from '../../src/data/validate-geojson';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const chomeSchema = datasetById('chome').schema as GeoJsonSchema;
const pointsSchema = datasetById('chomePoints').schema as CsvSchema;

/** The cross-check runs on files that passed their own validation: check that first. */
function chome(name: string): FeatureCollection {
  const r = validateGeoJson(name, fixture(name), chomeSchema);
  expect(r.problems).toEqual([]);
  return r.data!;
}
function points(name: string): CsvRow[] {
  const r = validateCsv(name, fixture(name), pointsSchema);
  expect(r.problems).toEqual([]);
  return r.rows!;
}

const C = 'chome.geojson';
const P = 'points.csv';

describe('crossCheckChome', () => {
  it('finds nothing wrong with matching chome and points', () => {
    const problems = crossCheckChome(
      C,
      chome('chome-valid-3-features.geojson'),
      P,
      points('points-valid-3-rows.csv'),
    );
    expect(problems).toEqual([]);
  });

  it('reports a name_kanji that is not the normalised name (中延６丁目 / 中延五丁目)', () => {
    // Schema-valid, so validateGeoJson accepts it: only the cross-check can see this.
    const fc = chome('chome-name-kanji-mismatch.broken.geojson');
    const problems = crossCheckChome(C, fc, P, null);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'chomeNameMismatch',
        file: C,
        featureIndex: 2,
        field: 'name_kanji',
        value: '中延五丁目',
        params: { expected: '中延６丁目 → 中延六丁目' },
      },
    ]);
    expect(formatProblem(problems[0]!, 'ja')).toBe(
      'chome.geojson、3 番目の地物、項目「name_kanji」: 町丁目名とコードが一致しません（中延６丁目 → 中延六丁目） (値: "中延五丁目")',
    );
  });

  it('with the points file, the wrong name_kanji also leaves 中延六丁目 without its chome', () => {
    const problems = crossCheckChome(
      C,
      chome('chome-name-kanji-mismatch.broken.geojson'),
      P,
      points('points-valid-3-rows.csv'),
    );
    expect(problems.map((p) => [p.code, p.row ?? p.featureIndex, p.value])).toEqual([
      ['chomeNameMismatch', 2, '中延五丁目'],
      ['chomeNotFound', 4, '中延六丁目'],
      ['chomeMissingPoint', 2, '中延五丁目'],
    ]);
  });

  it('reports a points row whose town is not a chome, with its line', () => {
    const problems = crossCheckChome(
      C,
      chome('chome-valid-3-features.geojson'),
      P,
      points('points-unknown-town.broken.csv'),
    );
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'chomeNotFound',
        file: P,
        row: 4,
        field: 'town',
        value: '中延七丁目',
      },
    ]);
    expect(formatProblem(errors[0]!, 'en')).toBe(
      'points.csv, row 4, field "town": chome "中延七丁目" is not in the boundary data (value: "中延七丁目")',
    );
  });

  it('a chome without a point is a warning, not an error', () => {
    const problems = crossCheckChome(
      C,
      chome('chome-valid-3-features.geojson'),
      P,
      points('points-unknown-town.broken.csv'),
    );
    const warnings = problems.filter((p) => p.severity === 'warning');
    expect(warnings).toEqual([
      {
        severity: 'warning',
        code: 'chomeMissingPoint',
        file: C,
        featureIndex: 2,
        field: 'name_kanji',
        value: '中延六丁目',
      },
    ]);
  });

  it('without a points file only the chome themselves are checked', () => {
    expect(crossCheckChome(C, chome('chome-valid-3-features.geojson'), P, null)).toEqual([]);
    // An empty (but valid) points file: every chome lacks its point.
    const none = crossCheckChome(C, chome('chome-valid-3-features.geojson'), P, []);
    expect(none.map((p) => [p.severity, p.code])).toEqual([
      ['warning', 'chomeMissingPoint'],
      ['warning', 'chomeMissingPoint'],
      ['warning', 'chomeMissingPoint'],
    ]);
  });

  it('reports a key_code from another ward and a town that does not start the name', () => {
    const fc = chome('chome-valid-3-features.geojson');
    const f = fc.features[0]!;
    const broken: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { ...f, properties: { ...f.properties, key_code: '13110010002', town: '西中延' } },
      ],
    };
    const problems = crossCheckChome(C, broken, P, null);
    expect(problems.map((p) => [p.code, p.field, p.value])).toEqual([
      ['chomeNameMismatch', 'key_code', '13110010002'],
      ['chomeNameMismatch', 'town', '西中延'],
    ]);
  });
});
