// Layout cases the replica does not cover, on small hand-made tables (all SYNTHETIC figures).
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/data/problems';
import { readChomeTable } from '../../src/desk/chome-table/read';
import type { ChomeTable } from '../../src/desk/chome-table/model';
import { chomeEntries, chomeIndexFor } from '../fixtures/chome-table/chome-entries';

const index = chomeIndexFor(chomeEntries());
const NAKANOBU_1 = '13109010001';

const csv = (rows: (string | number)[][]): Uint8Array =>
  new TextEncoder().encode(rows.map((r) => r.join(',')).join('\n'));

const read = (rows: (string | number)[][], file = 'small.synthetic.csv'): Promise<ChomeTable> =>
  readChomeTable(file, csv(rows), index);

const HEAD = [
  ['町丁目名', '平成11年8月29日', '', '令和2年3月', ''],
  ['', '床下', '床上', '床下', '床上'],
];

const errorsOf = (t: ChomeTable): string[] =>
  t.problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.cell}`);

function workbook(
  sheets: Record<string, { rows: unknown[][]; merges?: XLSX.Range[] }>,
): Uint8Array {
  const book = XLSX.utils.book_new();
  for (const [name, { rows, merges }] of Object.entries(sheets)) {
    const sheet = XLSX.utils.aoa_to_sheet(rows);
    if (merges) sheet['!merges'] = merges;
    XLSX.utils.book_append_sheet(book, sheet, name);
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
}

describe('chome names as the ward writes them', () => {
  it('matches full-width digits, kanji numerals, the ward prefix, half-width digits and spaces', async () => {
    const names = [
      '中延１丁目',
      '中延二丁目',
      '品川区中延３丁目',
      '中延4丁目',
      '中延 ５ 丁目',
      '東京都品川区中延六丁目',
    ];
    const t = await read([...HEAD, ...names.map((n) => [n, 1, 2, '', ''])]);
    expect(errorsOf(t)).toEqual([]);
    expect(t.rows.map((r) => r.chomeName)).toEqual([
      '中延一丁目',
      '中延二丁目',
      '中延三丁目',
      '中延四丁目',
      '中延五丁目',
      '中延六丁目',
    ]);
    expect(t.rows.map((r) => r.nameAsWritten)).toEqual(names);
    expect(t.rows[0]?.chomeCode).toBe(NAKANOBU_1);
  });

  it('reports a second ward-wide row like a second chome row', async () => {
    const t = await read([
      ...HEAD,
      ['区内全域', 1, 2, 3, 4],
      ['中延１丁目', 1, 2, 3, 4],
      ['合計', 1, 2, 3, 4],
    ]);
    expect(t.wardRow?.row).toBe(2);
    expect(errorsOf(t)).toEqual(['chomeTwice A5']);
    expect(formatProblem(t.problems[0]!, 'en')).toContain('first at A3');
  });
});

describe('headings', () => {
  it('reads a one-row heading with the date in front of 床下 / 床上', async () => {
    const t = await read([
      ['町丁目', '平成11年8月29日 床下', '平成11年8月29日 床上', 'H元.8.1・床下', 'H元.8.1・床上'],
      ['中延１丁目', 3, 4, 0, ''],
    ]);
    expect(t.events.map((e) => [e.label, e.date?.iso])).toEqual([
      ['平成11年8月29日', '1999-08-29'],
      ['H元.8.1', '1989-08-01'],
    ]);
    expect(t.rows[0]?.figures.map((p) => [p.below.kind, p.above.kind])).toEqual([
      ['number', 'number'],
      ['number', 'notGiven'],
    ]);
  });

  it('keeps a heading typed on two lines in one cell readable', async () => {
    const bytes = workbook({
      一覧: {
        rows: [
          ['町丁目名', '平成11年\n8月29日', null],
          [null, '床下', '床上'],
          ['中延１丁目', 1, 2],
        ],
      },
    });
    const t = await readChomeTable('lines.synthetic.xlsx', bytes, index);
    expect(t.events.map((e) => [e.label, e.date?.iso])).toEqual([
      ['平成11年 8月29日', '1999-08-29'],
    ]);
  });

  it('reads 床上 before 床下 and 床下浸水 (棟)', async () => {
    const t = await read([
      ['町丁目名', '平成11年8月29日', ''],
      ['', '床上浸水', '床下浸水（棟）'],
      ['中延１丁目', 7, 5],
    ]);
    expect(t.rows[0]?.figures[0]).toEqual({
      below: { kind: 'number', value: 5, uncertain: false },
      above: { kind: 'number', value: 7, uncertain: false },
    });
  });

  it('reads a date typed into Excel as a date (a day number with a date format)', async () => {
    const bytes = workbook({
      一覧: {
        rows: [
          ['町丁目名', { t: 'n', v: 36401, z: 'ggge"年"m"月"d"日"' }, null],
          [null, '床下', '床上'],
          ['中延１丁目', 1, 2],
        ],
        merges: [{ s: { r: 0, c: 1 }, e: { r: 0, c: 2 } }],
      },
    });
    const t = await readChomeTable('dates.synthetic.xlsx', bytes, index);
    expect(errorsOf(t)).toEqual([]);
    expect(t.events[0]?.date?.iso).toBe('1999-08-29');
  });

  it('reads the date of a heading merged across the pair and down three rows', async () => {
    const bytes = workbook({
      一覧: {
        rows: [
          ['町丁目名', '平成11年8月29日', null, '合計', null],
          [null, null, null, null, null],
          [null, null, null, null, null],
          [null, '床下', '床上', '床下', '床上'],
          ['中延１丁目', 1, 2, 1, 2],
        ],
        // Too far above 床下 / 床上 to be found without reading the merged ranges.
        merges: [
          { s: { r: 0, c: 1 }, e: { r: 2, c: 2 } },
          { s: { r: 0, c: 3 }, e: { r: 2, c: 4 } },
        ],
      },
    });
    const t = await readChomeTable('merged.synthetic.xlsx', bytes, index);
    expect(errorsOf(t)).toEqual([]);
    expect(t.events.map((e) => [e.label, e.columns[0]?.headerCell])).toEqual([
      ['平成11年8月29日', 'B1'],
    ]);
    expect(t.totalColumns).toHaveLength(1);
    expect(t.rows[0]?.total?.below).toEqual({ kind: 'number', value: 1, uncertain: false });
  });

  it('reads a storm over two days (〜30日) as its first day, the heading kept as written', async () => {
    const t = await read([
      ['町丁目名', '平成11年8月29日〜30日', ''],
      ['', '床下', '床上'],
      ['中延１丁目', 1, 2],
    ]);
    expect(errorsOf(t)).toEqual([]);
    expect(t.events.map((e) => [e.label, e.date?.iso])).toEqual([
      ['平成11年8月29日〜30日', '1999-08-29'],
    ]);
  });

  it('reports an empty date heading at its cell', async () => {
    const t = await read([
      ['町丁目名', '', '', '令和2年3月', ''],
      ['', '床下', '床上', '床下', '床上'],
      ['中延１丁目', 1, 2, 3, 4],
    ]);
    expect(errorsOf(t)).toEqual(['dateHeader B1']);
  });

  it('refuses a table with only a 合計 pair', async () => {
    const t = await read([
      ['町丁目名', '合計', ''],
      ['', '床下', '床上'],
      ['中延１丁目', 1, 2],
    ]);
    expect(t.refused?.params?.refusal).toBe('noEvents');
  });

  it('refuses a table without a name column, or whose names are no Shinagawa chome', async () => {
    expect(
      (
        await read([
          ['床下', '床上'],
          [1, 2],
        ])
      ).refused?.params?.refusal,
    ).toBe('noNameColumn');
    const osaka = await read([...HEAD, ['梅田１丁目', 1, 2, 3, 4], ['梅田２丁目', 1, 2, 3, 4]]);
    expect(osaka.refused?.params?.refusal).toBe('noChome');
  });
});

describe('rows that are not data', () => {
  it('skips blank rows, page numbers, notes and a repeated heading; keeps an unknown chome', async () => {
    const t = await read([
      ['町丁別浸水実績一覧'],
      ...HEAD,
      ['中延１丁目', 1, 2, '', ''],
      ['', '', '', '', ''],
      ['中延９丁目', '', '', '', ''],
      ['- 1 -'],
      ...HEAD,
      ['中延２丁目', 1, 2, '', ''],
      ['※単位は棟'],
    ]);
    expect(t.rows.map((r) => r.nameAsWritten)).toEqual(['中延１丁目', '中延２丁目']);
    expect(t.skipped.map((s) => [s.row + 1, s.reason])).toEqual([
      [7, 'header'],
      [8, 'header'],
      [9, 'header'],
      [11, 'note'],
    ]);
    expect(errorsOf(t)).toEqual(['chomeUnmatched A6']);
  });

  it('says once per column that a column outside the pairs is not read', async () => {
    const t = await read([
      ['町丁目名', 'コード', '平成11年8月29日', '', '', '備考'],
      ['', '', '床下', '床上', '計', ''],
      ['中延１丁目', '10001', 1, 2, 3, ''],
      ['中延２丁目', '10002', 1, 2, 3, '要確認'],
    ]);
    expect(t.problems.map((p) => `${p.code} ${p.severity} ${p.cell}`)).toEqual([
      'columnIgnored warning B1',
      'columnIgnored warning F1',
      'columnIgnored warning E2',
    ]);
    expect(t.rows[1]?.figures[0]?.above).toEqual({ kind: 'number', value: 2, uncertain: false });
  });
});

describe('workbooks with several sheets', () => {
  it('reads every sheet with the layout, joins columns by their heading, skips others', async () => {
    const head = [
      ['町丁目名', '平成11年8月29日', null, '令和2年3月', null],
      [null, '床下', '床上', '床下', '床上'],
    ];
    const bytes = workbook({
      表紙: { rows: [['町丁別浸水実績一覧（合成データ）']] },
      p1: { rows: [...head, ['中延１丁目', 1, 2, 3, 4]] },
      p2: {
        rows: [
          ['町丁目名', '令和2年3月', null, '平成11年8月29日', null],
          [null, '床下', '床上', '床下', '床上'],
          ['中延２丁目', 5, 6, 7, 8],
          ['中延１丁目', 0, 0, 0, 0],
        ],
      },
    });
    const t = await readChomeTable('pages.synthetic.xlsx', bytes, index);
    expect(t.sheets).toEqual(['p1', 'p2']);
    expect(t.events.map((e) => e.columns.map((c) => `${c.sheet}!${c.headerCell}`))).toEqual([
      ['p1!B1', 'p2!D1'],
      ['p1!D1', 'p2!B1'],
    ]);
    const n2 = t.rows.find((r) => r.nameAsWritten === '中延２丁目');
    expect(n2?.figures.map((p) => p.below)).toEqual([
      { kind: 'number', value: 7, uncertain: false },
      { kind: 'number', value: 5, uncertain: false },
    ]);
    expect(t.problems.map((p) => formatProblem(p, 'en'))).toEqual([
      'pages.synthetic.xlsx, p2!A4, field "町丁目名": the same chome appears twice (first at p1!A3) (value: "中延１丁目")',
    ]);
  });
});
