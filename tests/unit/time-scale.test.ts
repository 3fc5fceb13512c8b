import { describe, it, expect } from 'vitest';
import type { PartialDate } from '../../src/data/flood-model';
import {
  BREAK_YEAR,
  dateSpan,
  EARLY_SHARE,
  FIRST_YEAR,
  lastYear,
  tickYears,
  timeScale,
  yearFraction,
} from '../../src/timeline/time-scale';

const day = (iso: string): PartialDate => ({ iso, precision: 'day' });
const month = (iso: string): PartialDate => ({ iso, precision: 'month' });
const year = (iso: string): PartialDate => ({ iso, precision: 'year' });

describe('yearFraction', () => {
  it('puts 1999-08-29 at about 1999.66 (day 240 of 365)', () => {
    expect(yearFraction('1999-08-29')).toBeCloseTo(1999.66, 2);
    expect(yearFraction('1999-08-29')).toBeCloseTo(1999 + 240 / 365, 10);
  });

  it('starts a year at its whole number', () => {
    expect(yearFraction('2000-01-01')).toBe(2000);
    expect(yearFraction('1742-01-01')).toBe(1742);
  });

  it('takes a year-only date as the start of the year', () => {
    expect(yearFraction('1742')).toBe(1742);
  });

  it('takes a month date as the start of the month', () => {
    expect(yearFraction('1989-08')).toBe(yearFraction('1989-08-01'));
    expect(yearFraction('1989-08')).toBeCloseTo(1989 + 212 / 365, 10);
  });

  it('counts 366 days in a leap year (2000, 2024) and 365 in 1900 and 1999', () => {
    // 1 March is day 60 in a leap year, day 59 otherwise.
    expect(yearFraction('2000-03-01')).toBeCloseTo(2000 + 60 / 366, 10);
    expect(yearFraction('2024-03-01')).toBeCloseTo(2024 + 60 / 366, 10);
    expect(yearFraction('1900-03-01')).toBeCloseTo(1900 + 59 / 365, 10);
    expect(yearFraction('1999-03-01')).toBeCloseTo(1999 + 59 / 365, 10);
    // 29 February exists in a leap year and lies between 28 February and 1 March.
    expect(yearFraction('2024-02-29')).toBeGreaterThan(yearFraction('2024-02-28'));
    expect(yearFraction('2024-02-29')).toBeLessThan(yearFraction('2024-03-01'));
  });

  it('keeps the last day of a year inside the year', () => {
    expect(yearFraction('1999-12-31')).toBeLessThan(2000);
    expect(yearFraction('2000-12-31')).toBeLessThan(2001);
    expect(yearFraction('2000-12-31')).toBeCloseTo(2000 + 365 / 366, 10);
  });

  it('increases day by day across a year boundary', () => {
    const days = ['1999-12-30', '1999-12-31', '2000-01-01', '2000-01-02'].map(yearFraction);
    for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1] ?? 0);
  });
});

describe('dateSpan', () => {
  it('covers the whole year for a year-only date: 1742 → [1742, 1743]', () => {
    expect(dateSpan(year('1742'), null)).toEqual([1742, 1743]);
  });

  it('covers the month for a month date: 1989-08 → [1 Aug, 1 Sep]', () => {
    const [a, b] = dateSpan(month('1989-08'), null);
    expect(a).toBe(yearFraction('1989-08-01'));
    expect(b).toBe(yearFraction('1989-09-01'));
  });

  it('ends a December month at the next new year', () => {
    expect(dateSpan(month('1999-12'), null)).toEqual([yearFraction('1999-12-01'), 2000]);
  });

  it('covers one day for a day date', () => {
    const [a, b] = dateSpan(day('1999-08-29'), null);
    expect(a).toBe(yearFraction('1999-08-29'));
    expect(b - a).toBeCloseTo(1 / 365, 10);
    expect(b).toBeCloseTo(yearFraction('1999-08-30'), 10);
  });

  it('spans from the start to the end of the last day: 1947-09-13 → 1947-09-15', () => {
    const [a, b] = dateSpan(day('1947-09-13'), day('1947-09-15'));
    expect(a).toBe(yearFraction('1947-09-13'));
    expect(b).toBeCloseTo(yearFraction('1947-09-16'), 10);
    expect(b - a).toBeCloseTo(3 / 365, 10);
  });

  it('ends a day at the start of the next day, also in a leap year (2024-12-31 → 2025)', () => {
    expect(dateSpan(day('2024-12-31'), null)[1]).toBeCloseTo(2025, 10);
    expect(dateSpan(day('2024-06-01'), null)[1]).toBeCloseTo(yearFraction('2024-06-02'), 10);
  });

  it('mixes precisions: a year start and a month end (1991 → 2002-10)', () => {
    expect(dateSpan(year('1991'), month('2002-10'))).toEqual([1991, yearFraction('2002-11-01')]);
  });

  it('never gives an empty or reversed span', () => {
    for (const [s, e] of [
      [year('1742'), null],
      [month('1921-07'), null],
      [day('2025-09-11'), null],
      [day('1898-06-04'), day('1898-06-05')],
    ] as const) {
      const [a, b] = dateSpan(s, e);
      expect(b).toBeGreaterThan(a);
    }
  });
});

