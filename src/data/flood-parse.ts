// Turns validated CSV rows into the flood data model. Column by column, explicitly; a value that
// cannot be read is reported with file, line and column and the record is left out (never guessed).
import type { ChomeIndex } from './chome-name';
import { num, NOT_GIVEN, parseFigure, sumAsFigure, type Figure } from './figure';
import {
  CAUSES,
  FIGURES_SCOPES,
  RECORD_TYPES,
  SOURCE_CLASSES,
  WARD,
  type CauseCategory,
  type ChomeRecord,
  type Confidence,
  type FiguresScope,
  type FloodEvent,
  type Localized,
  type PartialDate,
  type PlaceRef,
  type RecordType,
  type SourceClass,
} from './flood-model';
import type { Problem } from './problems';
import type { CsvRow } from './validate-csv';

export function parsePartialDate(text: string): PartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return null;
  if (d !== undefined) {
    const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
    if (date.getUTCMonth() !== Number(mo) - 1) return null;
    return { iso: text.trim(), precision: 'day' };
  }
  return { iso: text.trim(), precision: mo !== undefined ? 'month' : 'year' };
}

export function parsePlaceRefs(text: string): PlaceRef[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part): PlaceRef[] => {
      const i = part.indexOf(':');
      if (i <= 0) return [];
      const type = part.slice(0, i);
      const name = part.slice(i + 1).trim();
      if (name === '') return [];
      if (type === 'chome' || type === 'town' || type === 'station' || type === 'place') return [{ type, name }];
      return [];
    });
}

/** The two (or three) language columns of one text; the validator has checked the row already. */
export function localized(
  v: Readonly<Record<string, string>>,
  ja: string,
  en: string,
  easy?: string,
): Localized {
  const text = { ja: v[ja] ?? '', en: v[en] ?? '' };
  const plain = easy !== undefined ? (v[easy] ?? '') : '';
  return plain === '' ? text : { ...text, easy: plain };
}

export function sourceClassOf(text: string | undefined, fallback: SourceClass): SourceClass {
  return (SOURCE_CLASSES as readonly string[]).includes(text ?? '') ? (text as SourceClass) : fallback;
}

export function figuresScopeOf(text: string | undefined): FiguresScope {
  return (FIGURES_SCOPES as readonly string[]).includes(text ?? '') ? (text as FiguresScope) : 'none';
}

/** " ; "-separated URLs (the separator the catalogue documents). */
export function splitUrls(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\s;\s|\s*;\s+/)
    .map((u) => u.trim())
    .filter(Boolean);
}

export function optionalNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = Number(text.normalize('NFKC').replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}

interface Parsed<T> {
  readonly items: T[];
  readonly problems: Problem[];
}

export function parseFloodEvents(file: string, rows: readonly CsvRow[]): Parsed<FloodEvent> {
  const items: FloodEvent[] = [];
  const problems: Problem[] = [];
  for (const { line, values: v } of rows) {
    const bad = (field: string, code: Problem['code'] = 'wrongType'): void => {
      problems.push({ severity: 'error', code, file, row: line, field, value: v[field] ?? '' });
    };
    const start = parsePartialDate(v.date_start ?? '');
    const endText = v.date_end ?? '';
    const end = endText === '' ? null : parsePartialDate(endText);
    if (!start) {
      bad('date_start');
      continue;
    }
    if (endText !== '' && !end) {
      bad('date_end');
      continue;
    }
    const figures: Record<string, Figure> = {};
    let ok = true;
    for (const field of ['above_floor_houses', 'below_floor_houses', 'total_flooded']) {
      const f = parseFigure(v[field] ?? '');
      if (!f) {
        bad(field);
        ok = false;
      } else figures[field] = f;
    }
    if (!ok) continue;
    const above = figures.above_floor_houses ?? NOT_GIVEN;
    const below = figures.below_floor_houses ?? NOT_GIVEN;
    const given = figures.total_flooded ?? NOT_GIVEN;
    const total =
      given.kind === 'number'
        ? given
        : above.kind === 'number' && below.kind === 'number'
          ? sumAsFigure([above, below])
          : NOT_GIVEN;
    const causes = (v.cause_category ?? '')
      .split(';')
      .filter((c): c is CauseCategory => (CAUSES as readonly string[]).includes(c));
    items.push({
      id: v.id ?? '',
      recordType: (RECORD_TYPES as readonly string[]).includes(v.record_type ?? '')
        ? (v.record_type as RecordType)
        : 'event',
      start,
      end,
      dateAsWritten: v.date_as_written ?? '',
      name: { ja: v.event_name_ja ?? '', en: v.event_name_en ?? '' },
      causes,
      causeText: v.cause ?? '',
      rivers: v.rivers ?? '',
      placesAsWritten: v.area_as_written ?? '',
      placeRefs: parsePlaceRefs(v.place_refs ?? ''),
      aboveFloor: above,
      belowFloor: below,
      total,
      unit: v.damage_unit ?? '',
      damageAsWritten: v.flooded_houses_total_or_other ?? '',
      otherDamage: v.other_damage ?? '',
      rainMaxHourlyMm: optionalNumber(v.rain_max_hourly_mm),
      rainTotalMm: optionalNumber(v.rain_total_mm),
      rainfallNotes: v.rainfall_and_water_level_notes ?? '',
      scope: v.scope ?? '',
      figuresScope: figuresScopeOf(v.figures_scope),
      source: {
        title: v.source_title ?? '',
        titleEn: v.source_title_en ?? '',
        urls: splitUrls(v.source_url),
        kindAsWritten: v.source_kind ?? '',
        kind: localized(v, 'source_kind_ja', 'source_kind_en'),
        sourceClass: sourceClassOf(v.source_class, 'secondary'),
        quote: v.quote ?? '',
        quoteEn: v.quote_en ?? '',
      },
      uncertainty: v.uncertainty_notes ?? '',
      text: {
        headlineEasy: v.headline_easy ?? '',
        damageEasy: v.damage_easy ?? '',
        cause: localized(v, 'cause_ja', 'cause_en'),
        riversEn: v.rivers_en ?? '',
        placesEn: v.area_en ?? '',
        countNote: localized(v, 'count_note_ja', 'count_note_en'),
        otherDamage: localized(v, 'other_damage_ja', 'other_damage_en'),
        rainNotes: localized(v, 'rain_notes_ja', 'rain_notes_en'),
        scope: localized(v, 'scope_ja', 'scope_en'),
        uncertainty: localized(v, 'uncertainty_ja', 'uncertainty_en'),
        unplacedReason: localized(v, 'unplaced_reason_ja', 'unplaced_reason_en'),
      },
      line,
    });
  }
  return { items, problems };
}

