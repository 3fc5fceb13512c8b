// What the data desk's "save" endpoint does (scripts/desk-save-plugin.ts registers it in
// `npm run dev`; the built site has no server and downloads the files instead). It writes only the bundled data files the catalogue
// names, only for requests from this machine, only when the whole set still passes the checks of
// `npm run data:check`; it keeps each replaced file in data/backups/ and logs a dated line in
// data/CHANGELOG-data.csv (the same writer as npm run data:import-chome-table).
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { catalog, type DatasetId } from '../src/data/catalog';
// Problems are worded with the page's texts, every language registered at once.
import '../src/i18n/register-all-texts';
import { formatProblem, hasErrors } from '../src/data/problems';
import { parseCsvTable } from '../src/desk/chome-table/csv-table';
import {
  appendChangeLog,
  backupName,
  CHANGE_LOG_FILE,
  localTimestamp,
  type ChangeLogEntry,
} from '../src/data/data-change-log';
import { checkCandidate, datasetForFile } from '../src/desk/page/files';
import { DESK_SAVE } from './desk-save-plugin';

/** What the desk sends: new file texts by file name, and what they came from. */
export interface DeskSaveRequest {
  readonly files: Readonly<Record<string, string>>;
  /** The file staff read, or "form" for a record typed in the desk. */
  readonly source: string;
  /** One line for the change log. */
  readonly change: string;
}

export interface DeskSaveReply {
  readonly ok: boolean;
  readonly written?: readonly ChangeLogEntry[];
  readonly error?: string;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/u;

export function isLoopback(address: string | undefined): boolean {
  return LOOPBACK.test(address ?? '');
}

/** Whether a request's Origin header (if any) is this server; an unreadable one ("null") is not. */
export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The request body as text, or null when it is larger than `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
    });
    req.on('end', () => done(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function parseRequest(body: string): DeskSaveRequest | string {
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
  return v as DeskSaveRequest;
}

/**
 * Checks and writes one save. Returns the HTTP status and the reply; touches data/ only when
 * every check has passed.
 */
export function saveDataFiles(
  dataDir: string,
  request: DeskSaveRequest,
  at: Date,
): { status: number; reply: DeskSaveReply } {
  const current = new Map<DatasetId, string>();
  for (const meta of catalog) {
    const path = join(dataDir, meta.file);
    if (existsSync(path)) current.set(meta.id, readFileSync(path, 'utf8'));
  }
  const replaced = new Map<DatasetId, string>();
  for (const [name, text] of Object.entries(request.files)) {
    replaced.set(datasetForFile(name)!.id, text);
  }
  const { problems } = checkCandidate(current, replaced);
  if (hasErrors(problems)) {
    const first = problems.filter((p) => p.severity === 'error').slice(0, 5);
    return {
      status: 422,
      reply: { ok: false, error: first.map((p) => formatProblem(p, 'en')).join('\n') },
    };
  }
  const entries: ChangeLogEntry[] = [];
  for (const [name, text] of Object.entries(request.files)) {
    const target = join(dataDir, name);
    const before = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (before === text) continue;
    let backup = '';
    if (before !== null) {
      backup = backupName(name, at);
      for (let n = 2; existsSync(join(dataDir, backup)); n++)
        backup = backupName(name, at).replace(/(\.\w+)$/u, `-${n}$1`);
      mkdirSync(dirname(join(dataDir, backup)), { recursive: true });
      writeFileSync(join(dataDir, backup), before);
    }
    // Write beside the target, then rename: the app never reads half a file.
    writeFileSync(`${target}.tmp`, text);
    renameSync(`${target}.tmp`, target);
    const meta = datasetForFile(name)!;
    const rows =
      meta.schema.kind === 'csv'
        ? parseCsvTable(text).rows.length
        : ((JSON.parse(text) as { features?: unknown[] }).features?.length ?? 0);
    entries.push({
      date: localTimestamp(at),
      file: name,
      rows,
      change: request.change,
      source: request.source,
      backup,
    });
  }
  if (entries.length > 0) {
    const log = join(dataDir, CHANGE_LOG_FILE);
    writeFileSync(
      log,
      appendChangeLog(existsSync(log) ? readFileSync(log, 'utf8') : null, entries),
    );
  }
  return { status: 200, reply: { ok: true, written: entries } };
}

/**
 * A dev-server endpoint that writes files: refuses anything but a same-machine, same-origin JSON
 * POST of at most `maxBytes`, then gives the body to `handle` (which checks it again before writing).
 * Shared by the data desk and the lesson maker.
 */
export function localJsonEndpoint<R>(
  path: string,
  maxBytes: number,
  handle: (body: string) => { readonly status: number; readonly reply: R | ErrorReply },
) {
  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    if ((req.url ?? '').split('?')[0] !== path) return next();
    const send = (status: number, reply: R | ErrorReply): void => {
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(reply));
    };
    if (!isLoopback(req.socket.remoteAddress)) {
      return send(403, { ok: false, error: 'only from this machine' });
    }
    if (req.method !== 'POST') return send(405, { ok: false, error: 'POST only' });
    // A page from another site open in the same browser must not be able to write files.
    if (!sameOrigin(req.headers.origin, req.headers.host)) {
      return send(403, { ok: false, error: 'other origin' });
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(415, { ok: false, error: 'JSON only' });
    }
    const body = await readBody(req, maxBytes);
    if (body === null) return send(413, { ok: false, error: 'too large' });
    const { status, reply } = handle(body);
    send(status, reply);
  };
}

export interface ErrorReply {
  readonly ok: false;
  readonly error: string;
}

/** The desk's connect middleware (see localJsonEndpoint). */
export function deskSaveHandler(dataDir: string, now: () => Date = () => new Date()) {
  return localJsonEndpoint<DeskSaveReply>(DESK_SAVE.path, DESK_SAVE.maxBytes, (body) => {
    const request = parseRequest(body);
    if (typeof request === 'string') return { status: 400, reply: { ok: false, error: request } };
    return saveDataFiles(dataDir, request, now());
  });
}
