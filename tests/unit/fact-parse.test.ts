// Facts added to records (depths, corrections …) and a basin table, on SYNTHETIC rows written with
// the catalogue's columns; plus the rule that basin figures are never summed with the ward's.
import Papa from 'papaparse';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { assembleHistory, recordTextProblems } from '../../src/data/assemble-history';
import { datasetById } from '../../src/data/catalog';
import { parseBasinRecords, parseDepth, parseEventFacts } from '../../src/data/fact-parse';
import { num } from '../../src/data/figure';
import { basinFor, factsOf } from '../../src/data/flood-history';
import { WARD, type BasinRecord, type ChomeRecord } from '../../src/data/flood-model';
import { RangeIndex } from '../../src/data/range-index';
import type { CsvSchema } from '../../src/data/schema';
import { damageByChome } from '../../src/data/time-range';
import { validateCsv, type CsvRow } from '../../src/data/validate-csv';
import { syntheticInputs } from './fixtures/synthetic-history';

type Row = Readonly<Record<string, string>>;

/** Rows as validateCsv gives them (the synthetic ids, SYN-…, are not the bundled SH- ids). */
const rowsOf = (_id: 'eventFacts' | 'tachiaiBasin', rows: readonly Row[]): CsvRow[] =>
  rows.map((values, i) => ({ line: i + 2, values }));

const fact = (v: Row): Row => ({
  fact_id: `${v.event_id ?? 'SYN-1999-08-29'}/${v.kind ?? 'damage'}`,
  event_id: 'SYN-1999-08-29',
  kind: 'damage',
  scope: 'local',
  text_ja: '架空の事実',
  text_en: 'a synthetic fact',
  source_title: '架空新聞（synthetic）',
  source_title_en: 'Synthetic News',
  source_url: 'https://example.org/synthetic/fact',
  source_kind_ja: '報道',
  source_kind_en: 'news',
  source_class: 'secondary',
  quote: '架空の引用',
  quote_en: 'a synthetic quote (translation ours)',
  ...v,
});

const basinRow = (v: Row): Row => ({
  date: '1999-08-29',
  event_ja: '集中豪雨',
  total_rain_mm: '78',
  max_hourly_rain_mm: '77',
  below_floor_buildings: '899',
  above_floor_buildings: '1110',
  total_buildings: '2009',
  cause_ja: '内水',
  scope: '架空川流域（synthetic）',
  source_title: '架空川の計画（synthetic）',
  source_url: 'https://example.org/synthetic/basin',
  source_kind: 'plan (synthetic)',
  transcribed_from: 'synthetic',
  event_en: 'localized downpour',
  cause_en: 'inland flooding',
  source_kind_ja: '計画（synthetic）',
  scope_kind: 'basin',
  scope_en: 'synthetic river basin',
  source_title_en: 'Synthetic river plan',
  source_class: 'secondary',
  event_id: 'SYN-1999-08-29',
  ...v,
});

const ids = new Set(['SYN-1999-08-29', 'SYN-1750']);

describe('parseDepth', () => {
  const d = (v: Row) => parseDepth(v);

  it('reads one value, a range and an open-ended "more than"', () => {
    expect(
      d({
        depth_min_m: '1.82',
        depth_max_m: '1.82',
        depth_reference: 'ground',
        depth_as_written: '六尺',
      }),
    ).toEqual({
      minM: 1.82,
      maxM: 1.82,
      reference: 'ground',
      asWritten: '六尺',
      note: { ja: '', en: '' },
    });
    expect(
      d({ depth_min_m: '0.61', depth_max_m: '1.21', depth_reference: 'street' }),
    ).toMatchObject({
      minM: 0.61,
      maxM: 1.21,
      reference: 'street',
    });
    expect(
      d({ depth_min_m: '0.61', depth_more_than: 'true', depth_reference: 'floor' }),
    ).toMatchObject({
      minM: 0.61,
      maxM: null,
    });
  });

  it('has no depth without columns, and says "unstated" when the reference is not given', () => {
    expect(d({})).toBeNull();
    expect(d({ depth_min_m: '0.83', depth_max_m: '0.83' })).toMatchObject({
      reference: 'unstated',
    });
  });

  it('refuses half a range, an upper bound below the lower, and "more than" with an upper bound', () => {
    expect(d({ depth_max_m: '1' })).toBe('invalid');
    expect(d({ depth_min_m: '1' })).toBe('invalid');
    expect(d({ depth_min_m: '2', depth_max_m: '1' })).toBe('invalid');
    expect(d({ depth_min_m: '1', depth_max_m: '2', depth_more_than: 'true' })).toBe('invalid');
    expect(d({ depth_min_m: '-1', depth_max_m: '1' })).toBe('invalid');
  });
});

