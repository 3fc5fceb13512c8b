// The desk's record form: a record as a ward officer writes it becomes one flood_events.csv row
// that passes the same checks as data:check; each problem names its form field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetById } from '../../src/data/catalog';
import { validateDataset } from '../../src/data/validate-dataset';
import { parseCsvTable } from '../../src/desk/chome-table/csv-table';
import { checkCandidate } from '../../src/desk/page/files';
import {
  eventFormRow,
  withEventRow,
  type EventFormInput,
} from '../../src/desk/page/event-form-row';
import { chomeEntries, chomeIndexFor } from '../fixtures/chome-table/chome-entries';

const chome = chomeIndexFor(chomeEntries());
const events = readFileSync(
  join(import.meta.dirname, '..', '..', 'data', 'flood_events.csv'),
  'utf8',
);

/** A synthetic record, written the way staff would type it. */
const typed: EventFormInput = {
  date: '令和12年１月２日',
  nameJa: '合成テストの大雨',
  nameEn: 'Synthetic test downpour',
  cause: '内水氾濫',
  rivers: '立会川',
  places: '中延１丁目、西品川一丁目',
  above: '12棟',
  below: null,
  total: '１２',
  rainfall: '時間最大 80 mm（合成）',
  sourceTitle: '合成テストの報告',
  publisher: '品川区（合成）',
  url: 'https://example.org/synthetic',
  kind: 'official',
  quote: '床上浸水12棟（合成）',
};

describe('eventFormRow', () => {
  it('turns a typed record into a row: 和暦 date, id, canonical chome, counts, not given stays empty', () => {
    const { row, problems } = eventFormRow(typed, chome);
    expect(problems).toEqual([]);
    expect(row).toMatchObject({
      id: 'SH-2030-01-02',
      date_start: '2030-01-02',
      date_as_written: '令和12年１月２日',
      chome_normalized: '中延一丁目;西品川一丁目',
      place_refs: 'chome:中延一丁目;chome:西品川一丁目',
      above_floor_houses: '12',
      below_floor_houses: '',
      total_flooded: '12',
      source_class: 'official',
      figures_scope: 'ward',
    });
  });

  it('reads 西暦 too', () => {
    expect(eventFormRow({ ...typed, date: '2030-01-02' }, chome).row?.id).toBe('SH-2030-01-02');
  });

  it('reports each problem at its field and makes no row', () => {
    const { row, problems } = eventFormRow(
      { ...typed, date: '令和12年13月40日', above: '-', places: '中延九丁目', quote: ' ' },
      chome,
    );
    expect(row).toBeNull();
    expect(problems.map((p) => [p.field, p.key])).toEqual([
      ['date', 'desk.form.badDate'],
      ['quote', 'desk.form.required'],
      ['above', 'desk.form.badCount'],
      ['places', 'desk.form.unknownChome'],
    ]);
    expect(problems.find((p) => p.field === 'places')?.params?.suggestions).toContain('中延');
  });

  it('adds the row to flood_events.csv so that it passes the checks, other rows unchanged', () => {
    const { row } = eventFormRow(typed, chome);
    const { text, line } = withEventRow(events, row!);
    const result = validateDataset(datasetById('floodEvents'), text);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(text.startsWith(events)).toBe(true);
    expect(line).toBe(parseCsvTable(text).rows.length + 1);
    const checked = checkCandidate(
      new Map([['floodEvents', events]]),
      new Map([['floodEvents', text]]),
    );
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('corrects a record with the same date in place, keeping the columns the form has not', () => {
    const first = parseCsvTable(events).rows.find((r) => r.id === 'SH-1999-08-29')!;
    const { row } = eventFormRow({ ...typed, date: '平成11年8月29日' }, chome);
    const { text, line } = withEventRow(events, row!);
    const rows = parseCsvTable(text).rows;
    expect(rows.length).toBe(parseCsvTable(events).rows.length);
    const fixed = rows[line - 2]!;
    expect(fixed.id).toBe('SH-1999-08-29');
    expect(fixed.event_name_ja).toBe('合成テストの大雨');
    expect(fixed.headline_easy).toBe(first.headline_easy);
  });
});
