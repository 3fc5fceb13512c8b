// A tour written back as the two files of data/tours/ (docs/tours.md): its row of tours.csv and its
// steps file <id>.csv. The columns come from the schemas in tour-schema.ts, in their order, so a
// column added there is written too; each cell is written the way parse-tour.ts reads it, and the
// files read back with parseTours (the round trip is unit-tested). Pure.
import Papa from 'papaparse';
import { escapeFormula, unescapeFormula } from '../../data/csv-formula';
import type { Problem } from '../../data/problems';
import type { Bilingual } from '../../data/schema';
import { parseTourSteps, parseTours, type TourRefs } from '../parse-tour';
import type { Tour, TourStep, TourText } from '../tour-model';
import {
  LIST_SEPARATOR,
  TOUR_STEPS_SCHEMA,
  TOURS_INDEX_FILE,
  TOURS_INDEX_SCHEMA,
} from '../tour-schema';

type Cells = Record<string, string>;

function texts(prefix: string, text: TourText): Cells {
  return {
    [`${prefix}_ja`]: text.ja,
    [`${prefix}_easy`]: text.easy ?? '',
    [`${prefix}_en`]: text.en ?? '',
  };
}

/** The cells of a step by column name, as parse-tour.ts reads them. */
export function stepCells(step: TourStep): Cells {
  return {
    step: step.id,
    ...texts('title', step.title),
    ...texts('text', step.text),
    ...texts('question', step.question),
    lon: String(step.view.lon),
    lat: String(step.view.lat),
    zoom: String(step.view.zoom),
    layers: step.layers ? step.layers.join(',') : '',
    hazards: step.hazards.map(([id, o]) => `${id}:${o}`).join(','),
    period_from: step.range ? String(step.range.from) : '',
    period_to: step.range ? String(step.range.to) : '',
    period_mode: step.rangeMode === 'cumulative' ? 'cumulative' : '',
    measure: step.measure === 'classes' ? 'classes' : '',
    selection: step.selection ? `${step.selection.kind}:${step.selection.id}` : '',
    source_title: step.sources.map((s) => s.title).join(LIST_SEPARATOR),
    source_url: step.sources.map((s) => s.url).join(LIST_SEPARATOR),
    source_class: step.sources.map((s) => s.label).join(LIST_SEPARATOR),
    // A column another feature adds to the schema is written from the step's field of that name
    // when it is text (an optional column left empty otherwise).
    ...extraCells(step),
  };
}

function extraCells(step: TourStep): Cells {
  const out: Cells = {};
  for (const c of TOUR_STEPS_SCHEMA.columns) {
    const v: unknown = (step as unknown as Record<string, unknown>)[c.name];
    if (typeof v === 'string') out[c.name] = v;
  }
  return out;
}

export function indexCells(tour: Tour): Cells {
  return {
    id: tour.id,
    ...texts('title', tour.title),
    ...texts('summary', tour.summary),
    audience_ja: tour.audience.ja,
    audience_en: tour.audience.en ?? '',
    curriculum: tour.curriculum.join(LIST_SEPARATOR),
  };
}

function csv(names: readonly string[], rows: readonly Cells[]): string {
  // Teachers open these files in a spreadsheet: a cell that starts like a formula is marked as text
  // (validateCsv drops the mark again when reading).
  const body = rows.map((r) => names.map((n) => escapeFormula(r[n] ?? '')));
  return `${Papa.unparse([names as string[], ...body], { newline: '\n' })}\n`;
}

/** The tour's row of tours.csv, with the header (a tours.csv holding this one tour). */
export function tourIndexCsv(tour: Tour): string {
  return csv(
    TOURS_INDEX_SCHEMA.columns.map((c) => c.name),
    [indexCells(tour)],
  );
}

/** The steps file `<id>.csv`. */
export function tourStepsCsv(tour: Tour): string {
  return csv(
    TOUR_STEPS_SCHEMA.columns.map((c) => c.name),
    tour.steps.map(stepCells),
  );
}

/** tours.csv with this tour's row added, or replacing the row with the same id. */
export function mergeIndexCsv(indexText: string, tour: Tour): string {
  const names = TOURS_INDEX_SCHEMA.columns.map((c) => c.name);
  const parsed = Papa.parse<Record<string, string>>(indexText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    delimiter: ',',
    // The other tours' cells as validateCsv reads them, so that writing them again marks a
    // formula-like cell once, never once more per save.
    transform: (value) => unescapeFormula(value),
  });
  const rows = parsed.data.filter((r) => r.id !== tour.id);
  return csv(names, [...rows, indexCells(tour)]);
}

export interface ReadTour {
  /** The tour when both files were given and every row passed the checks. */
  readonly tour: Tour | null;
  readonly problems: Problem[];
}

/**
 * A lesson from files a teacher loads (or a link carries): a tours.csv (one row, or several and
 * the steps file names which) and one steps file, told apart by their header. Checked with the
 * same schema and messages as data:check.
 */
export function readTourFiles(
  files: readonly { readonly name: string; readonly text: string }[],
  refs?: TourRefs,
): ReadTour {
  const header = (text: string): string[] =>
    (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').split(',').map((h) => h.trim());
  const index = files.find((f) => header(f.text).includes('curriculum'));
  const steps = files.filter((f) => header(f.text).includes('step'));
  const missing = (what: string): ReadTour => ({
    tour: null,
    problems: [
      {
        severity: 'error',
        code: 'fetchFailed',
        file: files.map((f) => f.name).join(', ') || '—',
        params: { detail: what },
      },
    ],
  });
  if (!index) return missing(`${TOURS_INDEX_FILE} (id, title_ja, …, curriculum)`);
  if (steps.length !== 1) return missing('<id>.csv (step, title_ja, …, source_class)');
  const stepFile = steps[0]!;
  // The steps file names its tour (a renamed download "lesson (1).csv" still loads when the
  // index holds one tour).
  const id = idFromIndex(index.text, stepFile.name);
  const result = parseTours(index.text, new Map([[`${id}.csv`, stepFile.text]]), refs);
  const problems = result.problems
    // Other tours of a whole tours.csv have no steps file here: that is not a problem.
    .filter((p) => !(p.code === 'fetchFailed' && p.file === TOURS_INDEX_FILE && p.value !== id))
    .map((p) =>
      p.file === TOURS_INDEX_FILE ? { ...p, file: index.name } : { ...p, file: stepFile.name },
    );
  // A broken index row leaves the steps unread by parseTours: check them too, so that every
  // problem shows at once.
  if (!result.problems.every((p) => p.file !== TOURS_INDEX_FILE || p.severity !== 'error')) {
    const steps = parseTourSteps(stepFile.name, stepFile.text, refs);
    problems.push(...steps.problems);
  }
  const tour = result.tours.find((t) => t.id === id) ?? null;
  return { tour: problems.some((p) => p.severity === 'error') ? null : tour, problems };
}

function idFromIndex(indexText: string, stepsName: string): string {
  const ids = Papa.parse<Record<string, string>>(indexText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
    delimiter: ',',
  }).data.map((r) => r.id ?? '');
  const named = stepsName.replace(/\.csv$/i, '');
  return ids.includes(named) || ids.length !== 1 ? named : (ids[0] ?? named);
}

/** What a column of a tour file holds, in both languages (for problem messages in the editor). */
export function columnDoc(field: string | undefined): Bilingual | null {
  const column = [...TOURS_INDEX_SCHEMA.columns, ...TOUR_STEPS_SCHEMA.columns].find(
    (c) => c.name === field,
  );
  return column?.doc ?? null;
}
