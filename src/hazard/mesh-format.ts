// The CSV layout of Tokyo's 浸水予想区域図 point meshes (城南地区河川流域, 2021): one row per ~10 m
// grid point with 浸水深 (m), 地盤高 (m), 緯度, 経度. Exact header spellings are not documented, so
// columns are found by keyword; every cell is checked and a bad row becomes a Problem, never a 0.
import Papa from 'papaparse';
import { parseCsvNumber } from '../data/check-field';
import type { Problem } from '../data/problems';
import type { BBox } from '../data/schema';
import { sniffEncoding, type SniffedEncoding } from '../lib/text-encoding';
import { FLOODED_MIN_M } from './mesh-classify';

export type MeshColumn = 'depth' | 'ground' | 'lat' | 'lon';

/** Keyword each header cell must contain, in the order the catalogue lists the columns. */
export const MESH_KEYWORDS: Readonly<Record<MeshColumn, string>> = {
  depth: '浸水深',
  ground: '地盤高',
  lat: '緯度',
  lon: '経度',
};
const COLUMNS = Object.keys(MESH_KEYWORDS) as MeshColumn[];

/** The four expected column names, for "not the expected format" messages. */
export const EXPECTED_COLUMNS = COLUMNS.map((c) => MESH_KEYWORDS[c]).join(', ');

export type MeshEncoding = SniffedEncoding;

/** How many leading bytes decide the encoding: enough for the header and ~1,500 rows. */
export const HEAD_BYTES = 64 * 1024;

/** The same rule as the ward's chome table, judged on the head of the file only. */
export function detectEncoding(head: Uint8Array): MeshEncoding {
  return sniffEncoding(head, true);
}

/** Text files never contain NUL; a ZIP, XLSX or PDF saved as .csv almost always does. */
export function looksBinary(head: Uint8Array): boolean {
  return head.includes(0);
}

/** A streaming decoder for the detected encoding (the UTF-8 decoder drops the BOM itself). */
export function createDecoder(encoding: MeshEncoding): TextDecoder {
  return new TextDecoder(encoding === 'shift_jis' ? 'shift_jis' : 'utf-8');
}

/** Cells of row 1, or null when the sample holds no complete first line. */
export function headerCells(headText: string, complete: boolean): string[] | null {
  const end = headText.search(/[\r\n]/);
  if (end < 0 && !complete) return null;
  const line = end < 0 ? headText : headText.slice(0, end);
  const parsed = Papa.parse<string[]>(line, { header: false, delimiter: ',' });
  return parsed.data[0] ?? [];
}

/** Header text reduced to what identifies it: NFKC, no spaces, no unit such as (m) or （ｍ）. */
export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .normalize('NFKC')
    .replace(/[([【〔][^)\]】〕]*[)\]】〕]/g, '')
    .replace(/\s+/g, '');
}

export interface HeaderColumn {
  readonly index: number;
  /** As written in the file, for messages. */
  readonly name: string;
}
export type MeshHeader = Readonly<Record<MeshColumn, HeaderColumn>>;

export type HeaderResult =
  | { readonly ok: true; readonly header: MeshHeader }
  | { readonly ok: false; readonly problems: Problem[] };

