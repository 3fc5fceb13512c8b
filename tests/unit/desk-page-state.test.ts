// The desk page's state: what each intent changes, and what the page derives from it (what the
// preview shows, whether Save is offered, which text a new change starts from). Pure: the files
// and the checked sets are tiny synthetic stand-ins, not data/.
import { describe, expect, it } from 'vitest';
import type { AppData } from '../../src/data/app-data';
import type { DatasetId } from '../../src/data/catalog';
import type { Problem } from '../../src/data/problems';
import {
  baseText,
  canSave,
  initialDeskState,
  newEventIds,
  pendingFiles,
  savedTexts,
  shownData,
  update,
  type DeskEdit,
  type DeskIntent,
  type DeskState,
} from '../../src/desk/page/state';
import type { EventFormInput } from '../../src/desk/page/event-form-row';
import type { CheckedSet } from '../../src/desk/page/files';
import type { DeskRead, Pending } from '../../src/desk/page/read';

/** The state only reads the events' ids from the data; the rest of AppData is opaque to it. */
const data = (...ids: string[]): AppData =>
  ({ history: { events: ids.map((id) => ({ id })) } }) as unknown as AppData;

const pending = (text: string, source = 'synthetic.xlsx'): Pending => ({
  text,
  source,
  change: `change from ${source}`,
});

const error: Problem = { severity: 'error', code: 'csvParse', file: 'flood_events.csv', row: 3 };
const note: Problem = { ...error, severity: 'warning' };

/** A checked set whose errors are all new, as if today's files had none. */
const checkedSet = (problems: Problem[], ...ids: string[]): CheckedSet => ({
  problems,
  data: data(...ids),
  blocking: problems
    .filter((p) => p.severity === 'error')
    .map((problem) => ({ problem, lost: false })),
});

/** A file read by the desk, as kept to be read again after a conflict. */
const edit: DeskEdit = {
  kind: 'file',
  name: 'a.xlsx',
  bytes: new Uint8Array(),
  today: '2026-12-06',
};

const readOf = (replaced: [DatasetId, Pending][], problems: Problem[] = []): DeskRead => ({
  problems,
  refused: false,
  changes: null,
  replaced: new Map(replaced),
  skipped: [],
});

const run = (state: DeskState, ...intents: DeskIntent[]): DeskState =>
  intents.reduce(update, state);

const today = new Map<DatasetId, string>([
  ['floodEvents', 'events today'],
  ['chomeRecords', 'records today'],
]);
const loaded = run(initialDeskState('ja'), {
  type: 'loaded',
  current: today,
  checked: { data: data('e1'), errors: [] },
  tours: null,
});

