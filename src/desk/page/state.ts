// The desk page's whole state, changed only through `update(state, intent)`, like the app's
// (src/state/core-state.ts). Effects (effects.ts) do the work — read a file, check the set,
// save — and report what they found as intents; the view (view.ts) draws from the state.
// Pure: no DOM, no network.
import type { AppData } from '../../data/app-data';
import { datasetById, type DatasetId } from '../../data/catalog';
import type { Problem } from '../../data/problems';
import type { CheckedDataSet, SaveProblem } from '../../data/whole-set-check';
import type { Lang } from '../../i18n/i18n';
import type { TourTexts } from '../../tours/tour-check';
import type { FileDiff } from './data-file-diff';
import type { EventFormInput, FieldProblem } from './event-form-row';
import type { CheckedSet, FileTexts } from './files';
import type { DeskRead, Pending } from './read';

/**
 * One change staff made, kept as it was made so that it can be made again on other files: when
 * the files on disk changed since the desk read them, the pending files are rebuilt from the
 * current ones by replaying these.
 */
export type DeskEdit =
  | {
      readonly kind: 'file';
      readonly name: string;
      readonly bytes: Uint8Array;
      /** YYYY-MM-DD the file was read, for the notes of imported rows. */
      readonly today: string;
    }
  | { readonly kind: 'record'; readonly input: EventFormInput };

/** A file that changed on disk since the desk read it, as the save endpoint answered (409). */
export interface ChangedOnDisk {
  readonly file: string;
  /** Its text now. */
  readonly text: string;
  /** What changed from the text the desk had (null: either does not load). */
  readonly diff: FileDiff | null;
}

/** Which data the preview shows: with the unsaved changes in, or today's. */
export type Showing = 'after' | 'before';

/** What the report section says: about the last file read, or the last record added. */
export type DeskReport =
  | {
      readonly kind: 'read';
      readonly file: string;
      readonly problems: readonly Problem[];
      readonly refused: boolean;
      readonly changes: DeskRead['changes'];
      readonly skipped: DeskRead['skipped'];
      /** The errors the set would have with this file in and has not today (null: not checked yet). */
      readonly cross: readonly SaveProblem[] | null;
    }
  | {
      readonly kind: 'record';
      readonly file: string;
      readonly id: string;
      readonly line: number;
      readonly corrected: boolean;
    };

/** The line under the file input. */
export type ReadStatus =
  | { readonly kind: 'reading'; readonly file: string }
  | { readonly kind: 'read'; readonly file: string; readonly ms: number };

export type SaveStatus =
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly reason: string }
  /** The server's whole-set check found errors the save would bring (422). */
  | { readonly kind: 'refused'; readonly problems: readonly SaveProblem[] }
  /** Files changed on disk since the desk read them (409): nothing written. */
  | { readonly kind: 'conflict'; readonly changed: readonly ChangedOnDisk[] }
  /** The current files were read again and this many changes applied again. */
  | { readonly kind: 'rebased'; readonly edits: number }
  /** A static copy of the site: the files were downloaded, data/ is unchanged. */
  | { readonly kind: 'downloaded'; readonly files: readonly string[] }
  | { readonly kind: 'saved'; readonly files: readonly string[] };

/** What the record form says under its fields. */
export type FormNotice =
  | { readonly kind: 'fields'; readonly problems: readonly FieldProblem[] }
  /** The record reads, but the data checks find errors in its row. */
  | { readonly kind: 'checks'; readonly problems: readonly Problem[] }
  | { readonly kind: 'added'; readonly id: string };

export interface DeskState {
  readonly lang: Lang;
  /** Today's files in data/ (empty until loaded). */
  readonly current: FileTexts;
  /** Today's files, built as the residents' map builds them (null until loaded). */
  readonly currentData: AppData | null;
  /** Today's set checked whole, lessons included: what a save is compared with (null until loaded). */
  readonly currentChecked: CheckedDataSet | null;
  /** data/tours/ as the desk was built with it, for the whole-set check. */
  readonly tours: TourTexts | null;
  /** The changes behind `pending`, in the order made. */
  readonly edits: readonly DeskEdit[];
  /** Replaced files not saved yet, with their change-log lines. */
  readonly pending: ReadonlyMap<DatasetId, Pending>;
  /** The whole set with the pending files in, checked (null: nothing pending). */
  readonly candidate: CheckedSet | null;
  readonly showing: Showing;
  readonly report: DeskReport | null;
  readonly status: ReadStatus | null;
  readonly save: SaveStatus | null;
  readonly form: FormNotice | null;
  /** Today's data is loaded, checked and shown. */
  readonly ready: boolean;
}

