// A lesson tour as the app uses it: steps that each set the map (view, layers, hazard layers, period,
// selection) and say something, with a question for pupils and the sources of what is said.
// Parsed from data/tours/ by parse-tour.ts; docs/tours.md describes the files.
import type { HazardKey } from '../config/hazard-tiles';
import type { ThenId } from '../config/then-ids';
import type { PlaceKind, ToggleLayerId } from '../data/places';
import type { Measure, RangeMode, TimeRange } from '../data/time-range';

/** Text in Japanese (always), やさしい日本語 and English (either may be missing). */
export interface TourText {
  readonly ja: string;
  readonly easy: string | null;
  readonly en: string | null;
}

/** How far a source can be trusted, with the same words as the flood records' source_class. */
export type SourceLabel = 'official' | 'secondary' | 'personal' | 'derived';
export const SOURCE_LABELS: readonly SourceLabel[] = [
  'official',
  'secondary',
  'personal',
  'derived',
];

export interface TourSource {
  readonly title: string;
  readonly url: string;
  readonly label: SourceLabel;
}

export interface TourSelection {
  readonly kind: PlaceKind | 'town' | 'event';
  readonly id: string;
}

export interface TourStep {
  /** Short slug, unique in its tour; stays the same when steps are reordered. */
  readonly id: string;
  /** Spreadsheet line in the tour's CSV (for messages). */
  readonly line: number;
  readonly title: TourText;
  readonly text: TourText;
  readonly question: TourText;
  readonly view: { readonly lon: number; readonly lat: number; readonly zoom: number };
  /** null: the app's default layers. */
  readonly layers: readonly ToggleLayerId[] | null;
  /** Hazard layers switched on, with their opacity in percent. */
  readonly hazards: readonly (readonly [HazardKey, number])[];
  /** null: all time. */
  readonly range: TimeRange | null;
  readonly rangeMode: RangeMode;
  readonly measure: Measure;
  readonly selection: TourSelection | null;
  /** An old GSI photo or land-history map shown beside today's map (then and now); absent: none. */
  readonly then?: ThenId | null;
  readonly sources: readonly TourSource[];
}

export interface Tour {
  readonly id: string;
  /** The steps' file name in data/tours/. */
  readonly file: string;
  readonly title: TourText;
  readonly summary: TourText;
  /** Who it is for, as a teacher writes it (小4, 中学・地理総合). */
  readonly audience: TourText;
  /** 学習指導要領コード (16 characters each). */
  readonly curriculum: readonly string[];
  readonly steps: readonly TourStep[];
}

/**
 * The tour the player shows for an id: a tour played from outside data/tours/ (the draft in
 * preview, a lesson file or a link) first, then the bundled ones.
 */
export function playableTour(
  s: { readonly tours: readonly Tour[] | null; readonly lessonTour: Tour | null },
  id: string,
): Tour | undefined {
  if (s.lessonTour?.id === id) return s.lessonTour;
  return s.tours?.find((t) => t.id === id);
}

/** Zoom a step may set: the ward fits at 11, a block at 18. */
export const ZOOM_RANGE = [10, 18] as const;
