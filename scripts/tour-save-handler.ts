// What the lesson maker's "save into data/tours/" endpoint does (tour-save-plugin.ts registers it
// in `npm run dev`). Like the data desk's endpoint: only requests from this machine, addressed to
// it and sent from its pages by a loopback name (local-json-endpoint.ts), only a lesson that passes
// the checks of `npm run data:check` (the tours' schema and the chome, stations and records it
// selects), a dated backup of every file it replaces (an existing tour is never overwritten
// without one), and a line in data/CHANGELOG-data.csv, all written or none (data-save.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
// Problems are worded with the page's texts, every language registered at once.
import '../src/i18n/register-all-texts';
import { formatProblem, hasErrors, type Problem } from '../src/data/problems';
import { validateDataset } from '../src/data/validate-dataset';
import { catalog } from '../src/data/catalog';
import type { DatasetResult } from '../src/data/validate-dataset';
import type { ChangeLogEntry } from '../src/data/data-change-log';
import { parseTours, type TourRefs } from '../src/tours/parse-tour';
import { tourRefs } from '../src/tours/tour-refs';
import { TOURS_INDEX_FILE } from '../src/tours/tour-schema';
import { mergeIndexCsv } from '../src/tours/editor/tour-csv';
import { commitSave, nodeFs, TOURS_DIR, type SaveFs } from './data-save';
import { localJsonEndpoint } from './local-json-endpoint';
import { TOUR_SAVE } from './tour-save-plugin';

/** What the lesson maker sends: the tour's id and its two files (tours.csv row, steps). */
export interface TourSaveRequest {
  readonly id: string;
  readonly index: string;
  readonly steps: string;
}

export interface TourSaveReply {
  readonly ok: boolean;
  readonly written?: readonly ChangeLogEntry[];
  readonly error?: string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/u;

export function parseTourRequest(body: string): TourSaveRequest | string {
  let v: unknown;
  try {
    v = JSON.parse(body);
  } catch {
    return 'not JSON';
  }
  const r = v as Partial<TourSaveRequest> | null;
  if (
    !r ||
    typeof r.id !== 'string' ||
    typeof r.index !== 'string' ||
    typeof r.steps !== 'string'
  ) {
    return 'id, index and steps are required';
  }
  // The id becomes a file name: nothing but a slug (no folders, no "..", not tours.csv).
  if (!SLUG.test(r.id) || `${r.id}.csv` === TOURS_INDEX_FILE) return `not a tour id: ${r.id}`;
  return r as TourSaveRequest;
}

/** The chome, stations and records in data/, for checking what a step selects (as data:check). */
function refsIn(dataDir: string): TourRefs {
  const read = (id: string): DatasetResult | null => {
    const meta = catalog.find((d) => d.id === id);
    const path = meta ? join(dataDir, meta.file) : '';
    return meta && existsSync(path) ? validateDataset(meta, readFileSync(path, 'utf8')) : null;
  };
  const geo = (id: string) => {
    const r = read(id);
    return r?.kind === 'geojson' ? r.data : null;
  };
  const events = read('floodEvents');
  return tourRefs(geo('chome'), geo('stations'), events?.kind === 'csv' ? events.rows : null);
}

/** Checks and writes one lesson; touches data/ only when every check has passed. */
export function saveTour(
  dataDir: string,
  request: TourSaveRequest,
  at: Date,
  fs: SaveFs = nodeFs,
): { status: number; reply: TourSaveReply } {
  const dir = join(dataDir, TOURS_DIR);
  const indexPath = join(dir, TOURS_INDEX_FILE);
  const indexBefore = existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : '';
  const file = `${request.id}.csv`;
  // The lesson alone first (its own row), then the merged index with every tour's steps as data:check reads it.
  const refs = refsIn(dataDir);
  const own = parseTours(request.index, new Map([[file, request.steps]]), refs);
  const tour = own.tours.find((t) => t.id === request.id);
  const problems: Problem[] = [...own.problems];
  if (tour && !hasErrors(problems)) {
    const steps = new Map(
      (existsSync(dir) ? readdirSync(dir) : [])
        .filter((f) => f.endsWith('.csv') && f !== TOURS_INDEX_FILE)
        .map((f): [string, string] => [f, readFileSync(join(dir, f), 'utf8')]),
    );
    steps.set(file, request.steps);
    problems.push(
      ...parseTours(mergeIndexCsv(indexBefore, tour), steps, refs).problems.filter(
        (p) => p.severity === 'error',
      ),
    );
  }
  if (!tour && !hasErrors(problems)) {
    problems.push({
      severity: 'error',
      code: 'fetchFailed',
      file: TOURS_INDEX_FILE,
      params: { detail: `no row ${request.id}` },
    });
  }
  if (hasErrors(problems) || !tour) {
    const first = problems.filter((p) => p.severity === 'error').slice(0, 5);
    return {
      status: 422,
      reply: { ok: false, error: first.map((p) => formatProblem(p, 'ja')).join('\n') },
    };
  }
  const index = mergeIndexCsv(indexBefore, tour);
  try {
    const written = commitSave(
      dataDir,
      [
        { name: `${TOURS_DIR}/${file}`, text: request.steps, rows: tour.steps.length },
        {
          name: `${TOURS_DIR}/${TOURS_INDEX_FILE}`,
          text: index,
          rows: index.trim().split('\n').length - 1,
        },
      ].map((f) => ({
        ...f,
        change: `lesson ${request.id} saved from the lesson maker`,
        source: 'lesson maker',
      })),
      at,
      fs,
    );
    return { status: 200, reply: { ok: true, written } };
  } catch (e) {
    return { status: 500, reply: { ok: false, error: `nothing written: ${String(e)}` } };
  }
}

/** The lesson maker's connect middleware (see localJsonEndpoint in desk-save-handler.ts). */
export function tourSaveHandler(dataDir: string, now: () => Date = () => new Date()) {
  return localJsonEndpoint<TourSaveReply>(TOUR_SAVE.path, TOUR_SAVE.maxBytes, (body) => {
    const request = parseTourRequest(body);
    if (typeof request === 'string') return { status: 400, reply: { ok: false, error: request } };
    return saveTour(dataDir, request, now());
  });
}
