import Papa from 'papaparse';
import { describe, it, expect } from 'vitest';
import { chomeIndexOf } from '../../src/data/assemble-history';
import { datasetById } from '../../src/data/catalog';
import { NOT_GIVEN, num } from '../../src/data/figure';
import {
  parseChomeRecords,
  parseFloodEvents,
  parsePartialDate,
  parsePlaceRefs,
} from '../../src/data/flood-parse';
import { headlineOf, placesOf, riversOf, WARD } from '../../src/data/flood-model';
import type { CsvSchema } from '../../src/data/schema';
import { validateCsv, type CsvRow } from '../../src/data/validate-csv';
import { syntheticChome } from './fixtures/synthetic-ward';

const csvSchema = (id: 'floodEvents' | 'chomeRecords'): CsvSchema => {
  const schema = datasetById(id).schema;
  if (schema.kind !== 'csv') throw new Error(`${id} is not CSV`);
  return schema;
};
const eventsSchema = csvSchema('floodEvents');
const recordsSchema = csvSchema('chomeRecords');

// A valid synthetic flood_events.csv row; each test overrides the columns it is about.
const baseEvent: Readonly<Record<string, string>> = {
  id: 'SH-2000-01-01',
  record_type: 'event',
  date_start: '2000-01-01',
  date_as_written: '平成12年1月1日',
  event_name_ja: '試験の大雨',
  event_name_en: 'Test downpour',
  scope: 'Shinagawa ward',
  source_title: '試験資料',
  source_url: 'https://example.org/a',
  source_kind: 'test',
  quote: '試験の引用',
  source_class: 'official',
};

/** Rows as validateCsv gives them, from synthetic rows written with the catalogue's header. */
function eventRows(rows: readonly Readonly<Record<string, string>>[]): CsvRow[] {
  const fields = eventsSchema.columns.map((c) => c.name);
  const text = Papa.unparse({
    fields,
    data: rows.map((r) => fields.map((f) => ({ ...baseEvent, ...r })[f] ?? '')),
  });
  const result = validateCsv('flood_events.csv', text, eventsSchema);
  expect(result.problems).toEqual([]);
  if (!result.rows) throw new Error('no rows');
  return result.rows;
}

const parseOne = (row: Readonly<Record<string, string>>) => {
  const { items, problems } = parseFloodEvents('flood_events.csv', eventRows([row]));
  expect(problems).toEqual([]);
  expect(items).toHaveLength(1);
  return items[0]!;
};

describe('parsePartialDate', () => {
  it('reads a year, a year-month and a day with their precision', () => {
    expect(parsePartialDate('1742')).toEqual({ iso: '1742', precision: 'year' });
    expect(parsePartialDate('1989-08')).toEqual({ iso: '1989-08', precision: 'month' });
    expect(parsePartialDate('1999-08-29')).toEqual({ iso: '1999-08-29', precision: 'day' });
    expect(parsePartialDate(' 1999-08-29 ')).toEqual({ iso: '1999-08-29', precision: 'day' });
  });

  it('rejects impossible months and days', () => {
    expect(parsePartialDate('1989-13')).toBeNull();
    expect(parsePartialDate('1989-00')).toBeNull();
    expect(parsePartialDate('1999-13-01')).toBeNull();
    expect(parsePartialDate('1999-08-00')).toBeNull();
    expect(parsePartialDate('1999-08-32')).toBeNull();
    expect(parsePartialDate('1999-04-31')).toBeNull();
  });

  it('knows leap years', () => {
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('2024-02-29')).toEqual({ iso: '2024-02-29', precision: 'day' });
    expect(parsePartialDate('1900-02-29')).toBeNull();
    expect(parsePartialDate('2000-02-29')).toEqual({ iso: '2000-02-29', precision: 'day' });
  });

  it('rejects other shapes', () => {
    for (const bad of [
      '',
      '99',
      '1999/08/29',
      '1999-8-29',
      '1999-08-29T00:00',
      'H11',
      '１９９９',
    ]) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
  });
});