/** Find the four columns in row 1, in any order. Problems name the file, row 1 and the column. */
export function detectHeader(file: string, cells: readonly string[]): HeaderResult {
  const names = cells.map(normaliseHeader);
  const found = cells.map((c) => c.trim()).join(', ');
  const problems: Problem[] = [];
  const header: Partial<Record<MeshColumn, HeaderColumn>> = {};
  for (const column of COLUMNS) {
    const keyword = MESH_KEYWORDS[column];
    const hits = names.flatMap((n, i) => (n.includes(keyword) ? [i] : []));
    const exact = hits.filter((i) => names[i] === keyword);
    const index = hits.length === 1 ? hits[0] : exact.length === 1 ? exact[0] : undefined;
    if (index !== undefined) {
      header[column] = { index, name: (cells[index] ?? keyword).trim() };
    } else if (hits.length === 0) {
      problems.push({
        severity: 'error',
        code: 'missingColumn',
        file,
        row: 1,
        field: keyword,
        params: { found: found.slice(0, 200) },
      });
    } else {
      problems.push({
        severity: 'error',
        code: 'csvParse',
        file,
        row: 1,
        field: keyword,
        value: hits.map((i) => cells[i]).join(', '),
        params: { detail: `${hits.length} columns contain ${keyword}; expected one` },
      });
    }
  }
  const { depth, ground, lat, lon } = header;
  const used = [depth, ground, lat, lon].flatMap((c) => (c ? [c.index] : []));
  const shared = used.find((index, i) => used.indexOf(index) !== i);
  if (shared !== undefined) {
    // One cell holding several names: the file is separated by tabs or semicolons, not commas.
    problems.push({
      severity: 'error',
      code: 'csvParse',
      file,
      row: 1,
      value: cells[shared],
      params: {
        detail: `one column holds several of ${EXPECTED_COLUMNS}; columns must be separated by commas`,
      },
    });
  }
  if (problems.length > 0 || !depth || !ground || !lat || !lon) return { ok: false, problems };
  return { ok: true, header: { depth, ground, lat, lon } };
}

export interface MeshPoint {
  readonly lon: number;
  readonly lat: number;
  readonly depth: number;
  readonly ground: number;
}

export type RowResult =
  | { readonly ok: true; readonly value: MeshPoint }
  | { readonly ok: false; readonly problem: Problem };

// Most cells are plain ASCII decimals: test them with one regex and leave the slower NFKC path
// (full-width digits, stray spaces) to the rare rest.
const PLAIN_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

export function parseNumberCell(text: string): number {
  return PLAIN_NUMBER.test(text) ? Number(text) : parseCsvNumber(text);
}

const expected: Readonly<Record<MeshColumn, { expected_ja: string; expected_en: string }>> = {
  depth: { expected_ja: '数値（m）', expected_en: 'number (metres)' },
  ground: { expected_ja: '数値（m）', expected_en: 'number (metres)' },
  lat: { expected_ja: '数値（度）', expected_en: 'number (degrees)' },
  lon: { expected_ja: '数値（度）', expected_en: 'number (degrees)' },
};

/** Japan and its seas: a lat/lon pair outside it that lands inside when swapped was swapped. */
const JAPAN_BBOX: BBox = [122, 20, 154, 46];
export const inBox = (lon: number, lat: number, b: BBox): boolean =>
  lon >= b[0] && lon <= b[2] && lat >= b[1] && lat <= b[3];

/** Parse one data row; `row` is its spreadsheet line (the header is row 1). */
export function parseMeshRow(
  file: string,
  header: MeshHeader,
  cells: readonly string[],
  row: number,
): RowResult {
  const values = { depth: 0, ground: 0, lat: 0, lon: 0 };
  for (const column of COLUMNS) {
    const { index, name } = header[column];
    const cell = cells[index];
    const base = { severity: 'error' as const, file, row, field: name };
    if (cell === undefined) {
      const problem: Problem = {
        ...base,
        code: 'missingField',
        value: cells.join(','),
        params: { detail: `${cells.length} fields` },
      };
      return { ok: false, problem };
    }
    if (cell.trim() === '') return { ok: false, problem: { ...base, code: 'emptyField' } };
    const n = parseNumberCell(cell);
    if (!Number.isFinite(n)) {
      const problem: Problem = {
        ...base,
        code: 'wrongType',
        value: cell,
        params: expected[column],
      };
      return { ok: false, problem };
    }
    values[column] = n;
  }
  const { lon, lat } = values;
  if (inBox(lat, lon, JAPAN_BBOX) && !inBox(lon, lat, JAPAN_BBOX)) {
    const problem: Problem = {
      severity: 'error',
      code: 'coordsSwapped',
      file,
      row,
      field: `${header.lat.name}/${header.lon.name}`,
      value: `${header.lat.name}=${cells[header.lat.index]}, ${header.lon.name}=${cells[header.lon.index]}`,
    };
    return { ok: false, problem };
  }
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
    const problem: Problem = {
      severity: 'error',
      code: 'lonLatRange',
      file,
      row,
      field: `${header.lat.name}/${header.lon.name}`,
      value: `${cells[header.lat.index]}, ${cells[header.lon.index]}`,
    };
    return { ok: false, problem };
  }
  return { ok: true, value: values };
}

