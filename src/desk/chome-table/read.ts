// The one entry point for the ward's 町丁別浸水実績一覧: file name and bytes in, the table model
// with every problem out. Decides .xlsx / CSV from the bytes, the CSV encoding from what decodes
// cleanly, and refuses anything that is not the layout, or larger than limits.ts allows. Runs in the browser (the desk) and in Node
// (npm run data:import-chome-table); SheetJS is loaded only for workbooks.
import type { ChomeIndex } from '../../data/chome-name';
import type { Problem } from '../../data/problems';
import { formatBytes } from '../../data/validate-dataset';
import { checkChomeTable } from './checks';
import { parseChomeTable, type LayoutInput } from './layout';
import { refusedTable, type ChomeTable } from './model';
import { decodeText } from '../../lib/text-encoding';
import { detectFileKind } from './file-kind';
import { csvToGrid } from './sheet-grid';
import { refusal } from './refusal';
import { xlsxToGrids } from './xlsx-grid';
import { rowRefusal, sizeRefusal, TABLE_LIMITS } from './limits';
import { declaredUnpackedBytes } from './zip-size';

/** Reading order: sheet by sheet, then row, then column (AA after Z). */
function byPlace(sheets: readonly (string | null)[]) {
  const colOf = (p: Problem): [number, string] => {
    const letters = /^[A-Z]+/u.exec(p.cell ?? '')?.[0] ?? '';
    return [letters.length, letters];
  };
  return (a: Problem, b: Problem): number => {
    const sheet = sheets.indexOf(a.sheet ?? null) - sheets.indexOf(b.sheet ?? null);
    if (sheet !== 0) return sheet;
    const row = (a.row ?? 0) - (b.row ?? 0);
    if (row !== 0) return row;
    const [la, ca] = colOf(a);
    const [lb, cb] = colOf(b);
    return la - lb || (ca < cb ? -1 : ca > cb ? 1 : 0);
  };
}

export async function readChomeTable(
  file: string,
  bytes: Uint8Array,
  chome: ChomeIndex,
): Promise<ChomeTable> {
  const kind = detectFileKind(bytes);
  const format = kind === 'xlsx' || kind === 'xls' ? kind : 'csv';
  const tooLarge = sizeRefusal(file, kind, bytes.byteLength);
  if (tooLarge) return refusedTable(file, format, null, tooLarge);
  let input: LayoutInput;
  if (kind === 'pdf' || kind === 'binary') {
    return refusedTable(file, 'csv', null, refusal(file, kind));
  } else if (kind === 'xlsx' || kind === 'xls') {
    const unpacked = kind === 'xlsx' ? declaredUnpackedBytes(bytes) : null;
    if (unpacked !== null && unpacked > TABLE_LIMITS.unpackedBytes) {
      const fill = {
        size: Number.isFinite(unpacked) ? formatBytes(unpacked) : '> 4 GB',
        limit: formatBytes(TABLE_LIMITS.unpackedBytes),
      };
      return refusedTable(file, kind, null, refusal(file, 'unpackedTooLarge', fill));
    }
    // One row over the cap is read, to know that the cap was passed.
    const book = await xlsxToGrids(bytes, TABLE_LIMITS.rows + 1);
    if (!book.ok)
      return refusedTable(file, kind, null, refusal(file, 'workbook', { detail: book.detail }));
    const long = book.sheets.find((s) => s.rows.length > TABLE_LIMITS.rows);
    if (long) return refusedTable(file, kind, null, rowRefusal(file, long.name));
    input = { file, format: kind, encoding: null, sheets: book.sheets };
  } else {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return refusedTable(file, 'csv', null, refusal(file, 'encoding'));
    const grid = csvToGrid(decoded.text, TABLE_LIMITS.rows + 1);
    if (grid.rows.length > TABLE_LIMITS.rows) {
      return refusedTable(file, 'csv', decoded.encoding, rowRefusal(file, null));
    }
    input = { file, format: 'csv', encoding: decoded.encoding, sheets: [grid] };
  }
  const table = parseChomeTable(input, chome);
  if (table.refused) return table;
  const problems = [...table.problems, ...checkChomeTable(table)].sort(byPlace(table.sheets));
  return { ...table, problems };
}
