// What kind of file the ward handed us, decided from its bytes (names and extensions lie: a table
// saved as "一覧.csv" from Excel may be an .xlsx). Runs in the browser and in Node alike. Which
// encoding a text file is in is decided by src/lib/text-encoding.ts, shared with the mesh reader.
import { utf16Bom } from '../../lib/text-encoding';

export type FileKind = 'xlsx' | 'xls' | 'pdf' | 'text' | 'binary';

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/** Enough of the file to find a NUL byte in any real binary format. */
export const SNIFF_BYTES = 8192;

export function detectFileKind(bytes: Uint8Array): FileKind {
  // Every .xlsx (and .ods, .docx …) is a ZIP archive; the reader says so if it is not a workbook.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  // OLE compound file: Excel 97–2003 .xls, or an .xlsx protected with a password.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  // UTF-16 text is full of NUL bytes, yet text.
  if (utf16Bom(bytes)) return 'text';
  return bytes.subarray(0, SNIFF_BYTES).includes(0) ? 'binary' : 'text';
}