const WARD_NAMES = new Set(['区内全域', '区全体', '品川区全域', '合計']);

export function parseChomeRecords(
  file: string,
  rows: readonly CsvRow[],
  chome: ChomeIndex,
  eventIds: ReadonlySet<string>,
): Parsed<ChomeRecord> {
  const items: ChomeRecord[] = [];
  const problems: Problem[] = [];
  for (const { line, values: v } of rows) {
    const asWritten = v.chome_as_written ?? '';
    const name = (v.chome_normalized ?? '') || asWritten;
    let code: string;
    let chomeName: string;
    if (WARD_NAMES.has(asWritten.trim())) {
      code = WARD;
      chomeName = asWritten.trim();
    } else {
      const match = chome.lookup(name);
      if (!match) {
        const suggestions = chome.suggest(name).map((m) => m.name);
        problems.push({
          severity: 'error',
          code: 'chomeUnmatched',
          file,
          row: line,
          field: v.chome_normalized ? 'chome_normalized' : 'chome_as_written',
          value: name,
          params: { suggestions: suggestions.join('、') },
        });
        continue;
      }
      code = match.code;
      chomeName = match.name;
    }
    const eventId = (v.event_id ?? '') || null;
    if (eventId !== null && !eventIds.has(eventId)) {
      problems.push({ severity: 'error', code: 'unknownEvent', file, row: line, field: 'event_id', value: eventId });
      continue;
    }
    const below = parseFigure(v.below_floor ?? '');
    const above = parseFigure(v.above_floor ?? '');
    const givenTotal = parseFigure(v.total ?? '');
    if (!below || !above || !givenTotal) {
      const field = !below ? 'below_floor' : !above ? 'above_floor' : 'total';
      problems.push({ severity: 'error', code: 'wrongType', file, row: line, field, value: v[field] ?? '' });
      continue;
    }
    const ordinal = optionalNumber(v.damage_class_ordinal);
    items.push({
      chomeCode: code,
      chomeName,
      chomeAsWritten: asWritten,
      eventId,
      start: v.period_start ?? '',
      end: v.period_end ?? '',
      periodAsWritten: v.period_as_written ?? '',
      belowFloor: below,
      aboveFloor: above,
      total:
        givenTotal.kind === 'number'
          ? givenTotal
          : above.kind === 'number' && below.kind === 'number'
            ? num(above.value + below.value, above.uncertain || below.uncertain)
            : NOT_GIVEN,
      damageClass: v.damage_class && ordinal !== null ? { label: v.damage_class, ordinal } : null,
      unit: v.unit ?? '',
      confidence: (v.confidence ?? 'confirmed') as Confidence,
      sourceTitle: v.source_title ?? '',
      sourceTitleEn: v.source_title_en ?? '',
      sourceUrl: (v.source_url ?? '') || null,
      quote: v.quote ?? '',
      sourceClass: sourceClassOf(v.source_class, 'official'),
      note: v.note ?? '',
      noteText: localized(v, 'note_ja', 'note_en'),
      method: v.method_ja || v.method_en ? localized(v, 'method_ja', 'method_en') : null,
      publishedShare: optionalNumber(v.published_share),
      line,
    });
  }
  return { items, problems };
}
