// The heading of the ward's table: a row of 床下 / 床上 pairs, each under a date (merged across
// the pair, or written in its left cell in CSV), or with the date in front of 床下 / 床上 itself.
import { cellAddress, cellText, createHeaderLookup, type SheetGrid } from './sheet-grid';

/** NFKC without any whitespace: how headings and names are compared. */
export function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '');
}

const SUB_HEADING = /^(.*?)(床下|床上)(?:浸水)?(?:\([^)]*\))?$/u;

/** 床下 / 床上 in a heading cell, and any date written in front of it. */
export function subHeading(text: string): { kind: 'below' | 'above'; prefix: string } | null {
  const m = SUB_HEADING.exec(compact(text));
  if (!m) return null;
  return {
    kind: m[2] === '床下' ? 'below' : 'above',
    prefix: (m[1] ?? '').replace(/[・/:_-]+$/u, ''),
  };
}

/** A 床下 / 床上 pair of columns in one heading row (either order). */
export interface HeaderPair {
  readonly below: number;
  readonly above: number;
  /** The leftmost of the two. */
  readonly left: number;
  /** The date written in front of both, or '' when it is in a row above. */
  readonly prefix: string;
}

export function findPairs(grid: SheetGrid, row: number): HeaderPair[] {
  const pairs: HeaderPair[] = [];
  const width = grid.rows[row]?.length ?? 0;
  for (let c = 0; c + 1 < width; c++) {
    const a = subHeading(cellText(grid, row, c));
    const b = subHeading(cellText(grid, row, c + 1));
    if (!a || !b || a.kind === b.kind) continue;
    pairs.push({
      below: a.kind === 'below' ? c : c + 1,
      above: a.kind === 'above' ? c : c + 1,
      left: c,
      prefix: a.prefix === b.prefix ? a.prefix : '',
    });
    c++;
  }
  return pairs;
}

export interface Heading {
  /** As written; '' when no heading was found. */
  readonly text: string;
  /** The cell holding it (the top-left cell of a merged range), and its 0-based position. */
  readonly cell: string;
  readonly row: number;
  readonly col: number;
}

/** How far above the 床下 / 床上 row a date heading may sit (a merged date may span rows). */
const HEADING_ROWS_ABOVE = 2;

/**
 * The heading of a pair: the date in front of 床下 / 床上, else the nearest text above either
 * column, looking through merged ranges.
 */
export function pairHeading(
  grid: SheetGrid,
  headerLookup: (row: number, col: number) => { text: string; row: number; col: number },
  row: number,
  pair: HeaderPair,
): Heading {
  if (pair.prefix !== '') {
    // The raw text up to 床下 / 床上, so that the label stays as the ward wrote it.
    const raw = cellText(grid, row, pair.left).trim();
    const cut = raw.search(/床\s*[下上]/u);
    const label = raw.slice(0, cut).replace(/[\s・/／:：_\-－]+$/u, '');
    return { text: label, cell: cellAddress(row, pair.left), row, col: pair.left };
  }
  for (let r = row - 1; r >= Math.max(0, row - HEADING_ROWS_ABOVE); r--) {
    for (const c of [pair.left, pair.left + 1]) {
      const found = headerLookup(r, c);
      if (found.text.trim() !== '') {
        const { row: hr, col: hc } = found;
        return { text: found.text.trim(), cell: cellAddress(hr, hc), row: hr, col: hc };
      }
    }
  }
  const above = Math.max(0, row - 1);
  return { text: '', cell: cellAddress(above, pair.left), row: above, col: pair.left };
}

const TOTAL_HEADING = /^(?:合計|累計|総計|計)/u;

export function isTotalHeading(text: string): boolean {
  return TOTAL_HEADING.test(compact(text));
}

export interface PairSpec {
  readonly pair: HeaderPair;
  readonly heading: Heading;
  readonly isTotal: boolean;
}

export function headingsOf(grid: SheetGrid, row: number): PairSpec[] {
  const lookup = createHeaderLookup(grid);
  return findPairs(grid, row).map((pair) => {
    const heading = pairHeading(grid, lookup, row, pair);
    return { pair, heading, isTotal: isTotalHeading(heading.text) };
  });
}
