// The reader on the SYNTHETIC replica of the ward's table (generated here, never committed) and
// on one broken copy per check, as .xlsx and as CSV.
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../src/data/problems';
import { readChomeTable } from '../../src/desk/chome-table/read';
import type { ChomeTable } from '../../src/desk/chome-table/model';
import { brokenVariants } from '../fixtures/chome-table/broken-variants';
import { chomeEntries, chomeIndexFor } from '../fixtures/chome-table/chome-entries';
import {
  buildSyntheticTable,
  toCsv,
  toXlsx,
  type SyntheticTable,
} from '../fixtures/chome-table/synthetic-chome-table';
import type { Figure } from '../../src/data/figure';

const entries = chomeEntries();
const index = chomeIndexFor(entries);
const replica = buildSyntheticTable(entries);
const SHEET = replica.grid.sheet;

const asCell = (f: Figure | undefined): number | null | 'bad' =>
  f?.kind === 'number' ? f.value : f?.kind === 'notGiven' ? null : 'bad';

/** The (event, side) pairs where the synthetic ward row differs from the sum of its chome. */
function expectedWardDifferences(t: SyntheticTable): number {
  let n = 0;
  t.truth.events.forEach((_, i) => {
    for (const side of ['below', 'above'] as const) {
      const sum = t.truth.rows.reduce((s, r) => s + (r[side][i] ?? 0), 0);
      if (sum !== t.truth.ward[side][i]) n++;
    }
  });
  return n;
}

function expectReplica(table: ChomeTable): void {
  expect(table.refused).toBeNull();
  expect(table.events.map((e) => [e.label, e.date?.iso])).toEqual(
    replica.truth.events.map((e) => [e.label, e.iso]),
  );
  expect(table.rows).toHaveLength(130);
  expect(table.rows.map((r) => r.chomeCode)).toEqual(entries.map((e) => e.code));
  expect(table.rows.map((r) => r.nameAsWritten)).toEqual(replica.truth.rows.map((r) => r.written));
  for (const [i, row] of table.rows.entries()) {
    const truth = replica.truth.rows[i];
    expect(
      row.figures.map((p) => asCell(p.below)),
      row.nameAsWritten,
    ).toEqual(truth?.below);
    expect(
      row.figures.map((p) => asCell(p.above)),
      row.nameAsWritten,
    ).toEqual(truth?.above);
  }
  expect(table.wardRow?.nameAsWritten).toBe('区内全域');
  expect(table.wardRow?.figures.map((p) => asCell(p.below))).toEqual(replica.truth.ward.below);
  expect(table.unit).toBe('棟');
  // Two repeated page headings of four rows each (page number, title, date, 床下/床上), one note.
  expect(table.skipped.map((s) => s.reason)).toEqual([...Array(8).fill('header'), 'note']);
  const errors = table.problems.filter((p) => p.severity === 'error');
  expect(errors.map((p) => formatProblem(p, 'en'))).toEqual([]);
  const notes = table.problems.filter((p) => p.code === 'wardDiffers');
  expect(notes).toHaveLength(expectedWardDifferences(replica));
  expect(notes.length).toBeGreaterThan(0);
  expect(table.problems).toHaveLength(notes.length);
}

describe('readChomeTable on the synthetic replica (130 chome × 30 events)', () => {
  it('reads the .xlsx with merged date headings', async () => {
    const table = await readChomeTable('replica.synthetic.xlsx', toXlsx(replica.grid), index);
    expect(table.format).toBe('xlsx');
    expect(table.sheets).toEqual([SHEET]);
    expectReplica(table);
    expect(table.events[0]?.columns).toEqual([
      { sheet: SHEET, below: 2, above: 3, headerCell: 'C3', headerRow: 2, headerCol: 2 },
    ]);
  });

  it.each(['shift_jis', 'utf-8', 'utf-8-bom'] as const)('reads the CSV in %s', async (enc) => {
    const table = await readChomeTable('replica.synthetic.csv', toCsv(replica.grid, enc), index);
    expect(table.format).toBe('csv');
    expect(table.encoding).toBe(enc);
    expectReplica(table);
  });

  it('reports the ward row against the chome sum as a note with the difference', async () => {
    const table = await readChomeTable(
      'replica.synthetic.csv',
      toCsv(replica.grid, 'utf-8'),
      index,
    );
    const note = table.problems[0] as Problem;
    expect(note.severity).toBe('warning');
    const i = replica.truth.events.findIndex(
      (e) => e.label === note.field?.replace(/ 床[下上]$/u, ''),
    );
    const sum = replica.truth.rows.reduce((s, r) => s + (r.below[i] ?? 0), 0);
    const ward = replica.truth.ward.below[i] ?? 0;
    expect(note.params).toEqual({ ward, sum, diff: `+${ward - sum}` });
    expect(formatProblem(note, 'ja')).toContain(`区内全域 ${ward.toLocaleString('ja-JP')}`);
  });
});