describe('parsePlaceRefs', () => {
  it('reads typed references separated by semicolons', () => {
    expect(parsePlaceRefs('chome:東大井三丁目;station:西小山;place:立会川橋;town:南大井')).toEqual([
      { type: 'chome', name: '東大井三丁目' },
      { type: 'station', name: '西小山' },
      { type: 'place', name: '立会川橋' },
      { type: 'town', name: '南大井' },
    ]);
  });

  it('trims parts and names, keeps names with spaces, skips empty parts', () => {
    expect(parsePlaceRefs(' chome:中延六丁目 ; station: 五反田 ;;place:品川神社 天王山;')).toEqual([
      { type: 'chome', name: '中延六丁目' },
      { type: 'station', name: '五反田' },
      { type: 'place', name: '品川神社 天王山' },
    ]);
  });

  it('drops unknown types and empty names', () => {
    expect(parsePlaceRefs('')).toEqual([]);
    expect(parsePlaceRefs('foo:bar;chome:;station:   ')).toEqual([]);
  });

  it('drops a part without a colon', () => {
    expect(parsePlaceRefs('towns')).toEqual([]);
    expect(parsePlaceRefs('places;chome:中延六丁目')).toEqual([
      { type: 'chome', name: '中延六丁目' },
    ]);
  });
});

