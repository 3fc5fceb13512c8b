import { crc32 as zlibCrc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, encodeIndexedPng, encodeRgbaPng } from '../../src/hazard/png';

interface Chunk {
  type: string;
  data: Uint8Array;
  crcOk: boolean;
}

/** Just enough of a PNG reader to check what the writer wrote; independent of src/hazard/png.ts. */
function readChunks(png: Uint8Array): Chunk[] {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  let at = 8;
  while (at < png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const crcOk =
      view.getUint32(at + 8 + length) === zlibCrc32(png.subarray(at + 4, at + 8 + length));
    chunks.push({ type, data, crcOk });
    at += 12 + length;
  }
  return chunks;
}

const deflate = (data: Uint8Array): Uint8Array => deflateSync(data);

describe('crc32', () => {
  it('matches known values and node:zlib', () => {
    expect(crc32(new TextEncoder().encode('IEND'))).toBe(0xae426082);
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 31) & 0xff);
    expect(crc32(bytes)).toBe(zlibCrc32(bytes));
  });
});

describe('palette PNG', () => {
  // 3 × 2 pixels: palette index 0 is transparent, 1 and 2 are two legend colours.
  const image = {
    width: 3,
    height: 2,
    indices: Uint8Array.from([0, 1, 2, 2, 0, 1]),
    palette: [
      [0, 0, 0],
      [247, 245, 169],
      [255, 216, 192],
    ] as const,
    alpha: [0, 255, 255],
  };

  it('round-trips: IHDR, palette, transparency and pixels', () => {
    const chunks = readChunks(encodeIndexedPng(image, deflate));
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    const ihdr = chunks[0]!.data;
    const view = new DataView(ihdr.buffer, ihdr.byteOffset, ihdr.byteLength);
    expect([view.getUint32(0), view.getUint32(4)]).toEqual([3, 2]);
    // bit depth 8, colour type 3 (palette), compression 0, filter 0, no interlace
    expect([...ihdr.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
    expect([...chunks[1]!.data]).toEqual([0, 0, 0, 247, 245, 169, 255, 216, 192]);
    expect([...chunks[2]!.data]).toEqual([0, 255, 255]);
    // Each scanline: filter byte 0, then one index per pixel.
    expect([...inflateSync(chunks[3]!.data)]).toEqual([0, 0, 1, 2, 0, 2, 0, 1]);
    expect(chunks[4]!.data.length).toBe(0);
  });

  it('rejects a pixel count that does not match the size', () => {
    expect(() => encodeIndexedPng({ ...image, width: 4 }, deflate)).toThrow(/expected 8 pixels/);
  });
});

describe('RGBA PNG', () => {
  it('round-trips', () => {
    const rgba = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8]);
    const chunks = readChunks(encodeRgbaPng(2, 1, rgba, deflate));
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([...chunks[0]!.data.subarray(8)]).toEqual([8, 6, 0, 0, 0]);
    expect([...inflateSync(chunks[1]!.data)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
