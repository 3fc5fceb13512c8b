import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { datasetById } from '../../src/data/catalog';
import { parseCsvNumber } from '../../src/data/check-field';
import type { CsvSchema } from '../../src/data/schema';
import { rowNumber, stripBom, validateCsv } from '../../src/data/validate-csv';
import { MAX_PROBLEMS_PER_FILE } from '../../src/data/validate-geojson';

// Fixtures are 3 real rows of data/shinagawa_chome_points_geolonia.csv, broken in one way each.
const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const pointsSchema = datasetById('chomePoints').schema;
if (pointsSchema.kind !== 'csv') throw new Error('chomePoints is not CSV');
const points: CsvSchema = pointsSchema;

const validate = (name: string) => validateCsv(name, fixture(name), points);

describe('validateCsv: valid files', () => {
  it('passes valid rows, keyed by header, with spreadsheet line numbers', () => {
    const result = validate('points-valid-3-rows.csv');
    expect(result.problems).toEqual([]);
    expect(result.total).toBe(3);
    expect(result.rows).toEqual([
      {
        line: 2,
        values: {
          ward: '品川区',
          ward_code: '13109',
          town: '中延二丁目',
          koaza: '',
          lat: '35.610696',
          lng: '139.710636',
        },
      },
      expect.objectContaining({ line: 3, values: expect.objectContaining({ town: '中延三丁目' }) }),
      expect.objectContaining({ line: 4, values: expect.objectContaining({ town: '中延六丁目' }) }),
    ]);
  });

  it('strips a UTF-8 BOM (and reads CRLF line ends) so the first column is still "ward"', () => {
    const text = fixture('points-bom-crlf.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const result = validateCsv('points-bom-crlf.csv', text, points);
    expect(result.problems).toEqual([]);
    expect(result.rows?.map((r) => r.values.ward)).toEqual(['品川区', '品川区', '品川区']);
    expect(result.rows?.map((r) => r.values.lng)).toEqual([
      '139.710636',
      '139.710848',
      '139.71144',
    ]);
    expect(stripBom('\uFEFFward')).toBe('ward');
    expect(stripBom('ward')).toBe('ward');
  });

  it('accepts full-width digits in numbers (as typed with a Japanese IME)', () => {
    const result = validate('points-fullwidth-digits.csv');
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(3);
    // The original text is kept; only the check converts it.
    expect(result.rows?.[2]?.values.lat).toBe('３５．６０２３５３');
  });

  it('accepts full-width digits and thousands commas in numeric columns', () => {
    const schema: CsvSchema = {
      kind: 'csv',
      columns: [
        { name: 'town', type: 'string', required: true },
        { name: 'households', type: 'integer', required: true },
      ],
    };
    const text =
      'town,households\n中延二丁目,１２３\n中延三丁目,"1,234"\n中延六丁目,"１，７３３"\n';
    const result = validateCsv('households.csv', text, schema);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(3);
    expect(parseCsvNumber('１２３')).toBe(123);
    expect(parseCsvNumber('1,234')).toBe(1234);
    expect(parseCsvNumber('３５．６０２３５３')).toBe(35.602353);
    expect(parseCsvNumber('12a')).toBeNaN();
    const bad = validateCsv('households.csv', 'town,households\n中延二丁目,1.5\n', schema);
    expect(bad.problems).toMatchObject([{ code: 'wrongType', row: 2, field: 'households' }]);
  });

  it('rowNumber: the header is line 1, the first record line 2', () => {
    expect(rowNumber(0)).toBe(2);
    expect(rowNumber(2)).toBe(4);
  });
});

describe('validateCsv: the whole file is unusable', () => {
  it('a missing required column is a file-level problem on row 1 naming the column', () => {
    const result = validate('points-missing-column.broken.csv');
    expect(result.rows).toBeNull();
    expect(result.total).toBe(3);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        code: 'missingColumn',
        file: 'points-missing-column.broken.csv',
        row: 1,
        field: 'lng',
        params: { found: 'ward, ward_code, town, koaza, lat' },
      },
    ]);
  });

  it('an empty file is "csvParse" (empty file)', () => {
    const result = validate('points-empty.broken.csv');
    expect(result.rows).toBeNull();
    expect(result.total).toBe(0);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        code: 'csvParse',
        file: 'points-empty.broken.csv',
        params: { detail: 'empty file' },
      },
    ]);
    // Only a BOM and blank lines is empty too.
    expect(validateCsv('x.csv', '\uFEFF\r\n\r\n', points).problems[0]?.code).toBe('csvParse');
  });

  it('a header with no data rows is valid but empty', () => {
    const result = validateCsv('x.csv', 'ward,ward_code,town,koaza,lat,lng\n', points);
    expect(result).toEqual({ rows: [], problems: [], total: 0 });
  });
});

