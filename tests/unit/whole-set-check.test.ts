// The whole-set check a save goes through (desk, save endpoint, CLI): on a copy of data/'s texts in
// memory, a change that breaks another file, or a lesson, is found and named by file, row and the
// reference that would be gone; a change that breaks nothing brings no error.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataTexts, readTourTexts } from '../../scripts/data-save';
import type { DatasetId } from '../../src/data/catalog';
import {
  checkDataSet,
  newErrors,
  type CheckedDataSet,
  type SaveProblem,
} from '../../src/data/whole-set-check';
import { describeSaveProblem } from '../../src/desk/page/save-problems';
import '../../src/i18n/register-all-texts';
import { tourCheck } from '../../src/tours/tour-check';

const dataDir = join(import.meta.dirname, '..', '..', 'data');
const today = readDataTexts(dataDir);
const lessons = tourCheck(readTourTexts(dataDir));
let before: CheckedDataSet;

beforeAll(() => {
  before = checkDataSet(today, lessons);
});

function saveOf(id: DatasetId, edit: (text: string) => string): SaveProblem[] {
  const text = today.get(id)!;
  const changed = edit(text);
  expect(changed, 'the edit changes the file').not.toBe(text);
  return newErrors(before, checkDataSet(new Map([...today, [id, changed]]), lessons));
}

/** chome_flood_records.csv with one more row: a copy of a row of SH-1999-08-29, naming an unknown event. */
const withUnknownEvent = (text: string): string => {
  const row = text.split('\n').find((l) => l.includes(',SH-1999-08-29,'))!;
  return `${text.replace(/\n*$/u, '\n')}${row.replace(',SH-1999-08-29,', ',SH-2031-01-01,')}\n`;
};

/** The file without the line that starts with `start`. */
const withoutLine = (start: string) => (text: string) =>
  text
    .split('\n')
    .filter((l) => !l.startsWith(start))
    .join('\n');

describe('whole-set check of a save', () => {
  it('finds no error the data does not already have in today’s files', () => {
    expect(newErrors(before, checkDataSet(today, lessons))).toEqual([]);
  });

  it('a removed event: names each record, fact and lesson that refers to it, by file and row', () => {
    const problems = saveOf('floodEvents', withoutLine('SH-1999-08-29,'));
    const files = new Set(problems.map((p) => p.problem.file));
    expect([...files].sort()).toEqual(
      [
        'chome_flood_records.csv',
        'flood_event_facts.csv',
        'tachiai_basin_major_floods_1974_2013.csv',
        'tachiai-nakanobu-futaba.csv',
      ].sort(),
    );
    expect(problems.every((p) => p.lost && p.problem.value === 'SH-1999-08-29')).toBe(true);
    const records = problems.filter((p) => p.problem.file === 'chome_flood_records.csv');
    expect(records).toHaveLength(11);
    const first = records[0]!;
    expect(describeSaveProblem(first, 'ja')).toBe(
      `chome_flood_records.csv ${first.problem.row} 行目が参照する SH-1999-08-29 がなくなります`,
    );
    expect(describeSaveProblem(first, 'en')).toBe(
      `Line ${first.problem.row} of chome_flood_records.csv refers to SH-1999-08-29, which would be gone`,
    );
  });

  it('a renamed chome code: the lesson step that selects the old code is named', () => {
    const problems = saveOf('chome', (t) =>
      t.replace('"key_code":"13109010006"', '"key_code":"13109010099"'),
    );
    expect(problems.map((p) => [p.problem.file, p.problem.value, p.lost])).toEqual([
      ['tachiai-nakanobu-futaba.csv', '13109010006', true],
    ]);
  });

  it('a lesson that names a removed record is named even when nothing else refers to it', () => {
    const problems = saveOf('floodEvents', withoutLine('SH-M-1940,'));
    const tours = problems.filter(
      (p) => p.problem.file.endsWith('.csv') && p.problem.field === 'selection',
    );
    expect(tours.map((p) => [p.problem.value, p.lost])).toEqual([['SH-M-1940', true]]);
  });

  it('an error of a new row is said as data:check says it (nothing was there to lose)', () => {
    const problems = saveOf('chomeRecords', withUnknownEvent);
    const unknown = problems.filter((p) => p.problem.value === 'SH-2031-01-01');
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((p) => !p.lost)).toBe(true);
  });

  it('an error the data already has is not new when rows above it move', () => {
    const broken = new Map(today);
    broken.set('chomeRecords', withUnknownEvent(today.get('chomeRecords')!));
    const was = checkDataSet(broken, lessons);
    expect(was.errors.map((p) => p.value)).toContain('SH-2031-01-01');
    const records = broken.get('chomeRecords')!;
    const header = records.indexOf('\n');
    const moved = new Map(broken);
    // The same rows, the last one moved to the top: its line number changes, its error does not.
    const lines = records.trimEnd().split('\n');
    moved.set(
      'chomeRecords',
      [records.slice(0, header), lines.at(-1), ...lines.slice(1, -1)].join('\n') + '\n',
    );
    expect(newErrors(was, checkDataSet(moved, lessons))).toEqual([]);
  });
});
