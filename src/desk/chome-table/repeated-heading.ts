// Page headings repeated part-way down the ward's table. The table is printed on three pages and
// an Excel or PDF copy keeps each page's heading block: the title, the date row (which may start
// with 「町丁目」, a name a chome reader would take for a chome), the 床下 / 床上 row and the 合計
// pair, all of it or only some rows, in the first block's order or not. A row is a repeated
// heading when it is the same, cell for cell, as a row of the first heading block; a row that
// carries a heading (a date or 床下 / 床上 over the count columns) but differs from every row of
// that block is a heading that changed, and the table is refused where it first differs.
import { parseCount } from './count';
import { compact, isTotalHeading, subHeading } from './header';
import { parseHeadingDate } from './heading-date';
import { cellText, type SheetGrid } from './sheet-grid';

/** How many rows above the 床下 / 床上 row still belong to the heading block (title, unit line). */
const BLOCK_ROWS_ABOVE = 4;
/** How many rows above a repeated block may be its page furniture (a page number, a blank). */
const FURNITURE_ROWS = 3;

export type RepeatedHeadings =
  | { readonly ok: true; readonly rows: ReadonlySet<number> }
  | { readonly ok: false; readonly row: number; readonly col: number };

/** A row as compared: every non-empty cell, NFKC without spaces, with its column. */
function cellsOf(grid: SheetGrid, row: number): Map<number, string> {
  const out = new Map<number, string>();
  (grid.rows[row] ?? []).forEach((text, col) => {
    const c = compact(text);
    if (c !== '') out.set(col, c);
  });
  return out;
}

const sameCells = (a: ReadonlyMap<number, string>, b: ReadonlyMap<number, string>): boolean =>
  a.size === b.size && [...a].every(([col, text]) => b.get(col) === text);

/** A heading's text in a count column: a date, 床下 / 床上, or 合計 (never a count). */
function isHeadingCell(text: string): boolean {
  if (text.trim() === '' || parseCount(text).ok) return false;
  return subHeading(text) !== null || isTotalHeading(text) || parseHeadingDate(text).ok;
}

export interface RepeatedHeadingInput {
  readonly grid: SheetGrid;
  /** The first 床下 / 床上 row. */
  readonly first: number;
  readonly nameCol: number;
  readonly figureCols: readonly number[];
  /** A chome or the ward row: such a row is data, whatever else it holds. */
  readonly isKnownName: (text: string) => boolean;
  /** A row that is neither data nor a heading (a page number, a blank line). */
  readonly isFurniture: (row: number) => boolean;
}

/** The rows below the first heading that repeat it, or where a repeated heading differs. */
export function repeatedHeadings(input: RepeatedHeadingInput): RepeatedHeadings {
  const { grid, first, nameCol, figureCols, isKnownName, isFurniture } = input;
  const block: Map<number, string>[] = [];
  for (let r = Math.max(0, first - BLOCK_ROWS_ABOVE); r <= first; r++) {
    const cells = cellsOf(grid, r);
    if (cells.size > 0) block.push(cells);
  }
  const rows = new Set<number>();
  for (let r = first + 1; r < grid.rows.length; r++) {
    const cells = cellsOf(grid, r);
    if (cells.size === 0 || isKnownName(cellText(grid, r, nameCol))) continue;
    if (block.some((b) => sameCells(b, cells))) {
      rows.add(r);
      continue;
    }
    if (!figureCols.some((c) => isHeadingCell(cellText(grid, r, c)))) continue;
    // The block row it was meant to repeat: the one with most cells in common.
    const shared = (b: ReadonlyMap<number, string>): number =>
      [...b].filter(([col, text]) => cells.get(col) === text).length;
    const meant = block.reduce((best, b) => (shared(b) > shared(best) ? b : best));
    const cols = [...new Set([...meant.keys(), ...cells.keys()])].sort((a, b) => a - b);
    const col = cols.find((c) => meant.get(c) !== cells.get(c)) ?? 0;
    return { ok: false, row: r, col };
  }
  for (const r of [...rows]) {
    if (rows.has(r - 1)) continue;
    for (let k = r - 1; k > first && k >= r - FURNITURE_ROWS && isFurniture(k); k--) rows.add(k);
  }
  return { ok: true, rows };
}