describe('one broken copy per check', () => {
  const variants = brokenVariants(replica);
  it.each(variants.flatMap((v) => (['csv', 'xlsx'] as const).map((f) => [v.name, f] as const)))(
    '%s (%s): the expected problem at the expected cell, and no other error',
    async (name, format) => {
      const v = variants.find((x) => x.name === name);
      if (!v) throw new Error(name);
      const bytes =
        v.bytes ?? (format === 'xlsx' && v.grid ? toXlsx(v.grid) : toCsv(v.grid!, 'shift_jis'));
      const table = await readChomeTable(`${name}.synthetic.${format}`, bytes, index);
      const errors = table.problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => p.code)).toEqual([v.expect.code]);
      const [error] = errors;
      expect(error?.cell).toBe(v.expect.cell);
      if (v.expect.cell !== undefined && format === 'xlsx' && v.bytes === undefined) {
        expect(error?.sheet).toBe(v.grid?.sheet);
      }
      if (v.expect.refusal) {
        expect(table.refused).toBe(error);
        expect(error?.params?.refusal).toBe(v.expect.refusal);
        expect(table.rows).toEqual([]);
      } else expect(table.refused).toBeNull();
      for (const lang of ['ja', 'en'] as const) {
        expect(formatProblem(error!, lang)).not.toMatch(/\{\w+\}/u);
      }
    },
  );

  it('names the file, sheet, cell, field and value, in Japanese and English', async () => {
    const v = variants.find((x) => x.name === 'dash-count');
    const table = await readChomeTable('一覧.synthetic.xlsx', toXlsx(v!.grid!), index);
    const error = table.problems.find((p) => p.severity === 'error');
    const field = error?.field ?? '';
    expect(field).toMatch(/ 床下$/u);
    expect(formatProblem(error!, 'ja')).toBe(
      `一覧.synthetic.xlsx、${SHEET}!${v!.expect.cell}、項目「${field}」: ` +
        '数として読めません（空欄＝記載なし、0＝ゼロ。「-」などの記号は数にしません） (値: "－")',
    );
    expect(formatProblem(error!, 'en')).toBe(
      `一覧.synthetic.xlsx, ${SHEET}!${v!.expect.cell}, field "${field}": ` +
        'not a number (empty = not given, 0 = zero; a dash or other mark is never read as a number) (value: "－")',
    );
  });

  it('suggests the nearest chome for an unknown name', async () => {
    const v = variants.find((x) => x.name === 'unknown-chome');
    const table = await readChomeTable('x.synthetic.csv', toCsv(v!.grid!, 'utf-8'), index);
    const error = table.problems.find((p) => p.code === 'chomeUnmatched');
    expect(formatProblem(error!, 'ja')).toContain(
      '町丁目名「中延７丁目」が見つかりません（近い名前: 中延六丁目',
    );
  });
});

describe('files that are not the table', () => {
  const refusalOf = async (bytes: Uint8Array): Promise<string> => {
    const table = await readChomeTable('x.synthetic.csv', bytes, index);
    expect(table.rows).toEqual([]);
    return String(table.refused?.params?.refusal ?? table.refused?.code);
  };

  it('refuses binary, undecodable, empty, broken-workbook and oversized files with the reason', async () => {
    expect(await refusalOf(Uint8Array.from([1, 2, 0, 3, 4]))).toBe('binary');
    // 0x82 0x20 is invalid in both UTF-8 and Shift_JIS.
    expect(await refusalOf(Uint8Array.from([0x41, 0x82, 0x20, 0x42]))).toBe('encoding');
    expect(await refusalOf(new Uint8Array(0))).toBe('empty');
    expect(await refusalOf(new TextEncoder().encode('\r\n,,\r\n'))).toBe('empty');
    expect(await refusalOf(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]))).toBe('workbook');
    expect(await refusalOf(new Uint8Array(20 * 1024 * 1024 + 1))).toBe('tooLarge');
  });

  it('says why in both languages', async () => {
    const table = await readChomeTable(
      'x.synthetic.csv',
      new TextEncoder().encode('a,b\n1,2\n'),
      index,
    );
    expect(formatProblem(table.refused!, 'ja')).toBe(
      'x.synthetic.csv: 町丁別浸水実績一覧の形として読めないため、取り込みません（「床下」「床上」が並んだ見出しの行が見つかりません）',
    );
    expect(formatProblem(table.refused!, 'en')).toBe(
      'x.synthetic.csv: not read: this is not the layout of the 町丁別浸水実績一覧 (no heading row with 床下 (below floor) and 床上 (above floor) side by side)',
    );
  });
});
