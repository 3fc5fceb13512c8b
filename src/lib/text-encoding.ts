// Which text encoding a Japanese public-sector CSV is in, decided from its bytes: the ward's chome
// table (src/desk/chome-table/) and Tokyo's hazard meshes (src/hazard/mesh-format.ts) both come as
// UTF-8, UTF-8 with a BOM, or Shift_JIS, and say nothing about which. One rule for both readers, so
// a file that one of them reads as UTF-8 the other does too. Runs in the browser and in Node alike.

/** What the sniffer can tell apart without a UTF-16 BOM. */
export type SniffedEncoding = 'utf-8-bom' | 'utf-8' | 'shift_jis';

/** Text encodings we read; the BOM variants are told apart so a summary can say what was found. */
export type TextEncodingName = SniffedEncoding | 'utf-16le' | 'utf-16be';

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean =>
  magic.every((b, i) => bytes[i] === b);

/**
 * A BOM decides outright; otherwise UTF-8 if every byte sequence is valid UTF-8 (Shift_JIS
 * Japanese text almost never is), else Shift_JIS (CP932, which is what the WHATWG "shift_jis"
 * decoder implements). `partial`: the bytes are the head of a longer file, so a character cut in
 * two at the end is not counted as invalid.
 */
export function sniffEncoding(bytes: Uint8Array, partial = false): SniffedEncoding {
  return sniff(bytes, partial).encoding;
}

/** The rule, keeping the UTF-8 text it had to decode anyway, so a whole file is decoded once. */
function sniff(
  bytes: Uint8Array,
  partial: boolean,
): { readonly encoding: SniffedEncoding; readonly utf8: string | null } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8-bom', utf8: null };
  try {
    const utf8 = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
    return { encoding: 'utf-8', utf8 };
  } catch {
    return { encoding: 'shift_jis', utf8: null };
  }
}

/** A UTF-16 byte order mark; such a file is never ASCII-compatible, so the sniffer cannot judge it. */
export function utf16Bom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncodingName }
  | { readonly ok: false };

/** The decoder's label and how many BOM bytes to skip, per encoding. */
const DECODING: Readonly<Record<TextEncodingName, readonly [label: string, skip: number]>> = {
  'utf-8-bom': ['utf-8', 3],
  'utf-8': ['utf-8', 0],
  shift_jis: ['shift_jis', 0],
  'utf-16le': ['utf-16le', 2],
  'utf-16be': ['utf-16be', 2],
};

/**
 * Decode a whole file strictly in the encoding its bytes show: bytes that are not valid in that
 * encoding make it unreadable ({ ok: false }) rather than text with replacement characters.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const bom = utf16Bom(bytes);
  if (bom) return decodeAs(bom, bytes);
  const { encoding, utf8 } = sniff(bytes, false);
  return utf8 !== null ? { ok: true, text: utf8, encoding } : decodeAs(encoding, bytes);
}

function decodeAs(encoding: TextEncodingName, bytes: Uint8Array): DecodeResult {
  const [label, skip] = DECODING[encoding];
  try {
    const decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
    return { ok: true, text: decoder.decode(bytes.subarray(skip)), encoding };
  } catch {
    return { ok: false };
  }
}
