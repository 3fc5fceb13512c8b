// How much of a file the reader of the ward's table takes on, declared once. The desk checks the
// size before it reads a byte, the CLI before it reads the file, and the reader (in the desk's
// worker and in the CLI alike) refuses an archive that unpacks too large and stops at the row cap.
// The ward's table is one sheet of about 140 rows and 64 columns, some 30 kB as .xlsx: each cap is
// far above it, and low enough that a crafted file cannot hold the page or the machine for long.
import type { Problem } from '../../data/problems';
import { formatBytes, MAX_FILE_BYTES } from '../../data/validate-dataset';
import type { FileKind } from './file-kind';
import { refusal } from './refusal';

export const TABLE_LIMITS = {
  /** Rows per sheet or CSV file: the ward's table has about 140. */
  rows: 5_000,
  /** A CSV file: the same cap as every data file. */
  textBytes: MAX_FILE_BYTES,
  /**
   * An .xlsx / .xls file: SheetJS holds the unpacked workbook in memory many times over (a 15 MB
   * workbook took 1.2 GB), so workbooks get a lower cap than text.
   */
  workbookBytes: 5 * 1024 * 1024,
  /** What the parts of an .xlsx say they unpack to: a small archive can unpack to gigabytes. */
  unpackedBytes: 32 * 1024 * 1024,
  /** How long the desk's worker may read one file before it is stopped. */
  readMs: 60_000,
} as const;

/** The refusal of a file by its size alone, before it is read; null when the size is fine. */
export function sizeRefusal(file: string, kind: FileKind, size: number): Problem | null {
  const workbook = kind === 'xlsx' || kind === 'xls';
  const limit = workbook ? TABLE_LIMITS.workbookBytes : TABLE_LIMITS.textBytes;
  if (size <= limit) return null;
  const fill = { size: formatBytes(size), limit: formatBytes(limit) };
  if (workbook) return refusal(file, 'workbookTooLarge', fill);
  return { severity: 'error', code: 'tooLarge', file, params: fill };
}

/** The refusal of a sheet (or CSV file) with more rows than the cap. */
export function rowRefusal(file: string, sheet: string | null): Problem {
  const limit = TABLE_LIMITS.rows.toLocaleString('en-US');
  return refusal(file, 'tooManyRows', { limit }, sheet === null ? {} : { sheet });
}
