// Where and how each record is drawn on the timeline, on the SYNTHETIC history in fixtures/
// (the bundled figures are checked in data-contract.test.ts, not here).
import { describe, it, expect } from 'vitest';
import { NOT_GIVEN, num } from '../../src/data/figure';
import { CAUSES, type FloodEvent } from '../../src/data/flood-model';
import { defaultTheme } from '../../src/theme/theme';
import {
  computeMarks,
  heightScale,
  MIN_MARK_WIDTH,
  primaryCause,
  type Mark,
} from '../../src/timeline/marks';
import { dateSpan, timeScale } from '../../src/timeline/time-scale';
import { SYNTHETIC_EVENT_IDS_BY_DATE, syntheticHistory } from './fixtures/synthetic-history';

const { history } = syntheticHistory();
const events = history.events;
const event = (id: string): FloodEvent => {
  const e = events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};

const MAX = 62;
const x = timeScale(1000, 2027);
const marks = computeMarks(events, x, defaultTheme, 'ja', MAX);
const mark = (id: string): Mark => {
  const m = marks.find((k) => k.id === id);
  if (!m) throw new Error(`no mark ${id}`);
  return m;
};
const height = (m: Mark): number => m.above + m.below + m.totalOnly;

describe('computeMarks on the synthetic history', () => {
  it('gives one mark per record, in the order of the records', () => {
    expect(marks).toHaveLength(SYNTHETIC_EVENT_IDS_BY_DATE.length);
    expect(marks.map((m) => m.id)).toEqual(events.map((e) => e.id));
  });

  it('puts memorials and countermeasures in the annotation lane, and nothing else', () => {
    const annotations = marks.filter((m) => m.annotation).map((m) => m.id);
    expect(annotations.sort()).toEqual(['SYN-C-2002', 'SYN-C-2025-10', 'SYN-M-1921']);
    for (const id of annotations) {
      const m = mark(id);
      expect(m.unknown).toBe(false);
      expect(height(m)).toBe(0);
    }
  });

  it('draws a record without a number (SYN-1750) as unknown, not as a zero-height bar', () => {
    const m = mark('SYN-1750');
    expect(m.unknown).toBe(true);
    expect(m.yearOnly).toBe(true);
    expect(m.annotation).toBe(false);
    expect(m.cause).toBe('stormSurge');
    expect(height(m)).toBe(0);
    // Every flood record is either unknown or has a visible bar: never a silent zero.
    for (const k of marks.filter((k) => !k.annotation)) {
      expect(k.unknown || height(k) > 0, k.id).toBe(true);
      expect(k.unknown && height(k) > 0, k.id).toBe(false);
    }
  });

  it('gives a year-only record the whole year as its span (1750 starts at x(1750))', () => {
    const m = mark('SYN-1750');
    expect(m.x).toBeCloseTo(x(1750), 10);
    expect(m.width).toBeCloseTo(Math.max(MIN_MARK_WIDTH, x(1751) - x(1750)), 10);
    expect(mark('SYN-1999-08-29').yearOnly).toBe(false);
    // Month precision is not year only either.
    expect(mark('SYN-1989-08').yearOnly).toBe(false);
    // A year start with an end date is a span, not "year only".
    expect(mark('SYN-C-2002').yearOnly).toBe(false);
  });

  it('splits SYN-1999-08-29 into above and below floor, and it is the tallest mark', () => {
    const m = mark('SYN-1999-08-29');
    expect(m.above).toBeGreaterThan(0);
    expect(m.below).toBeGreaterThan(0);
    expect(m.totalOnly).toBe(0);
    expect(m.above / m.below).toBeCloseTo(1500 / 900, 10);
    expect(height(m)).toBeCloseTo(MAX, 10);
    for (const k of marks) expect(height(k), k.id).toBeLessThanOrEqual(height(m) + 1e-9);
    expect(m.uncertain).toBe(false);
    expect(m.unknown).toBe(false);
  });

  it('draws a total without a split as one bar (SYN-1890-07-01)', () => {
    const m = mark('SYN-1890-07-01');
    expect(m.totalOnly).toBeGreaterThan(0);
    expect(m.above).toBe(0);
    expect(m.below).toBe(0);
    expect(m.totalOnly).toBeCloseTo((Math.sqrt(40) / Math.sqrt(2400)) * MAX, 10);
  });

  it('marks the 1958 record uncertain (700?), still split', () => {
    const m = mark('SYN-1958-09-26');
    expect(m.uncertain).toBe(true);
    expect(m.above).toBeGreaterThan(0);
    expect(m.below).toBeGreaterThan(0);
    expect(m.cause).toBe('river');
  });

  it('marks a record from a personal source uncertain (SYN-1989-08)', () => {
    const m = mark('SYN-1989-08');
    expect(m.uncertain).toBe(true);
    expect(m.totalOnly).toBeGreaterThan(0);
    expect(m.cause).toBe('heavyRain');
    // An official record with plain numbers is not.
    expect(mark('SYN-2010-12-03').uncertain).toBe(false);
  });

  it('marks recollections as such', () => {
    expect(mark('SYN-1959-09').recollection).toBe(true);
    expect(mark('SYN-1999-08-29').recollection).toBe(false);
  });

  it('is never narrower than MIN_MARK_WIDTH', () => {
    expect(MIN_MARK_WIDTH).toBeGreaterThan(0);
    for (const m of marks) expect(m.width, m.id).toBeGreaterThanOrEqual(MIN_MARK_WIDTH);
  });

  it('gives a duration (SYN-1947-09-15, 3 days) at least the width of a one-day record', () => {
    expect(mark('SYN-1947-09-15').width).toBeGreaterThanOrEqual(mark('SYN-1999-08-29').width);
    // The long countermeasure (1991 → 2002-10) is much wider than a single day.
    expect(mark('SYN-C-2002').width).toBeGreaterThan(mark('SYN-1999-08-29').width * 5);
    const [a, b] = dateSpan(event('SYN-C-2002').start, event('SYN-C-2002').end);
    expect(mark('SYN-C-2002').width).toBeCloseTo(x(b) - x(a), 10);
  });

  it('keeps every mark inside the axis', () => {
    for (const m of marks) {
      expect(m.x, m.id).toBeGreaterThanOrEqual(0);
      expect(m.x, m.id).toBeLessThanOrEqual(1000);
    }
  });

  it('gives every mark a colour and a shape of its cause (no meaning by colour alone)', () => {
    for (const m of marks) {
      expect(CAUSES).toContain(m.cause);
      const style = defaultTheme.causes[m.cause];
      expect(m.color, m.id).toBe(style.color);
      expect(m.shape, m.id).toBe(style.shape);
      expect(m.color).toMatch(/^#[0-9a-f]{6}$/i);
    }
    // The flood causes on record have distinct shapes and colours.
    const used = [...new Set(marks.filter((m) => !m.annotation).map((m) => m.cause))];
    expect(new Set(used.map((c) => defaultTheme.causes[c].shape)).size).toBe(used.length);
    expect(new Set(used.map((c) => defaultTheme.causes[c].color)).size).toBe(used.length);
  });

  it('takes the first cause as the primary one, and "other" without any', () => {
    expect(primaryCause(event('SYN-1947-09-15'))).toBe('river');
    expect(primaryCause(event('SYN-M-1921'))).toBe('other');
    expect(mark('SYN-M-1921').cause).toBe('other');
  });

  it('labels every mark with its date and damage text', () => {
    const m = mark('SYN-1999-08-29');
    expect(m.label).toContain('1999年8月29日');
    expect(m.label).toContain('床上 1,500棟・床下 900棟');
    expect(m.label).toContain('計 2,400棟');
    expect(mark('SYN-1750').label).toContain('1750年');
    expect(mark('SYN-1750').label).toContain('被害の数は資料に記載なし');
    expect(mark('SYN-1958-09-26').label).toContain('700戸?');
    expect(mark('SYN-1947-09-15').label).toContain('1947年9月13日 – 1947年9月15日');
    for (const k of marks) expect(k.label.length, k.id).toBeGreaterThan(10);
  });

  it('labels in English for lang "en"', () => {
    const en = computeMarks(events, x, defaultTheme, 'en', MAX);
    const m = en.find((k) => k.id === 'SYN-1999-08-29');
    expect(m?.label).toContain('29 Aug 1999');
    expect(m?.label).toContain('1,500 buildings above floor, 900 buildings below floor');
  });
});

describe('heightScale', () => {
  const h = heightScale(events, 60);

  it('gives 0 for nothing, at least 3 px for a small number, max for the largest', () => {
    expect(h(0)).toBe(0);
    expect(h(-5)).toBe(0);
    expect(h(1)).toBe(3);
    expect(h(2400)).toBeCloseTo(60, 10);
    expect(h(15)).toBeGreaterThanOrEqual(3);
  });

  it('is a square-root scale', () => {
    expect(h(2400 / 4)).toBeCloseTo(30, 10);
  });
});

describe('computeMarks on synthetic records', () => {
  const synthetic = (over: Partial<FloodEvent>): FloodEvent => ({
    ...event('SYN-1890-07-01'),
    id: 'synthetic',
    ...over,
  });

  it('synthetic: a transcriber\'s "?" on the above-floor figure makes the mark uncertain', () => {
    const e = synthetic({
      aboveFloor: num(100, true),
      belowFloor: num(50),
      total: num(150, true),
    });
    const [m] = computeMarks([e], x, defaultTheme, 'ja', MAX);
    expect(m?.uncertain).toBe(true);
  });

  it('synthetic: an uncertain total-only figure ("1789?") makes the mark uncertain', () => {
    const e = synthetic({ aboveFloor: NOT_GIVEN, belowFloor: NOT_GIVEN, total: num(1789, true) });
    const [m] = computeMarks([e], x, defaultTheme, 'ja', MAX);
    expect(m?.totalOnly).toBeGreaterThan(0);
    expect(m?.uncertain).toBe(true);
  });

  it('synthetic: a recorded zero total is a zero, not unknown', () => {
    const e = synthetic({ aboveFloor: NOT_GIVEN, belowFloor: NOT_GIVEN, total: num(0) });
    const [m] = computeMarks([e], x, defaultTheme, 'ja', MAX);
    expect(m?.unknown).toBe(false);
    expect(m?.totalOnly).toBe(0);
  });
});
