// What the desk and the lesson maker write into data/ opens in Excel as text, never as a formula
// (issue 19, item 6), and reads back as typed: a formula typed in the record form, a dropped data
// file with one, the change log, and a lesson saved into a tours.csv that holds another lesson
// with one. Synthetic texts only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { datasetById } from '../../src/data/catalog';
import { appendChangeLog } from '../../src/data/data-change-log';
import { validateDataset } from '../../src/data/validate-dataset';
import { formatCsvTable, neutraliseCsv, parseCsvTable } from '../../src/desk/chome-table/csv-table';
import { eventFormRow, withEventRow } from '../../src/desk/page/event-form-row';
import { readDeskFile } from '../../src/desk/page/read';
import { readChomeTable } from '../../src/desk/chome-table/read';
import { mergeIndexCsv } from '../../src/tours/editor/tour-csv';
import { parseTours } from '../../src/tours/parse-tour';
import { chomeEntries, chomeIndexFor } from '../fixtures/chome-table/chome-entries';

const root = join(import.meta.dirname, '..', '..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
const events = read('data/flood_events.csv');
const chome = chomeIndexFor(chomeEntries());
const readTable = (name: string, bytes: Uint8Array) => readChomeTable(name, bytes, chome);
const LINK = '=HYPERLINK("https://example.org/synthetic","詳しくはこちら")';

/** The rows of flood_events.csv as the app reads them (validateCsv). */
function readBack(text: string) {
  const result = validateDataset(datasetById('floodEvents'), text);
  if (result.kind !== 'csv') throw new Error('not csv');
  return (result.rows ?? []).map((r) => r.values);
}

const typed = {
  date: '令和12年１月２日',
  nameJa: LINK,
  nameEn: '+Synthetic downpour',
  cause: '-内水',
  rivers: '@立会川',
  places: '中延１丁目',
  above: null,
  below: null,
  total: null,
  rainfall: "'=already marked",
  sourceTitle: '合成テストの報告',
  publisher: '品川区（合成）',
  url: 'https://example.org/synthetic',
  kind: 'official',
  quote: '＝全角の等号（合成）',
} as const;

describe('the record form', () => {
  const row = eventFormRow(typed, chome).row!;

  it('writes every formula-like cell marked as text, and the app reads it back as typed', () => {
    const { text, line } = withEventRow(events, row);
    const written = text.split('\n')[line - 1] ?? '';
    expect(written).toContain(`"'=HYPERLINK(""https://example.org/synthetic""`);
    for (const cell of ["'+Synthetic downpour", "'-内水", "'@立会川", "''=already", "'＝全角"]) {
      expect(written).toContain(cell);
    }
    const back = readBack(text).find((r) => r.id === 'SH-2030-01-02');
    expect(back?.event_name_ja).toBe(LINK);
    expect(back?.event_name_en).toBe('+Synthetic downpour');
    expect(back?.rain_notes_ja).toBe("'=already marked");
    expect(back?.quote).toBe('＝全角の等号（合成）');
    // The other lines keep their exact text.
    expect(text.split('\n').slice(0, line - 1)).toEqual(events.split('\n').slice(0, line - 1));
  });

  it('marks a cell once however often the record is corrected', () => {
    const once = withEventRow(events, row).text;
    const twice = withEventRow(once, row).text;
    expect(twice).toBe(once);
    expect(readBack(twice).find((r) => r.id === 'SH-2030-01-02')?.event_name_ja).toBe(LINK);
  });
});

describe('a data file the desk reads and writes', () => {
  const raw = formatCsvTable({
    ...parseCsvTable(events),
    rows: parseCsvTable(events).rows.slice(0, 2),
  });
  /** The file as Excel saves it after a cell of the first record was typed as `formula`. */
  const typedInExcel = (text: string, column: string, formula: string): string => {
    const lines = text.split('\n');
    const names = Papa.parse<string[]>(lines[0] ?? '').data[0] ?? [];
    const cells = Papa.parse<string[]>(lines[1] ?? '').data[0] ?? [];
    cells[names.indexOf(column)] = formula;
    lines[1] = Papa.unparse([cells], { newline: '\n' });
    return lines.join('\n');
  };

  it('is written byte for byte when no cell needs marking', () => {
    expect(neutraliseCsv(events)).toBe(events);
  });

  it('marks a formula typed in Excel, only in its row, and reads back to the same values', () => {
    const lines = raw.split('\n');
    const withFormula = typedInExcel(raw, 'quote', '=1+1');
    expect(withFormula.split('\n')[1]).toContain(',=1+1');
    const safe = neutraliseCsv(withFormula);
    expect(safe.split('\n')[1]).toContain(",'=1+1");
    expect(safe.split('\n')[2]).toBe(lines[2]);
    expect(readBack(safe)).toEqual(readBack(withFormula));
  });

  it('is saved marked when dropped on the desk', async () => {
    const withFormula = typedInExcel(events, 'quote', '=cmd|/C calc!A0');
    const desk = await readDeskFile(
      'flood_events.csv',
      new TextEncoder().encode(withFormula),
      () => events,
      readTable,
      '2026-12-06',
    );
    const pending = desk.replaced.get('floodEvents')?.text ?? '';
    expect(pending).toContain(`'=cmd|`);
    expect(pending).not.toMatch(/,=cmd/u);
  });
});

describe('the change log', () => {
  it('marks a file name or change that looks like a formula', () => {
    const log = appendChangeLog(null, [
      {
        date: '2026-12-06T10:00:00+09:00',
        file: 'flood_events.csv',
        rows: 3,
        change: '-削除 1',
        source: '=HYPERLINK("x").xlsx',
        backup: '',
      },
    ]);
    expect(log).toContain(`'-削除 1,"'=HYPERLINK(""x"").xlsx"`);
  });
});

describe('the lesson maker', () => {
  const dir = 'data/tours';
  const index = read(`${dir}/tours.csv`);
  const steps = new Map(
    ['meguro-gotanda.csv', 'tachiai-nakanobu-futaba.csv'].map((f) => [f, read(`${dir}/${f}`)]),
  );
  const [first, second] = parseTours(index, steps).tours;

  it('keeps another lesson’s formula-like title marked once when a lesson is saved again', () => {
    const marked = mergeIndexCsv(index, { ...first!, title: { ...first!.title, ja: LINK } });
    expect(marked).toContain(`"'=HYPERLINK(`);
    const again = mergeIndexCsv(mergeIndexCsv(marked, second!), second!);
    expect(again).toContain(`"'=HYPERLINK(`);
    expect(again).not.toContain(`"''=HYPERLINK(`);
    expect(parseTours(again, steps).tours.find((t) => t.id === first!.id)?.title.ja).toBe(LINK);
  });
});
