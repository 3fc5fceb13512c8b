// Excel workbooks as sheet grids. SheetJS (@e965/xlsx) is imported on first use only, so the
// library (about 140 kB gzip) is fetched by the desk when a workbook is dropped, never by the
// residents' map.
import type { CellObject, WorkBook } from '@e965/xlsx';
import type { CellRange, SheetGrid } from './sheet-grid';

type XlsxModule = typeof import('@e965/xlsx');

let loading: Promise<XlsxModule> | null = null;

function loadXlsx(): Promise<XlsxModule> {
  loading ??= import('@e965/xlsx');
  return loading;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * The text a cell stands for. Numbers keep every digit (a display format could round 12.5 to
 * "13" and hide a fractional count); cells formatted as dates become their calendar date, since
 * their stored value is a day count. Strings stay as typed.
 */
function cellToText(xlsx: XlsxModule, cell: CellObject | undefined): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  if (cell.t === 'n' && typeof cell.v === 'number') {
    const format = typeof cell.z === 'string' ? cell.z : '';
    if (format !== '' && xlsx.SSF.is_date(format)) {
      const d = xlsx.SSF.parse_date_code(cell.v) as { y: number; m: number; d: number } | null;
      if (d) return `${pad(d.y, 4)}-${pad(d.m, 2)}-${pad(d.d, 2)}`;
    }
    return String(cell.v);
  }
  if (cell.v instanceof Date) return cell.v.toISOString().slice(0, 10);
  if (cell.t === 'e') return cell.w ?? '#ERROR';
  return String(cell.v);
}

export type WorkbookResult =
  | { readonly ok: true; readonly sheets: SheetGrid[] }
  | { readonly ok: false; readonly detail: string };

/** Every worksheet of a workbook (chart sheets have no cells and are left out). Never throws. */
export async function xlsxToGrids(bytes: Uint8Array, maxRows = 0): Promise<WorkbookResult> {
  const xlsx = await loadXlsx();
  let book: WorkBook;
  try {
    // sheetRows: SheetJS builds no cell past that row (0: every row).
    book = xlsx.read(bytes, {
      type: 'array',
      dense: true,
      cellNF: true,
      cellHTML: false,
      sheetRows: maxRows,
    });
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
  const sheets: SheetGrid[] = [];
  for (const name of book.SheetNames) {
    const sheet = book.Sheets[name];
    const data = sheet?.['!data'];
    if (!sheet || !data) continue;
    const rows = Array.from(data, (row) =>
      row ? Array.from(row, (cell) => cellToText(xlsx, cell)) : [],
    );
    const merges: CellRange[] = (sheet['!merges'] ?? []).map((m) => ({
      s: { r: m.s.r, c: m.s.c },
      e: { r: m.e.r, c: m.e.c },
    }));
    sheets.push({ name, rows, merges });
  }
  return { ok: true, sheets };
}