describe('parseEventFacts', () => {
  it('reads a fact in both languages with its own source, label and translation', () => {
    const { items, problems } = parseEventFacts(
      'f.csv',
      rowsOf('eventFacts', [fact({ text_easy: 'やさしい 文' })]),
      ids,
    );
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({
      id: 'SYN-1999-08-29/damage',
      eventId: 'SYN-1999-08-29',
      kind: 'damage',
      scope: 'local',
      text: { ja: '架空の事実', en: 'a synthetic fact', easy: 'やさしい 文' },
      depth: null,
      source: {
        title: '架空新聞（synthetic）',
        titleEn: 'Synthetic News',
        urls: ['https://example.org/synthetic/fact'],
        kind: { ja: '報道', en: 'news' },
        sourceClass: 'secondary',
        quote: '架空の引用',
        quoteEn: 'a synthetic quote (translation ours)',
      },
      line: 2,
    });
  });

  it('reports a fact of an unknown record, a depth fact without a depth, and a broken range', () => {
    const { items, problems } = parseEventFacts(
      'f.csv',
      rowsOf('eventFacts', [
        fact({ event_id: 'SYN-NOPE' }),
        fact({ kind: 'depth' }),
        fact({ fact_id: 'SYN-1999-08-29/x', depth_min_m: '2', depth_max_m: '1' }),
      ]),
      ids,
    );
    expect(items).toEqual([]);
    expect(problems.map((p) => [p.code, p.row, p.field])).toEqual([
      ['unknownEvent', 2, 'event_id'],
      ['emptyField', 3, 'depth_min_m'],
      ['wrongType', 4, 'depth_max_m'],
    ]);
  });
});

describe('parseBasinRecords', () => {
  it('reads a basin row as a BasinRecord, scope basin, linked to its record', () => {
    const { items, problems } = parseBasinRecords(
      'b.csv',
      rowsOf('tachiaiBasin', [basinRow({})]),
      ids,
    );
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({
      scope: 'basin',
      date: '1999-08-29',
      eventId: 'SYN-1999-08-29',
      name: { ja: '集中豪雨', en: 'localized downpour' },
      belowFloor: num(899),
      aboveFloor: num(1110),
      total: num(2009),
      scopeText: { ja: '架空川流域（synthetic）', en: 'synthetic river basin' },
      source: { sourceClass: 'secondary', titleEn: 'Synthetic river plan' },
    });
  });

  it('reports an event id that is not a record', () => {
    const { problems } = parseBasinRecords(
      'b.csv',
      rowsOf('tachiaiBasin', [basinRow({ event_id: 'SYN-NOPE' })]),
      ids,
    );
    expect(problems.map((p) => p.code)).toEqual(['unknownEvent']);
  });

  it('refuses a scope other than basin at the schema', () => {
    const schema = datasetById('tachiaiBasin').schema as CsvSchema;
    const fields = schema.columns.map((c) => c.name);
    const row = basinRow({ scope_kind: 'ward', event_id: 'SH-1999-08-29' });
    const result = validateCsv(
      'b.csv',
      Papa.unparse({ fields, data: [fields.map((f) => row[f] ?? '')] }),
      schema,
    );
    expect(result.problems.map((p) => [p.code, p.field])).toEqual([['badPattern', 'scope_kind']]);
  });
});

