// Reads the layout of the ward's 町丁別浸水実績一覧 from sheet grids: the heading (date over each
// 床下 / 床上 pair, optional 合計 pair), the chome-name column, one row per chome and the 区内全域
// row. Page headings repeated part-way down (repeated-heading.ts), titles and notes are recognised
// and skipped. Every cell that cannot be read is reported with its address.
import type { ChomeIndex } from '../../data/chome-name';
import { NO_RECORD, type Figure } from '../../data/figure';
import { WARD } from '../../data/flood-model';
import type { Problem } from '../../data/problems';
import type { TextEncodingName } from '../../lib/text-encoding';
import { parseHeadingDate } from './heading-date';
import {
  refusedTable,
  type ChomeTable,
  type EventColumns,
  type FigurePair,
  type SkippedRow,
  type TableEvent,
  type TableRow,
} from './model';
import { cellAddress, cellText, problemPlace, type SheetGrid } from './sheet-grid';
import { ignoredColumns, isWardRowName, looksLikeChome, nameColumnOf } from './columns';
import { parseCount } from './count';
import { compact, findPairs, headingsOf, type PairSpec } from './header';
import { repeatedHeadings } from './repeated-heading';
import { refusal, type RefusalReason } from './refusal';

export interface LayoutInput {
  readonly file: string;
  readonly format: ChomeTable['format'];
  readonly encoding: TextEncodingName | null;
  readonly sheets: readonly SheetGrid[];
}

interface MutableEvent {
  index: number;
  label: string;
  key: string;
  date: TableEvent['date'];
  columns: EventColumns[];
}

interface Context {
  readonly file: string;
  readonly chome: ChomeIndex;
  readonly problems: Problem[];
  readonly skipped: SkippedRow[];
  readonly events: MutableEvent[];
  readonly rows: { row: TableRow; figures: Map<number, FigurePair> }[];
  ward: { row: TableRow; figures: Map<number, FigurePair> } | null;
  unit: string | null;
  totalColumns: EventColumns[];
}

type SheetOutcome = 'read' | 'noLayout' | Exclude<RefusalReason, 'headerDiffers'> | Problem;

function eventFor(spec: PairSpec, sheet: string | null, ctx: Context): MutableEvent {
  const key = compact(spec.heading.text);
  const columns: EventColumns = {
    sheet,
    below: spec.pair.below,
    above: spec.pair.above,
    headerCell: spec.heading.cell,
    headerRow: spec.heading.row,
    headerCol: spec.heading.col,
  };
  const known = key === '' ? undefined : ctx.events.find((e) => e.key === key);
  if (known) {
    known.columns.push(columns);
    return known;
  }
  const parsed = parseHeadingDate(spec.heading.text);
  const event: MutableEvent = {
    index: ctx.events.length,
    // A heading typed on two lines in one cell keeps one space where the line broke.
    label: spec.heading.text.replace(/\s+/gu, ' ').trim(),
    key,
    date: parsed.ok ? parsed.value : null,
    columns: [columns],
  };
  if (!parsed.ok) {
    ctx.problems.push({
      severity: 'error',
      code: 'dateHeader',
      file: ctx.file,
      ...problemPlace(sheet, spec.heading.row, spec.heading.col),
      value: spec.heading.text,
    });
  }
  ctx.events.push(event);
  return event;
}

function readPair(
  grid: SheetGrid,
  r: number,
  below: number,
  above: number,
  label: string,
  ctx: Context,
): FigurePair {
  const read = (col: number, side: string): Figure => {
    const text = cellText(grid, r, col);
    const parsed = parseCount(text);
    if (parsed.ok) {
      ctx.unit ??= parsed.unit;
      return parsed.figure;
    }
    ctx.problems.push({
      severity: 'error',
      code: parsed.code,
      file: ctx.file,
      ...problemPlace(grid.name, r, col),
      field: `${label} ${side}`,
      value: text,
    });
    return { kind: 'notGiven' };
  };
  return { below: read(below, '床下'), above: read(above, '床上') };
}

