// What kind of file the ward handed us, decided from its bytes (names and extensions lie: a table
// saved as "一覧.csv" from Excel may be an .xlsx). Runs in the browser and in Node alike.

export type FileKind = 'xlsx' | 'xls' | 'pdf' | 'text' | 'binary';

/** Text encodings we read; the BOM variants are told apart so the summary can say what was found. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'shift_jis' | 'utf-16le' | 'utf-16be';

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/** Enough of the file to find a NUL byte in any real binary format. */
const SNIFF_BYTES = 8192;

export function detectFileKind(bytes: Uint8Array): FileKind {
  // Every .xlsx (and .ods, .docx …) is a ZIP archive; the reader says so if it is not a workbook.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  // OLE compound file: Excel 97–2003 .xls, or an .xlsx protected with a password.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return 'text';
  return bytes.subarray(0, SNIFF_BYTES).includes(0) ? 'binary' : 'text';
}

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false };

function decodeStrict(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decode text by trying each encoding strictly: a BOM decides outright; otherwise UTF-8 if every
 * byte sequence is valid UTF-8 (Shift_JIS Japanese text almost never is), then Shift_JIS (CP932,
 * which is what the WHATWG "shift_jis" decoder implements). Anything else is not guessed.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const attempts: [TextEncodingName, string, number][] = startsWith(bytes, [0xef, 0xbb, 0xbf])
    ? [['utf-8-bom', 'utf-8', 3]]
    : startsWith(bytes, [0xff, 0xfe])
      ? [['utf-16le', 'utf-16le', 2]]
      : startsWith(bytes, [0xfe, 0xff])
        ? [['utf-16be', 'utf-16be', 2]]
        : [
            ['utf-8', 'utf-8', 0],
            ['shift_jis', 'shift_jis', 0],
          ];
  for (const [name, label, skip] of attempts) {
    const text = decodeStrict(label, bytes.subarray(skip));
    if (text !== null) return { ok: true, text, encoding: name };
  }
  return { ok: false };
}
