// Time on the timeline as fractional years, and the axis that keeps both the sparse Edo/Meiji
// record and the dense post-war record readable: a piecewise-linear scale whose early part is
// compressed. Pure (d3-scale only), so it is unit-tested.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import type { PartialDate } from '../data/flood-model';
import { FIRST_YEAR } from '../data/time-range';

/** First year on the axis (defined with the time ranges, so the app need not load d3 for it). */
export { FIRST_YEAR };
/** The axis is compressed before this year (few records) and stretched after it. */
export const BREAK_YEAR = 1880;
/** Share of the width given to the years before BREAK_YEAR. */
export const EARLY_SHARE = 0.22;

export function lastYear(today: Date = new Date()): number {
  return today.getFullYear() + 1;
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Fractional year of a date: 1999-08-29 → 1999.66. Year-only and month dates start their period. */
export function yearFraction(iso: string): number {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const days = isLeap(y) ? 366 : 365;
  const start = Date.UTC(y, 0, 1);
  const day = (Date.UTC(y, m - 1, d) - start) / 86_400_000;
  return y + day / days;
}

/** The interval a partial date really covers: a year-only date is the whole year. */
export function dateSpan(start: PartialDate, end: PartialDate | null): [number, number] {
  const endOf = (p: PartialDate): number => {
    const [y = 0, m = 1] = p.iso.split('-').map(Number);
    if (p.precision === 'year') return y + 1;
    if (p.precision === 'month')
      return m === 12 ? y + 1 : yearFraction(`${y}-${String(m + 1).padStart(2, '0')}-01`);
    const [yy = 0] = p.iso.split('-').map(Number);
    return yearFraction(p.iso) + 1 / (isLeap(yy) ? 366 : 365);
  };
  return [yearFraction(start.iso), endOf(end ?? start)];
}

export function timeScale(width: number, last = lastYear()): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([FIRST_YEAR, BREAK_YEAR, last])
    .range([0, width * EARLY_SHARE, width])
    .clamp(true);
}

/** Tick years: every 50 years in the compressed part, every 20 after it. */
export function tickYears(last = lastYear()): number[] {
  const ticks: number[] = [];
  for (let y = 1750; y < BREAK_YEAR; y += 50) ticks.push(y);
  for (let y = BREAK_YEAR; y <= last; y += 20) ticks.push(y);
  return ticks;
}
