// The one entry point for the ward's 町丁別浸水実績一覧: file name and bytes in, the table model
// with every problem out. Decides .xlsx / CSV from the bytes, the CSV encoding from what decodes
// cleanly, and refuses anything that is not the layout. Runs in the browser (the desk) and in Node
// (npm run data:import-chome-table); SheetJS is loaded only for workbooks.
import type { ChomeIndex } from '../../data/chome-name';
import type { Problem } from '../../data/problems';
import { formatBytes, MAX_FILE_BYTES } from '../../data/validate-dataset';
import { checkChomeTable } from './checks';
import { parseChomeTable, type LayoutInput } from './layout';
import { refusedTable, type ChomeTable } from './model';
import { decodeText } from '../../lib/text-encoding';
import { detectFileKind } from './file-kind';
import { csvToGrid } from './sheet-grid';
import { refusal } from './refusal';
import { xlsxToGrids } from './xlsx-grid';

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
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return refusedTable(file, 'csv', null, {
      severity: 'error',
      code: 'tooLarge',
      file,
      params: { size: formatBytes(bytes.byteLength), limit: formatBytes(MAX_FILE_BYTES) },
    });
  }
  const kind = detectFileKind(bytes);
  let input: LayoutInput;
  if (kind === 'pdf' || kind === 'binary') {
    return refusedTable(file, 'csv', null, refusal(file, kind));
  } else if (kind === 'xlsx' || kind === 'xls') {
    const book = await xlsxToGrids(bytes);
    if (!book.ok)
      return refusedTable(file, kind, null, refusal(file, 'workbook', { detail: book.detail }));
    input = { file, format: kind, encoding: null, sheets: book.sheets };
  } else {
    const decoded = decodeText(bytes);
    if (!decoded.ok) return refusedTable(file, 'csv', null, refusal(file, 'encoding'));
    const grid = csvToGrid(decoded.text);
    input = { file, format: 'csv', encoding: decoded.encoding, sheets: [grid] };
  }
  const table = parseChomeTable(input, chome);
  if (table.refused) return table;
  const problems = [...table.problems, ...checkChomeTable(table)].sort(byPlace(table.sheets));
  return { ...table, problems };
}
