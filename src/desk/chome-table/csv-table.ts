// A CSV data file as a header and rows of named cells. Rows read from the file are written back
// exactly as they were (quoting, spacing), new rows the way the files in data/ are kept (UTF-8,
// LF, quotes only where needed), so an import changes only the lines it means to change.
// Staff open these files in Excel: every cell written here is neutralised against formulas
// (csv-formula.ts), and a row read with a cell that is not is written anew, neutralised. Cells are
// read without the mark, as validateCsv reads them, so a value keeps one apostrophe however often
// it is written.
import Papa from 'papaparse';
import { escapeFormula, unescapeFormula } from '../../data/csv-formula';

type Row = Readonly<Record<string, string>>;

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly Row[];
  /**
   * The original text of each row read from a file (header included under the key null), unless
   * a cell of it would start a formula in a spreadsheet.
   */
  readonly raw: ReadonlyMap<Row | null, string>;
}

export function parseCsvTable(text: string): CsvTable {
  const body = text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
  const raw = new Map<Row | null, string>();
  const rows: Row[] = [];
  let header: string[] | null = null;
  let from = 0;
  Papa.parse<string[]>(body, {
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const line = body.slice(from, result.meta.cursor).replace(/\n$/u, '');
      from = result.meta.cursor;
      const cells = result.data;
      const safe = cells.every((c) => escapeFormula(unescapeFormula(c)) === c);
      if (header === null) {
        header = cells.map(unescapeFormula);
        if (safe) raw.set(null, line);
        return;
      }
      if (cells.every((c) => c.trim() === '')) return;
      const h = header;
      const row = Object.fromEntries(h.map((name, i) => [name, unescapeFormula(cells[i] ?? '')]));
      rows.push(row);
      if (safe) raw.set(row, line);
    },
  });
  return { header: header ?? [], rows, raw };
}

export function formatCsvTable(table: CsvTable): string {
  const line = (cells: readonly string[]): string =>
    Papa.unparse([cells.map(escapeFormula)], { newline: '\n' });
  const lines = [
    table.raw.get(null) ?? line(table.header),
    ...table.rows.map((r) => table.raw.get(r) ?? line(table.header.map((h) => r[h] ?? ''))),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A data file's text with every cell that would start a formula neutralised; the text itself when
 * there is none (the usual case), so a file that is already safe is saved byte for byte.
 */
export function neutraliseCsv(text: string): string {
  const table = parseCsvTable(text);
  const rewritten = table.rows.some((r) => !table.raw.has(r)) || !table.raw.has(null);
  return rewritten ? formatCsvTable(table) : text;
}
