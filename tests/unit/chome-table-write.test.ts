// From a read table to the rows of flood_events.csv and chome_flood_records.csv, on a small
// SYNTHETIC history and table, with the columns the catalogue currently defines.
import { describe, expect, it } from 'vitest';
import { datasetById } from '../../src/data/catalog';
import { catalogDocs } from '../../src/data/catalog-docs';
import { validateDataset } from '../../src/data/validate-dataset';
import { readChomeTable } from '../../src/desk/chome-table/read';
import { planImport, type ImportPlan } from '../../src/desk/chome-table/plan';
import { toFileRow, WARD_TABLE } from '../../src/desk/chome-table/write';
import { formatCsvTable, parseCsvTable } from '../../src/desk/chome-table/csv-table';
import { appendChangeLog, backupName } from '../../src/data/data-change-log';
import { chomeEntries, chomeIndexFor } from '../fixtures/chome-table/chome-entries';

const index = chomeIndexFor(chomeEntries());

/** A data file with the catalogue's columns; cells not given are empty. */
function fileOf(id: 'floodEvents' | 'chomeRecords', rows: Record<string, string>[]): string {
  const schema = datasetById(id).schema;
  if (schema.kind !== 'csv') throw new Error(id);
  const header = schema.columns.map((c) => c.name);
  return formatCsvTable({
    header,
    rows: rows.map((r) => Object.fromEntries(header.map((h) => [h, r[h] ?? '']))),
    raw: new Map(),
  });
}

const event = (id: string, type: string, start: string, end = ''): Record<string, string> => ({
  id,
  record_type: type,
  date_start: start,
  date_end: end,
  date_as_written: start,
  event_name_ja: `${id}（合成）`,
  event_name_en: `${id} (synthetic)`,
  scope: 'synthetic',
  source_title: 'synthetic',
  source_url: 'https://example.org/synthetic',
  source_kind: 'synthetic',
  quote: 'synthetic',
  source_class: 'secondary',
});

const record = (
  chome: string,
  eventId: string,
  period: [string, string],
  figures: [string, string],
  extra: Record<string, string> = {},
): Record<string, string> => ({
  chome_as_written: chome,
  chome_normalized: chome === '区内全域' ? '' : chome,
  event_id: eventId,
  period_start: period[0],
  period_end: period[1],
  period_as_written: 'synthetic',
  below_floor: figures[0],
  above_floor: figures[1],
  total: figures[0] && figures[1] ? String(Number(figures[0]) + Number(figures[1])) : '',
  unit: '棟',
  confidence: 'confirmed',
  source_title: WARD_TABLE.title,
  source_class: 'official',
  ...extra,
});

const EVENTS = fileOf('floodEvents', [
  event('SH-1911-08-10', 'related_event', '1911-08-10'),
  event('SH-1947-09-15', 'event', '1947-09-13', '1947-09-15'),
  event('SH-1989-08', 'event', '1989-08'),
  event('SH-1999-08-29', 'event', '1999-08-29'),
  event('SH-2000-01-01', 'memorial', '2000-01-01'),
]);

const DAY_1999: [string, string] = ['1999-08-29', '1999-08-29'];
const OTHER = { source_title: '合成の別の出典', source_class: 'secondary' };
const RECORDS = fileOf('chomeRecords', [
  record('中延六丁目', '', ['1989-01-01', '2020-03-31'], ['119', '99']),
  record('中延六丁目', 'SH-1999-08-29', DAY_1999, ['66', '69']),
  record('二葉一丁目', 'SH-1999-08-29', DAY_1999, ['5', '6'], {
    ...OTHER,
    source_class: 'derived',
  }),
  record('二葉二丁目', 'SH-1999-08-29', DAY_1999, ['7', '8'], OTHER),
  record('中延二丁目', 'SH-1999-08-29', DAY_1999, ['', ''], {
    damage_class: '6-15件',
    damage_class_ordinal: '2',
    ...OTHER,
  }),
]);

// Kept rows must come back byte for byte, even when quoted differently from how we would write them.
const ODD_ROW =
  '"二葉三丁目",二葉三丁目,SH-1999-08-29,1999-08-29,1999-08-29,"x, y",1,2,3,,,棟,confirmed,合成の別の出典,secondary';
const RECORDS_WITH_ODD = RECORDS.replace(
  /\n$/u,
  `\n${ODD_ROW}${','.repeat(parseCsvTable(RECORDS).header.length - 15)}\n`,
);

const TABLE = [
  [
    '町丁目名',
    '平成11年8月29日',
    '',
    '昭和22年9月14日',
    '',
    '平成元年8月1日',
    '',
    '明治44年8月10日',
    '',
    '平成12年1月1日',
    '',
    '令和2年3月',
    '',
    '合計',
    '',
  ],
  [
    '',
    '床下',
    '床上',
    '床下',
    '床上',
    '床下',
    '床上',
    '床下',
    '床上',
    '床下',
    '床上',
    '床下',
    '床上',
    '床下',
    '床上',
  ],
  ['中延６丁目', '70', '69', '', '', '0', '0', '', '', '', '', '1', '', '71', '69'],
  ['二葉一丁目', '9', '9', '', '', '', '', '', '', '', '', '', '', '9', '9'],
  ['二葉二丁目', '', '', '3', '4', '', '', '', '', '', '', '', '', '3', '4'],
  ['区内全域', '2000', '1500', '3', '4', '0', '0', '1', '1', '', '', '2', '', '2006', '1505'],
]
  .map((r) => r.join(','))
  .join('\n');

