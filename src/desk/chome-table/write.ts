// The ward's table as rows of the project's data files: one chome_flood_records.csv row per chome
// and event with a figure (and per chome for the 合計 pair), and a flood_events.csv row for each
// date the history does not have yet. This is the one module that knows those files' columns;
// when the catalogue (src/data/catalog.ts) changes them, change them here. Cells are filled by
// column name and written in the order of each file's own header, so a new optional column stays
// empty and an unknown required one is an error, never a silent gap.
import { documentedById as datasetById } from '../../data/catalog-docs';
import type { Figure } from '../../data/figure';
import type { ParsedDate } from '../../data/wareki';
import { daysInMonth, formatJapaneseDate } from '../../data/wareki';
import type { ChomeTable, FigurePair, TableRow } from './model';
import type { EventLink } from './event-link';
import { cellAddress } from './sheet-grid';

export const WARD_TABLE = {
  title: '品川区「町丁別浸水実績一覧」',
  titleEn: 'Shinagawa City, chome flood table (町丁別浸水実績一覧)',
  /** How the ward-wide row is written in chome_flood_records.csv, whatever the table calls it. */
  wardName: '区内全域',
  defaultUnit: '棟',
} as const;

export type CsvRecord = Record<string, string>;

/** Where the import came from, for notes: the file, and when. */
export interface ImportSource {
  readonly file: string;
  /** YYYY-MM-DD */
  readonly date: string;
}

const cell = (f: Figure): string => (f.kind === 'number' ? String(f.value) : '');

const hasNumber = (pair: FigurePair): boolean =>
  pair.below.kind === 'number' || pair.above.kind === 'number';

function totalOf(pair: FigurePair): string {
  return pair.below.kind === 'number' && pair.above.kind === 'number'
    ? String(pair.below.value + pair.above.value)
    : '';
}

/** First and last day a date of the table covers (令和2年3月 is the whole month, 29日〜30日 two days). */
export function periodOf(date: ParsedDate): [string, string] {
  const [y = 0, m = 1] = date.iso.split('-').map(Number);
  if (date.precision === 'day') return [date.iso, date.endIso ?? date.iso];
  if (date.precision === 'month') {
    return [`${date.iso}-01`, `${date.iso}-${String(daysInMonth(y, m)).padStart(2, '0')}`];
  }
  return [`${date.iso}-01-01`, `${date.iso}-12-31`];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function englishDate(date: ParsedDate): string {
  const [y, m = 1, d] = date.iso.split('-').map(Number);
  const month = MONTHS[m - 1] ?? '';
  if (date.precision === 'day') return `${d} ${month} ${y}`;
  return date.precision === 'month' ? `${month} ${y}` : String(y);
}

function cellRange(row: TableRow, below: number, above: number): string {
  const a = cellAddress(row.row, Math.min(below, above));
  const b = cellAddress(row.row, Math.max(below, above));
  return `${row.sheet === null ? '' : `${row.sheet}!`}${a}:${b}`;
}

function recordRow(
  table: ChomeTable,
  row: TableRow,
  pair: FigurePair,
  period: { start: string; end: string; asWritten: string; eventId: string },
  cells: string,
  source: ImportSource,
): CsvRecord {
  const ward = row.chomeCode === 'ward';
  const noteEn = `imported from ${source.file} (${cells}) on ${source.date}${ward && row.nameAsWritten !== WARD_TABLE.wardName ? `; the table calls this row ${row.nameAsWritten}` : ''}`;
  const noteJa = `${source.file}（${cells}）から ${source.date} に取り込み${ward && row.nameAsWritten !== WARD_TABLE.wardName ? `。表での行の名前は「${row.nameAsWritten}」` : ''}`;
  return {
    chome_as_written: ward ? WARD_TABLE.wardName : row.nameAsWritten,
    chome_normalized: ward ? '' : row.chomeName,
    event_id: period.eventId,
    period_start: period.start,
    period_end: period.end,
    period_as_written: period.asWritten,
    below_floor: cell(pair.below),
    above_floor: cell(pair.above),
    total: totalOf(pair),
    unit: table.unit ?? WARD_TABLE.defaultUnit,
    confidence: 'confirmed',
    source_title: WARD_TABLE.title,
    source_title_en: WARD_TABLE.titleEn,
    source_class: 'official',
    note: noteEn,
    note_ja: noteJa,
    note_en: noteEn,
  };
}

/** Chome records for every figure of the table: per event, then the 合計 pair as a period total. */
export function recordRows(
  table: ChomeTable,
  links: readonly EventLink[],
  source: ImportSource,
): CsvRecord[] {
  const rows = [...table.rows, ...(table.wardRow ? [table.wardRow] : [])];
  const out: CsvRecord[] = [];
  const sorted = [...links].sort((a, b) => periodOf(a.date)[0].localeCompare(periodOf(b.date)[0]));
  for (const link of sorted) {
    const [start, end] = periodOf(link.date);
    for (const row of rows) {
      const pair = row.figures[link.event.index];
      const columns = link.event.columns.find((c) => c.sheet === row.sheet);
      if (!pair || !columns || !hasNumber(pair)) continue;
      const period = { start, end, asWritten: link.event.label, eventId: link.eventId };
      out.push(
        recordRow(table, row, pair, period, cellRange(row, columns.below, columns.above), source),
      );
    }
  }
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first && last) {
    const start = periodOf(first.date)[0];
    const end = periodOf(last.date)[1];
    const asWritten = `合計（${first.event.label}〜${last.event.label}）`;
    for (const row of rows) {
      const columns = table.totalColumns.find((c) => c.sheet === row.sheet);
      if (!row.total || !columns || !hasNumber(row.total)) continue;
      const period = { start, end, asWritten, eventId: '' };
      out.push(
        recordRow(
          table,
          row,
          row.total,
          period,
          cellRange(row, columns.below, columns.above),
          source,
        ),
      );
    }
  }
  return out;
}

