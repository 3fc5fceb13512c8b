// A lesson shared as a link: its two files (tours.csv row and steps) as JSON, compressed with the
// browser's own deflate-raw and written as base64url in `#lesson=…`. Opening the link checks the
// files with the same schema as data:check before playing. Links longer than a QR code or a chat
// message comfortably carries are refused with "share the file" instead.
import { tourIndexCsv, tourStepsCsv } from './tour-csv';
import type { Tour } from '../tour-model';

/** Longest whole address offered as a link (older browsers, chat apps and QR codes cope). */
export const LINK_MAX_CHARS = 2000;

/** What a link carries: format version, then the two files' texts. */
type Payload = readonly [1, string, string];

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

/** The `lesson=` value for a tour. */
export async function encodeLesson(tour: Tour): Promise<string> {
  const payload: Payload = [1, tourIndexCsv(tour), tourStepsCsv(tour)];
  const json = new TextEncoder().encode(JSON.stringify(payload));
  return toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** Largest text a link may unpack to (a lesson is a few kB; a crafted link must not fill memory). */
const MAX_UNPACKED = 256 * 1024;

/** Unpacks `bytes`, giving up (null) as soon as the output passes `limit` bytes. */
async function inflateCapped(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The two files a `lesson=` value carries, or null when it is not one. */
export async function decodeLesson(
  value: string,
): Promise<{ readonly index: string; readonly steps: string } | null> {
  try {
    const bytes = await inflateCapped(fromBase64Url(value), MAX_UNPACKED);
    if (!bytes) return null;
    const data: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (
      Array.isArray(data) &&
      data.length === 3 &&
      data[0] === 1 &&
      typeof data[1] === 'string' &&
      typeof data[2] === 'string'
    ) {
      return { index: data[1], steps: data[2] };
    }
    return null;
  } catch {
    return null;
  }
}

/** The address that plays the lesson, or null when it is longer than LINK_MAX_CHARS. */
export function lessonHref(pageUrl: string, lang: string, value: string): string | null {
  const href = `${pageUrl.replace(/#.*$/, '')}#lang=${lang}&lesson=${value}`;
  return href.length <= LINK_MAX_CHARS ? href : null;
}
