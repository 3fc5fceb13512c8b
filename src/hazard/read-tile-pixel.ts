// Browser adapter: the colour of one pixel of one hazard tile.
import { tilePixel } from './legend-match';

export type PixelResult =
  | { readonly kind: 'pixel'; readonly rgba: readonly [number, number, number, number] }
  /** The server answered that there is no tile here: nothing is drawn at this point. */
  | { readonly kind: 'noTile' }
  | { readonly kind: 'unreachable' };

export async function readTilePixel(
  template: string,
  lon: number,
  lat: number,
  z: number,
  fetchFn: typeof fetch = fetch,
): Promise<PixelResult> {
  const { x, y, px, py } = tilePixel(lon, lat, z);
  const url = template
    .replace('{z}', String(z))
    .replace('{x}', String(x))
    .replace('{y}', String(y));
  let response: Response;
  try {
    response = await fetchFn(url, { mode: 'cors', cache: 'force-cache' });
  } catch {
    return { kind: 'unreachable' };
  }
  if (response.status === 404) return { kind: 'noTile' };
  if (!response.ok) return { kind: 'unreachable' };
  try {
    const bitmap = await createImageBitmap(await response.blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return { kind: 'unreachable' };
    ctx.drawImage(bitmap, 0, 0);
    const scale = bitmap.width / 256;
    const d = ctx.getImageData(Math.floor(px * scale), Math.floor(py * scale), 1, 1).data;
    return { kind: 'pixel', rgba: [d[0] ?? 0, d[1] ?? 0, d[2] ?? 0, d[3] ?? 0] };
  } catch {
    return { kind: 'unreachable' };
  }
}

/** Zoom used for point queries: detailed, within the layer's range. */
export function queryZoom(maxzoom: number): number {
  return Math.min(maxzoom, 16);
}