describe('parseFloodEvents', () => {
  it('reads every column of a full row', () => {
    const e = parseOne({
      id: 'SH-1999-08-29',
      date_start: '1999-08-29',
      date_end: '1999-08-30',
      cause: 'localized torrential rain',
      rivers: '立会川',
      area_as_written: '二葉町',
      above_floor_houses: '1,614',
      below_floor_houses: '1137',
      flooded_houses_total_or_other: '合計2751件',
      other_damage: '歩道の落下',
      rainfall_and_water_level_notes: '77 mm/h',
      cause_category: 'inland;heavyRain',
      damage_unit: '棟',
      rain_max_hourly_mm: '77',
      rain_total_mm: '１２３.５',
      source_url: 'https://example.org/a ; https://example.org/b',
      uncertainty_notes: 'none',
      place_refs: 'town:二葉;station:荏原町',
    });
    expect(e).toMatchObject({
      id: 'SH-1999-08-29',
      recordType: 'event',
      start: { iso: '1999-08-29', precision: 'day' },
      end: { iso: '1999-08-30', precision: 'day' },
      dateAsWritten: '平成12年1月1日',
      name: { ja: '試験の大雨', en: 'Test downpour' },
      causes: ['inland', 'heavyRain'],
      causeText: 'localized torrential rain',
      rivers: '立会川',
      placesAsWritten: '二葉町',
      placeRefs: [
        { type: 'town', name: '二葉' },
        { type: 'station', name: '荏原町' },
      ],
      aboveFloor: num(1614),
      belowFloor: num(1137),
      total: num(2751),
      unit: '棟',
      damageAsWritten: '合計2751件',
      otherDamage: '歩道の落下',
      rainMaxHourlyMm: 77,
      rainTotalMm: 123.5,
      rainfallNotes: '77 mm/h',
      scope: 'Shinagawa ward',
      source: {
        title: '試験資料',
        urls: ['https://example.org/a', 'https://example.org/b'],
        kindAsWritten: 'test',
        sourceClass: 'official',
        quote: '試験の引用',
      },
      uncertainty: 'none',
      line: 2,
    });
  });

  it('reads the display texts of each language, the figures scope and the source translations', () => {
    const e = parseOne({
      figures_scope: 'basin',
      cause: 'rain (雨)',
      cause_ja: '雨',
      cause_en: 'rain',
      rivers: '立会川',
      rivers_en: 'Tachiai River',
      area_as_written: '二葉町',
      area_en: 'Futaba-cho',
      count_note_ja: '合計2751件',
      count_note_en: '2,751 cases in all',
      other_damage_ja: '歩道の落下',
      other_damage_en: 'a walkway fell',
      rain_notes_ja: '1時間77 mm',
      rain_notes_en: '77 mm in an hour',
      scope_ja: '流域',
      scope_en: 'basin',
      uncertainty_ja: 'なし',
      uncertainty_en: 'none',
      unplaced_reason_ja: '区全体',
      unplaced_reason_en: 'ward-wide',
      source_title_en: 'Test material',
      source_kind_ja: '試験',
      source_kind_en: 'test',
      quote_en: 'test quote (translation ours)',
      headline_easy: 'つよい 雨が ふりました。',
      damage_easy: '家に 水が 入りました。',
    });
    expect(e.figuresScope).toBe('basin');
    expect(headlineOf(e)).toEqual({
      ja: '試験の大雨',
      en: 'Test downpour',
      easy: 'つよい 雨が ふりました。',
    });
    expect(riversOf(e)).toEqual({ ja: '立会川', en: 'Tachiai River' });
    expect(placesOf(e)).toEqual({ ja: '二葉町', en: 'Futaba-cho' });
    expect(e.text).toEqual({
      headlineEasy: 'つよい 雨が ふりました。',
      damageEasy: '家に 水が 入りました。',
      cause: { ja: '雨', en: 'rain' },
      riversEn: 'Tachiai River',
      placesEn: 'Futaba-cho',
      countNote: { ja: '合計2751件', en: '2,751 cases in all' },
      otherDamage: { ja: '歩道の落下', en: 'a walkway fell' },
      rainNotes: { ja: '1時間77 mm', en: '77 mm in an hour' },
      scope: { ja: '流域', en: 'basin' },
      uncertainty: { ja: 'なし', en: 'none' },
      unplacedReason: { ja: '区全体', en: 'ward-wide' },
    });
    expect(e.source).toMatchObject({
      titleEn: 'Test material',
      kind: { ja: '試験', en: 'test' },
      quote: '試験の引用',
      quoteEn: 'test quote (translation ours)',
    });
  });

  it('has no easy headline when none is written, and scope "none" when not coded', () => {
    const e = parseOne({});
    expect(headlineOf(e)).toEqual({ ja: '試験の大雨', en: 'Test downpour' });
    expect(e.text.damageEasy).toBe('');
    expect(e.figuresScope).toBe('none');
  });

  it('leaves optional fields empty or null, not zero', () => {
    const e = parseOne({});
    expect(e.end).toBeNull();
    expect(e.aboveFloor).toEqual(NOT_GIVEN);
    expect(e.belowFloor).toEqual(NOT_GIVEN);
    expect(e.total).toEqual(NOT_GIVEN);
    expect(e.rainMaxHourlyMm).toBeNull();
    expect(e.rainTotalMm).toBeNull();
    expect(e.causes).toEqual([]);
    expect(e.placeRefs).toEqual([]);
  });

  describe('total', () => {
    it('is the given total when the source gives one', () => {
      expect(parseOne({ total_flooded: '853' }).total).toEqual(num(853));
      // Even when a split is given too: the source's own total wins.
      const both = parseOne({
        above_floor_houses: '10',
        below_floor_houses: '20',
        total_flooded: '35',
      });
      expect(both.total).toEqual(num(35));
      expect(both.aboveFloor).toEqual(num(10));
      expect(both.belowFloor).toEqual(num(20));
    });

    it('is above + below when both are given and no total is', () => {
      expect(parseOne({ above_floor_houses: '69', below_floor_houses: '66' }).total).toEqual(
        num(135),
      );
      expect(parseOne({ above_floor_houses: '0', below_floor_houses: '0' }).total).toEqual(num(0));
    });

    it('is "not given" when only one half is given (never the half alone)', () => {
      const aboveOnly = parseOne({ above_floor_houses: '40' });
      expect(aboveOnly.aboveFloor).toEqual(num(40));
      expect(aboveOnly.belowFloor).toEqual(NOT_GIVEN);
      expect(aboveOnly.total).toEqual(NOT_GIVEN);
      expect(parseOne({ below_floor_houses: '105' }).total).toEqual(NOT_GIVEN);
      expect(parseOne({ above_floor_houses: '0' }).total).toEqual(NOT_GIVEN);
    });

    it('keeps a recorded zero total as a number', () => {
      expect(parseOne({ total_flooded: '0' }).total).toEqual(num(0));
    });
  });

  it('marks "940?" uncertain and carries the uncertainty into the sum', () => {
    const e = parseOne({ above_floor_houses: '1295', below_floor_houses: '940?' });
    expect(e.aboveFloor).toEqual(num(1295));
    expect(e.belowFloor).toEqual({ kind: 'number', value: 940, uncertain: true });
    expect(e.total).toEqual({ kind: 'number', value: 2235, uncertain: true });
    expect(parseOne({ total_flooded: '１,２３４？' }).total).toEqual(num(1234, true));
  });

  it('reports a date that fits the pattern but does not exist, naming row and field', () => {
    const rows = eventRows([
      { id: 'SH-A' },
      { id: 'SH-B', date_start: '2023-02-29' },
      { id: 'SH-C', date_start: '1999-08-29', date_end: '1999-13' },
      { id: 'SH-D' },
    ]);
    const { items, problems } = parseFloodEvents('flood_events.csv', rows);
    expect(items.map((e) => e.id)).toEqual(['SH-A', 'SH-D']);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'wrongType',
        file: 'flood_events.csv',
        row: 3,
        field: 'date_start',
        value: '2023-02-29',
      },
      {
        severity: 'error',
        code: 'wrongType',
        file: 'flood_events.csv',
        row: 4,
        field: 'date_end',
        value: '1999-13',
      },
    ]);
  });

  it('reports an unreadable figure (rows built directly, bypassing the schema) and skips the row', () => {
    const rows: CsvRow[] = [
      { line: 7, values: { ...baseEvent, above_floor_houses: 'abc', below_floor_houses: '1' } },
      { line: 8, values: { ...baseEvent, id: 'SH-OK', total_flooded: '3' } },
    ];
    const { items, problems } = parseFloodEvents('flood_events.csv', rows);
    expect(items.map((e) => [e.id, e.line])).toEqual([['SH-OK', 8]]);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'wrongType',
        file: 'flood_events.csv',
        row: 7,
        field: 'above_floor_houses',
        value: 'abc',
      },
    ]);
  });

  it('keeps only known cause categories', () => {
    const rows: CsvRow[] = [
      { line: 2, values: { ...baseEvent, cause_category: 'river;volcano;slope' } },
    ];
    expect(parseFloodEvents('f.csv', rows).items[0]?.causes).toEqual(['river', 'slope']);
  });
});