export function initialDeskState(lang: Lang): DeskState {
  return {
    lang,
    current: new Map(),
    currentData: null,
    currentChecked: null,
    tours: null,
    edits: [],
    pending: new Map(),
    candidate: null,
    showing: 'after',
    report: null,
    status: null,
    save: null,
    form: null,
    ready: false,
  };
}

export type DeskIntent =
  | { readonly type: 'lang'; readonly lang: Lang }
  | { readonly type: 'show'; readonly showing: Showing }
  | {
      readonly type: 'loaded';
      readonly current: FileTexts;
      readonly checked: CheckedDataSet;
      readonly tours: TourTexts | null;
    }
  | { readonly type: 'ready' }
  | { readonly type: 'readStarted'; readonly file: string }
  | {
      readonly type: 'read';
      readonly file: string;
      readonly read: DeskRead;
      readonly edit: DeskEdit;
    }
  | { readonly type: 'readTimed'; readonly file: string; readonly ms: number }
  | { readonly type: 'checked'; readonly candidate: CheckedSet | null }
  | { readonly type: 'formRejected'; readonly notice: FormNotice & { kind: 'fields' | 'checks' } }
  | {
      readonly type: 'recordAdded';
      readonly pending: Pending;
      readonly input: EventFormInput;
      readonly id: string;
      readonly line: number;
      readonly corrected: boolean;
    }
  | { readonly type: 'saveStarted' }
  | { readonly type: 'saveFailed'; readonly reason: string }
  | { readonly type: 'saveRefused'; readonly problems: readonly SaveProblem[] }
  | { readonly type: 'saveConflict'; readonly changed: readonly ChangedOnDisk[] }
  /**
   * The current files read again (today's files with those changed on disk): the pending changes
   * are dropped, to be applied again from `edits` (each reported as `read` or `recordAdded`).
   */
  | { readonly type: 'rebased'; readonly current: FileTexts; readonly checked: CheckedDataSet }
  | { readonly type: 'reapplied'; readonly edits: number }
  | { readonly type: 'downloaded'; readonly files: readonly string[] }
  /** Written to data/: `current` and `data` are the files as they now are. */
  | {
      readonly type: 'saved';
      readonly files: readonly string[];
      readonly current: FileTexts;
      readonly checked: CheckedDataSet;
    }
  | { readonly type: 'discarded' };

