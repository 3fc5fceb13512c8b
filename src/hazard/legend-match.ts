// Reads a tile pixel colour as a legend class. Transparent (or nearly) means "no data here", which
// is never the same as "safe"; a colour far from every class is reported as such, not guessed.
import type { LegendClass } from '../config/hazard-layers';

export type PixelReading =
  | { readonly kind: 'class'; readonly cls: LegendClass; readonly distance: number }
  | { readonly kind: 'noData' }
  | { readonly kind: 'unknownColor'; readonly rgb: readonly [number, number, number] };

/** Alpha below this counts as transparent (anti-aliased edges of coloured areas). */
export const MIN_ALPHA = 32;

export function matchLegend(
  rgba: readonly [number, number, number, number],
  legend: readonly LegendClass[] | null,
  tolerance: number,
): PixelReading {
  const [r, g, b, a] = rgba;
  if (a < MIN_ALPHA) return { kind: 'noData' };
  if (!legend) return { kind: 'unknownColor', rgb: [r, g, b] };
  let best: LegendClass | null = null;
  let bestDistance = Infinity;
  for (const cls of legend) {
    const d = Math.hypot(r - cls.rgb[0], g - cls.rgb[1], b - cls.rgb[2]);
    if (d < bestDistance) {
      bestDistance = d;
      best = cls;
    }
  }
  if (best && bestDistance <= tolerance)
    return { kind: 'class', cls: best, distance: bestDistance };
  return { kind: 'unknownColor', rgb: [r, g, b] };
}

/** Web Mercator tile and pixel of a point: which tile to fetch, which pixel to read. */
export function tilePixel(
  lon: number,
  lat: number,
  z: number,
  tileSize = 256,
): { x: number; y: number; px: number; py: number } {
  const n = 2 ** z;
  const fx = ((lon + 180) / 360) * n;
  const rad = (lat * Math.PI) / 180;
  const fy = ((1 - Math.asinh(Math.tan(rad)) / Math.PI) / 2) * n;
  const x = Math.floor(fx);
  const y = Math.floor(fy);
  return {
    x,
    y,
    px: Math.min(tileSize - 1, Math.floor((fx - x) * tileSize)),
    py: Math.min(tileSize - 1, Math.floor((fy - y) * tileSize)),
  };
}
