// A minimal PNG writer (palette or RGBA, 8 bits, no interlace). Pure: the caller supplies zlib
// `deflate` (node:zlib deflateSync in the CLI, CompressionStream('deflate') would do in a browser),
// so this module stays free of Node APIs and of a compression library.
import type { Rgb } from './mesh-classify';

/** Must return a zlib stream (RFC 1950: header + deflate + Adler-32), as PNG's IDAT requires. */
export type Deflate = (data: Uint8Array) => Uint8Array;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as in PNG and gzip) of `bytes`. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) {
    c = (CRC_TABLE[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  }
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function header(width: number, height: number, colourType: 3 | 6): Uint8Array {
  if (!(Number.isInteger(width) && Number.isInteger(height) && width > 0 && height > 0)) {
    throw new RangeError(`PNG size must be positive integers, got ${width}×${height}`);
  }
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  // Bit depth 8; compression, filter and interlace methods 0 (the only ones PNG defines / none).
  ihdr.set([8, colourType, 0, 0, 0], 8);
  return chunk('IHDR', ihdr);
}

/** Scanlines with filter type 0 (None): the right choice for palette images, per the PNG spec. */
function scanlines(pixels: Uint8Array, rowBytes: number, height: number): Uint8Array {
  const raw = new Uint8Array((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    raw.set(pixels.subarray(y * rowBytes, (y + 1) * rowBytes), y * (rowBytes + 1) + 1);
  }
  return raw;
}

export interface IndexedImage {
  readonly width: number;
  readonly height: number;
  /** One palette index per pixel, row 0 at the top. */
  readonly indices: Uint8Array;
  readonly palette: readonly Rgb[];
  /** Opacity per palette entry (0–255); entries past the end are opaque. */
  readonly alpha: readonly number[];
}

/** Palette PNG: one byte per pixel before compression, a quarter of RGBA. */
export function encodeIndexedPng(image: IndexedImage, deflate: Deflate): Uint8Array {
  const { width, height, indices, palette, alpha } = image;
  if (indices.length !== width * height) {
    throw new RangeError(`expected ${width * height} pixels, got ${indices.length}`);
  }
  if (palette.length === 0 || palette.length > 256) {
    throw new RangeError(`palette needs 1–256 colours, got ${palette.length}`);
  }
  const plte = new Uint8Array(palette.length * 3);
  palette.forEach((rgb, i) => plte.set(rgb, i * 3));
  return concat([
    Uint8Array.from(SIGNATURE),
    header(width, height, 3),
    chunk('PLTE', plte),
    chunk('tRNS', Uint8Array.from(alpha.slice(0, palette.length))),
    chunk('IDAT', deflate(scanlines(indices, width, height))),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Truecolour + alpha PNG (4 bytes per pixel); kept to measure what the palette saves. */
export function encodeRgbaPng(
  width: number,
  height: number,
  rgba: Uint8Array,
  deflate: Deflate,
): Uint8Array {
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`expected ${width * height * 4} bytes, got ${rgba.length}`);
  }
  return concat([
    Uint8Array.from(SIGNATURE),
    header(width, height, 6),
    chunk('IDAT', deflate(scanlines(rgba, width * 4, height))),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