async function plan(records = RECORDS): Promise<ImportPlan> {
  const table = await readChomeTable('small.synthetic.csv', new TextEncoder().encode(TABLE), index);
  expect(table.problems.filter((p) => p.severity === 'error')).toEqual([]);
  return planImport(
    table,
    { events: EVENTS, records },
    { file: 'small.synthetic.csv', date: '2026-11-30' },
  );
}

describe('linking date columns to the history', () => {
  it('joins same date, a date inside an event, a month-only event; a memorial never; new ids never collide', async () => {
    const { links } = await plan();
    expect(links.map((l) => [l.event.label, l.eventId, l.kind])).toEqual([
      ['平成11年8月29日', 'SH-1999-08-29', 'sameDate'],
      ['昭和22年9月14日', 'SH-1947-09-15', 'withinDates'],
      ['平成元年8月1日', 'SH-1989-08', 'sameMonth'],
      ['明治44年8月10日', 'SH-1911-08-10', 'sameDate'],
      ['平成12年1月1日', 'SH-2000-01-01-2', 'new'],
      ['令和2年3月', 'SH-2020-03', 'new'],
    ]);
  });

  it('joins no column to a month-only event that two columns fall in', async () => {
    const twoInAugust = TABLE.replace('昭和22年9月14日', '平成元年8月20日');
    const table = await readChomeTable(
      'x.synthetic.csv',
      new TextEncoder().encode(twoInAugust),
      index,
    );
    const p = planImport(
      table,
      { events: EVENTS, records: RECORDS },
      { file: 'x', date: '2026-11-30' },
    );
    expect(
      p.links.filter((l) => l.date.iso.startsWith('1989-08')).map((l) => [l.eventId, l.kind]),
    ).toEqual([
      ['SH-1989-08-20', 'new'],
      ['SH-1989-08-01', 'new'],
    ]);
  });
});

describe('chome_flood_records.csv', () => {
  it('writes one row per chome and event with a figure, and the 合計 as a period total', async () => {
    const p = await plan();
    const rows = parseCsvTable(p.texts.records).rows.filter((r) =>
      (r.note ?? '').startsWith('imported'),
    );
    const brief = rows.map((r) =>
      [
        r.chome_as_written,
        r.chome_normalized,
        r.event_id,
        r.period_start,
        r.period_end,
        r.below_floor,
        r.above_floor,
        r.total,
      ].join(' '),
    );
    expect(brief).toEqual([
      '区内全域  SH-1911-08-10 1911-08-10 1911-08-10 1 1 2',
      '二葉二丁目 二葉二丁目 SH-1947-09-15 1947-09-14 1947-09-14 3 4 7',
      '区内全域  SH-1947-09-15 1947-09-14 1947-09-14 3 4 7',
      '中延６丁目 中延六丁目 SH-1989-08 1989-08-01 1989-08-01 0 0 0',
      '区内全域  SH-1989-08 1989-08-01 1989-08-01 0 0 0',
      '中延６丁目 中延六丁目 SH-1999-08-29 1999-08-29 1999-08-29 70 69 139',
      '二葉一丁目 二葉一丁目 SH-1999-08-29 1999-08-29 1999-08-29 9 9 18',
      '区内全域  SH-1999-08-29 1999-08-29 1999-08-29 2000 1500 3500',
      '中延６丁目 中延六丁目 SH-2020-03 2020-03-01 2020-03-31 1  ',
      '区内全域  SH-2020-03 2020-03-01 2020-03-31 2  ',
      '中延６丁目 中延六丁目  1911-08-10 2020-03-31 71 69 140',
      '二葉一丁目 二葉一丁目  1911-08-10 2020-03-31 9 9 18',
      '二葉二丁目 二葉二丁目  1911-08-10 2020-03-31 3 4 7',
      '区内全域   1911-08-10 2020-03-31 2006 1505 3511',
    ]);
    expect(rows[0]).toMatchObject({
      source_title: WARD_TABLE.title,
      source_class: 'official',
      unit: '棟',
      note: 'imported from small.synthetic.csv (H6:I6) on 2026-11-30',
    });
    expect(rows.at(-1)?.period_as_written).toBe('合計（明治44年8月10日〜令和2年3月）');
  });

  it('replaces the table’s own rows and count rows of other sources it now gives; keeps the rest as they were', async () => {
    const p = await plan(RECORDS_WITH_ODD);
    const after = parseCsvTable(p.texts.records).rows;
    const left = after
      .filter((r) => !(r.note ?? '').startsWith('imported'))
      .map((r) => `${r.chome_normalized} ${r.source_class}`);
    expect(left).toEqual(['二葉二丁目 secondary', '中延二丁目 secondary', '二葉三丁目 secondary']);
    expect(p.texts.records.split('\n')).toContain(
      `${ODD_ROW}${','.repeat(parseCsvTable(RECORDS).header.length - 15)}`,
    );
    expect(p.replaced).toEqual([
      {
        chome: '二葉一丁目',
        eventId: 'SH-1999-08-29',
        sourceTitle: '合成の別の出典',
        sourceClass: 'derived',
      },
    ]);
  });

  it('counts values added, changed, removed and unchanged', async () => {
    const p = await plan();
    const at = (chome: string, eventId: string) =>
      p.changes
        .filter((c) => c.chome === chome && c.eventId === eventId)
        .map((c) => `${c.field} ${c.before}→${c.after}`);
    expect(at('中延六丁目', 'SH-1999-08-29')).toEqual(['below_floor 66→70']);
    expect(at('二葉一丁目', 'SH-1999-08-29')).toEqual(['below_floor 5→9', 'above_floor 6→9']);
    expect(at('中延六丁目', '')).toEqual([
      'below_floor 119→',
      'above_floor 99→',
      'below_floor →71',
      'above_floor →69',
    ]);
    expect(p.summary).toMatchObject({
      changed: 3,
      removed: 2,
      unchanged: 1,
      recordRows: 14,
      newEvents: 2,
      joinedEvents: 4,
    });
    expect(p.summary.added).toBe(p.changes.filter((c) => c.before === '').length);
    // 26 figures written; 4 of them where a value was before (3 changed, 1 the same).
    expect(p.summary.added).toBe(22);
  });
});