describe('basin figures are never summed with ward figures', () => {
  const base = syntheticInputs();
  const withBasin = assembleHistory({
    ...base,
    basin: {
      file: 'basin.csv',
      rows: rowsOf('tachiaiBasin', [
        basinRow({}),
        basinRow({
          date: '1974-07-07',
          event_id: '',
          total_buildings: '214',
          below_floor_buildings: '186',
          above_floor_buildings: '28',
        }),
      ]),
    },
    facts: {
      file: 'facts.csv',
      rows: rowsOf('eventFacts', [
        fact({
          kind: 'depth',
          fact_id: 'SYN-1999-08-29/depth',
          depth_min_m: '0.83',
          depth_max_m: '0.83',
        }),
        fact({}),
      ]),
    },
  });
  const without = assembleHistory(base);

  it('keeps basin rows out of the records the map and the ward totals add up', () => {
    expect(withBasin.problems).toEqual([]);
    expect(withBasin.history.basin).toHaveLength(2);
    expect(withBasin.history.records).toEqual(without.history.records);
    const ward = (h: typeof withBasin) =>
      damageByChome(h.history.records, null, 'counts', true).get(WARD)?.value;
    expect(ward(withBasin)).toBe(ward(without));
    expect(ward(withBasin)).toBe(5000);
    const index = new RangeIndex(withBasin.history.records, 'counts', true);
    expect(index.query({ from: 1999, to: 1999 }).get(WARD)?.value).toBe(2400);
  });

  it('gives the basin figures of a record beside it, and its facts and depths', () => {
    expect(basinFor(withBasin.history, 'SYN-1999-08-29').map((b) => b.total)).toEqual([num(2009)]);
    expect(basinFor(withBasin.history, 'SYN-2002-08-04')).toEqual([]);
    expect(factsOf(withBasin.history, 'SYN-1999-08-29')).toHaveLength(2);
    expect(
      factsOf(withBasin.history, 'SYN-1999-08-29').flatMap((f) => (f.depth ? [f.depth.minM] : [])),
    ).toEqual([0.83]);
  });

  it('is a type error to hand basin records to the ward and chome code', () => {
    expectTypeOf<BasinRecord>().not.toMatchTypeOf<ChomeRecord>();
    // Checked by `tsc` (npm run typecheck), never run.
    const neverCalled = (basin: readonly BasinRecord[]) => {
      // @ts-expect-error a BasinRecord is not a ChomeRecord
      new RangeIndex(basin, 'counts', true);
      // @ts-expect-error a BasinRecord is not a ChomeRecord
      damageByChome(basin, null, 'counts', true);
    };
    expect(typeof neverCalled).toBe('function');
  });
});

describe('recordTextProblems', () => {
  it('reports a text missing in one language and an unplaced record without a reason', () => {
    const inputs = syntheticInputs();
    const { history } = assembleHistory(inputs);
    const problems = recordTextProblems(inputs.events, history);
    const of = (id: string) =>
      problems
        .filter((p) => p.row === history.events.find((e) => e.id === id)?.line)
        .map((p) => p.field);
    // SYN-2010-12-03 cannot be placed and has no reason in either language.
    expect(of('SYN-2010-12-03')).toEqual(
      expect.arrayContaining(['unplaced_reason_ja', 'unplaced_reason_en', 'figures_scope']),
    );
    // SYN-1958-09-26 has its uncertainty in both languages: no warning for it.
    expect(of('SYN-1958-09-26')).not.toContain('uncertainty_ja');
    expect(of('SYN-1958-09-26')).not.toContain('uncertainty_en');
    // A quote without our translation is reported.
    expect(of('SYN-1999-08-29')).toContain('quote_en');
    expect(problems.every((p) => p.severity === 'warning' && p.code === 'emptyField')).toBe(true);
  });
});
