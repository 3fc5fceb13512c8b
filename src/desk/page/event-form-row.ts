// A flood record as a ward officer writes it (和暦 or 西暦, counts that may be "not given"), turned
// into one row of flood_events.csv. Pure: field problems come back by form field, so the desk can
// show each next to its input; the row itself is then checked by the same validators as
// `npm run data:check` (files.ts).
import type { ChomeIndex } from '../../data/chome-name';
import { parseJapaneseDate, type ParsedDate } from '../../data/wareki';
import { toFileRow, type CsvRecord } from '../chome-table/write';
import { formatCsvTable, parseCsvTable } from '../chome-table/csv-table';
import type { DeskTextKey } from './texts';

export const SOURCE_KINDS = ['official', 'secondary', 'personal'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A count: the figure as typed, or null when the source does not give it. */
export type CountInput = string | null;

export interface EventFormInput {
  readonly date: string;
  readonly nameJa: string;
  readonly nameEn: string;
  readonly cause: string;
  readonly rivers: string;
  /** Chome names as typed, separated by 、, ; or spaces. */
  readonly places: string;
  readonly above: CountInput;
  readonly below: CountInput;
  readonly total: CountInput;
  readonly rainfall: string;
  readonly sourceTitle: string;
  readonly publisher: string;
  readonly url: string;
  readonly kind: SourceKind;
  readonly quote: string;
}

export type FormField = keyof EventFormInput;

export interface FieldProblem {
  readonly field: FormField;
  readonly key: DeskTextKey;
  readonly params?: Readonly<Record<string, string>>;
}

/** Which column of flood_events.csv each form field fills, to put data:check's findings back. */
export const FIELD_COLUMNS: Readonly<Record<string, FormField>> = {
  id: 'date',
  date_start: 'date',
  date_as_written: 'date',
  event_name_ja: 'nameJa',
  event_name_en: 'nameEn',
  cause: 'cause',
  rivers: 'rivers',
  chome_normalized: 'places',
  place_refs: 'places',
  above_floor_houses: 'above',
  below_floor_houses: 'below',
  total_flooded: 'total',
  rainfall_and_water_level_notes: 'rainfall',
  source_title: 'sourceTitle',
  source_kind: 'publisher',
  source_url: 'url',
  source_class: 'kind',
  quote: 'quote',
};

const KIND_TEXT: Record<SourceKind, { ja: string; en: string }> = {
  official: { ja: '公的な記録', en: 'official record' },
  secondary: { ja: '二次資料', en: 'secondary source' },
  personal: { ja: '個人の記録', en: 'personal account' },
};

/** 12, １２, 12棟 → "12"; null when it is not a whole number ≥ 0. */
function count(input: string): string | null {
  const text = input
    .normalize('NFKC')
    .replace(/[,\s]/gu, '')
    .replace(/(棟|戸|件|軒)$/u, '');
  return /^\d+$/u.test(text) ? String(Number(text)) : null;
}

export function eventId(date: ParsedDate): string {
  return `SH-${date.iso}`;
}

export interface EventFormResult {
  readonly row: CsvRecord | null;
  readonly problems: readonly FieldProblem[];
}

export function eventFormRow(input: EventFormInput, chome: ChomeIndex | null): EventFormResult {
  const problems: FieldProblem[] = [];
  const need = (field: FormField): void => {
    if (String(input[field] ?? '').trim() === '')
      problems.push({ field, key: 'desk.form.required' });
  };
  const parsed = parseJapaneseDate(input.date);
  if (!parsed.ok) {
    problems.push({
      field: 'date',
      key: parsed.error.code === 'empty' ? 'desk.form.required' : 'desk.form.badDate',
      params: { value: input.date, detail: parsed.error.detail ?? '' },
    });
  }
  for (const f of ['nameJa', 'nameEn', 'sourceTitle', 'publisher', 'url', 'quote'] as const)
    need(f);
  const counts: Partial<Record<'above' | 'below' | 'total', string>> = {};
  for (const f of ['above', 'below', 'total'] as const) {
    const v = input[f];
    if (v === null) continue;
    const n = count(v);
    if (n === null) problems.push({ field: f, key: 'desk.form.badCount', params: { value: v } });
    else counts[f] = n;
  }
  const typed = input.places
    .split(/[、,;；\s]+/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const names: string[] = [];
  for (const name of typed) {
    const hit = chome?.lookup(name) ?? null;
    if (hit) names.push(hit.name);
    else {
      const near = chome?.suggest(name, 3).map((m) => m.name) ?? [];
      problems.push({
        field: 'places',
        key: 'desk.form.unknownChome',
        params: { value: name, suggestions: near.join('、') || '—' },
      });
    }
  }
  if (!parsed.ok || problems.length > 0) return { row: null, problems };
  const date = parsed.value;
  const kind = KIND_TEXT[input.kind];
  const given = Object.keys(counts).length > 0;
  const row: CsvRecord = {
    id: eventId(date),
    record_type: 'event',
    date_start: date.iso,
    date_end: '',
    date_as_written: date.asWritten,
    event_name_ja: input.nameJa.trim(),
    event_name_en: input.nameEn.trim(),
    cause: input.cause.trim(),
    cause_ja: input.cause.trim(),
    rivers: input.rivers.trim(),
    area_as_written: typed.join('、'),
    chome_normalized: names.join(';'),
    place_refs: names.map((n) => `chome:${n}`).join(';'),
    above_floor_houses: counts.above ?? '',
    below_floor_houses: counts.below ?? '',
    total_flooded: counts.total ?? '',
    rainfall_and_water_level_notes: input.rainfall.trim(),
    rain_notes_ja: input.rainfall.trim(),
    scope: given ? 'Shinagawa ward' : 'none',
    scope_ja: given ? '品川区' : '数字なし',
    scope_en: given ? 'Shinagawa ward' : 'no figures',
    figures_scope: given ? 'ward' : 'none',
    source_title: input.sourceTitle.trim(),
    source_url: input.url.trim(),
    source_kind: `${kind.en} (${input.publisher.trim()})`,
    source_kind_ja: `${kind.ja}（${input.publisher.trim()}）`,
    source_kind_en: `${kind.en} (${input.publisher.trim()})`,
    source_class: input.kind,
    quote: input.quote.trim(),
  };
  return { row, problems };
}

/**
 * flood_events.csv with the record in: a record with the same id is corrected in place (the
 * columns the form does not have keep their values), a new one goes at the end. Other rows keep
 * their exact text.
 */
export function withEventRow(eventsText: string, row: CsvRecord): { text: string; line: number } {
  const table = parseCsvTable(eventsText);
  const at = table.rows.findIndex((r) => r.id === row.id);
  const old = at >= 0 ? table.rows[at] : undefined;
  const merged = toFileRow({ ...old, ...row }, table.header, [], 'flood_events.csv');
  const rows = old ? table.rows.map((r) => (r === old ? merged : r)) : [...table.rows, merged];
  // Line as a spreadsheet shows it: the header is line 1.
  return { text: formatCsvTable({ ...table, rows }), line: (at >= 0 ? at : rows.length - 1) + 2 };
}