export function update(state: DeskState, intent: DeskIntent): DeskState {
  switch (intent.type) {
    case 'lang':
      return intent.lang === state.lang ? state : { ...state, lang: intent.lang };
    case 'show':
      return intent.showing === state.showing ? state : { ...state, showing: intent.showing };
    case 'loaded':
      return {
        ...state,
        current: intent.current,
        currentData: intent.checked.data,
        currentChecked: intent.checked,
        tours: intent.tours,
      };
    case 'ready':
      return state.ready ? state : { ...state, ready: true };
    case 'readStarted':
      return { ...state, status: { kind: 'reading', file: intent.file }, report: null };
    case 'read': {
      const { problems, refused, changes, replaced, skipped } = intent.read;
      return {
        ...state,
        pending: replaced.size === 0 ? state.pending : withPending(state.pending, replaced),
        edits: replaced.size === 0 ? state.edits : [...state.edits, intent.edit],
        report: {
          kind: 'read',
          file: intent.file,
          problems,
          refused,
          changes,
          skipped,
          cross: null,
        },
      };
    }
    case 'readTimed':
      return { ...state, status: { kind: 'read', file: intent.file, ms: intent.ms } };
    case 'checked': {
      const report =
        state.report?.kind === 'read' && state.report.cross === null
          ? { ...state.report, cross: intent.candidate?.blocking ?? [] }
          : state.report;
      return { ...state, candidate: intent.candidate, report };
    }
    case 'formRejected':
      return { ...state, form: intent.notice };
    case 'recordAdded': {
      const { id, line, corrected } = intent;
      return {
        ...state,
        pending: withPending(state.pending, new Map([['floodEvents', intent.pending]])),
        edits: [...state.edits, { kind: 'record', input: intent.input }],
        form: { kind: 'added', id },
        report: { kind: 'record', file: datasetById('floodEvents').file, id, line, corrected },
      };
    }
    case 'saveStarted':
      return { ...state, save: { kind: 'saving' } };
    case 'saveFailed':
      return { ...state, save: { kind: 'failed', reason: intent.reason } };
    case 'saveRefused':
      return { ...state, save: { kind: 'refused', problems: intent.problems } };
    case 'saveConflict':
      return { ...state, save: { kind: 'conflict', changed: intent.changed } };
    case 'rebased':
      return {
        ...withToday(state, intent.current, intent.checked),
        candidate: null,
        report: null,
        save: null,
      };
    case 'reapplied':
      return { ...state, save: { kind: 'rebased', edits: intent.edits } };
    case 'downloaded':
      return { ...state, save: { kind: 'downloaded', files: intent.files } };
    case 'saved':
      return {
        ...withToday(state, intent.current, intent.checked),
        save: { kind: 'saved', files: intent.files },
      };
    case 'discarded':
      return { ...state, pending: new Map(), edits: [], report: null, save: null };
  }
}

/** `current` as today's files (saved, or read again after a conflict): nothing pending. */
function withToday(state: DeskState, current: FileTexts, checked: CheckedDataSet): DeskState {
  return {
    ...state,
    current,
    currentData: checked.data,
    currentChecked: checked,
    pending: new Map(),
    edits: [],
  };
}

/**
 * `pending` with `more` put in: a file changed again keeps the newer text, and its change-log line
 * says both changes, so the line a reviewer reads lists everything that one save does.
 */
function withPending(
  pending: ReadonlyMap<DatasetId, Pending>,
  more: ReadonlyMap<DatasetId, Pending>,
): ReadonlyMap<DatasetId, Pending> {
  const out = new Map(pending);
  for (const [id, p] of more) {
    const was = out.get(id);
    out.set(
      id,
      was
        ? {
            text: p.text,
            source: was.source === p.source ? p.source : `${was.source}; ${p.source}`,
            change: `${was.change} / ${p.change}`,
          }
        : p,
    );
  }
  return out;
}

/** The text a new change starts from: the unsaved one if any, else today's. */
export function baseText(state: DeskState, id: DatasetId): string {
  return state.pending.get(id)?.text ?? state.current.get(id) ?? '';
}

/** The pending files' texts, as the checks take them. */
export function pendingTexts(state: DeskState): FileTexts {
  return new Map([...state.pending].map(([id, p]) => [id, p.text]));
}

/** Today's files with the pending ones written over them: data/ once saved. */
export function savedTexts(state: DeskState): FileTexts {
  return new Map([...state.current, ...pendingTexts(state)]);
}

/** File names of the pending changes, in the order they were made. */
export function pendingFiles(state: DeskState): string[] {
  return [...state.pending.keys()].map((id) => datasetById(id).file);
}

/** Save is offered when something is pending, the set has no errors and no save is running. */
export function canSave(state: DeskState): boolean {
  const blocked = state.candidate !== null && state.candidate.blocking.length > 0;
  return state.pending.size > 0 && !blocked && state.save?.kind !== 'saving';
}

/** The data the preview draws. */
export function shownData(state: DeskState): AppData | null {
  return state.showing === 'after' && state.candidate ? state.candidate.data : state.currentData;
}

/** Events in the candidate set that today's data does not have, for the timeline's caption. */
export function newEventIds(state: DeskState): string[] {
  const before = new Set(state.currentData?.history?.events.map((e) => e.id) ?? []);
  return (state.candidate?.data.history?.events ?? [])
    .map((e) => e.id)
    .filter((id) => !before.has(id));
}