describe('desk state', () => {
  it('starts with nothing pending, nothing to save and today’s data in the preview', () => {
    const ready = run(loaded, { type: 'checked', candidate: null }, { type: 'ready' });
    expect(ready.ready).toBe(true);
    expect(canSave(ready)).toBe(false);
    expect(shownData(ready)).toBe(loaded.currentData);
    expect(pendingFiles(ready)).toEqual([]);
  });

  it('returns the same state when an intent changes nothing, so nothing is redrawn', () => {
    expect(update(loaded, { type: 'lang', lang: 'ja' })).toBe(loaded);
    expect(update(loaded, { type: 'show', showing: 'after' })).toBe(loaded);
    expect(update(loaded, { type: 'lang', lang: 'en' }).lang).toBe('en');
  });

  it('adds a read file’s replacements to what is pending, and later changes start from them', () => {
    const reading = update(loaded, { type: 'readStarted', file: 'table.synthetic.xlsx' });
    expect(reading.status).toEqual({ kind: 'reading', file: 'table.synthetic.xlsx' });
    expect(reading.report).toBeNull();
    const read = update(reading, {
      type: 'read',
      file: 'table.synthetic.xlsx',
      edit,
      read: readOf([
        ['floodEvents', pending('events new')],
        ['chomeRecords', pending('records new')],
      ]),
    });
    expect(pendingFiles(read)).toEqual(['flood_events.csv', 'chome_flood_records.csv']);
    expect(baseText(read, 'floodEvents')).toBe('events new');
    expect(baseText(loaded, 'floodEvents')).toBe('events today');
    expect(read.report).toMatchObject({ kind: 'read', file: 'table.synthetic.xlsx', cross: null });
    const timed = update(read, { type: 'readTimed', file: 'table.synthetic.xlsx', ms: 42 });
    expect(timed.status).toEqual({ kind: 'read', file: 'table.synthetic.xlsx', ms: 42 });
  });

  it('keeps what is pending when a read file has errors (it replaces nothing)', () => {
    const before = run(loaded, {
      type: 'read',
      file: 'a.xlsx',
      edit,
      read: readOf([['floodEvents', pending('a')]]),
    });
    const after = update(before, {
      type: 'read',
      file: 'b.xlsx',
      edit,
      read: readOf([], [error]),
    });
    expect(after.pending).toBe(before.pending);
    expect(after.report).toMatchObject({ kind: 'read', file: 'b.xlsx', problems: [error] });
  });

  it('puts the errors the set would have under the report of the file that was just read, once', () => {
    const read = run(loaded, {
      type: 'read',
      file: 'a.xlsx',
      edit,
      read: readOf([['floodEvents', pending('a')]]),
    });
    const checked = update(read, { type: 'checked', candidate: checkedSet([error, note], 'e1') });
    expect(checked.report).toMatchObject({
      kind: 'read',
      cross: [{ problem: error, lost: false }],
    });
    // A later check (after a record is added, say) does not rewrite what that read found.
    const again = update(checked, { type: 'checked', candidate: checkedSet([note]) });
    expect(again.report).toBe(checked.report);
    expect(again.candidate?.problems).toEqual([note]);
  });

  it('offers Save only with something pending, no errors in the set and no save running', () => {
    const read = run(loaded, {
      type: 'read',
      file: 'a.xlsx',
      edit,
      read: readOf([['floodEvents', pending('a')]]),
    });
    expect(canSave(update(read, { type: 'checked', candidate: checkedSet([note]) }))).toBe(true);
    expect(canSave(update(read, { type: 'checked', candidate: checkedSet([error]) }))).toBe(false);
    const saving = update(read, { type: 'saveStarted' });
    expect(canSave(saving)).toBe(false);
    const failed = update(saving, { type: 'saveFailed', reason: 'HTTP 500' });
    expect(canSave(failed)).toBe(true);
    expect(failed.save).toEqual({ kind: 'failed', reason: 'HTTP 500' });
    // A static site downloads the files: data/ is unchanged, so they stay pending.
    const downloaded = update(saving, { type: 'downloaded', files: ['flood_events.csv'] });
    expect(downloaded.pending).toBe(read.pending);
  });

  it('shows the set with the changes in, or today’s data, and names the new events', () => {
    const read = run(
      loaded,
      { type: 'read', file: 'a.xlsx', edit, read: readOf([['floodEvents', pending('a')]]) },
      { type: 'checked', candidate: checkedSet([], 'e1', 'e2', 'e3') },
    );
    expect(shownData(read)).toBe(read.candidate?.data);
    expect(newEventIds(read)).toEqual(['e2', 'e3']);
    const before = update(read, { type: 'show', showing: 'before' });
    expect(shownData(before)).toBe(loaded.currentData);
  });

  it('adds a record from the form to what is pending and reports it', () => {
    const added = update(loaded, {
      type: 'recordAdded',
      pending: pending('events with the record', 'desk form'),
      input: {} as EventFormInput,
      id: 'E2030-01-02',
      line: 12,
      corrected: false,
    });
    expect(baseText(added, 'floodEvents')).toBe('events with the record');
    expect(added.form).toEqual({ kind: 'added', id: 'E2030-01-02' });
    expect(added.report).toEqual({
      kind: 'record',
      file: 'flood_events.csv',
      id: 'E2030-01-02',
      line: 12,
      corrected: false,
    });
    const rejected = update(added, {
      type: 'formRejected',
      notice: { kind: 'fields', problems: [{ field: 'date', key: 'desk.form.required' }] },
    });
    expect(rejected.pending).toBe(added.pending);
    expect(rejected.form).toMatchObject({ kind: 'fields' });
  });

  it('makes the saved files today’s data and clears what was pending', () => {
    const read = run(loaded, {
      type: 'read',
      file: 'a.xlsx',
      edit,
      read: readOf([['chomeRecords', pending('records new')]]),
    });
    const current = savedTexts(read);
    expect([...current]).toEqual([
      ['floodEvents', 'events today'],
      ['chomeRecords', 'records new'],
    ]);
    const saved = update(read, {
      type: 'saved',
      files: pendingFiles(read),
      current,
      checked: { data: data('e1', 'e2'), errors: [] },
    });
    expect(saved.current).toBe(current);
    expect(saved.pending.size).toBe(0);
    expect(saved.save).toEqual({ kind: 'saved', files: ['chome_flood_records.csv'] });
  });

  it('discards the changes, their report and the save line, but not the read line', () => {
    const read = run(
      loaded,
      { type: 'read', file: 'a.xlsx', edit, read: readOf([['floodEvents', pending('a')]]) },
      { type: 'readTimed', file: 'a.xlsx', ms: 5 },
      { type: 'saveFailed', reason: 'offline' },
    );
    const discarded = update(read, { type: 'discarded' });
    expect(discarded.pending.size).toBe(0);
    expect(discarded.report).toBeNull();
    expect(discarded.save).toBeNull();
    expect(discarded.status).toBe(read.status);
    expect(baseText(discarded, 'floodEvents')).toBe('events today');
  });

  it('keeps the edits behind what is pending, and a file changed twice logs both changes', () => {
    const record = {} as EventFormInput;
    const twice = run(
      loaded,
      { type: 'read', file: 'a.xlsx', edit, read: readOf([['floodEvents', pending('a')]]) },
      {
        type: 'recordAdded',
        pending: pending('a + record', 'desk form'),
        input: record,
        id: 'E1',
        line: 3,
        corrected: false,
      },
    );
    expect(twice.edits).toEqual([edit, { kind: 'record', input: record }]);
    expect(twice.pending.get('floodEvents')).toEqual({
      text: 'a + record',
      source: 'synthetic.xlsx; desk form',
      change: 'change from synthetic.xlsx / change from desk form',
    });
  });

  it('after a conflict, takes the files as they now are and drops what is pending, to be made again', () => {
    const read = run(loaded, {
      type: 'read',
      file: 'a.xlsx',
      edit,
      read: readOf([['floodEvents', pending('a')]]),
    });
    const conflict = update(read, {
      type: 'saveConflict',
      changed: [{ file: 'flood_events.csv', text: 'events now', diff: null }],
    });
    expect(conflict.save).toMatchObject({ kind: 'conflict' });
    expect(conflict.pending).toBe(read.pending);
    const now = new Map<DatasetId, string>([...today, ['floodEvents', 'events now']]);
    const rebased = update(conflict, {
      type: 'rebased',
      current: now,
      checked: { data: data('e1', 'e9'), errors: [] },
    });
    expect(rebased.current).toBe(now);
    expect(rebased.pending.size).toBe(0);
    expect(rebased.edits).toEqual([]);
    expect(baseText(rebased, 'floodEvents')).toBe('events now');
    expect(update(rebased, { type: 'reapplied', edits: 1 }).save).toEqual({
      kind: 'rebased',
      edits: 1,
    });
  });
});
