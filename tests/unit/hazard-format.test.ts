import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/data/problems';
import type { BBox } from '../../src/data/schema';
import {
  createDecoder,
  createMeshScan,
  detectEncoding,
  detectHeader,
  headerCells,
  looksBinary,
  normaliseHeader,
  parseMeshRow,
  type MeshHeader,
  type MeshPoint,
} from '../../src/hazard/mesh-format';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));

/** The three fixtures hold the same three points, in different encodings and column orders. */
const POINTS: MeshPoint[] = [
  { depth: 0, ground: 3.2, lat: 35.61, lon: 139.73 },
  { depth: 0.65, ground: 2.1, lat: 35.610083, lon: 139.730125 },
  { depth: 3.1, ground: 1.5, lat: 35.610167, lon: 139.73025 },
];

const WARD: BBox = [139.69, 35.58, 139.78, 35.65];

/** Decode in small pieces, as the CLI's stream does, so split characters are exercised. */
function decodeInPieces(bytes: Uint8Array, piece: number): string {
  const decoder = createDecoder(detectEncoding(bytes.subarray(0, 65536)));
  let text = '';
  for (let at = 0; at < bytes.length; at += piece) {
    text += decoder.decode(bytes.subarray(at, at + piece), { stream: true });
  }
  return text + decoder.decode();
}

function scanText(file: string, text: string, keep: BBox = WARD) {
  const cells = headerCells(text, true) ?? [];
  const detected = detectHeader(file, cells);
  if (!detected.ok) throw new Error(JSON.stringify(detected.problems));
  const points: MeshPoint[] = [];
  const scan = createMeshScan({
    file,
    encoding: 'utf-8',
    header: detected.header,
    keep,
    onPoint: (p) => points.push(p),
    maxProblems: 20,
  });
  const rows = Papa.parse<string[]>(text, { header: false, delimiter: ',' }).data;
  rows.forEach((r, i) => {
    if (i > 0) scan.row(r, i + 1);
  });
  return { points, stats: scan.stats, fatal: scan.fatal() };
}

describe('encoding detection and decoding', () => {
  it.each([
    ['hazard-mesh-sjis.synthetic.csv', 'shift_jis'],
    ['hazard-mesh-utf8bom.synthetic.csv', 'utf-8-bom'],
    ['hazard-mesh-utf8.synthetic.csv', 'utf-8'],
  ])('%s is %s and decodes to the same points', (name, encoding) => {
    const bytes = fixture(name);
    expect(detectEncoding(bytes)).toBe(encoding);
    const { points, stats } = scanText(name, decodeInPieces(bytes, 65536));
    expect(stats.skipped).toBe(0);
    expect(points).toEqual(POINTS);
  });

  it('Shift_JIS header bytes decode to the Japanese column names, whatever the chunk size', () => {
    const bytes = fixture('hazard-mesh-sjis.synthetic.csv');
    for (const piece of [1, 2, 3, 5, 7]) {
      expect(decodeInPieces(bytes, piece).split('\r\n')[0]).toBe('浸水深(m),地盤高(m),緯度,経度');
    }
  });

  it('drops the UTF-8 BOM so the first column name matches', () => {
    const text = decodeInPieces(fixture('hazard-mesh-utf8bom.synthetic.csv'), 2);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(headerCells(text, true)?.[0]).toBe('経度');
  });

  it('a UTF-8 character cut at the end of the sample does not make the sample Shift_JIS', () => {
    const bytes = new TextEncoder().encode('浸水深,地盤高,緯度,経度\n');
    expect(detectEncoding(bytes.subarray(0, 2))).toBe('utf-8');
  });

  it('NUL bytes mark a binary file', () => {
    expect(looksBinary(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00]))).toBe(true);
    expect(looksBinary(fixture('hazard-mesh-sjis.synthetic.csv'))).toBe(false);
  });

  it('no complete first line in a partial sample is reported as null', () => {
    expect(headerCells('浸水深,地盤高', false)).toBeNull();
    expect(headerCells('浸水深,地盤高', true)).toEqual(['浸水深', '地盤高']);
  });
});

describe('header detection', () => {
  it.each([
    [['浸水深(m)', '地盤高(m)', '緯度', '経度']],
    [['浸水深（ｍ）', '地盤高（ｍ）', '緯度', '経度']],
    [['経度', '緯度', ' 地盤高 (m) ', '浸水深 [m]']],
    [['\uFEFF浸水深', '地 盤 高', '緯度（度）', '経度（度）', '備考']],
    [['最大浸水深(m)', '地盤高　(m)', '緯度(JGD2011)', '経度(JGD2011)']],
  ])('finds the four columns in %j', (cells) => {
    const result = detectHeader('f.csv', cells);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const byName = (keyword: string): number => cells.findIndex((c) => c.includes(keyword[0]!));
    expect(result.header.depth.index).toBe(byName('浸'));
    expect(result.header.ground.index).toBe(byName('地'));
    expect(result.header.lat.index).toBe(byName('緯'));
    expect(result.header.lon.index).toBe(byName('経'));
  });

  it('normalises width, spaces and units', () => {
    expect(normaliseHeader(' 浸水深　（ｍ） ')).toBe('浸水深');
    expect(normaliseHeader('地盤高[m]')).toBe('地盤高');
  });

  it('names each missing column, the file and row 1, and shows what was found', () => {
    const result = detectHeader('x.csv', ['depth', 'ground', 'lat', 'lon']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.file, p.row, p.field])).toEqual([
      ['missingColumn', 'x.csv', 1, '浸水深'],
      ['missingColumn', 'x.csv', 1, '地盤高'],
      ['missingColumn', 'x.csv', 1, '緯度'],
      ['missingColumn', 'x.csv', 1, '経度'],
    ]);
    expect(result.problems[0]?.params?.found).toBe('depth, ground, lat, lon');
  });

  it('a tab-separated header is one cell holding every name: an error, not four matches', () => {
    const result = detectHeader('t.csv', ['浸水深\t地盤高\t緯度\t経度']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: 'csvParse', row: 1 });
  });

  it('two columns containing the same keyword: the exact one wins, else an error', () => {
    const exact = detectHeader('f.csv', ['浸水深ランク', '浸水深', '地盤高', '緯度', '経度']);
    expect(exact.ok && exact.header.depth.index).toBe(1);
    const ambiguous = detectHeader('f.csv', ['浸水深1', '浸水深2', '地盤高', '緯度', '経度']);
    expect(ambiguous.ok).toBe(false);
    if (!ambiguous.ok) expect(ambiguous.problems[0]?.field).toBe('浸水深');
  });
});

