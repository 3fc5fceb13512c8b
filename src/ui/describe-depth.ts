// A water depth in words a person can picture (pure): compared with an adult and with the floors
// of a house, using the same reference heights as the national hazard-map depth legend (床下 under
// 0.5 m, the ground floor up to its eaves at 3 m, the first floor up to its eaves at 5 m).
import { DEPTH_LEGEND } from '../config/hazard-layers';
import type { Depth } from '../data/flood-model';
import { pick, t, type Lang } from '../i18n/i18n';
import { formatDepth } from '../i18n/format-flood';

/** Reference heights drawn beside the water, in metres above the ground. */
export const REFERENCE_HEIGHTS = {
  /** A ground floor's floor: the legend's 床下 / 床上 boundary. */
  floor: 0.5,
  /** An adult, for scale. */
  adult: 1.7,
  /** The ground floor's eaves (the legend's 0.5–3 m class ends here). */
  eaves1: 3,
  /** The first floor's eaves (the legend's 3–5 m class ends here). */
  eaves2: 5,
} as const;

/** Where the water stands, from the ground, as drawn (a depth above the floor starts at the floor). */
export interface DrawnDepth {
  /** Metres above the ground: bottom of the water, lowest and highest surface (highest null: "more than"). */
  readonly base: number;
  readonly low: number;
  readonly high: number | null;
}

export function drawnDepth(d: Depth): DrawnDepth {
  const base = d.reference === 'floor' ? REFERENCE_HEIGHTS.floor : 0;
  return { base, low: base + d.minM, high: d.maxM === null ? null : base + d.maxM };
}

/** The legend class a height above the ground falls in (the last class for anything above). */
function legendReading(height: number, lang: Lang): string {
  const bounds = [0.5, 3, 5, 10, 20];
  const i = bounds.findIndex((b) => height < b);
  const cls = DEPTH_LEGEND[i === -1 ? DEPTH_LEGEND.length - 1 : i];
  return cls ? pick(lang, cls.reading) : '';
}

/** The comparison sentence: against an adult, then against the floors of a house. */
export function depthComparison(d: Depth, lang: Lang): string {
  const drawn = drawnDepth(d);
  const top = drawn.high ?? drawn.low;
  const adult =
    drawn.low >= REFERENCE_HEIGHTS.adult
      ? t(lang, 'depthFigure.aboveAdult')
      : top < REFERENCE_HEIGHTS.adult
        ? t(lang, 'depthFigure.belowAdult')
        : t(lang, 'depthFigure.aroundAdult');
  const low = legendReading(drawn.low, lang);
  const high = drawn.high === null ? t(lang, 'depthFigure.orMore') : legendReading(top, lang);
  const house = low === high ? low : t(lang, 'depthFigure.between', { low, high });
  return t(lang, 'depthFigure.compare', { adult, house });
}

/** The text alternative of the drawing: depth, as written, compared, and what it is measured from. */
export function depthAlt(d: Depth, lang: Lang): string {
  const from = formatDepth(d, lang);
  return lang === 'en'
    ? `${from[0]?.toUpperCase() ?? ''}${from.slice(1)}. ${depthComparison(d, lang)}.`
    : `${from}。${depthComparison(d, lang)}。`;
}
