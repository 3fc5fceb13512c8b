// Tours from data/tours/: the index (tours.csv) and one steps file per tour, checked like every other
// data file (validateCsv with the schemas in tour-schema.ts), then each cell that names something
// (layers, hazard layers, a selection, sources) read and checked against what exists. Pure; the
// same code serves `npm run data:check` and the app. Problems name file, row, field and value.
import { hazardById, OFFLINE_MESH_ID, type HazardKey } from '../config/hazard-layers';
import { isThenId } from '../config/then-ids';
import { parseCsvNumber } from '../data/check-field';
import { PLACE_KINDS, TOGGLE_LAYERS, type ToggleLayerId } from '../data/places';
import type { Problem } from '../data/problems';
import type { Bilingual } from '../data/schema';
import type { TimeRange } from '../data/time-range';
import { validateCsv, type CsvRow } from '../data/validate-csv';
import { webUrl } from '../data/web-url';
import { parseRuby, type RubyProblemKind } from '../i18n/ruby';
import {
  SOURCE_LABELS,
  type SourceLabel,
  type Tour,
  type TourSelection,
  type TourSource,
  type TourStep,
  type TourText,
} from './tour-model';
import {
  LIST_SEPARATOR,
  TOUR_STEPS_SCHEMA,
  TOURS_INDEX_FILE,
  TOURS_INDEX_SCHEMA,
  ZOOM_RANGE,
} from './tour-schema';

/** Ids that exist in the bundled data; a step may only select one of these. */
export interface TourRefs {
  /** Chome codes (key_code). */
  readonly chome: ReadonlySet<string>;
  /** Station names. */
  readonly stations: ReadonlySet<string>;
  /** Town names (chome names without their 丁目 part: 北品川). */
  readonly towns: ReadonlySet<string>;
  /** flood_events.csv ids. */
  readonly events: ReadonlySet<string>;
}

export interface ToursResult {
  readonly tours: Tour[];
  readonly problems: Problem[];
}

/** What a step's `selection` may name: a place, a town (its chome together) or a record. */
const SELECTION_KINDS = [...PLACE_KINDS, 'town', 'event'] as const;

const expected = (e: Bilingual): { expected_ja: string; expected_en: string } => ({
  expected_ja: e.ja,
  expected_en: e.en,
});

const EXPECT = {
  layers: {
    ja: `カンマ区切りのレイヤ ID（${TOGGLE_LAYERS.join(', ')}）`,
    en: `comma-separated layer ids (${TOGGLE_LAYERS.join(', ')})`,
  },
  hazards: {
    ja: 'ハザードレイヤ ID:不透明度 0〜100（src/config/hazard-layers.ts の ID、カンマ区切り）',
    en: 'hazard layer id:opacity 0–100 (ids from src/config/hazard-layers.ts, comma-separated)',
  },
  selection: {
    ja: `種類:ID（種類は ${SELECTION_KINDS.join(' / ')}）`,
    en: `kind:id (kind is ${SELECTION_KINDS.join(' / ')})`,
  },
  zoom: { ja: `${ZOOM_RANGE[0]}〜${ZOOM_RANGE[1]}`, en: `${ZOOM_RANGE[0]}–${ZOOM_RANGE[1]}` },
  period: {
    ja: '始まりと終わりの年を両方（始まり ≦ 終わり）、または両方空欄',
    en: 'both the first and the last year (first ≤ last), or both empty',
  },
  sourceCount: {
    ja: '出典の名前・URL・種類を同じ数だけ（" ; " 区切り）',
    en: 'as many source titles, URLs and labels (separated by " ; ")',
  },
  sourceUrl: { ja: 'http:// または https:// で始まる URL', en: 'an http:// or https:// URL' },
  sourceLabel: { ja: SOURCE_LABELS.join(' / '), en: SOURCE_LABELS.join(' / ') },
} satisfies Record<string, Bilingual>;

/** What a furigana problem should have been (the syntax is in i18n/ruby.ts and docs/tours.md). */
const RUBY_EXPECT: Record<RubyProblemKind, Bilingual> = {
  unclosed: {
    ja: 'ふりがなは {漢字|かな}（「}」で閉じる）',
    en: 'furigana as {kanji|kana} (closed with "}")',
  },
  unopened: {
    ja: 'ふりがなは {漢字|かな}（「{」が足りない）',
    en: 'furigana as {kanji|kana} (a "{" is missing)',
  },
  noBar: {
    ja: 'ふりがなは {漢字|かな}（「|」の後に読み）',
    en: 'furigana as {kanji|kana} (the reading after "|")',
  },
  extraBar: {
    ja: 'ふりがなは {漢字|かな}（「|」は一つ、かっこの中にかっこは書かない）',
    en: 'furigana as {kanji|kana} (one "|", no braces inside)',
  },
  emptyBase: {
    ja: 'ふりがなは {漢字|かな}（漢字が空）',
    en: 'furigana as {kanji|kana} (the kanji are empty)',
  },
  emptyReading: {
    ja: 'ふりがなは {漢字|かな}（読みが空）',
    en: 'furigana as {kanji|kana} (the reading is empty)',
  },
  readingNotKana: {
    ja: 'ふりがなは {漢字|かな}（読みはひらがな・カタカナだけ）',
    en: 'furigana as {kanji|kana} (the reading in hiragana or katakana only)',
  },
};

