// Which column holds the chome names, how the ward-wide row is labelled, and which columns are
// not read at all.
import { normaliseChomeName, type ChomeIndex } from '../../data/chome-name';
import type { Problem } from '../../data/problems';
import { cellText, problemPlace, type SheetGrid } from './sheet-grid';
import { compact } from './header';

// How the ward-wide row may be labelled.
const WARD_ROW_NAMES = new Set([
  '区内全域',
  '品川区全域',
  '区全域',
  '区全体',
  '全域',
  '区計',
  '総計',
  '合計',
  '計',
]);

export function isWardRowName(name: string): boolean {
  return WARD_ROW_NAMES.has(compact(name).replace(/^品川区(?=.)/u, ''));
}

/** A name that a reader would take for a chome (so an unknown one is reported, not skipped). */
export function looksLikeChome(name: string): boolean {
  return /丁目?$/u.test(normaliseChomeName(name));
}

/** The column left of the first pair that names the most chome. */
export function nameColumnOf(
  grid: SheetGrid,
  first: number,
  left: number,
  chome: ChomeIndex,
): number | null {
  let best: { col: number; count: number } | null = null;
  for (let c = 0; c < left; c++) {
    let count = 0;
    for (let r = first + 1; r < grid.rows.length; r++) {
      const text = cellText(grid, r, c);
      if (text.trim() !== '' && (chome.lookup(text) || isWardRowName(text))) count++;
    }
    if (count > 0 && (!best || count > best.count)) best = { col: c, count };
  }
  return best?.col ?? null;
}

/** Columns right of the names that are no 床下 / 床上 pair: said once each, never read. */
export function ignoredColumns(
  grid: SheetGrid,
  first: number,
  nameCol: number,
  figureCols: readonly number[],
  skipped: ReadonlySet<number>,
  file: string,
): Problem[] {
  const out: Problem[] = [];
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  for (let c = nameCol + 1; c < width; c++) {
    if (figureCols.includes(c)) continue;
    for (let r = Math.max(0, first - 1); r < grid.rows.length; r++) {
      const text = cellText(grid, r, c).trim();
      if (text === '' || skipped.has(r)) continue;
      out.push({
        severity: 'warning',
        code: 'columnIgnored',
        file,
        ...problemPlace(grid.name, r, c),
        value: text,
      });
      break;
    }
  }
  return out;
}
