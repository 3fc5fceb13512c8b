// What the data desk's "save" endpoint does (scripts/desk-save-plugin.ts registers it in
// `npm run dev`; the built site has no server and downloads the files instead). It writes only the
// bundled data files the catalogue names, only for requests from this machine
// (local-json-endpoint.ts), only when each file on disk is still the version the desk started
// from (409 otherwise, with the files as they now are), only when the whole set, lessons included,
// has no error it does not have today (422, naming the file, row and reference); then every file,
// its dated backup in data/backups/ and its line in data/CHANGELOG-data.csv are written all or
// nothing (data-save.ts, the same writer as npm run data:import-chome-table).
import type { ChangeLogEntry } from '../src/data/data-change-log';
import type { SaveProblem } from '../src/data/whole-set-check';
// Problems are worded with the page's texts, every language registered at once.
import '../src/i18n/register-all-texts';
import { isLang, joinList, type Lang } from '../src/i18n/i18n';
import { datasetForFile } from '../src/desk/page/files';
import { describeSaveProblem } from '../src/desk/page/save-problems';
import { td } from '../src/desk/page/texts';
import {
  changedSince,
  checkSave,
  commitSave,
  nodeFs,
  rowCount,
  type ChangedFile,
  type SaveFs,
} from './data-save';
import { DESK_SAVE } from './desk-save-plugin';
import { localJsonEndpoint } from './local-json-endpoint';

/** What the desk sends: new file texts by file name, the versions it read, and what they came from. */
export interface DeskSaveRequest {
  readonly files: Readonly<Record<string, string>>;
  /** textVersion() of each file as the desk read it, by file name: at least every file sent. */
  readonly base: Readonly<Record<string, string>>;
  /** The file staff read, or "desk form" for a record typed in the desk. */
  readonly source: string;
  /** One line for the change log. */
  readonly change: string;
  /** The change-log line of each file, when the files changed differently. */
  readonly changes?: Readonly<Record<string, string>>;
  /** The page's language, for the reply's error. */
  readonly lang?: Lang;
}

export interface DeskSaveReply {
  readonly ok: boolean;
  readonly written?: readonly ChangeLogEntry[];
  readonly error?: string;
  /** 422: the errors the save would bring. */
  readonly problems?: readonly SaveProblem[];
  /** 409: files that changed on disk since the desk read them (and others named in `base`). */
  readonly changed?: readonly ChangedFile[];
}

const isTextRecord = (v: unknown): v is Record<string, string> =>
  typeof v === 'object' &&
  v !== null &&
  Object.values(v as Record<string, unknown>).every((t) => typeof t === 'string');

export function parseRequest(body: string): DeskSaveRequest | string {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return 'not JSON';
  }
  const v = value as Partial<DeskSaveRequest> | null;
  if (!v || typeof v.files !== 'object' || v.files === null) return 'no files';
  if (typeof v.source !== 'string' || typeof v.change !== 'string') return 'no source or change';
  const names = Object.keys(v.files);
  if (names.length === 0) return 'no files';
  for (const name of names) {
    if (!datasetForFile(name)) return `not a data file of this project: ${name}`;
    if (typeof v.files[name] !== 'string') return `not text: ${name}`;
  }
  if (!isTextRecord(v.base)) return 'no base versions';
  for (const name of [...names, ...Object.keys(v.base)]) {
    if (!datasetForFile(name)) return `not a data file of this project: ${name}`;
    if (v.base[name] === undefined) return `no base version of ${name}`;
  }
  if (v.changes !== undefined && !isTextRecord(v.changes)) return 'changes are not text';
  return v as DeskSaveRequest;
}

/**
 * Checks and writes one save. Returns the HTTP status and the reply; touches data/ only when
 * every check has passed, and then writes all of it or nothing.
 */
export function saveDataFiles(
  dataDir: string,
  request: DeskSaveRequest,
  at: Date,
  fs: SaveFs = nodeFs,
): { status: number; reply: DeskSaveReply } {
  const lang: Lang = isLang(request.lang) ? request.lang : 'ja';
  const changed = changedSince(dataDir, request.base);
  const conflicts = changed.filter((c) => request.files[c.file] !== undefined);
  if (conflicts.length > 0) {
    const files = joinList(
      lang,
      conflicts.map((c) => c.file),
    );
    return {
      status: 409,
      reply: { ok: false, error: td(lang, 'desk.conflict.heading', { files }), changed },
    };
  }
  const replaced = new Map(
    Object.entries(request.files).map(([name, text]) => [datasetForFile(name)!.id, text]),
  );
  const problems = checkSave(dataDir, replaced);
  if (problems.length > 0) {
    return {
      status: 422,
      reply: {
        ok: false,
        error: problems
          .slice(0, 5)
          .map((p) => describeSaveProblem(p, lang))
          .join('\n'),
        problems,
      },
    };
  }
  try {
    const written = commitSave(
      dataDir,
      Object.entries(request.files).map(([name, text]) => ({
        name,
        text,
        rows: rowCount(name, text),
        change: request.changes?.[name] ?? request.change,
        source: request.source,
      })),
      at,
      fs,
    );
    return { status: 200, reply: { ok: true, written } };
  } catch (e) {
    return {
      status: 500,
      reply: { ok: false, error: td(lang, 'desk.save.notWritten', { reason: String(e) }) },
    };
  }
}

/** The desk's connect middleware (see localJsonEndpoint). */
export function deskSaveHandler(dataDir: string, now: () => Date = () => new Date()) {
  return localJsonEndpoint<DeskSaveReply>(DESK_SAVE.path, DESK_SAVE.maxBytes, (body) => {
    const request = parseRequest(body);
    if (typeof request === 'string') return { status: 400, reply: { ok: false, error: request } };
    return saveDataFiles(dataDir, request, now());
  });
}
