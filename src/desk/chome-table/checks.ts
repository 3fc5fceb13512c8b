// Checks across cells of the ward's table, once its layout has been read: a chome listed twice,
// two columns for the same date, a 合計 that differs from its row, and the 区内全域 row against
// the sum of the chome rows (a difference to show, not an error: the ward counts places that are
// not in today's chome).
import { NO_RECORD, sumFigures, type Figure } from '../../data/figure';
import type { Problem } from '../../data/problems';
import type { ChomeTable, EventColumns, FigurePair, TableRow } from './model';
import { cellAddress, problemPlace } from './sheet-grid';

const SIDES = [
  ['below', '床下'],
  ['above', '床上'],
] as const;

/** Where another cell is, as seen from `sheet`: F14 on the same sheet, Sheet2!F14 elsewhere. */
function otherCell(from: string | null, sheet: string | null, row: number, col: number): string {
  const cell = cellAddress(row, col);
  return sheet === from || sheet === null ? cell : `${sheet}!${cell}`;
}

function columnsOn(
  columns: readonly EventColumns[],
  sheet: string | null,
): EventColumns | undefined {
  return columns.find((c) => c.sheet === sheet);
}

function duplicates(table: ChomeTable): Problem[] {
  const seen = new Map<string, TableRow>();
  const out: Problem[] = [];
  for (const row of table.rows) {
    const first = seen.get(row.chomeCode);
    if (!first) {
      seen.set(row.chomeCode, row);
      continue;
    }
    out.push({
      severity: 'error',
      code: 'chomeTwice',
      file: table.file,
      ...problemPlace(row.sheet, row.row, row.nameCol),
      field: '町丁目名',
      value: row.nameAsWritten,
      params: { other: otherCell(row.sheet, first.sheet, first.row, first.nameCol) },
    });
  }
  return out;
}

function sameDates(table: ChomeTable): Problem[] {
  const seen = new Map<string, EventColumns>();
  const out: Problem[] = [];
  for (const event of table.events) {
    const iso = event.date?.iso;
    const columns = event.columns[0];
    if (iso === undefined || !columns) continue;
    const first = seen.get(iso);
    if (!first) {
      seen.set(iso, columns);
      continue;
    }
    out.push({
      severity: 'error',
      code: 'dateTwice',
      file: table.file,
      ...problemPlace(columns.sheet, columns.headerRow, columns.headerCol),
      value: event.label,
      params: { other: otherCell(columns.sheet, first.sheet, first.headerRow, first.headerCol) },
    });
  }
  return out;
}

function totals(table: ChomeTable): Problem[] {
  const out: Problem[] = [];
  for (const row of [...table.rows, ...(table.wardRow ? [table.wardRow] : [])]) {
    const columns = columnsOn(table.totalColumns, row.sheet);
    if (!row.total || !columns) continue;
    for (const [side, word] of SIDES) {
      const total = row.total[side];
      if (total.kind !== 'number') continue;
      // The ward's own arithmetic: a blank cell adds nothing to its 合計.
      const sum = sumFigures(row.figures.map((pair: FigurePair) => pair[side]));
      if (sum.known === total.value) continue;
      out.push({
        severity: 'error',
        code: 'totalMismatch',
        file: table.file,
        ...problemPlace(row.sheet, row.row, columns[side]),
        field: `合計 ${word}`,
        value: total.value,
        params: { total: total.value, sum: sum.known },
      });
    }
  }
  return out;
}

function wardDifferences(table: ChomeTable): Problem[] {
  const ward = table.wardRow;
  if (!ward) return [];
  const out: Problem[] = [];
  for (const event of table.events) {
    const columns = columnsOn(event.columns, ward.sheet);
    const pair = ward.figures[event.index];
    if (!columns || !pair) continue;
    for (const [side, word] of SIDES) {
      const wardFigure: Figure = pair[side];
      if (wardFigure.kind !== 'number') continue;
      const sum = sumFigures(table.rows.map((r) => r.figures[event.index]?.[side] ?? NO_RECORD));
      const diff = wardFigure.value - sum.known;
      if (diff === 0) continue;
      out.push({
        severity: 'warning',
        code: 'wardDiffers',
        file: table.file,
        ...problemPlace(ward.sheet, ward.row, columns[side]),
        field: `${event.label} ${word}`,
        value: wardFigure.value,
        params: { ward: wardFigure.value, sum: sum.known, diff: `${diff > 0 ? '+' : ''}${diff}` },
      });
    }
  }
  return out;
}

export function checkChomeTable(table: ChomeTable): Problem[] {
  if (table.refused) return [];
  return [...duplicates(table), ...sameDates(table), ...totals(table), ...wardDifferences(table)];
}
