import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { datasetById, type DatasetId } from '../../src/data/catalog';
import {
  FILE_LEVEL_CODES,
  formatProblem,
  hasErrors,
  isFileLevel,
  showValue,
  type Problem,
  type ProblemCode,
} from '../../src/data/problems';
import { validateDataset } from '../../src/data/validate-dataset';
import { LANGS } from '../../src/i18n/i18n';
import { en, ja } from './helpers/all-texts';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** Problems of a fixture validated as if it were the real file of dataset `id`. */
function problemsOf(id: DatasetId, name: string): Problem[] {
  return validateDataset(datasetById(id), fixture(name)).problems;
}

function only(id: DatasetId, name: string): Problem {
  const problems = problemsOf(id, name);
  expect(problems).toHaveLength(1);
  return problems[0]!;
}

describe('formatProblem', () => {
  it('names file, feature number and field of a missing property (ja / en)', () => {
    const p = only('stations', 'stations-missing-name.broken.geojson');
    expect(formatProblem(p, 'ja')).toBe(
      'stations_clipped.geojson、4 番目の地物、項目「name」: 必須の項目がありません',
    );
    expect(formatProblem(p, 'en')).toBe(
      'stations_clipped.geojson, feature #4, field "name": required field is missing',
    );
  });

  it('shows the value and the expected type in the right language', () => {
    const p = only('chome', 'chome-population-string.broken.geojson');
    const jaText = formatProblem(p, 'ja');
    expect(jaText).toContain('shinagawa_chome_2015_simplified.geojson');
    expect(jaText).toContain('1 番目の地物');
    expect(jaText).toContain('項目「population_2015」');
    expect(jaText).toContain('期待: 整数');
    expect(jaText).toContain('値: "2,480"');
    expect(jaText).not.toContain('whole number');
    const enText = formatProblem(p, 'en');
    expect(enText).toContain('feature #1');
    expect(enText).toContain('field "population_2015"');
    expect(enText).toContain('expected: whole number');
    expect(enText).toContain('value: "2,480"');
    expect(enText).not.toContain('整数');
  });

  it('uses the pattern description as the expected value of a badPattern', () => {
    const p = only('wardShelters', 'ward-shelters-bad-category.broken.geojson');
    expect(formatProblem(p, 'ja')).toContain('期待: 「避難所」または「広域避難場所」');
    expect(formatProblem(p, 'en')).toContain('"避難所" or "広域避難場所"');
    expect(formatProblem(p, 'en')).toContain('value: "避難場所"');
  });

  it('names the spreadsheet row of a CSV problem', () => {
    const p = only('chomePoints', 'points-bad-lat-row-4.broken.csv');
    expect(formatProblem(p, 'ja')).toBe(
      'shinagawa_chome_points_geolonia.csv、4 行目、項目「lat」: 値の形式が違います（期待: 数値） (値: "35.60235３x")',
    );
    expect(formatProblem(p, 'en')).toBe(
      'shinagawa_chome_points_geolonia.csv, row 4, field "lat": wrong kind of value (expected: number) (value: "35.60235３x")',
    );
  });

  it('names the missing column', () => {
    const p = only('chomePoints', 'points-missing-column.broken.csv');
    expect(formatProblem(p, 'ja')).toContain('列「lng」がありません');
    expect(formatProblem(p, 'en')).toContain('column "lng" is missing');
    expect(formatProblem(p, 'en')).toContain('row 1');
  });

  it('fills the area box into outOfArea and the other feature into duplicateId', () => {
    const area = only('chome', 'chome-out-of-area-osaka.broken.geojson');
    expect(formatProblem(area, 'ja')).toContain('経度 139.64〜139.83、緯度 35.55〜35.68');
    expect(formatProblem(area, 'en')).toContain('value: [135.49817,34.70248]');
    const dup = only('chome', 'chome-duplicate-key-code.broken.geojson');
    expect(formatProblem(dup, 'en')).toBe(
      'shinagawa_chome_2015_simplified.geojson, feature #3, field "key_code": duplicate id (already used by #1) (value: "13109010002")',
    );
  });

  it('includes the line and column of a JSON syntax error', () => {
    const p = only('chome', 'chome-missing-comma.broken.geojson.txt');
    expect(formatProblem(p, 'ja')).toMatch(
      /^shinagawa_chome_2015_simplified\.geojson: JSON として読めません（line 4, column 1: /,
    );
    expect(formatProblem(p, 'en')).toMatch(/not valid JSON \(line 4, column 1: /);
  });

  it('leaves no {placeholder} unfilled for the problems of the broken fixtures', () => {
    const cases: [DatasetId, string][] = [
      ['chome', 'chome-null-geometry.broken.geojson'],
      ['chome', 'chome-point-geometry.broken.geojson'],
      ['chome', 'chome-string-coordinate.broken.geojson'],
      ['chome', 'chome-unclosed-ring.broken.geojson'],
      ['chome', 'chome-ring-3-positions.broken.geojson'],
      ['chome', 'chome-swapped-lonlat.broken.geojson'],
      ['chome', 'chome-root-is-feature.broken.geojson'],
      ['chome', 'chome-features-misspelt.broken.geojson'],
      ['chome', 'chome-bare-geometry-entry.broken.geojson'],
      ['chome', 'chome-bad-key-code.broken.geojson'],
      ['stations', 'stations-empty-name.broken.geojson'],
      ['stations', 'stations-lat-over-90.broken.geojson'],
      ['chomePoints', 'points-duplicate-town.broken.csv'],
      ['chomePoints', 'points-swapped-latlng.broken.csv'],
      ['chomePoints', 'points-unterminated-quote.broken.csv'],
      ['chomePoints', 'points-empty.broken.csv'],
    ];
    for (const [id, name] of cases) {
      const problems = problemsOf(id, name);
      expect(problems.length, name).toBeGreaterThan(0);
      for (const p of problems) {
        for (const lang of LANGS) {
          const text = formatProblem(p, lang);
          expect(text, `${name} ${lang}`).not.toMatch(/\{\w+\}/);
          expect(text.startsWith(datasetById(id).file), text).toBe(true);
        }
      }
    }
  });

  it('fills {value} when the geometry has no type', () => {
    const p = only('chome', 'chome-geometry-without-type.broken.geojson');
    expect(formatProblem(p, 'ja')).not.toContain('{value}');
  });

  it('fills {value} when the root is an array', () => {
    const p = only('chome', 'chome-root-is-array.broken.geojson');
    expect(formatProblem(p, 'en')).not.toContain('{value}');
  });

  it('has a message in every language for every problem code', () => {
    // Typed as Record<ProblemCode, …>: adding a code without listing it here fails the typecheck.
    const all: Record<ProblemCode, true> = {
      fetchFailed: true,
      tooLarge: true,
      notJson: true,
      notFeatureCollection: true,
      noFeatures: true,
      notFeature: true,
      noGeometry: true,
      geometryType: true,
      badCoordinates: true,
      ringNotClosed: true,
      ringTooShort: true,
      lonLatRange: true,
      coordsSwapped: true,
      outOfArea: true,
      missingField: true,
      emptyField: true,
      wrongType: true,
      badPattern: true,
      duplicateId: true,
      missingColumn: true,
      csvParse: true,
      chomeNameMismatch: true,
      chomeNotFound: true,
      chomeMissingPoint: true,
      chomeUnmatched: true,
      unknownEvent: true,
      unknownStation: true,
      unknownTown: true,
      unknownPlace: true,
      tableRefused: true,
      chomeTwice: true,
      nameMissing: true,
      dateHeader: true,
      dateTwice: true,
      countNotNumber: true,
      countNegative: true,
      countFraction: true,
      totalMismatch: true,
      wardDiffers: true,
      columnIgnored: true,
    };
    const messages: Record<string, string | undefined> = { ...ja };
    const messagesEn: Record<string, string | undefined> = { ...en };
    for (const code of Object.keys(all)) {
      expect(messages[`v.${code}`], code).toBeTruthy();
      expect(messagesEn[`v.${code}`], code).toBeTruthy();
    }
  });
});

describe('problem helpers', () => {
  it('showValue quotes strings, serialises the rest and shortens long values', () => {
    expect(showValue('abc')).toBe('"abc"');
    expect(showValue([139.7, 35.6])).toBe('[139.7,35.6]');
    expect(showValue(null)).toBe('null');
    expect(showValue(undefined)).toBe('');
    const long = showValue('x'.repeat(100));
    expect(long).toHaveLength(58);
    expect(long.endsWith('…')).toBe(true);
  });

  it('file-level codes are exactly those that make the whole file unusable', () => {
    expect([...FILE_LEVEL_CODES].sort()).toEqual(
      [
        'csvParse',
        'fetchFailed',
        'missingColumn',
        'noFeatures',
        'notFeatureCollection',
        'notJson',
        'tableRefused',
        'tooLarge',
      ].sort(),
    );
    expect(isFileLevel(only('chomePoints', 'points-missing-column.broken.csv'))).toBe(true);
    expect(isFileLevel(only('chome', 'chome-bad-key-code.broken.geojson'))).toBe(false);
  });

  it('hasErrors ignores warnings', () => {
    const warning: Problem = { severity: 'warning', code: 'chomeMissingPoint', file: 'x' };
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, { ...warning, severity: 'error' }])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });
});
