// The ward's table with its heading block repeated at each page break, as an Excel or PDF copy
// of the three printed pages keeps it: every way the block comes gives the same data as the table
// without page breaks, in CSV and in .xlsx (the SYNTHETIC replica, generated here).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatProblem } from '../../src/data/problems';
import { planImport } from '../../src/desk/chome-table/plan';
import { readChomeTable } from '../../src/desk/chome-table/read';
import type { ChomeTable } from '../../src/desk/chome-table/model';
import { cellAddress } from '../../src/desk/chome-table/sheet-grid';
import { chomeEntries, chomeIndexFor } from '../fixtures/chome-table/chome-entries';
import {
  buildSyntheticTable,
  cloneGrid,
  toCsv,
  toXlsx,
  type PageHeading,
  type SyntheticGrid,
} from '../fixtures/chome-table/synthetic-chome-table';
import { parseCsvTable } from '../../src/desk/chome-table/csv-table';

const entries = chomeEntries();
const index = chomeIndexFor(entries);
const FORMATS = ['csv', 'xlsx'] as const;
type Format = (typeof FORMATS)[number];

const bytesOf = (grid: SyntheticGrid, format: Format): Uint8Array =>
  format === 'xlsx' ? toXlsx(grid) : toCsv(grid, 'shift_jis');

const read = (grid: SyntheticGrid, format: Format): Promise<ChomeTable> =>
  readChomeTable(`pages.synthetic.${format}`, bytesOf(grid, format), index);

/** What an import takes from a table: everything but where on the sheet it was. */
function dataOf(t: ChomeTable) {
  const row = (r: ChomeTable['rows'][number]) => ({
    code: r.chomeCode,
    name: r.nameAsWritten,
    figures: r.figures,
    total: r.total,
  });
  return {
    refused: t.refused,
    events: t.events.map((e) => [e.label, e.date]),
    rows: t.rows.map(row),
    ward: t.wardRow && row(t.wardRow),
    unit: t.unit,
    problems: t.problems.map((p) => `${p.severity} ${p.code} ${p.field ?? ''} ${p.value ?? ''}`),
  };
}

const root = join(import.meta.dirname, '..', '..');
const current = {
  events: readFileSync(join(root, 'data', 'flood_events.csv'), 'utf8'),
  records: readFileSync(join(root, 'data', 'chome_flood_records.csv'), 'utf8'),
};

/** The planned records without their notes (which name the cells the figures came from). */
function plannedRecords(t: ChomeTable): Record<string, string>[] {
  const plan = planImport(t, current, { file: 'pages.synthetic', date: '2026-12-06' });
  return parseCsvTable(plan.texts.records).rows.map((r) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith('note'))),
  );
}

const onePage = buildSyntheticTable(entries, { rowsPerPage: 1000 }).grid;
const expected = {
  csv: read(onePage, 'csv').then(dataOf),
  xlsx: read(onePage, 'xlsx').then(dataOf),
};

/** Heading rows each page after the first repeats (the page number line is skipped with them). */
const REPEATED_ROWS: Record<PageHeading, number> = {
  block: 4,
  noTitle: 3,
  subOnly: 2,
  dateOnly: 2,
  swapped: 4,
};

describe('a heading block repeated at each page break', () => {
  const cases = (['block', 'noTitle', 'subOnly', 'dateOnly', 'swapped'] as const).flatMap(
    (pageHeading) =>
      ['町丁目', '町丁目名'].flatMap((nameHeading) =>
        FORMATS.map((format) => [pageHeading, nameHeading, format] as const),
      ),
  );

  it.each(cases)(
    '%s, the names headed 「%s」 (%s): the same data as without page breaks',
    async (pageHeading, nameHeading, format) => {
      const table = buildSyntheticTable(entries, { pageHeading, nameHeading });
      expect(table.layout.repeatedDateRows).toHaveLength(2);
      const t = await read(table.grid, format);
      const want = await expected[format];
      expect(dataOf(t)).toEqual(want);
      const headings = t.skipped.filter((s) => s.reason === 'header');
      expect(headings).toHaveLength(2 * REPEATED_ROWS[pageHeading]);
      // Each skipped row is reported with its place and what it said.
      for (const page of table.layout.repeatedDateRows) {
        expect(headings.map((s) => s.row)).toContain(page);
      }
    },
  );

  it('gives the same rows to import as the table without page breaks', async () => {
    const paged = buildSyntheticTable(entries, { pageHeading: 'swapped', nameHeading: '町丁目' });
    const [a, b] = await Promise.all([read(onePage, 'xlsx'), read(paged.grid, 'csv')]);
    expect(plannedRecords(b)).toEqual(plannedRecords(a));
  });

  it('is said by the CLI with the rows it skipped', () => {
    const paged = buildSyntheticTable(entries, { nameHeading: '町丁目' });
    const dir = mkdtempSync(join(tmpdir(), 'fhm-page-break-'));
    try {
      const file = join(dir, 'pages.synthetic.csv');
      writeFileSync(file, toCsv(paged.grid, 'shift_jis'));
      const r = spawnSync(
        join(root, 'node_modules/.bin/vite-node'),
        ['scripts/import-chome-table.ts', '--', file, '--dry-run', '--lang', 'ja'],
        { cwd: root, encoding: 'utf8' },
      );
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/見出しの繰り返し 8 行を読み飛ばしました（\d+–\d+, \d+–\d+ 行目）/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each(FORMATS)(
    'refuses a repeated heading whose date differs, at that cell, in either order (%s)',
    async (format) => {
      for (const pageHeading of ['block', 'swapped', 'dateOnly'] as const) {
        const table = buildSyntheticTable(entries, { pageHeading, nameHeading: '町丁目' });
        const grid = cloneGrid(table.grid);
        const dateRow = table.layout.repeatedDateRows[0] ?? 0;
        const col = table.layout.firstPairCol + 2 * 4;
        grid.rows[dateRow]![col] = '平成12年1月1日';
        const t = await read(grid, format);
        expect(t.refused?.params?.refusal, pageHeading).toBe('headerDiffers');
        expect(t.refused?.cell, pageHeading).toBe(cellAddress(dateRow, col));
        expect(formatProblem(t.refused!, 'ja')).toContain('見出し');
      }
    },
  );
});
