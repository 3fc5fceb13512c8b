import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleHistory } from '../../src/data/assemble-history';
import { datasetById, type DatasetId } from '../../src/data/catalog';
import { NOT_GIVEN, num } from '../../src/data/figure';
import type { ChomeRecord } from '../../src/data/flood-model';
import { RangeIndex } from '../../src/data/range-index';
import { damageByChome, type Measure, type TimeRange } from '../../src/data/time-range';
import { validateDataset } from '../../src/data/validate-dataset';
import type { FeatureCollection } from '../../src/data/validate-geojson';

const read = (file: string): string =>
  readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8');
function load(id: DatasetId) {
  const meta = datasetById(id);
  const r = validateDataset(meta, read(meta.file));
  if (r.kind === 'geojson') return { fc: r.data as FeatureCollection, rows: null };
  return { fc: null, rows: { file: meta.file, rows: r.rows ?? [] } };
}
const real = assembleHistory({
  chome: load('chome').fc as FeatureCollection,
  stations: load('stations').fc,
  events: load('floodEvents').rows ?? { file: '', rows: [] },
  records: load('chomeRecords').rows,
  gazetteer: load('gazetteer').rows,
}).history.records;

const ranges: (TimeRange | null)[] = [
  null,
  { from: 1989, to: 2000 },
  { from: 1989, to: 2020 },
  { from: 1999, to: 1999 },
  { from: 2021, to: 2026 },
  { from: 1740, to: 1900 },
  { from: 1740, to: 2025 },
];

function sorted(m: Map<string, unknown>): [string, unknown][] {
  return [...m].sort(([a], [b]) => a.localeCompare(b));
}

describe('RangeIndex gives the same answers as damageByChome', () => {
  for (const measure of ['counts', 'classes'] as Measure[]) {
    for (const range of ranges) {
      it(`on the bundled records: ${measure}, ${range ? `${range.from}–${range.to}` : 'all time'}`, () => {
        const index = new RangeIndex(real, measure);
        expect(sorted(index.query(range))).toEqual(sorted(damageByChome(real, range, measure)));
      });
    }
  }

  it('for the ward-wide rows', () => {
    const index = new RangeIndex(real, 'counts', true);
    expect(index.query(null).get('ward')?.value).toBe(5097);
    expect(index.query({ from: 1989, to: 2000 }).get('ward')?.value).toBe(2751);
    expect(sorted(index.query({ from: 1990, to: 2010 }))).toEqual(
      sorted(damageByChome(real, { from: 1990, to: 2010 }, 'counts', true)),
    );
  });

  it('on synthetic records with nested periods, equal periods and unknown totals', () => {
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
        total,
        damageClass: null,
        unit: '棟',
        confidence: 'confirmed',
        sourceTitle: 'synthetic',
        sourceClass: 'official',
        note: '',
        line: i,
      });
    }
    const index = new RangeIndex(records, 'counts');
    for (const range of [
      null,
      { from: 1960, to: 1980 },
      { from: 1955, to: 2030 },
      { from: 2000, to: 2000 },
    ]) {
      expect(sorted(index.query(range))).toEqual(sorted(damageByChome(records, range, 'counts')));
    }
  });
});
