// The desk's work, each step reported to the store as an intent: load today's data, read a file,
// add a record from the form, re-check the whole set, save, discard. The state decides what the
// page shows (view.ts); these functions only decide what happened.
import { buildAppData } from '../../data/app-data';
import { datasetById } from '../../data/catalog';
import { localTimestamp } from '../../data/data-change-log';
import { baseText, pendingFiles, pendingTexts, savedTexts, type DeskState } from './state';
import type { DeskStore } from './store';
import { eventFormRow, withEventRow, type EventFormInput } from './event-form-row';
import { checkCandidate, loadedFiles } from './files';
import { loadCurrentTexts } from './load';
import type { DeskPreview } from './preview';
import { readDeskFile, refusedRead, type DeskRead } from './read';
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
}

/** The whole set with the pending files in, checked as `npm run data:check` checks data/. */
const checked = (state: DeskState) =>
  state.pending.size === 0 ? null : checkCandidate(state.current, pendingTexts(state));

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

  return {
    async load() {
      const current = await loadCurrentTexts();
      dispatch({ type: 'loaded', current, data: buildAppData(loadedFiles(current)) });
      await recheck();
      dispatch({ type: 'ready' });
    },

    async readFile(file) {
      const started = performance.now();
      dispatch({ type: 'readStarted', file: file.name });
      await frame();
      const data = store.state.currentData;
      const boundaries = data?.features.get('chome');
      if (!boundaries) return;
      // The size is checked before the file is read: a file too large is never held in memory.
      const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
      const tooLarge = sizeRefusal(file.name, detectFileKind(head), file.size);
      const state = store.state;
      let read: DeskRead;
      if (tooLarge) read = refusedRead(tooLarge);
      else {
        const bytes = new Uint8Array(await file.arrayBuffer());
        const today = localTimestamp(new Date()).slice(0, 10);
        const chome = chomeEntriesOf(boundaries);
        read = await readDeskFile(
          file.name,
          bytes,
          (id) => baseText(state, id),
          (name, b) => readTable(name, b, chome),
          today,
        );
      }
      dispatch({ type: 'read', file: file.name, read });
      await recheck();
      dispatch({ type: 'readTimed', file: file.name, ms: Math.round(performance.now() - started) });
    },

    addRecord(input) {
      const state = store.state;
      const result = eventFormRow(input, state.currentData?.chomeIndex ?? null);
      if (!result.row) {
        dispatch({ type: 'formRejected', notice: { kind: 'fields', problems: result.problems } });
        return;
      }
      const file = datasetById('floodEvents').file;
      const { text, line } = withEventRow(baseText(state, 'floodEvents'), result.row);
      // The same checks as data:check, on the file with this record in, and against the others.
      const problems = checkCandidate(state.current, new Map([['floodEvents', text]])).problems;
      const mine = problems.filter(
        (p) => p.severity === 'error' && p.file === file && (p.row === line || p.row === undefined),
      );
      if (mine.length > 0) {
        dispatch({ type: 'formRejected', notice: { kind: 'checks', problems: mine } });
        return;
      }
      const id = result.row.id ?? '';
      const corrected = state.current.get('floodEvents')?.includes(`\n${id},`) ?? false;
      const change = `記録の${corrected ? '訂正' : '追加'}: ${id}`;
      dispatch({
        type: 'recordAdded',
        pending: { text, source: 'desk form', change },
        id,
        line,
        corrected,
      });
      void recheck();
    },

    async save() {
      const state = store.state;
      if (state.pending.size === 0) return;
      dispatch({ type: 'saveStarted' });
      const pending = [...state.pending.values()];
      const result = await saveFiles(doc, {
        files: new Map([...state.pending].map(([id, p]) => [datasetById(id).file, p.text])),
        source: [...new Set(pending.map((p) => p.source))].join('; '),
        change: [...new Set(pending.map((p) => p.change))].join(' / '),
      });
      const files = pendingFiles(state);
      if (result.kind === 'failed') {
        dispatch({ type: 'saveFailed', reason: result.reason });
      } else if (result.kind === 'downloaded') {
        dispatch({ type: 'downloaded', files });
      } else {
        const current = savedTexts(state);
        dispatch({ type: 'saved', files, current, data: buildAppData(loadedFiles(current)) });
        await recheck();
      }
    },

    discard() {
      dispatch({ type: 'discarded' });
      void recheck();
    },
  };
}
