// The desk's work, each step reported to the store as an intent: load today's data, read a file,
// add a record from the form, re-check the whole set, save, discard, and, when the files changed
// on disk since the desk read them, read them again and make the staff's changes again on them.
// The state decides what the page shows (view.ts); these functions only decide what happened.
import { datasetById, type DatasetId } from '../../data/catalog';
import { localTimestamp } from '../../data/data-change-log';
import { checkDataSet, type ExtraCheck } from '../../data/whole-set-check';
import { tourCheck } from '../../tours/tour-check';
import { loadTourTexts } from '../../tours/tour-texts';
import {
  baseText,
  pendingFiles,
  pendingTexts,
  savedTexts,
  type ChangedOnDisk,
  type DeskEdit,
  type DeskState,
} from './state';
import type { DeskStore } from './store';
import { diffDataFile } from './data-file-diff';
import { eventFormRow, withEventRow, type EventFormInput } from './event-form-row';
import { checkCandidate, datasetForFile } from './files';
import { loadCurrentTexts } from './load';
import type { DeskPreview } from './preview';
import { readDeskFile, refusedRead } from './read';
import type { TableReader } from './table-reader';
import { chomeEntriesOf } from '../../data/assemble-history';
import { detectFileKind, SNIFF_BYTES } from '../chome-table/file-kind';
import { sizeRefusal } from '../chome-table/limits';
import { saveFiles } from './save';

export interface DeskEffectsOptions {
  readonly doc: Document;
  readonly store: DeskStore;
  readonly preview: Pick<DeskPreview, 'drawn'>;
  /** Resolves once the page has painted (so "reading…" shows before a long read). */
  readonly frame: () => Promise<void>;
  /** Reads the ward's table off the page's thread (table-reader.ts). */
  readonly readTable: TableReader;
}

export interface DeskEffects {
  load(): Promise<void>;
  readFile(file: File): Promise<void>;
  addRecord(input: EventFormInput): void;
  save(): Promise<void>;
  discard(): void;
  /** After a 409: the files as they now are, with the staff's changes made again on them. */
  reload(): Promise<void>;
}

const lessons = (state: DeskState): ExtraCheck | undefined =>
  state.tours ? tourCheck(state.tours) : undefined;

/** The whole set with the pending files in, checked as `npm run data:check` checks data/. */
const checked = (state: DeskState) =>
  state.pending.size === 0
    ? null
    : checkCandidate(
        state.current,
        pendingTexts(state),
        lessons(state),
        state.currentChecked ?? undefined,
      );

