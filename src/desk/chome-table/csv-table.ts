// A CSV data file as a header and rows of named cells. Rows read from the file are written back
// exactly as they were (quoting, spacing), new rows the way the files in data/ are kept (UTF-8,
// LF, quotes only where needed), so an import changes only the lines it means to change.
import Papa from 'papaparse';

type Row = Readonly<Record<string, string>>;

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly Row[];
  /** The original text of each row read from a file (header included under the key null). */
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
      if (header === null) {
        header = cells;
        raw.set(null, line);
        return;
      }
      if (cells.every((c) => c.trim() === '')) return;
      const h = header;
      const row = Object.fromEntries(h.map((name, i) => [name, cells[i] ?? '']));
      rows.push(row);
      raw.set(row, line);
    },
  });
  return { header: header ?? [], rows, raw };
}

export function formatCsvTable(table: CsvTable): string {
  const line = (cells: readonly string[]): string =>
    Papa.unparse([cells as string[]], { newline: '\n' });
  const lines = [
    table.raw.get(null) ?? line(table.header),
    ...table.rows.map((r) => table.raw.get(r) ?? line(table.header.map((h) => r[h] ?? ''))),
  ];
  return `${lines.join('\n')}\n`;
}