const HEADER: MeshHeader = {
  depth: { index: 0, name: '浸水深(m)' },
  ground: { index: 1, name: '地盤高(m)' },
  lat: { index: 2, name: '緯度' },
  lon: { index: 3, name: '経度' },
};
const problemOf = (cells: string[], row = 7): Problem => {
  const r = parseMeshRow('f.csv', HEADER, cells, row);
  if (r.ok) throw new Error(`expected a problem for ${cells.join(',')}`);
  return r.problem;
};

describe('row parsing', () => {
  it('parses plain and full-width numbers', () => {
    expect(parseMeshRow('f.csv', HEADER, ['0.5', '2', '35.6', '139.7'], 2)).toEqual({
      ok: true,
      value: { depth: 0.5, ground: 2, lat: 35.6, lon: 139.7 },
    });
    const wide = parseMeshRow('f.csv', HEADER, ['１．５', ' 2 ', '35.6', '139.7'], 2);
    expect(wide.ok && wide.value.depth).toBe(1.5);
  });

  it('non-numeric depth: wrongType with file, row, column and value', () => {
    const p = problemOf(['abc', '2', '35.6', '139.7']);
    expect(p).toMatchObject({
      code: 'wrongType',
      file: 'f.csv',
      row: 7,
      field: '浸水深(m)',
      value: 'abc',
    });
    expect(formatProblem(p, 'en')).toBe(
      'f.csv, row 7, field "浸水深(m)": wrong kind of value (expected: number (metres)) (value: "abc")',
    );
  });

  it('missing columns and empty cells', () => {
    expect(problemOf(['0.5', '2'])).toMatchObject({ code: 'missingField', row: 7, field: '緯度' });
    expect(problemOf(['', '2', '35.6', '139.7'])).toMatchObject({
      code: 'emptyField',
      field: '浸水深(m)',
    });
  });

  it('swapped latitude and longitude', () => {
    const p = problemOf(['0.5', '2', '139.7', '35.6']);
    expect(p).toMatchObject({ code: 'coordsSwapped', row: 7, field: '緯度/経度' });
    expect(p.value).toBe('緯度=139.7, 経度=35.6');
  });

  it('coordinates out of range', () => {
    expect(problemOf(['0.5', '2', '95', '139.7']).code).toBe('lonLatRange');
  });
});

describe('file scan', () => {
  const header = '浸水深(m),地盤高(m),緯度,経度';
  it('skips, counts and reports bad rows with their spreadsheet row numbers', () => {
    const text = [
      header,
      '0.5,2,35.61,139.73',
      'x,2,35.61,139.73',
      '',
      '0.5,2',
      '0.5,2,139.73,35.61',
      '0.0,4,35.61,139.73',
      '1.0,4,35.70,139.73',
    ].join('\n');
    const { points, stats, fatal } = scanText('f.csv', text);
    expect(stats.problems.map((p) => [p.row, p.code])).toEqual([
      [3, 'wrongType'],
      [5, 'missingField'],
      [6, 'coordsSwapped'],
    ]);
    expect(stats).toMatchObject({ rows: 6, kept: 2, outside: 1, skipped: 3, dry: 1, swapped: 1 });
    expect(points).toHaveLength(2);
    expect(fatal).toBeNull();
  });

  it('reports only the first problems but counts all', () => {
    const bad = Array.from({ length: 30 }, () => 'x,2,35.61,139.73');
    const { stats } = scanText('f.csv', [header, ...bad].join('\n'));
    expect(stats.problems).toHaveLength(20);
    expect(stats.skipped).toBe(30);
  });

  it('a file whose columns are mostly swapped is unusable', () => {
    const rows = ['0.5,2,139.73,35.61', '0.5,2,139.73,35.62', '0.5,2,35.61,139.73'];
    const { fatal } = scanText('f.csv', [header, ...rows].join('\n'));
    expect(fatal).toMatchObject({ code: 'coordsSwapped', row: 2 });
  });

  it('a header without data rows is unusable', () => {
    expect(scanText('f.csv', `${header}\n`).fatal).toMatchObject({ code: 'csvParse', row: 2 });
  });
});