export function deskEffects({
  doc,
  store,
  preview,
  frame,
  readTable,
}: DeskEffectsOptions): DeskEffects {
  const dispatch = (intent: Parameters<DeskStore['dispatch']>[0]): void => store.dispatch(intent);

  /** Re-checks the candidate set; resolves once the preview shows the result. */
  async function recheck(): Promise<void> {
    dispatch({ type: 'checked', candidate: checked(store.state) });
    await preview.drawn();
  }

  /** Reads a file's bytes as a change on top of the pending ones. */
  async function applyFile(edit: DeskEdit & { kind: 'file' }): Promise<void> {
    const boundaries = store.state.currentData?.features.get('chome');
    if (!boundaries) return;
    const state = store.state;
    const base = (id: DatasetId) => baseText(state, id);
    const chome = chomeEntriesOf(boundaries);
    const read = await readDeskFile(
      edit.name,
      edit.bytes,
      base,
      (name, bytes) => readTable(name, bytes, chome),
      edit.today,
    );
    dispatch({ type: 'read', file: edit.name, read, edit });
  }

  /** Adds the form's record on top of the pending changes; false when it was refused. */
  function applyRecord(input: EventFormInput): boolean {
    const state = store.state;
    const result = eventFormRow(input, state.currentData?.chomeIndex ?? null);
    if (!result.row) {
      dispatch({ type: 'formRejected', notice: { kind: 'fields', problems: result.problems } });
      return false;
    }
    const file = datasetById('floodEvents').file;
    const { text, line } = withEventRow(baseText(state, 'floodEvents'), result.row);
    // The same checks as data:check, on the file with this record in, and against the others.
    const problems = checkCandidate(
      state.current,
      new Map([['floodEvents', text]]),
      undefined,
      state.currentChecked ?? undefined,
    ).problems;
    const mine = problems.filter(
      (p) => p.severity === 'error' && p.file === file && (p.row === line || p.row === undefined),
    );
    if (mine.length > 0) {
      dispatch({ type: 'formRejected', notice: { kind: 'checks', problems: mine } });
      return false;
    }
    const id = result.row.id ?? '';
    const corrected = state.current.get('floodEvents')?.includes(`\n${id},`) ?? false;
    const change = `記録の${corrected ? '訂正' : '追加'}: ${id}`;
    dispatch({
      type: 'recordAdded',
      pending: { text, source: 'desk form', change },
      input,
      id,
      line,
      corrected,
    });
    return true;
  }

  return {
    async load() {
      const [current, tours] = await Promise.all([
        loadCurrentTexts(),
        loadTourTexts().catch((e: unknown) => {
          console.warn('data/tours/', e);
          return null;
        }),
      ]);
      const extra = tours ? tourCheck(tours) : undefined;
      dispatch({ type: 'loaded', current, checked: checkDataSet(current, extra), tours });
      await recheck();
      dispatch({ type: 'ready' });
    },

    async readFile(file) {
      const started = performance.now();
      dispatch({ type: 'readStarted', file: file.name });
      await frame();
      const today = localTimestamp(new Date()).slice(0, 10);
      // The size is checked before the file is read: a file too large is never held in memory.
      const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
      const tooLarge = sizeRefusal(file.name, detectFileKind(head), file.size);
      if (tooLarge) {
        // Nothing to make again after a reload: a refused file replaces nothing.
        const edit = { kind: 'file', name: file.name, bytes: new Uint8Array(), today } as const;
        dispatch({ type: 'read', file: file.name, read: refusedRead(tooLarge), edit });
      } else {
        const bytes = new Uint8Array(await file.arrayBuffer());
        await applyFile({ kind: 'file', name: file.name, bytes, today });
      }
      await recheck();
      dispatch({ type: 'readTimed', file: file.name, ms: Math.round(performance.now() - started) });
    },

    addRecord(input) {
      if (applyRecord(input)) void recheck();
    },

    async save() {
      const state = store.state;
      if (state.pending.size === 0) return;
      dispatch({ type: 'saveStarted' });
      const pending = [...state.pending];
      const result = await saveFiles(doc, {
        files: new Map(pending.map(([id, p]) => [datasetById(id).file, p.text])),
        base: state.current,
        changes: new Map(pending.map(([id, p]) => [datasetById(id).file, p.change])),
        source: [...new Set(pending.map(([, p]) => p.source))].join('; '),
        lang: state.lang,
      });
      const files = pendingFiles(state);
      if (result.kind === 'failed') {
        dispatch({ type: 'saveFailed', reason: result.reason });
      } else if (result.kind === 'refused') {
        dispatch({ type: 'saveRefused', problems: result.problems });
      } else if (result.kind === 'conflict') {
        const changed: ChangedOnDisk[] = result.changed.map(({ file, text }) => {
          const meta = datasetForFile(file);
          const before = meta ? state.current.get(meta.id) : undefined;
          const diff = meta && before !== undefined ? diffDataFile(meta.id, before, text) : null;
          return { file, text, diff };
        });
        dispatch({ type: 'saveConflict', changed });
      } else if (result.kind === 'downloaded') {
        dispatch({ type: 'downloaded', files });
      } else {
        const current = savedTexts(state);
        const extra = lessons(state);
        dispatch({ type: 'saved', files, current, checked: checkDataSet(current, extra) });
        await recheck();
      }
    },

    discard() {
      dispatch({ type: 'discarded' });
      void recheck();
    },

    async reload() {
      const state = store.state;
      if (state.save?.kind !== 'conflict') return;
      const current = new Map(state.current);
      for (const { file, text } of state.save.changed) {
        const meta = datasetForFile(file);
        if (meta) current.set(meta.id, text);
      }
      const edits = state.edits;
      dispatch({ type: 'rebased', current, checked: checkDataSet(current, lessons(state)) });
      for (const edit of edits) {
        if (edit.kind === 'file') await applyFile(edit);
        else applyRecord(edit.input);
      }
      await recheck();
      dispatch({ type: 'reapplied', edits: edits.length });
    },
  };
}
