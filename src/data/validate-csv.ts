import Papa from 'papaparse';
import { checkField, expectedParams, parseCsvNumber } from './check-field';
import { unescapeFormula } from './csv-formula';
import type { Problem } from './problems';
import type { CsvSchema } from './schema';
import { checkGeometry, MAX_PROBLEMS_PER_FILE } from './validate-geojson';

/** One valid data record, with the spreadsheet line it came from (for later error messages). */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

export interface CsvResult {
  /** Rows that passed every check, keyed by header name. */
  readonly rows: CsvRow[] | null;
  readonly problems: Problem[];
  readonly total: number;
}

/** Spreadsheet line of a data record: the header is line 1, the first record line 2. */
export const rowNumber = (recordIndex: number): number => recordIndex + 2;

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parse and validate a CSV file (already decoded to text) against its schema. Never throws. */
export function validateCsv(file: string, text: string, schema: CsvSchema): CsvResult {
  // One line-ending style, so a row saved by another editor does not merge with the next one.
  const normalised = stripBom(text).replace(/\r\n?/g, '\n');
  // Blank lines are kept (and skipped below) so that every record keeps its spreadsheet line number.
  // Always commas: Papa's delimiter guess picks ";" when source cells list several items with " ; ".
  const parsed = Papa.parse<string[]>(normalised, { header: false, skipEmptyLines: false, delimiter: ',' });
  const isBlank = (cells: readonly string[]): boolean => cells.every((c) => c.trim() === '');
  const [header, ...records] = parsed.data;
  if (!header || isBlank(header)) {
    return {
      rows: null,
      total: 0,
      problems: [{ severity: 'error', code: 'csvParse', file, params: { detail: 'empty file' } }],
    };
  }
  const names = header.map((h) => h.normalize('NFKC').trim());
  const missing = schema.columns.filter((c) => c.required && !names.includes(c.name));
  if (missing.length > 0) {
    return {
      rows: null,
      total: records.filter((r) => !isBlank(r)).length,
      problems: missing.map((c) => ({
        severity: 'error' as const,
        code: 'missingColumn' as const,
        file,
        row: 1,
        field: c.name,
        params: { found: names.join(', ') },
      })),
    };
  }
  const problems: Problem[] = [];
  const report = (p: Problem): void => {
    if (problems.length < MAX_PROBLEMS_PER_FILE) problems.push(p);
  };
  const badRecords = new Set<number>();
  for (const err of parsed.errors) {
    // Papa counts the header as record 0.
    const index = (err.row ?? 0) - 1;
    if (index < 0) continue;
    badRecords.add(index);
    report({ severity: 'error', code: 'csvParse', file, row: rowNumber(index), params: { detail: err.message } });
  }
  const rows: CsvRow[] = [];
  const seen = new Map<string, number>();
  let total = 0;
  records.forEach((cells, index) => {
    if (isBlank(cells)) return;
    total++;
    if (badRecords.has(index)) return;
    const extra = cells.slice(names.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      report({
        severity: 'error',
        code: 'csvParse',
        file,
        row: rowNumber(index),
        value: extra.join(','),
        params: { detail: `${cells.length} fields, header has ${names.length}` },
      });
      return;
    }
    const row: Record<string, string> = {};
    names.forEach((name, i) => {
      row[name] = unescapeFormula((cells[i] ?? '').trim());
    });
    let ok = true;
    for (const spec of schema.columns) {
      const issue = checkField(spec, row[spec.name], 'csv', spec.name in row);
      if (issue) {
        ok = false;
        report({
          severity: 'error',
          code: issue.code,
          file,
          row: rowNumber(index),
          field: spec.name,
          value: row[spec.name],
          params: expectedParams(spec),
        });
      }
    }
    if (ok && schema.lonLat) {
      const { lon, lat, bbox } = schema.lonLat;
      const point = { type: 'Point', coordinates: [parseCsvNumber(row[lon] ?? ''), parseCsvNumber(row[lat] ?? '')] };
      for (const issue of checkGeometry(point, ['Point'], bbox)) {
        ok = false;
        report({ severity: 'error', file, row: rowNumber(index), field: `${lat}/${lon}`, ...issue });
      }
    }
    if (ok && schema.uniqueKey) {
      const key = schema.uniqueKey.map((k) => row[k] ?? '').join(' / ');
      const other = seen.get(key);
      if (other !== undefined) {
        ok = false;
        report({
          severity: 'error',
          code: 'duplicateId',
          file,
          row: rowNumber(index),
          field: schema.uniqueKey.join('+'),
          value: key,
          params: { other: String(rowNumber(other)) },
        });
      } else {
        seen.set(key, index);
      }
    }
    if (ok) rows.push({ line: rowNumber(index), values: row });
  });
  return { rows, problems, total };
}