describe('validateCsv: one broken row is left out, the others kept', () => {
  it('a non-number lat on the 3rd record is reported on line 4', () => {
    const result = validate('points-bad-lat-row-4.broken.csv');
    expect(result.total).toBe(3);
    expect(result.rows?.map((r) => r.values.town)).toEqual(['中延二丁目', '中延三丁目']);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        code: 'wrongType',
        file: 'points-bad-lat-row-4.broken.csv',
        row: 4,
        field: 'lat',
        value: '35.60235３x',
        params: { expected_ja: '数値', expected_en: 'number' },
      },
    ]);
  });

  it('a repeated town is "duplicateId" on the second one, naming the first line', () => {
    const result = validate('points-duplicate-town.broken.csv');
    expect(result.rows?.map((r) => r.line)).toEqual([2, 3]);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        code: 'duplicateId',
        file: 'points-duplicate-town.broken.csv',
        row: 4,
        field: 'town',
        value: '中延二丁目',
        params: { other: '2' },
      },
    ]);
  });

  it('lat and lng swapped is "coordsSwapped"', () => {
    const result = validate('points-swapped-latlng.broken.csv');
    expect(result.rows?.map((r) => r.values.town)).toEqual(['中延二丁目', '中延六丁目']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      code: 'coordsSwapped',
      row: 3,
      field: 'lat/lng',
      value: [35.608007, 139.710848],
    });
  });

  it('a point outside the area is "outOfArea"', () => {
    const text = fixture('points-valid-3-rows.csv').replace('139.710848', '135.498170');
    const result = validateCsv('x.csv', text, points);
    expect(result.problems).toMatchObject([{ code: 'outOfArea', row: 3, field: 'lat/lng' }]);
    expect(result.rows).toHaveLength(2);
  });

  it('a missing cell at the end of a row is "emptyField"', () => {
    const text = fixture('points-valid-3-rows.csv').replace(',139.710848', '');
    const result = validateCsv('x.csv', text, points);
    expect(result.problems).toMatchObject([
      { code: 'emptyField', row: 3, field: 'lng', value: '' },
    ]);
  });

  it('an unterminated quote is "csvParse" on its row', () => {
    const result = validate('points-unterminated-quote.broken.csv');
    expect(result.rows?.map((r) => r.values.town)).toEqual(['中延二丁目']);
    expect(result.problems).toMatchObject([
      {
        severity: 'error',
        code: 'csvParse',
        row: 3,
        params: { detail: 'Quoted field unterminated' },
      },
    ]);
  });

  it('a row with too many fields is reported with its row', () => {
    const result = validate('points-too-many-fields.broken.csv');
    expect(result.problems).toMatchObject([{ code: 'csvParse', row: 3 }]);
    expect(result.rows?.map((r) => r.values.town)).toEqual(['中延二丁目', '中延六丁目']);
  });

  it('rows after a blank line keep their spreadsheet line number', () => {
    const result = validate('points-blank-line.broken.csv');
    expect(result.problems).toMatchObject([{ code: 'wrongType', field: 'lat', row: 5 }]);
  });

  it('a CRLF file with one LF-only line keeps all its rows', () => {
    const result = validate('points-mixed-line-endings.broken.csv');
    expect(result.problems).toEqual([]);
    expect(result.rows?.map((r) => r.values.town)).toEqual([
      '中延二丁目',
      '中延三丁目',
      '中延六丁目',
    ]);
  });

  it(`reports at most MAX_PROBLEMS_PER_FILE (${MAX_PROBLEMS_PER_FILE}) problems`, () => {
    const lines = ['ward,ward_code,town,koaza,lat,lng'];
    for (let i = 0; i < 3000; i++) lines.push(`品川区,13109,町${i},,north,east`);
    const result = validateCsv('many.csv', lines.join('\n'), points);
    expect(result.total).toBe(3000);
    expect(result.rows).toEqual([]);
    expect(result.problems).toHaveLength(MAX_PROBLEMS_PER_FILE);
    expect(result.problems[0]).toMatchObject({ code: 'wrongType', row: 2, field: 'lat' });
  });
});
