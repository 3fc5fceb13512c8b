// Where and how each record is drawn on the timeline. Pure: positions, sizes, shapes and the
// accessible name of every mark, from the events and the scale.
import type { ScaleLinear } from 'd3-scale';
import type { CauseCategory, FloodEvent } from '../data/flood-model';
import type { Lang } from '../i18n/i18n';
import type { SymbolShape, Theme } from '../theme/theme';
import { eventSummary } from '../i18n/format-flood';
import { dateSpan } from './time-scale';

export interface Mark {
  readonly id: string;
  /** Left edge and width in pixels; a duration or a year-only date is a span, never a point. */
  readonly x: number;
  readonly width: number;
  /** Bar heights in pixels: above floor on top of below floor, or one bar for a total only. */
  readonly above: number;
  readonly below: number;
  readonly totalOnly: number;
  /** The source gives no number: drawn as a hollow "?" mark, not as a zero-height bar. */
  readonly unknown: boolean;
  readonly uncertain: boolean;
  readonly yearOnly: boolean;
  readonly cause: CauseCategory;
  readonly color: string;
  readonly shape: SymbolShape;
  /** Memorials and countermeasures: annotations in their own lane. */
  readonly annotation: boolean;
  readonly recollection: boolean;
  readonly label: string;
}

export const MIN_MARK_WIDTH = 4;

export function primaryCause(e: FloodEvent): CauseCategory {
  return e.causes[0] ?? 'other';
}

/** Square-root height, so that 2,751 does not flatten 15 to nothing; `max` px for the largest. */
export function heightScale(events: readonly FloodEvent[], max: number): (n: number) => number {
  const largest = Math.max(
    1,
    ...events.map((e) => (e.total.kind === 'number' ? e.total.value : 0)),
  );
  return (n) => (n <= 0 ? 0 : Math.max(3, (Math.sqrt(n) / Math.sqrt(largest)) * max));
}

export function computeMarks(
  events: readonly FloodEvent[],
  x: ScaleLinear<number, number>,
  theme: Theme,
  lang: Lang,
  maxHeight: number,
): Mark[] {
  const height = heightScale(events, maxHeight);
  return events.map((e) => {
    const [start, end] = dateSpan(e.start, e.end);
    const x0 = x(start);
    const width = Math.max(MIN_MARK_WIDTH, x(end) - x0);
    const cause = primaryCause(e);
    const style = theme.causes[cause];
    const above = e.aboveFloor.kind === 'number' ? e.aboveFloor.value : null;
    const below = e.belowFloor.kind === 'number' ? e.belowFloor.value : null;
    const split = above !== null && below !== null;
    // Only one side known (no total): draw that part, marked uncertain — never as "no number".
    const partial = !split && e.total.kind !== 'number' ? (above ?? below) : null;
    const total = e.total.kind === 'number' ? e.total.value : partial;
    const annotation = e.recordType === 'memorial' || e.recordType === 'countermeasure';
    // Heights split a single sqrt-scaled bar in proportion, so the stack is as tall as the total.
    const full = total !== null ? height(total) : 0;
    return {
      id: e.id,
      x: x0,
      width,
      above: split && total ? (full * (above ?? 0)) / total : 0,
      below: split && total ? (full * (below ?? 0)) / total : 0,
      totalOnly: !split && total !== null ? full : 0,
      unknown: total === null && !annotation,
      uncertain:
        (e.aboveFloor.kind === 'number' && e.aboveFloor.uncertain) ||
        (e.belowFloor.kind === 'number' && e.belowFloor.uncertain) ||
        (e.total.kind === 'number' && e.total.uncertain) ||
        partial !== null ||
        e.source.sourceClass === 'personal',
      yearOnly: e.start.precision === 'year' && e.end === null,
      cause,
      color: style.color,
      shape: style.shape,
      annotation,
      recollection: e.recordType === 'recollection',
      label: eventSummary(e, lang),
    };
  });
}
