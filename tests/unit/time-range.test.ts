import { csv, geojson } from './helpers/bundled-data';
import { describe, it, expect } from 'vitest';
import { assembleHistory } from '../../src/data/assemble-history';
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

const chomeData = geojson('chome');
const { history } = assembleHistory({
  chome: chomeData,
  stations: geojson('stations'),
  events: csv('floodEvents'),
  records: csv('chomeRecords'),
  gazetteer: csv('gazetteer'),
});

function codeOf(name: string): string {
  const f = chomeData.features.find((x) => x.properties.name_kanji === name);
  if (!f) throw new Error(`${name} is not in the chome file`);
  return String(f.properties.key_code);
}
const event = (id: string): FloodEvent => {
  const e = history.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const nakanobu6 = codeOf('中延六丁目');

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
    line: 0,
    ...over,
  };
}

describe('eventInRange', () => {
  it('takes a null range as everything', () => {
    for (const e of history.events) expect(eventInRange(e, null)).toBe(true);
  });

  it('puts a year-only event (1742) in its own year, not the years around it', () => {
    const e = event('SH-1742');
    expect(eventInRange(e, { from: 1742, to: 1742 })).toBe(true);
    expect(eventInRange(e, { from: 1700, to: 1800 })).toBe(true);
    expect(eventInRange(e, { from: 1743, to: 1800 })).toBe(false);
    expect(eventInRange(e, { from: 1700, to: 1741 })).toBe(false);
  });

  it('puts a month event (1989-08) in its year', () => {
    const e = event('SH-1989-08');
    expect(eventInRange(e, { from: 1989, to: 1989 })).toBe(true);
    expect(eventInRange(e, { from: 1990, to: 2000 })).toBe(false);
  });

  it('counts a day event on the boundary years of the range', () => {
    const e = event('SH-1999-08-29');
    expect(eventInRange(e, { from: 1999, to: 2000 })).toBe(true);
    expect(eventInRange(e, { from: 1989, to: 1999 })).toBe(true);
    expect(eventInRange(e, { from: 2000, to: 2026 })).toBe(false);
  });

  it('counts a multi-year record that overlaps the range (SH-C-2002: 1991 → 2002-10)', () => {
    const e = event('SH-C-2002');
    expect(eventInRange(e, { from: 2000, to: 2005 })).toBe(true);
    expect(eventInRange(e, { from: 1980, to: 1991 })).toBe(true);
    expect(eventInRange(e, { from: 2003, to: 2010 })).toBe(false);
    expect(eventInRange(e, { from: 1980, to: 1990 })).toBe(false);
  });

  it('counts a multi-day event over new year in either year (synthetic 1999-12-30 → 2000-01-02)', () => {
    const e: FloodEvent = {
      ...event('SH-1999-08-29'),
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
  const period = history.records.find((r) => r.chomeCode === nakanobu6 && r.eventId === null);
  const of1999 = history.records.find(
    (r) => r.chomeCode === nakanobu6 && r.eventId === 'SH-1999-08-29',
  );

  it('finds the two 中延六丁目 count records', () => {
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

describe('damageByChome on the bundled data', () => {
  it('all time, counts: 中延六丁目 218 (the 1999 record inside the 1989–2020 total is not added)', () => {
    const m = damageByChome(history.records, null, 'counts');
    expect(m.get(nakanobu6)).toEqual({ value: 218, unit: '棟', label: null });
    expect(m.get(nakanobu6)?.value).not.toBe(353);
    expect(m.size).toBe(10);
    expect(m.has(WARD)).toBe(false);
    // A recorded zero stays a zero, not a missing chome.
    expect(m.get(codeOf('中延一丁目'))?.value).toBe(0);
  });

  it('1989–2000, counts: only 中延六丁目, with the 1999 figure 135', () => {
    const m = damageByChome(history.records, { from: 1989, to: 2000 }, 'counts');
    expect([...m.keys()]).toEqual([nakanobu6]);
    expect(m.get(nakanobu6)).toEqual({ value: 135, unit: '棟', label: null });
  });

  it('2021–2026, counts: nothing (2025 has damage classes only)', () => {
    expect(damageByChome(history.records, { from: 2021, to: 2026 }, 'counts').size).toBe(0);
  });

  it('all time, classes: 10 chome with their ordinals, 中延六丁目 = 4 (31-50件)', () => {
    const m = damageByChome(history.records, null, 'classes');
    expect(m.size).toBe(10);
    expect(m.get(nakanobu6)).toEqual({ value: 4, unit: '件', label: '31-50件' });
    expect(m.get(codeOf('中延一丁目'))).toEqual({ value: 0, unit: '件', label: '0件' });
    expect(m.get(codeOf('二葉一丁目'))).toMatchObject({ value: 6, label: '76-110件' });
    for (const v of m.values()) {
      expect(Number.isInteger(v.value)).toBe(true);
      expect(v.value).toBeGreaterThanOrEqual(0);
      expect(v.value).toBeLessThanOrEqual(6);
    }
  });

  it('classes in a range without the 2025 map: nothing', () => {
    expect(damageByChome(history.records, { from: 1989, to: 2020 }, 'classes').size).toBe(0);
  });

  it('ward=true gives the ward row: 5,097 all time and 2,751 for 1989–2000', () => {
    const all = damageByChome(history.records, null, 'counts', true);
    expect([...all.keys()]).toEqual([WARD]);
    expect(all.get(WARD)?.value).toBe(5097);
    const r = damageByChome(history.records, { from: 1989, to: 2000 }, 'counts', true);
    expect(r.get(WARD)?.value).toBe(2751);
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

describe('eventChomeInRange on the bundled data', () => {
  it('includes the chome of SH-2025-09-11 for 2025 (東大井三丁目 among them)', () => {
    const codes = eventChomeInRange(history.events, history.locations, { from: 2025, to: 2025 });
    expect(codes).toContain(codeOf('東大井三丁目'));
    expect(codes).toContain(codeOf('小山五丁目'));
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('is empty for 1700–1800 (the 1742 storm surge cannot be placed)', () => {
    expect(eventChomeInRange(history.events, history.locations, { from: 1700, to: 1800 })).toEqual(
      [],
    );
  });

  it('includes town-level chome too (南大井 of 1947)', () => {
    const codes = eventChomeInRange(history.events, history.locations, { from: 1947, to: 1947 });
    expect(codes).toContain(codeOf('南大井三丁目'));
    expect(codes).toContain(codeOf('小山五丁目'));
  });

  it('gives every placed chome for a null range, once each', () => {
    const all = eventChomeInRange(history.events, history.locations, null);
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBeGreaterThan(30);
  });
});

describe('eventYears / nextStop', () => {
  const years = eventYears(history.events);

  it('lists the start years, sorted and unique', () => {
    expect(years[0]).toBe(1742);
    expect(years.at(-1)).toBe(2025);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(new Set(years).size).toBe(years.length);
    expect(years).toContain(1999);
    expect(years).toContain(1991); // SH-C-2002 starts in 1991
    expect(years.filter((y) => y === 2025)).toHaveLength(1); // two 2025 records, one stop
  });

  it('handles a synthetic unsorted list with repeats', () => {
    const at = (iso: string): FloodEvent => ({
      ...event('SH-1742'),
      start: { iso, precision: iso.length === 4 ? 'year' : 'day' },
    });
    expect(eventYears([at('2000-05-01'), at('1742'), at('2000'), at('1900-01-02')])).toEqual([
      1742, 1900, 2000,
    ]);
    expect(eventYears([])).toEqual([]);
  });

  it('starts at the first year, steps to the next one, and ends with null', () => {
    expect(nextStop(years, null)).toBe(1742);
    expect(nextStop(years, 1742)).toBe(years[1]);
    expect(nextStop(years, 2025)).toBeNull();
    expect(nextStop([1742, 1823, 1999], 1900)).toBe(1999);
    expect(nextStop([1742, 1823, 1999], 1600)).toBe(1742);
    expect(nextStop([], null)).toBeNull();
    expect(nextStop([], 2000)).toBeNull();
  });
});