// The SYNTHETIC chome list (fixtures/synthetic-ward.ts) for name matching.
const chome = chomeIndexOf(syntheticChome);
const kaku6 = chome.lookup('架空六丁目');
if (!kaku6) throw new Error('架空六丁目 is not in the synthetic chome list');

const baseRecord: Readonly<Record<string, string>> = {
  chome_as_written: '架空6丁目',
  chome_normalized: '',
  event_id: '',
  period_start: '1989-01-01',
  period_end: '2020-03-31',
  period_as_written: '平成元年-令和2年3月',
  below_floor: '140',
  above_floor: '100',
  total: '240',
  unit: '棟',
  confidence: 'confirmed',
  source_title: '架空区「町丁別浸水実績一覧」（synthetic）',
  source_class: 'official',
};

function recordRows(rows: readonly Readonly<Record<string, string>>[]): CsvRow[] {
  const fields = recordsSchema.columns.map((c) => c.name);
  const text = Papa.unparse({
    fields,
    data: rows.map((r) => fields.map((f) => ({ ...baseRecord, ...r })[f] ?? '')),
  });
  const result = validateCsv('chome_flood_records.csv', text, recordsSchema);
  expect(result.problems).toEqual([]);
  if (!result.rows) throw new Error('no rows');
  return result.rows;
}

const events = new Set(['SH-1999-08-29', 'SH-2025-09-11']);