function readSheet(grid: SheetGrid, ctx: Context): SheetOutcome {
  const first = grid.rows.findIndex((_, r) => findPairs(grid, r).length > 0);
  if (first < 0) {
    return grid.rows.some((row) => row.some((c) => c.trim() !== '')) ? 'noLayout' : 'empty';
  }
  const specs = headingsOf(grid, first);
  if (specs.every((s) => s.isTotal)) return 'noEvents';
  const left = Math.min(...specs.map((s) => s.pair.left));
  if (left === 0) return 'noNameColumn';
  const nameCol = nameColumnOf(grid, first, left, ctx.chome);
  if (nameCol === null) return 'noChome';

  const figureCols = specs.flatMap((s) => [s.pair.below, s.pair.above]);
  const isKnownName = (text: string): boolean =>
    text.trim() !== '' && (ctx.chome.lookup(text) !== null || isWardRowName(text));
  const headerish = (r: number): boolean => {
    const name = cellText(grid, r, nameCol);
    if (isKnownName(name) || looksLikeChome(name)) return false;
    return figureCols.every((c) => {
      const parsed = parseCount(cellText(grid, r, c));
      return !parsed.ok || parsed.figure.kind !== 'number';
    });
  };
  const repeated = repeatedHeadings({
    grid,
    first,
    nameCol,
    figureCols,
    isKnownName,
    isFurniture: headerish,
  });
  if (!repeated.ok) {
    const at = problemPlace(grid.name, repeated.row, repeated.col);
    return refusal(ctx.file, 'headerDiffers', {}, at);
  }
  const skippedHere = repeated.rows;

  const events = specs.map((s) => (s.isTotal ? null : eventFor(s, grid.name, ctx)));
  const totalSpec = specs.find((s) => s.isTotal);
  if (totalSpec) {
    ctx.totalColumns.push({
      sheet: grid.name,
      below: totalSpec.pair.below,
      above: totalSpec.pair.above,
      headerCell: totalSpec.heading.cell,
      headerRow: totalSpec.heading.row,
      headerCol: totalSpec.heading.col,
    });
  }

  for (let r = first + 1; r < grid.rows.length; r++) {
    const rowText = (grid.rows[r] ?? []).map((c) => c.trim()).filter((c) => c !== '');
    if (rowText.length === 0) continue;
    if (skippedHere.has(r)) {
      ctx.skipped.push({ sheet: grid.name, row: r, reason: 'header', text: rowText.join(' ') });
      continue;
    }
    const name = cellText(grid, r, nameCol).trim();
    const hasFigures = figureCols.some((c) => cellText(grid, r, c).trim() !== '');
    const at = problemPlace(grid.name, r, nameCol);
    if (name === '' || !isKnownName(name)) {
      if (name === '' && hasFigures) {
        ctx.problems.push({
          severity: 'error',
          code: 'nameMissing',
          file: ctx.file,
          ...at,
          field: '町丁目名',
          value: '',
        });
      } else if (name !== '' && (hasFigures || looksLikeChome(name))) {
        ctx.problems.push({
          severity: 'error',
          code: 'chomeUnmatched',
          file: ctx.file,
          ...at,
          field: '町丁目名',
          value: name,
          params: {
            suggestions: ctx.chome
              .suggest(name)
              .map((m) => m.name)
              .join('、'),
          },
        });
      } else {
        ctx.skipped.push({ sheet: grid.name, row: r, reason: 'note', text: rowText.join(' ') });
      }
      continue;
    }
    const match = ctx.chome.lookup(name);
    if (!match && ctx.ward) {
      const other = cellAddress(ctx.ward.row.row, ctx.ward.row.nameCol);
      ctx.problems.push({
        severity: 'error',
        code: 'chomeTwice',
        file: ctx.file,
        ...at,
        field: '町丁目名',
        value: name,
        params: { other },
      });
      continue;
    }
    const figures = new Map<number, FigurePair>();
    specs.forEach((s, i) => {
      const event = events[i];
      if (event)
        figures.set(event.index, readPair(grid, r, s.pair.below, s.pair.above, event.label, ctx));
    });
    const row: TableRow = {
      chomeCode: match ? match.code : WARD,
      chomeName: match ? match.name : name,
      nameAsWritten: name,
      sheet: grid.name,
      row: r,
      nameCol,
      figures: [],
      total: totalSpec
        ? readPair(grid, r, totalSpec.pair.below, totalSpec.pair.above, totalSpec.heading.text, ctx)
        : null,
    };
    if (match) ctx.rows.push({ row, figures });
    else ctx.ward = { row, figures };
  }
  ctx.problems.push(...ignoredColumns(grid, first, nameCol, figureCols, skippedHere, ctx.file));
  return 'read';
}

export function parseChomeTable(input: LayoutInput, chome: ChomeIndex): ChomeTable {
  const ctx: Context = {
    file: input.file,
    chome,
    problems: [],
    skipped: [],
    events: [],
    rows: [],
    ward: null,
    unit: null,
    totalColumns: [],
  };
  const outcomes: SheetOutcome[] = [];
  const read: (string | null)[] = [];
  for (const grid of input.sheets) {
    const outcome = readSheet(grid, ctx);
    if (typeof outcome !== 'string')
      return refusedTable(input.file, input.format, input.encoding, outcome);
    outcomes.push(outcome);
    if (outcome === 'read') read.push(grid.name);
  }
  if (read.length === 0) {
    // The reason of the sheet that came closest: one with a heading beats one without.
    const layoutReason = outcomes.find(
      (o): o is Exclude<SheetOutcome, Problem | 'read' | 'noLayout' | 'empty'> =>
        typeof o === 'string' && o !== 'read' && o !== 'noLayout' && o !== 'empty',
    );
    const reason = layoutReason ?? (outcomes.includes('noLayout') ? 'noHeader' : 'empty');
    return refusedTable(input.file, input.format, input.encoding, refusal(input.file, reason));
  }
  const finish = ({
    row,
    figures,
  }: {
    row: TableRow;
    figures: Map<number, FigurePair>;
  }): TableRow => ({
    ...row,
    figures: ctx.events.map((e) => figures.get(e.index) ?? { below: NO_RECORD, above: NO_RECORD }),
  });
  return {
    file: input.file,
    format: input.format,
    encoding: input.encoding,
    sheets: read,
    events: ctx.events.map(({ index, label, date, columns }) => ({ index, label, date, columns })),
    totalColumns: ctx.totalColumns,
    rows: ctx.rows.map(finish),
    wardRow: ctx.ward ? finish(ctx.ward) : null,
    unit: ctx.unit,
    skipped: ctx.skipped,
    problems: ctx.problems,
    refused: null,
  };
}
