// A spreadsheet reduced to what the layout reader needs: the text of every cell and the merged
// ranges. CSV files become one sheet without merges. Pure; runs in the browser and in Node.
import Papa from 'papaparse';
import type { Problem } from '../../data/problems';

/** 0-based, inclusive, as SheetJS writes `!merges`. */
export interface CellRange {
  readonly s: { readonly r: number; readonly c: number };
  readonly e: { readonly r: number; readonly c: number };
}

export interface SheetGrid {
  /** Worksheet name; null for a CSV file (which has no sheets). */
  readonly name: string | null;
  /** Cell text by 0-based row and column; rows may be ragged, missing cells are empty. */
  readonly rows: readonly (readonly string[])[];
  readonly merges: readonly CellRange[];
}

/** A, B, …, Z, AA, AB … for a 0-based column. */
export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** F14 for 0-based row 13, column 5: the address a spreadsheet program shows. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** A problem's place: sheet (workbooks only), cell and the row as a spreadsheet numbers it. */
export function problemPlace(
  sheet: string | null,
  row: number,
  col: number,
): Pick<Problem, 'sheet' | 'cell' | 'row'> {
  const cell = cellAddress(row, col);
  return sheet === null ? { cell, row: row + 1 } : { sheet, cell, row: row + 1 };
}

export function cellText(grid: SheetGrid, row: number, col: number): string {
  return grid.rows[row]?.[col] ?? '';
}

/**
 * Text a header cell shows on screen: inside a merged range every cell shows the top-left value
 * (a date merged across its 床下 / 床上 pair belongs to both columns).
 */
export function createHeaderLookup(
  grid: SheetGrid,
): (row: number, col: number) => { text: string; row: number; col: number } {
  const owner = new Map<string, { r: number; c: number }>();
  for (const m of grid.merges) {
    for (let r = m.s.r; r <= m.e.r; r++) {
      for (let c = m.s.c; c <= m.e.c; c++) owner.set(`${r},${c}`, m.s);
    }
  }
  return (row, col) => {
    const top = owner.get(`${row},${col}`) ?? { r: row, c: col };
    return { text: cellText(grid, top.r, top.c), row: top.r, col: top.c };
  };
}

/**
 * CSV text as one sheet. Every record keeps its index, blank ones included, so that row numbers
 * match what a spreadsheet program shows when it opens the same file.
 */
export function csvToGrid(text: string, maxRows = 0): SheetGrid {
  const parsed = Papa.parse<string[]>(text.replace(/\r\n?/g, '\n'), {
    header: false,
    skipEmptyLines: false,
    // 0: every row; else Papa stops there, however long the file.
    preview: maxRows,
  });
  const rows = parsed.data;
  // Papa leaves one empty record after the final newline; a spreadsheet shows no such row.
  const last = rows.at(-1);
  if (last && last.length === 1 && last[0] === '') rows.pop();
  return { name: null, rows, merges: [] };
}