describe('timeScale', () => {
  const width = 1000;
  const last = 2027;
  const x = timeScale(width, last);

  it('has the agreed constants', () => {
    expect(FIRST_YEAR).toBe(1740);
    expect(BREAK_YEAR).toBe(1880);
    expect(EARLY_SHARE).toBeGreaterThan(0);
    expect(EARLY_SHARE).toBeLessThan(0.5);
  });

  it('maps FIRST_YEAR to 0, BREAK_YEAR to width × EARLY_SHARE and the last year to width', () => {
    expect(x(FIRST_YEAR)).toBe(0);
    expect(x(BREAK_YEAR)).toBeCloseTo(width * EARLY_SHARE, 10);
    expect(x(last)).toBe(width);
  });

  it('is linear inside each part', () => {
    const early = (BREAK_YEAR - FIRST_YEAR) / 2 + FIRST_YEAR;
    expect(x(early)).toBeCloseTo((width * EARLY_SHARE) / 2, 10);
    const late = (last - BREAK_YEAR) / 2 + BREAK_YEAR;
    expect(x(late)).toBeCloseTo(width * EARLY_SHARE + (width * (1 - EARLY_SHARE)) / 2, 10);
  });

  it('compresses the early years: a year before BREAK_YEAR is narrower than one after', () => {
    const earlyYear = x(1801) - x(1800);
    const lateYear = x(1951) - x(1950);
    expect(earlyYear).toBeLessThan(lateYear);
  });

  it('is strictly increasing over the domain', () => {
    let prev = -Infinity;
    for (let y = FIRST_YEAR; y <= last; y += 0.5) {
      const v = x(y);
      expect(v).toBeGreaterThan(prev);
      prev = v;
    }
  });

  it('clamps years outside the domain', () => {
    expect(x(1600)).toBe(0);
    expect(x(FIRST_YEAR - 0.01)).toBe(0);
    expect(x(2100)).toBe(width);
    expect(x(last + 0.5)).toBe(width);
  });

  it('inverts back to years', () => {
    for (const y of [1742, 1856, 1880, 1947.5, 1999.66, 2025]) {
      expect(x.invert(x(y))).toBeCloseTo(y, 8);
    }
  });

  it('defaults the last year to next year', () => {
    expect(lastYear(new Date(2026, 4, 1))).toBe(2027);
    const def = timeScale(500);
    expect(def.domain().at(-1)).toBe(lastYear());
  });
});

describe('tickYears', () => {
  const ticks = tickYears(2027);

  it('ticks every 50 years before BREAK_YEAR and every 20 from it', () => {
    expect(ticks).toEqual([1750, 1800, 1850, 1880, 1900, 1920, 1940, 1960, 1980, 2000, 2020]);
    const early = ticks.filter((y) => y < BREAK_YEAR);
    const late = ticks.filter((y) => y >= BREAK_YEAR);
    for (let i = 1; i < early.length; i++) expect((early[i] ?? 0) - (early[i - 1] ?? 0)).toBe(50);
    for (let i = 1; i < late.length; i++) expect((late[i] ?? 0) - (late[i - 1] ?? 0)).toBe(20);
  });

  it('is sorted, without duplicates, and inside the domain', () => {
    expect([...ticks].sort((a, b) => a - b)).toEqual(ticks);
    expect(new Set(ticks).size).toBe(ticks.length);
    for (const y of ticks) {
      expect(y).toBeGreaterThanOrEqual(FIRST_YEAR);
      expect(y).toBeLessThanOrEqual(2027);
    }
  });

  it('includes the last year when it falls on a tick, never beyond it', () => {
    expect(tickYears(2020).at(-1)).toBe(2020);
    expect(tickYears(2019).at(-1)).toBe(2000);
  });
});

describe('spacedTicks', () => {
  it('keeps every tick on a wide chart and drops crowded ones on a phone', async () => {
    const { spacedTicks } = await import('../../src/timeline/timeline-chart');
    const { tickYears, timeScale } = await import('../../src/timeline/time-scale');
    const years = tickYears(2027);
    expect(spacedTicks(years, timeScale(1200, 2027), 34)).toEqual(years);
    const narrow = spacedTicks(years, timeScale(340, 2027), 34);
    expect(narrow.length).toBeLessThan(years.length);
    const x = timeScale(340, 2027);
    for (let i = 1; i < narrow.length; i++) {
      expect(x(narrow[i] ?? 0) - x(narrow[i - 1] ?? 0)).toBeGreaterThanOrEqual(34);
    }
  });
});
