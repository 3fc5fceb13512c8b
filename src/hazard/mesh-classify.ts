// Depth classes of the official common legend for flood hazard maps (浸水深の凡例), so our raster
// reads the same as the ward's printed hazard map and the MLIT portal.

import { DEPTH_LEGEND } from '../config/hazard-layers';

export type Rgb = readonly [number, number, number];

/** Colours come from the one legend definition the map and the point query use too. */
function legendRgb(index: number): Rgb {
  const cls = DEPTH_LEGEND[index];
  if (!cls) throw new Error(`no legend class ${index}`);
  return cls.rgb;
}

export interface DepthClass {
  /** Index into DEPTH_CLASSES; also the palette index + 1 in the PNG (0 is transparent). */
  readonly id: number;
  /** Lower bound in metres, inclusive. */
  readonly minM: number;
  /** Upper bound in metres, exclusive; null for the open top class. */
  readonly maxM: number | null;
  readonly rgb: Rgb;
  readonly label_ja: string;
  readonly label_en: string;
}

/**
 * Shallower than this is "not flooded". The source lists dry points with depth 0; a cut slightly
 * above 0 also drops rounding noise such as 0.001 m, which no legend would paint.
 */
export const FLOODED_MIN_M = 0.01;

export const DEPTH_CLASSES: readonly DepthClass[] = [
  {
    id: 0,
    minM: FLOODED_MIN_M,
    maxM: 0.5,
    rgb: legendRgb(0),
    label_ja: '0.5m未満',
    label_en: 'under 0.5 m',
  },
  {
    id: 1,
    minM: 0.5,
    maxM: 3,
    rgb: legendRgb(1),
    label_ja: '0.5m以上3.0m未満',
    label_en: '0.5 m to under 3 m',
  },
  {
    id: 2,
    minM: 3,
    maxM: 5,
    rgb: legendRgb(2),
    label_ja: '3.0m以上5.0m未満',
    label_en: '3 m to under 5 m',
  },
  {
    id: 3,
    minM: 5,
    maxM: 10,
    rgb: legendRgb(3),
    label_ja: '5.0m以上10.0m未満',
    label_en: '5 m to under 10 m',
  },
  {
    id: 4,
    minM: 10,
    maxM: 20,
    rgb: legendRgb(4),
    label_ja: '10.0m以上20.0m未満',
    label_en: '10 m to under 20 m',
  },
  {
    id: 5,
    minM: 20,
    maxM: null,
    rgb: legendRgb(5),
    label_ja: '20.0m以上',
    label_en: '20 m or more',
  },
];

/** Class index of a depth in metres, or null when the point is not flooded (or not a number). */
export function classify(depthM: number): number | null {
  // Written so that NaN fails the first test and lands in "not flooded", never in a class.
  if (!(depthM >= FLOODED_MIN_M)) return null;
  if (depthM < 0.5) return 0;
  if (depthM < 3) return 1;
  if (depthM < 5) return 2;
  if (depthM < 10) return 3;
  if (depthM < 20) return 4;
  return 5;
}