/** Columns whose text may carry furigana markup. */
const TEXT_PREFIXES = ['title', 'summary', 'text', 'question'] as const;
const TEXT_LANGS = ['ja', 'easy', 'en'] as const;

/** A problem for each piece of broken furigana markup in the text columns of a row. */
function rubyProblems(file: string, row: CsvRow): Problem[] {
  const out: Problem[] = [];
  for (const prefix of TEXT_PREFIXES) {
    for (const l of TEXT_LANGS) {
      const field = `${prefix}_${l}`;
      const value = row.values[field];
      if (!value) continue;
      for (const p of parseRuby(value).problems) {
        out.push({
          severity: 'error',
          code: 'badPattern',
          file,
          row: row.line,
          field,
          value: p.text,
          params: expected(RUBY_EXPECT[p.kind]),
        });
      }
    }
  }
  return out;
}

const split = (cell: string, sep: string | RegExp): string[] =>
  cell
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s !== '');

function text(values: Readonly<Record<string, string>>, prefix: string): TourText {
  const opt = (key: string): string | null => {
    const v = values[key]?.trim() ?? '';
    return v === '' ? null : v;
  };
  return { ja: values[`${prefix}_ja`] ?? '', easy: opt(`${prefix}_easy`), en: opt(`${prefix}_en`) };
}

/** One steps file. Rows with a problem are left out; the problems say why. */
export function parseTourSteps(
  file: string,
  csvText: string,
  refs?: TourRefs,
): { steps: TourStep[]; problems: Problem[] } {
  const checked = validateCsv(file, csvText, TOUR_STEPS_SCHEMA);
  const problems: Problem[] = [...checked.problems];
  const steps: TourStep[] = [];
  for (const row of checked.rows ?? []) {
    const rowProblems: Problem[] = [];
    const bad = (field: string, e: Bilingual, value = row.values[field]): void => {
      rowProblems.push({
        severity: 'error',
        code: 'badPattern',
        file,
        row: row.line,
        field,
        value,
        params: expected(e),
      });
    };
    const step = readStep(file, row, bad, rowProblems, refs);
    rowProblems.push(...rubyProblems(file, row));
    problems.push(...rowProblems);
    if (step && rowProblems.length === 0) steps.push(step);
  }
  if (checked.rows && checked.total === 0) {
    problems.push({ severity: 'error', code: 'csvParse', file, params: { detail: 'no steps' } });
  }
  return { steps, problems };
}

function readStep(
  file: string,
  row: CsvRow,
  bad: (field: string, e: Bilingual, value?: string) => void,
  problems: Problem[],
  refs: TourRefs | undefined,
): TourStep | null {
  const v = row.values;
  const zoom = parseCsvNumber(v.zoom ?? '');
  if (zoom < ZOOM_RANGE[0] || zoom > ZOOM_RANGE[1]) bad('zoom', EXPECT.zoom);

  const layersCell = v.layers ?? '';
  let layers: ToggleLayerId[] | null = null;
  if (layersCell.trim() !== '') {
    const ids = split(layersCell, ',');
    const unknown = ids.filter((id) => !(TOGGLE_LAYERS as readonly string[]).includes(id));
    if (unknown.length > 0) bad('layers', EXPECT.layers, unknown.join(','));
    layers = ids.filter((id): id is ToggleLayerId => !unknown.includes(id));
  }

  const hazards: [HazardKey, number][] = [];
  for (const part of split(v.hazards ?? '', ',')) {
    const m = /^([a-z0-9_]+):(\d{1,3})$/.exec(part);
    const id = m?.[1] ?? '';
    const key = id === OFFLINE_MESH_ID ? OFFLINE_MESH_ID : hazardById(id)?.id;
    const opacity = Number(m?.[2]);
    if (!m || !key || opacity > 100) bad('hazards', EXPECT.hazards, part);
    else hazards.push([key, opacity]);
  }

  const from = v.period_from ?? '';
  const to = v.period_to ?? '';
  let range: TimeRange | null = null;
  if (from !== '' || to !== '') {
    if (from === '' || to === '' || Number(from) > Number(to)) {
      bad('period_from/period_to', EXPECT.period, `${from}–${to}`);
    } else {
      range = { from: Number(from), to: Number(to) };
    }
  }

  const selection = readSelection(file, row, bad, problems, refs);
  const sources = readSources(row, bad);
  return {
    id: v.step ?? '',
    line: row.line,
    title: text(v, 'title'),
    text: text(v, 'text'),
    question: text(v, 'question'),
    view: { lon: parseCsvNumber(v.lon ?? ''), lat: parseCsvNumber(v.lat ?? ''), zoom },
    layers,
    hazards,
    range,
    rangeMode: v.period_mode === 'cumulative' ? 'cumulative' : 'range',
    measure: v.measure === 'classes' ? 'classes' : 'counts',
    selection,
    // validateCsv has checked the id against src/config/old-maps.ts.
    then: isThenId(v.then) ? v.then : null,
    sources,
  };
}