/** A flood known only from this table: its date, the ward-wide figures, and the table as source. */
export function newEventRow(table: ChomeTable, link: EventLink): CsvRecord {
  const ward = table.wardRow?.figures[link.event.index];
  const japanese = formatJapaneseDate(link.date.iso, link.date.precision);
  const english = englishDate(link.date);
  const places = table.rows
    .filter((r) => {
      const pair = r.figures[link.event.index];
      return (
        pair !== undefined &&
        [pair.below, pair.above].some((f) => f.kind === 'number' && f.value > 0)
      );
    })
    .map((r) => r.chomeName);
  const wardGiven = ward !== undefined && hasNumber(ward);
  const quoteEn = wardGiven
    ? `${english}, ward-wide row (${table.wardRow?.nameAsWritten ?? ''}): below floor ${cell(ward.below) || '(blank)'}, above floor ${cell(ward.above) || '(blank)'}`
    : `${english}: a column of the table with chome figures only; the ward-wide cells are blank`;
  const quote = wardGiven
    ? `${link.event.label} ${table.wardRow?.nameAsWritten ?? ''} 床下 ${cell(ward.below) || '（空欄）'} 床上 ${cell(ward.above) || '（空欄）'}`
    : `${link.event.label}（町丁目別の列のみ。区内全域の数は空欄）`;
  const unit = table.unit ?? WARD_TABLE.defaultUnit;
  const scope = wardGiven
    ? {
        code: 'ward',
        ja: '品川区全域（区の表の区内全域の行）',
        en: 'Shinagawa ward (the 区内全域 row of the ward table)',
      }
    : {
        code: 'none',
        ja: '区全体の数は表にない（町丁目別の数のみ）',
        en: 'no ward-wide figure in the table (per chome only)',
      };
  const uncertaintyJa =
    '区の町丁別浸水実績一覧の列としてのみ知られる水害。原因・雨量・町丁目より細かい場所は書かれていない。';
  const uncertaintyEn =
    "Known only as a column of the ward's chome flood table: no cause, rainfall or places finer than chome are given.";
  return {
    id: link.eventId,
    record_type: 'event',
    date_start: link.date.iso,
    date_end: link.date.endIso ?? '',
    date_as_written: link.event.label,
    event_name_ja: `${japanese}の浸水`,
    event_name_en: `Flooding of ${english}`,
    chome_normalized: places.join(';'),
    above_floor_houses: wardGiven ? cell(ward.above) : '',
    below_floor_houses: wardGiven ? cell(ward.below) : '',
    total_flooded: wardGiven ? totalOf(ward) : '',
    damage_unit: unit,
    scope: scope.en,
    scope_ja: scope.ja,
    scope_en: scope.en,
    figures_scope: scope.code,
    source_title: WARD_TABLE.title,
    source_title_en: WARD_TABLE.titleEn,
    source_url: datasetById('chomeRecords').sourceUrl,
    source_kind: 'official table of the ward (品川区)',
    source_kind_ja: '区の公式の表',
    source_kind_en: 'official table of the ward',
    quote,
    quote_en: quoteEn,
    uncertainty_notes: uncertaintyEn,
    uncertainty_ja: uncertaintyJa,
    uncertainty_en: uncertaintyEn,
    source_class: 'official',
    place_refs: places.map((p) => `chome:${p}`).join(';'),
    ...(places.length === 0
      ? {
          unplaced_reason_ja: '区の表のこの日の列には、浸水のあった町丁目がない（0 か空欄だけ）',
          unplaced_reason_en:
            "the table's column for this date names no chome with flooded buildings (only zeros or blanks)",
        }
      : {}),
    headline_easy: `${japanese}、品川区で 家に 水が 入りました（区の 表より）。`,
  };
}

/** The record in the column order of `header`; throws if a required column would be empty. */
export function toFileRow(
  record: CsvRecord,
  header: readonly string[],
  required: readonly string[],
  file: string,
): CsvRecord {
  const missing = required.filter((c) => (record[c] ?? '') === '' && header.includes(c));
  if (missing.length > 0) {
    throw new Error(
      `chome-table-write: no value for the required column(s) ${missing.join(', ')} of ${file}; ` +
        'the catalogue has changed, update src/desk/chome-table/write.ts',
    );
  }
  return Object.fromEntries(header.map((h) => [h, record[h] ?? '']));
}

/** Required columns of a data file, as the catalogue says. */
export function requiredColumns(id: 'floodEvents' | 'chomeRecords'): string[] {
  const schema = datasetById(id).schema;
  return schema.kind === 'csv' ? schema.columns.filter((c) => c.required).map((c) => c.name) : [];
}
