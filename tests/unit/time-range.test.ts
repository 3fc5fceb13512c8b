// What a time selection means for the records, on the SYNTHETIC history in fixtures/ and on
// records built inline (the bundled figures are checked in data-contract.test.ts, not here).
import { describe, it, expect } from 'vitest';
import { NOT_GIVEN, num } from '../../src/data/figure';
import { WARD, type ChomeRecord, type FloodEvent } from '../../src/data/flood-model';
import {
  damageByChome,
  effectiveRange,
  eventChomeInRange,
  eventInRange,
  eventYears,
  measureOf,
  nextStop,
  recordInRange,
} from '../../src/data/time-range';
import { syntheticHistory } from './fixtures/synthetic-history';
import { codeOf, nameOf } from './fixtures/synthetic-ward';

const { history } = syntheticHistory();

const event = (id: string): FloodEvent => {
  const e = history.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const kaku6 = codeOf('架空六丁目');

/** A chome record built inline, for the synthetic summing checks. */
function rec(over: Partial<ChomeRecord> & Pick<ChomeRecord, 'start' | 'end'>): ChomeRecord {
  return {
    chomeCode: 'X1',
    chomeName: 'テスト一丁目',
    chomeAsWritten: 'テスト1丁目',
    eventId: null,
    periodAsWritten: '',
    belowFloor: NOT_GIVEN,
    aboveFloor: NOT_GIVEN,
    total: num(0),
    damageClass: null,
    unit: '棟',
    confidence: 'confirmed',
    sourceTitle: 'synthetic',
    sourceClass: 'official',
    note: '',
    sourceTitleEn: '',
    sourceUrl: null,
    quote: '',
    noteText: { ja: '', en: '' },
    method: null,
    publishedShare: null,
    line: 0,
    ...over,
  };
}

describe('eventInRange', () => {
  it('takes a null range as everything', () => {
    for (const e of history.events) expect(eventInRange(e, null)).toBe(true);
  });

  it('puts a year-only event (1750) in its own year, not the years around it', () => {
    const e = event('SYN-1750');
    expect(eventInRange(e, { from: 1750, to: 1750 })).toBe(true);
    expect(eventInRange(e, { from: 1700, to: 1800 })).toBe(true);
    expect(eventInRange(e, { from: 1751, to: 1800 })).toBe(false);
    expect(eventInRange(e, { from: 1700, to: 1749 })).toBe(false);
  });

  it('puts a month event (1989-08) in its year', () => {
    const e = event('SYN-1989-08');
    expect(eventInRange(e, { from: 1989, to: 1989 })).toBe(true);
    expect(eventInRange(e, { from: 1990, to: 2000 })).toBe(false);
  });

  it('counts a day event on the boundary years of the range', () => {
    const e = event('SYN-1999-08-29');
    expect(eventInRange(e, { from: 1999, to: 2000 })).toBe(true);
    expect(eventInRange(e, { from: 1989, to: 1999 })).toBe(true);
    expect(eventInRange(e, { from: 2000, to: 2026 })).toBe(false);
  });

  it('counts a multi-year record that overlaps the range (SYN-C-2002: 1991 → 2002-10)', () => {
    const e = event('SYN-C-2002');
    expect(eventInRange(e, { from: 2000, to: 2005 })).toBe(true);
    expect(eventInRange(e, { from: 1980, to: 1991 })).toBe(true);
    expect(eventInRange(e, { from: 2003, to: 2010 })).toBe(false);
    expect(eventInRange(e, { from: 1980, to: 1990 })).toBe(false);
  });

  it('counts a multi-day event over new year in either year (synthetic 1999-12-30 → 2000-01-02)', () => {
    const e: FloodEvent = {
      ...event('SYN-1999-08-29'),
      id: 'synthetic',
      start: { iso: '1999-12-30', precision: 'day' },
      end: { iso: '2000-01-02', precision: 'day' },
    };
    expect(eventInRange(e, { from: 2000, to: 2000 })).toBe(true);
    expect(eventInRange(e, { from: 1999, to: 1999 })).toBe(true);
    expect(eventInRange(e, { from: 2001, to: 2010 })).toBe(false);
  });
});

describe('recordInRange', () => {
  const period = history.records.find((r) => r.chomeCode === kaku6 && r.eventId === null);
  const of1999 = history.records.find(
    (r) => r.chomeCode === kaku6 && r.eventId === 'SYN-1999-08-29',
  );

  it('finds the two 架空六丁目 count records', () => {
    expect(period).toMatchObject({ start: '1989-01-01', end: '2020-03-31' });
    expect(of1999).toMatchObject({ start: '1999-08-29', end: '1999-08-29' });
  });

  it('takes a null range as everything', () => {
    for (const r of history.records) expect(recordInRange(r, null)).toBe(true);
  });

  it('does not count the 1989–2020 total in 1989–2000 (its whole period must be in range)', () => {
    if (!period) throw new Error('no period record');
    expect(recordInRange(period, { from: 1989, to: 2000 })).toBe(false);
    expect(recordInRange(period, { from: 1990, to: 2020 })).toBe(false);
    expect(recordInRange(period, { from: 1989, to: 2020 })).toBe(true);
    expect(recordInRange(period, { from: 1900, to: 2026 })).toBe(true);
  });

  it('counts the 1999-08-29 record in 1989–2000 and in 1999 alone', () => {
    if (!of1999) throw new Error('no 1999 record');
    expect(recordInRange(of1999, { from: 1989, to: 2000 })).toBe(true);
    expect(recordInRange(of1999, { from: 1999, to: 1999 })).toBe(true);
    expect(recordInRange(of1999, { from: 2000, to: 2020 })).toBe(false);
  });
});

describe('measureOf', () => {
  it('tells counts from classes, and gives null for a record with neither', () => {
    expect(measureOf(rec({ start: '2000-01-01', end: '2000-12-31', total: num(3) }))).toBe(
      'counts',
    );
    expect(
      measureOf(
        rec({
          start: '2025-09-11',
          end: '2025-09-11',
          total: NOT_GIVEN,
          damageClass: { label: '1-5件', ordinal: 1 },
        }),
      ),
    ).toBe('classes');
    expect(measureOf(rec({ start: '2000-01-01', end: '2000-12-31', total: NOT_GIVEN }))).toBe(null);
  });
});

describe('damageByChome on the synthetic history', () => {
  it('all time, counts: 架空六丁目 240 (the 1999 record inside the 1989–2020 total is not added)', () => {
    const m = damageByChome(history.records, null, 'counts');
    expect(m.get(kaku6)).toEqual({ value: 240, unit: '棟', label: null });
    expect(m.get(kaku6)?.value).not.toBe(320);
    expect(m.size).toBe(7);
    expect(m.has(WARD)).toBe(false);
    // A recorded zero stays a zero, not a missing chome.
    expect(m.get(codeOf('架空一丁目'))?.value).toBe(0);
  });

  it('1989–2000, counts: only 架空六丁目, with the 1999 figure 80', () => {
    const m = damageByChome(history.records, { from: 1989, to: 2000 }, 'counts');
    expect([...m.keys()]).toEqual([kaku6]);
    expect(m.get(kaku6)).toEqual({ value: 80, unit: '棟', label: null });
  });

  it('2021–2026, counts: nothing (2025 has damage classes only)', () => {
    expect(damageByChome(history.records, { from: 2021, to: 2026 }, 'counts').size).toBe(0);
  });

  it('all time, classes: 4 chome with their ordinals, 架空六丁目 = 4 (31-50件)', () => {
    const m = damageByChome(history.records, null, 'classes');
    expect(m.size).toBe(4);
    expect(m.get(kaku6)).toEqual({ value: 4, unit: '件', label: '31-50件' });
    expect(m.get(codeOf('架空一丁目'))).toEqual({ value: 0, unit: '件', label: '0件' });
    expect(m.get(codeOf('見本一丁目'))).toMatchObject({ value: 6, label: '76-110件' });
  });

  it('classes in a range without the 2025 map: nothing', () => {
    expect(damageByChome(history.records, { from: 1989, to: 2020 }, 'classes').size).toBe(0);
  });

  it('ward=true gives the ward rows only: 5,000 all time and 2,400 for 1989–2000', () => {
    const all = damageByChome(history.records, null, 'counts', true);
    expect([...all.keys()]).toEqual([WARD]);
    expect(all.get(WARD)?.value).toBe(5000);
    const r = damageByChome(history.records, { from: 1989, to: 2000 }, 'counts', true);
    expect(r.get(WARD)?.value).toBe(2400);
  });
});

describe('damageByChome on synthetic records', () => {
  it('synthetic: sums two disjoint periods in range', () => {
    const records = [
      rec({ start: '2000-01-01', end: '2004-12-31', total: num(10) }),
      rec({ start: '2005-01-01', end: '2009-12-31', total: num(7) }),
    ];
    expect(damageByChome(records, null, 'counts').get('X1')?.value).toBe(17);
    expect(damageByChome(records, { from: 2000, to: 2009 }, 'counts').get('X1')?.value).toBe(17);
    expect(damageByChome(records, { from: 2005, to: 2009 }, 'counts').get('X1')?.value).toBe(7);
  });

  it('synthetic: does not treat a record with the same period as "inside" (both counted)', () => {
    const records = [
      rec({ start: '2000-01-01', end: '2004-12-31', total: num(10), sourceTitle: 'A' }),
      rec({ start: '2000-01-01', end: '2004-12-31', total: num(5), sourceTitle: 'B' }),
    ];
    expect(damageByChome(records, null, 'counts').get('X1')?.value).toBe(15);
  });

  it('synthetic: leaves out a record inside another, also at a shared edge', () => {
    const records = [
      rec({ start: '2000-01-01', end: '2004-12-31', total: num(10) }),
      rec({ start: '2000-01-01', end: '2000-06-30', total: num(4) }),
      rec({ start: '2004-12-31', end: '2004-12-31', total: num(2) }),
    ];
    expect(damageByChome(records, null, 'counts').get('X1')?.value).toBe(10);
    // When the outer record is out of range, the inner ones count.
    expect(damageByChome(records, { from: 2000, to: 2000 }, 'counts').get('X1')?.value).toBe(4);
  });

  it('synthetic: keeps chome apart (a record is only "inside" one of the same chome)', () => {
    const records = [
      rec({ start: '2000-01-01', end: '2004-12-31', total: num(10) }),
      rec({ chomeCode: 'X2', start: '2002-01-01', end: '2002-12-31', total: num(3) }),
    ];
    const m = damageByChome(records, null, 'counts');
    expect(m.get('X1')?.value).toBe(10);
    expect(m.get('X2')?.value).toBe(3);
  });

  it('synthetic: classes keep the highest ordinal, whatever the order', () => {
    const cls = (ordinal: number, start: string) =>
      rec({
        start,
        end: start,
        total: NOT_GIVEN,
        unit: '件',
        damageClass: { label: `class ${ordinal}`, ordinal },
      });
    for (const records of [
      [cls(2, '2020-01-01'), cls(5, '2021-01-01'), cls(3, '2022-01-01')],
      [cls(5, '2021-01-01'), cls(3, '2022-01-01'), cls(2, '2020-01-01')],
    ]) {
      expect(damageByChome(records, null, 'classes').get('X1')).toEqual({
        value: 5,
        unit: '件',
        label: 'class 5',
      });
    }
    expect(
      damageByChome(
        [cls(2, '2020-01-01'), cls(5, '2021-01-01')],
        { from: 2020, to: 2020 },
        'classes',
      ).get('X1')?.value,
    ).toBe(2);
  });

  it('synthetic: a record with no number is not counted as zero', () => {
    const m = damageByChome(
      [rec({ start: '2000-01-01', end: '2000-12-31', total: NOT_GIVEN })],
      null,
      'counts',
    );
    expect(m.has('X1')).toBe(false);
  });
});

describe('effectiveRange', () => {
  it('runs a cumulative range from the first year on record', () => {
    expect(effectiveRange({ from: 1990, to: 2000 }, 'cumulative', 1740)).toEqual({
      from: 1740,
      to: 2000,
    });
  });

  it('keeps a range as it is in range mode, and null stays null', () => {
    expect(effectiveRange({ from: 1990, to: 2000 }, 'range', 1740)).toEqual({
      from: 1990,
      to: 2000,
    });
    expect(effectiveRange(null, 'cumulative', 1740)).toBeNull();
    expect(effectiveRange(null, 'range', 1740)).toBeNull();
  });
});

describe('eventChomeInRange on the synthetic history', () => {
  const names = (codes: readonly string[]): string[] => codes.map(nameOf).sort();

  it('gives the chome of the 2025 events for 2025, once each', () => {
    const codes = eventChomeInRange(history.events, history.locations, { from: 2025, to: 2025 });
    expect(names(codes)).toEqual(['架空六丁目', '見本三丁目'].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('is empty for 1700–1800 (the 1750 storm surge cannot be placed)', () => {
    expect(eventChomeInRange(history.events, history.locations, { from: 1700, to: 1800 })).toEqual(
      [],
    );
  });

  it('includes town-level chome too (見本 of 1947)', () => {
    const codes = eventChomeInRange(history.events, history.locations, { from: 1947, to: 1947 });
    expect(names(codes)).toEqual(
      ['架空五丁目', '見本一丁目', '見本二丁目', '見本三丁目', '見本四丁目'].sort(),
    );
  });

  it('gives every placed chome for a null range, once each', () => {
    const all = eventChomeInRange(history.events, history.locations, null);
    expect(new Set(all).size).toBe(all.length);
    // Every synthetic chome has an event placed in it; 架空四丁目 only through the gazetteer.
    expect(names(all)).toEqual(
      [
        '架空一丁目',
        '架空二丁目',
        '架空三丁目',
        '架空四丁目',
        '架空五丁目',
        '架空六丁目',
        '見本一丁目',
        '見本二丁目',
        '見本三丁目',
        '見本四丁目',
      ].sort(),
    );
  });
});

describe('eventYears / nextStop', () => {
  const years = eventYears(history.events);

  it('lists the start years, sorted and unique', () => {
    expect(years[0]).toBe(1750);
    expect(years.at(-1)).toBe(2025);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(new Set(years).size).toBe(years.length);
    expect(years).toContain(1999);
    expect(years).toContain(1991); // SYN-C-2002 starts in 1991
    expect(years.filter((y) => y === 2025)).toHaveLength(1); // two 2025 records, one stop
  });

  it('handles a synthetic unsorted list with repeats', () => {
    const at = (iso: string): FloodEvent => ({
      ...event('SYN-1750'),
      start: { iso, precision: iso.length === 4 ? 'year' : 'day' },
    });
    expect(eventYears([at('2000-05-01'), at('1742'), at('2000'), at('1900-01-02')])).toEqual([
      1742, 1900, 2000,
    ]);
    expect(eventYears([])).toEqual([]);
  });

  it('starts at the first year, steps to the next one, and ends with null', () => {
    expect(nextStop(years, null)).toBe(1750);
    expect(nextStop(years, 1750)).toBe(years[1]);
    expect(nextStop(years, 2025)).toBeNull();
    expect(nextStop([1742, 1823, 1999], 1900)).toBe(1999);
    expect(nextStop([1742, 1823, 1999], 1600)).toBe(1742);
    expect(nextStop([], null)).toBeNull();
    expect(nextStop([], 2000)).toBeNull();
  });
});