function readSelection(
  file: string,
  row: CsvRow,
  bad: (field: string, e: Bilingual, value?: string) => void,
  problems: Problem[],
  refs: TourRefs | undefined,
): TourSelection | null {
  const cell = row.values.selection ?? '';
  if (cell === '') return null;
  const i = cell.indexOf(':');
  const kind = cell.slice(0, i);
  const id = cell.slice(i + 1).trim();
  if (i <= 0 || id === '' || !(SELECTION_KINDS as readonly string[]).includes(kind)) {
    bad('selection', EXPECT.selection);
    return null;
  }
  const missing = (code: Problem['code']): void => {
    problems.push({ severity: 'error', code, file, row: row.line, field: 'selection', value: id });
  };
  if (refs && kind === 'chome' && !refs.chome.has(id)) missing('chomeNotFound');
  if (refs && kind === 'station' && !refs.stations.has(id)) missing('unknownStation');
  if (refs && kind === 'town' && !refs.towns.has(id)) missing('unknownTown');
  if (refs && kind === 'event' && !refs.events.has(id)) missing('unknownEvent');
  return { kind: kind as TourSelection['kind'], id };
}

function readSources(
  row: CsvRow,
  bad: (field: string, e: Bilingual, value?: string) => void,
): TourSource[] {
  const titles = split(row.values.source_title ?? '', LIST_SEPARATOR);
  const urls = split(row.values.source_url ?? '', LIST_SEPARATOR);
  const labels = split(row.values.source_class ?? '', LIST_SEPARATOR);
  if (titles.length !== urls.length || titles.length !== labels.length) {
    bad(
      'source_title/source_url/source_class',
      EXPECT.sourceCount,
      `${titles.length}/${urls.length}/${labels.length}`,
    );
    return [];
  }
  const out: TourSource[] = [];
  titles.forEach((title, i) => {
    const url = urls[i] ?? '';
    const label = labels[i] ?? '';
    if (webUrl(url) === null) bad('source_url', EXPECT.sourceUrl, url);
    else if (!(SOURCE_LABELS as readonly string[]).includes(label)) {
      bad('source_class', EXPECT.sourceLabel, label);
    } else out.push({ title, url, label: label as SourceLabel });
  });
  return out;
}

/**
 * Every tour: the index file and a lookup from file name (`<id>.csv`) to its text. A tour whose
 * steps file is missing or has a broken step is left out whole (a lesson with a hole in it would
 * mislead a class); its problems say which row to fix.
 */
export function parseTours(
  indexText: string,
  stepFiles: ReadonlyMap<string, string>,
  refs?: TourRefs,
): ToursResult {
  const index = validateCsv(TOURS_INDEX_FILE, indexText, TOURS_INDEX_SCHEMA);
  const problems: Problem[] = [...index.problems];
  const tours: Tour[] = [];
  for (const row of index.rows ?? []) {
    const v = row.values;
    const indexRuby = rubyProblems(TOURS_INDEX_FILE, row);
    problems.push(...indexRuby);
    if (indexRuby.length > 0) continue;
    const id = v.id ?? '';
    const file = `${id}.csv`;
    const csvText = stepFiles.get(file);
    if (csvText === undefined) {
      problems.push({
        severity: 'error',
        code: 'fetchFailed',
        file: TOURS_INDEX_FILE,
        row: row.line,
        field: 'id',
        value: id,
        params: { detail: `${file} not found` },
      });
      continue;
    }
    const parsed = parseTourSteps(file, csvText, refs);
    problems.push(...parsed.problems);
    if (parsed.problems.some((p) => p.severity === 'error')) continue;
    tours.push({
      id,
      file,
      title: text(v, 'title'),
      summary: text(v, 'summary'),
      audience: { ja: v.audience_ja ?? '', easy: null, en: v.audience_en || null },
      curriculum: split(v.curriculum ?? '', LIST_SEPARATOR),
      steps: parsed.steps,
    });
  }
  return { tours, problems };
}