describe('parseChomeRecords', () => {
  it('matches 架空１丁目, 架空1丁目 and 架空一丁目 (as written or normalised) to the same chome', () => {
    const rows = recordRows([
      { chome_as_written: '架空１丁目' },
      { chome_as_written: '架空1丁目' },
      { chome_as_written: '架空一丁目' },
      { chome_as_written: '架空 １', chome_normalized: '架空一丁目' },
      { chome_as_written: 'x', chome_normalized: '架空1丁目' },
    ]);
    const { items, problems } = parseChomeRecords('chome_flood_records.csv', rows, chome, events);
    expect(problems).toEqual([]);
    const expected = chome.lookup('架空一丁目');
    expect(expected).not.toBeNull();
    expect(items.map((r) => r.chomeCode)).toEqual(Array(5).fill(expected?.code));
    expect(items.map((r) => r.chomeName)).toEqual(Array(5).fill('架空一丁目'));
    // What the source wrote is kept.
    expect(items.map((r) => r.chomeAsWritten)).toEqual([
      '架空１丁目',
      '架空1丁目',
      '架空一丁目',
      '架空 １',
      'x',
    ]);
  });

  it('reads figures, period, source and line', () => {
    const [r] = parseChomeRecords('c.csv', recordRows([{}]), chome, events).items;
    expect(r).toEqual({
      chomeCode: kaku6.code,
      chomeName: '架空六丁目',
      chomeAsWritten: '架空6丁目',
      eventId: null,
      start: '1989-01-01',
      end: '2020-03-31',
      periodAsWritten: '平成元年-令和2年3月',
      belowFloor: num(140),
      aboveFloor: num(100),
      total: num(240),
      damageClass: null,
      unit: '棟',
      confidence: 'confirmed',
      sourceTitle: '架空区「町丁別浸水実績一覧」（synthetic）',
      sourceTitleEn: '',
      sourceUrl: null,
      quote: '',
      sourceClass: 'official',
      note: '',
      noteText: { ja: '', en: '' },
      method: null,
      publishedShare: null,
      line: 2,
    });
  });

  it('reads a derived figure with its method, share, source and notes in both languages', () => {
    const [r] = parseChomeRecords(
      'c.csv',
      recordRows([
        {
          event_id: 'SH-1999-08-29',
          period_start: '1999-08-29',
          period_end: '1999-08-29',
          above_floor: '',
          below_floor: '',
          total: '34',
          source_class: 'derived',
          published_share: '0.667',
          method_ja: '方法（synthetic）',
          method_en: 'method (synthetic)',
          note_ja: '注記',
          note_en: 'note',
          source_title_en: 'synthetic table',
          source_url: 'https://example.org/derived',
          quote: '割合の引用',
        },
      ]),
      chome,
      events,
    ).items;
    expect(r).toMatchObject({
      total: num(34),
      aboveFloor: NOT_GIVEN,
      sourceClass: 'derived',
      publishedShare: 0.667,
      method: { ja: '方法（synthetic）', en: 'method (synthetic)' },
      noteText: { ja: '注記', en: 'note' },
      sourceTitleEn: 'synthetic table',
      sourceUrl: 'https://example.org/derived',
      quote: '割合の引用',
    });
  });

  it('computes the total from above + below only when the source gives no total', () => {
    const { items } = parseChomeRecords(
      'c.csv',
      recordRows([
        { total: '', above_floor: '45', below_floor: '35' },
        { total: '', above_floor: '45', below_floor: '' },
        { total: '', above_floor: '', below_floor: '' },
        { total: '', above_floor: '0', below_floor: '0' },
        { total: '', above_floor: '1?', below_floor: '2' },
        { total: '7', above_floor: '', below_floor: '' },
      ]),
      chome,
      events,
    );
    expect(items.map((r) => r.total)).toEqual([
      num(80),
      NOT_GIVEN,
      NOT_GIVEN,
      num(0),
      num(3, true),
      num(7),
    ]);
  });

  it('reads the ward-wide row (区内全域) as WARD', () => {
    const { items, problems } = parseChomeRecords(
      'c.csv',
      recordRows([
        { chome_as_written: '区内全域', above_floor: '', below_floor: '', total: '5000' },
      ]),
      chome,
      events,
    );
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({
      chomeCode: WARD,
      chomeName: '区内全域',
      total: num(5000),
      aboveFloor: NOT_GIVEN,
      belowFloor: NOT_GIVEN,
    });
  });

  it('reads a damage class with its ordinal', () => {
    const { items } = parseChomeRecords(
      'c.csv',
      recordRows([
        {
          event_id: 'SH-2025-09-11',
          period_start: '2025-09-11',
          period_end: '2025-09-11',
          below_floor: '',
          above_floor: '',
          total: '',
          damage_class: '31-50件',
          damage_class_ordinal: '4',
          unit: '件',
        },
      ]),
      chome,
      events,
    );
    expect(items[0]).toMatchObject({
      eventId: 'SH-2025-09-11',
      damageClass: { label: '31-50件', ordinal: 4 },
      total: NOT_GIVEN,
    });
  });

  it('reports an unknown chome (架空七丁目) with its row and suggests 架空六丁目', () => {
    const rows = recordRows([{}, { chome_as_written: '架空七丁目' }, {}]);
    const { items, problems } = parseChomeRecords('chome_flood_records.csv', rows, chome, events);
    expect(items.map((r) => r.line)).toEqual([2, 4]);
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p).toMatchObject({
      severity: 'error',
      code: 'chomeUnmatched',
      file: 'chome_flood_records.csv',
      row: 3,
      field: 'chome_as_written',
      value: '架空七丁目',
    });
    const suggestions = String(p?.params?.suggestions).split('、');
    expect(suggestions[0]).toBe('架空六丁目');
  });

  it('names chome_normalized as the field when that column holds the unknown name', () => {
    const { problems } = parseChomeRecords(
      'c.csv',
      recordRows([{ chome_as_written: '架空7丁目', chome_normalized: '架空七丁目' }]),
      chome,
      events,
    );
    expect(problems[0]).toMatchObject({
      code: 'chomeUnmatched',
      field: 'chome_normalized',
      row: 2,
    });
  });

  it('reports an event id that is not in the event list', () => {
    const rows = recordRows([{ event_id: 'SH-1999-08-30' }]);
    const { items, problems } = parseChomeRecords('chome_flood_records.csv', rows, chome, events);
    expect(items).toEqual([]);
    expect(problems).toEqual([
      {
        severity: 'error',
        code: 'unknownEvent',
        file: 'chome_flood_records.csv',
        row: 2,
        field: 'event_id',
        value: 'SH-1999-08-30',
      },
    ]);
  });

  it('reports an unreadable figure instead of turning it into "not given"', () => {
    const rows: CsvRow[] = [{ line: 5, values: { ...baseRecord, below_floor: 'abc' } }];
    const { items, problems } = parseChomeRecords('c.csv', rows, chome, events);
    expect(problems).toMatchObject([{ code: 'wrongType', row: 5, field: 'below_floor' }]);
    expect(items).toEqual([]);
  });
});
