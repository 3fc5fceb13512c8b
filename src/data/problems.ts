import { t, type Lang } from '../i18n/i18n';

/** Every kind of data problem the validators report. Each has a message in every language. */
export type ProblemCode =
  | 'fetchFailed'
  | 'tooLarge'
  | 'notJson'
  | 'notFeatureCollection'
  | 'noFeatures'
  | 'notFeature'
  | 'noGeometry'
  | 'geometryType'
  | 'badCoordinates'
  | 'ringNotClosed'
  | 'ringTooShort'
  | 'lonLatRange'
  | 'coordsSwapped'
  | 'outOfArea'
  | 'missingField'
  | 'emptyField'
  | 'wrongType'
  | 'badPattern'
  | 'duplicateId'
  | 'missingColumn'
  | 'csvParse'
  | 'chomeNameMismatch'
  | 'chomeNotFound'
  | 'chomeMissingPoint'
  | 'chomeUnmatched'
  | 'unknownEvent'
  | 'unknownStation'
  | 'unknownTown'
  | 'unknownPlace'
  // The ward's 町丁別浸水実績一覧 (src/desk/): a file that is not that layout, and cell checks.
  | 'tableRefused'
  | 'chomeTwice'
  | 'nameMissing'
  | 'dateHeader'
  | 'dateTwice'
  | 'countNotNumber'
  | 'countNegative'
  | 'countFraction'
  | 'totalMismatch'
  | 'wardDiffers'
  | 'columnIgnored';

export interface Problem {
  readonly severity: 'error' | 'warning';
  readonly code: ProblemCode;
  /** File name as the user knows it (no folders). */
  readonly file: string;
  /** 0-based index into `features` of a GeoJSON file. */
  readonly featureIndex?: number;
  /** 1-based line number as shown by a spreadsheet program (the header is line 1). */
  readonly row?: number;
  /** Worksheet of a spreadsheet (absent for CSV). */
  readonly sheet?: string;
  /** Cell as a spreadsheet program shows it (F14); shown instead of the row when present. */
  readonly cell?: string;
  readonly field?: string;
  readonly value?: unknown;
  readonly params?: Readonly<Record<string, string | number>>;
}

/** Whole-file problems: the file cannot be used at all. */
export const FILE_LEVEL_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'fetchFailed',
  'tooLarge',
  'notJson',
  'notFeatureCollection',
  'noFeatures',
  'missingColumn',
  'csvParse',
  'tableRefused',
]);

export function isFileLevel(problem: Problem): boolean {
  return FILE_LEVEL_CODES.has(problem.code);
}

export function showValue(value: unknown): string {
  if (value === undefined) return '';
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
  const shown = text ?? String(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}…` : shown;
}

/** Sheet1!F14 as spreadsheet programs write it (quoted when the sheet name has spaces or marks). */
function cellLabel(sheet: string | undefined, cell: string, lang: Lang): string {
  if (sheet === undefined) return t(lang, 'v.at.cell', { cell });
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${cell}`;
}

/** One line naming file, place, field, what is wrong and the offending value. */
export function formatProblem(problem: Problem, lang: Lang): string {
  const where: string[] = [problem.file];
  if (problem.featureIndex !== undefined) {
    // People count from 1; featureIndex stays 0-based for code.
    where.push(t(lang, 'v.at.feature', { n: String(problem.featureIndex + 1) }));
  }
  if (problem.cell !== undefined) where.push(cellLabel(problem.sheet, problem.cell, lang));
  else if (problem.row !== undefined) where.push(t(lang, 'v.at.row', { n: String(problem.row) }));
  if (problem.field !== undefined) where.push(t(lang, 'v.at.field', { field: problem.field }));
  const params: Record<string, string | number> = { ...problem.params };
  if (problem.field !== undefined) params.field = problem.field;
  // Parameters given in both languages (expected_ja / expected_en, reason_ja / reason_en).
  const suffix = lang === 'en' ? '_en' : '_ja';
  for (const [key, text] of Object.entries(params)) {
    if (key.endsWith(suffix)) params[key.slice(0, -suffix.length)] = text;
  }
  if (params.value === undefined) {
    params.value =
      problem.value === undefined
        ? '—'
        : typeof problem.value === 'string'
          ? problem.value
          : showValue(problem.value);
  }
  const message = t(lang, `v.${problem.code}`, params);
  const value =
    problem.value !== undefined ? ` (${t(lang, 'v.value', { value: showValue(problem.value) })})` : '';
  const sep = lang === 'en' ? ', ' : '、';
  return `${where.join(sep)}: ${message}${value}`;
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** Problems grouped by the file they are in, in the order found. */
export type ProblemsByFile = ReadonlyMap<string, readonly Problem[]>;

/** Groups problems by file, keeping every problem of a file (and `into`'s before them). */
export function problemsByFile(
  problems: Iterable<Problem>,
  into: ProblemsByFile = new Map(),
): ProblemsByFile {
  const out = new Map<string, Problem[]>([...into].map(([file, ps]) => [file, [...ps]]));
  for (const p of problems) {
    const list = out.get(p.file);
    if (list) list.push(p);
    else out.set(p.file, [p]);
  }
  return out;
}

/** `current` with `added`'s problems after each file's own (the same map when nothing is added). */
export function mergeProblems(current: ProblemsByFile, added: ProblemsByFile): ProblemsByFile {
  return added.size === 0 ? current : problemsByFile([...added.values()].flat(), current);
}