describe('flood_events.csv', () => {
  it('adds an event per new date, sourced to the ward table, that passes the data check', async () => {
    const p = await plan();
    const added = parseCsvTable(p.texts.events).rows.slice(5);
    expect(
      added.map((r) => [
        r.id,
        r.date_start,
        r.date_as_written,
        r.below_floor_houses,
        r.above_floor_houses,
      ]),
    ).toEqual([
      ['SH-2000-01-01-2', '2000-01-01', '平成12年1月1日', '', ''],
      ['SH-2020-03', '2020-03', '令和2年3月', '2', ''],
    ]);
    expect(added[1]).toMatchObject({
      record_type: 'event',
      event_name_ja: '令和2年3月の浸水',
      event_name_en: 'Flooding of March 2020',
      source_title: '品川区「町丁別浸水実績一覧」',
      source_class: 'official',
      source_url: catalogDocs.chomeRecords.sourceUrl,
      place_refs: 'chome:中延六丁目',
      quote: '令和2年3月 区内全域 床下 2 床上 （空欄）',
    });
    expect(added[0]?.unplaced_reason_en).toContain('names no chome');
    expect(p.texts.events.startsWith(EVENTS)).toBe(true);
    for (const [id, text] of [
      ['floodEvents', p.texts.events],
      ['chomeRecords', p.texts.records],
    ] as const) {
      const errors = validateDataset(datasetById(id), text).problems.filter(
        (x) => x.severity === 'error',
      );
      expect(errors, id).toEqual([]);
    }
  });

  it('refuses to plan from a table with errors', async () => {
    const broken = TABLE.replace('70,69', '－,69');
    const table = await readChomeTable('x.synthetic.csv', new TextEncoder().encode(broken), index);
    expect(() =>
      planImport(table, { events: EVENTS, records: RECORDS }, { file: 'x', date: '2026-11-30' }),
    ).toThrow(/has errors/u);
  });

  it('stops, naming the column, when the catalogue asks for a column the writer does not fill', () => {
    expect(() =>
      toFileRow({ id: 'SH-1' }, ['id', 'new_required'], ['id', 'new_required'], 'flood_events.csv'),
    ).toThrow(/new_required of flood_events.csv/u);
  });
});

describe('change log and backups', () => {
  it('starts the log with a header and appends dated lines', () => {
    const entry = {
      date: '2026-11-30T10:15:00+09:00',
      file: 'flood_events.csv',
      rows: 53,
      change: '取り込み, 新しい水害 25 件',
      source: '一覧.xlsx',
      backup: 'backups/flood_events.2026-11-30T101500.csv',
    };
    const first = appendChangeLog(null, [entry]);
    expect(first).toBe(
      'date,file,rows,change,source,backup\n2026-11-30T10:15:00+09:00,flood_events.csv,53,"取り込み, 新しい水害 25 件",一覧.xlsx,backups/flood_events.2026-11-30T101500.csv\n',
    );
    expect(appendChangeLog(first, [entry]).split('\n')).toHaveLength(4);
    expect(backupName('chome_flood_records.csv', new Date(2026, 10, 30, 10, 15, 0))).toBe(
      'backups/chome_flood_records.2026-11-30T101500.csv',
    );
  });
});
