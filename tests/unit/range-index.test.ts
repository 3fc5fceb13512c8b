// The fast RangeIndex against the plain damageByChome, on the SYNTHETIC history in fixtures/ and
// on seeded random records (the bundled figures are checked in data-contract.test.ts, not here).
import { describe, expect, it } from 'vitest';
import { NOT_GIVEN, num } from '../../src/data/figure';
import type { ChomeRecord } from '../../src/data/flood-model';
import { RangeIndex } from '../../src/data/range-index';
import { damageByChome, type Measure, type TimeRange } from '../../src/data/time-range';
import { syntheticHistory } from './fixtures/synthetic-history';

const synthetic = syntheticHistory().history.records;

const ranges: (TimeRange | null)[] = [
  null,
  { from: 1989, to: 2000 },
  { from: 1989, to: 2020 },
  { from: 1999, to: 1999 },
  { from: 2021, to: 2026 },
  { from: 1740, to: 1900 },
  { from: 1740, to: 2025 },
  { from: 2025, to: 2025 },
];

function sorted(m: Map<string, unknown>): [string, unknown][] {
  return [...m].sort(([a], [b]) => a.localeCompare(b));
}

describe('RangeIndex gives the same answers as damageByChome', () => {
  for (const measure of ['counts', 'classes'] as Measure[]) {
    for (const range of ranges) {
      it(`on the synthetic history: ${measure}, ${range ? `${range.from}–${range.to}` : 'all time'}`, () => {
        const index = new RangeIndex(synthetic, measure);
        expect(sorted(index.query(range))).toEqual(
          sorted(damageByChome(synthetic, range, measure)),
        );
      });
    }
  }

  it('for the ward-wide rows', () => {
    const index = new RangeIndex(synthetic, 'counts', true);
    expect(index.query(null).get('ward')?.value).toBe(5000);
    expect(index.query({ from: 1989, to: 2000 }).get('ward')?.value).toBe(2400);
    expect(sorted(index.query({ from: 1990, to: 2010 }))).toEqual(
      sorted(damageByChome(synthetic, { from: 1990, to: 2010 }, 'counts', true)),
    );
  });

  it('on synthetic records with nested periods, equal periods, unknown totals and classes', () => {
    // Synthetic: a seeded generator, so the case is the same on every run.
    let seed = 42;
    const rand = (): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const day = (y: number, d: number): string =>
      new Date(Date.UTC(y, 0, 1 + d)).toISOString().slice(0, 10);
    const records: ChomeRecord[] = [];
    for (let i = 0; i < 2000; i++) {
      const y = 1950 + Math.floor(rand() * 70);
      const long = rand() < 0.1;
      const start = day(y, Math.floor(rand() * 300));
      const end = long ? day(y + Math.floor(rand() * 20), 300) : start;
      const total = rand() < 0.1 ? NOT_GIVEN : num(Math.floor(rand() * 50));
      // A quarter are damage classes, several per chome, so "the highest class" is tested.
      const ordinal = rand() < 0.25 ? Math.floor(rand() * 7) : null;
      records.push({
        chomeCode: `S${Math.floor(rand() * 40)}`,
        chomeName: 'synthetic',
        chomeAsWritten: 'synthetic',
        eventId: long ? null : `E${i}`,
        start,
        end,
        periodAsWritten: '',
        belowFloor: NOT_GIVEN,
        aboveFloor: NOT_GIVEN,
        total: ordinal === null ? total : NOT_GIVEN,
        damageClass: ordinal === null ? null : { label: `class ${ordinal}`, ordinal },
        unit: ordinal === null ? '棟' : '件',
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
        line: i,
      });
    }
    for (const measure of ['counts', 'classes'] as Measure[]) {
      const index = new RangeIndex(records, measure);
      for (const range of [
        null,
        { from: 1960, to: 1980 },
        { from: 1955, to: 2030 },
        { from: 2000, to: 2000 },
      ]) {
        const expected = damageByChome(records, range, measure);
        expect(expected.size, `${measure} has chome to compare`).toBeGreaterThan(0);
        expect(sorted(index.query(range))).toEqual(sorted(expected));
      }
    }
  });
});