export const isBlankRow = (cells: readonly string[]): boolean =>
  cells.every((c) => c.trim() === '');

export interface MeshFileStats {
  readonly file: string;
  readonly encoding: MeshEncoding;
  /** Data rows read (blank lines not counted). */
  rows: number;
  /** Valid rows inside the kept box. */
  kept: number;
  /** Valid rows outside the kept box (normal: the source covers several wards). */
  outside: number;
  /** Bad rows, reported and left out. */
  skipped: number;
  /** Valid rows that are not flooded; 0 means the file lists flooded points only. */
  dry: number;
  swapped: number;
  firstSwappedRow: number | null;
  /** The first `maxProblems` bad rows. */
  readonly problems: Problem[];
}

export interface MeshScanOptions {
  readonly file: string;
  readonly encoding: MeshEncoding;
  readonly header: MeshHeader;
  /** Points outside this box are counted, not kept. */
  readonly keep: BBox;
  readonly onPoint: (point: MeshPoint) => void;
  /** Bad rows beyond this are only counted, so a broken 1 GB file cannot flood memory. */
  readonly maxProblems: number;
}

export interface MeshScan {
  readonly stats: MeshFileStats;
  /** Feed one parsed row; `row` is its spreadsheet line (the header is row 1). */
  row(cells: readonly string[], row: number): void;
  /** Count a row the CSV reader itself could not split, with the reader's problem. */
  bad(problem: Problem): void;
  /** A problem that makes the whole file unusable, once every row has been fed. */
  fatal(): Problem | null;
}

export function createMeshScan(options: MeshScanOptions): MeshScan {
  const { file, header, keep, onPoint, maxProblems } = options;
  const stats: MeshFileStats = {
    file,
    encoding: options.encoding,
    rows: 0,
    kept: 0,
    outside: 0,
    skipped: 0,
    dry: 0,
    swapped: 0,
    firstSwappedRow: null,
    problems: [],
  };
  return {
    stats,
    row(cells, row) {
      if (isBlankRow(cells)) return;
      stats.rows++;
      const result = parseMeshRow(file, header, cells, row);
      if (!result.ok) {
        stats.skipped++;
        if (result.problem.code === 'coordsSwapped') {
          stats.swapped++;
          stats.firstSwappedRow ??= row;
        }
        if (stats.problems.length < maxProblems) stats.problems.push(result.problem);
        return;
      }
      const point = result.value;
      if (!(point.depth >= FLOODED_MIN_M)) stats.dry++;
      if (!inBox(point.lon, point.lat, keep)) {
        stats.outside++;
        return;
      }
      stats.kept++;
      onPoint(point);
    },
    bad(problem) {
      stats.rows++;
      stats.skipped++;
      if (stats.problems.length < maxProblems) stats.problems.push(problem);
    },
    fatal() {
      if (stats.rows === 0) {
        return {
          severity: 'error',
          code: 'csvParse',
          file,
          row: 2,
          params: { detail: 'no data rows below the header' },
        };
      }
      // A few swapped rows are typos; a majority means the two columns are labelled the wrong way.
      if (stats.swapped * 2 >= stats.rows) {
        return {
          severity: 'error',
          code: 'coordsSwapped',
          file,
          row: stats.firstSwappedRow ?? 2,
          field: `${header.lat.name}/${header.lon.name}`,
          params: { detail: `${stats.swapped} of ${stats.rows} rows` },
        };
      }
      return null;
    },
  };
}
