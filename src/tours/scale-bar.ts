// The worksheet's scale in words children can use: 「1cm＝○m」 on the printed page, not 1:n.
// Pure: from the map's zoom and latitude and how wide the map image is printed.

/** Web Mercator: metres per CSS pixel at zoom 0 on the equator for MapLibre's 512 px tiles. */
const EQUATOR_M = 40075016.686;
const TILE_PX = 512;

export function metresPerPixel(zoom: number, lat: number): number {
  return (EQUATOR_M * Math.cos((lat * Math.PI) / 180)) / (TILE_PX * 2 ** zoom);
}

export interface ScaleBar {
  /** Metres on the ground for 1 cm on paper, exact. */
  readonly metresPerCm: number;
  /** The same, rounded for the label: two significant figures (37 m, 120 m, 1,200 m). */
  readonly labelMetres: number;
  /** Length of the drawn bar in whole centimetres (one tick per centimetre). */
  readonly cm: number;
}

function twoFigures(x: number): number {
  if (x <= 0 || !Number.isFinite(x)) return 0;
  const p = 10 ** (Math.floor(Math.log10(x)) - 1);
  return Math.round(x / p) * p;
}

/**
 * `mapWidthPx`: CSS pixels of map shown in the image (not the image's device pixels);
 * `printedWidthMm`: how wide that image is on paper.
 */
export function scaleBar(
  zoom: number,
  lat: number,
  mapWidthPx: number,
  printedWidthMm: number,
): ScaleBar {
  const metresPerCm = (metresPerPixel(zoom, lat) * mapWidthPx) / (printedWidthMm / 10);
  const labelMetres = twoFigures(metresPerCm);
  return { metresPerCm, labelMetres, cm: printedWidthMm >= 120 ? 4 : 3 };
}
