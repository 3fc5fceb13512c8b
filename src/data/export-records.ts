// Downloads: the records as CSV (UTF-8 with BOM, so Excel opens it) and GeoJSON, in the same
// columns as the bundled files plus the credit and licence, so they read back to the same records.
import Papa from 'papaparse';
import { escapeFormula } from './csv-formula';
import type { Figure } from './figure';
import type { ChomeRecord, FloodEvent } from './flood-model';
import type { FeatureCollection } from './validate-geojson';

const BOM = '\uFEFF';

type Row = Record<string, string | number>;

/**
 * CSV for Excel: BOM, CRLF, every text cell neutralised against formula injection (numbers stay
 * numbers) and, as OWASP advises, an escaped cell also wrapped in double quotes.
 */
function spreadsheetCsv(rows: readonly Row[]): string {
  const safe = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? escapeFormula(v) : v]),
    ),
  );
  const quotes = (value: unknown): boolean => typeof value === 'string' && value.startsWith("'");
  return BOM + Papa.unparse(safe, { newline: '\r\n', quotes });
}

function cell(f: Figure): string {
  return f.kind === 'number' ? `${f.value}${f.uncertain ? '?' : ''}` : '';
}

export interface Credit {
  readonly attribution: string;
  readonly licence: string;
}

/** The coded scope and the per-language display columns (flood_events.csv, 2026-11). */
function eventTextColumns(e: FloodEvent): Row {
  const t = e.text;
  return {
    figures_scope: e.figuresScope,
    cause_ja: t.cause.ja,
    cause_en: t.cause.en,
    rivers_en: t.riversEn,
    area_en: t.placesEn,
    count_note_ja: t.countNote.ja,
    count_note_en: t.countNote.en,
    other_damage_ja: t.otherDamage.ja,
    other_damage_en: t.otherDamage.en,
    rain_notes_ja: t.rainNotes.ja,
    rain_notes_en: t.rainNotes.en,
    scope_ja: t.scope.ja,
    scope_en: t.scope.en,
    source_title_en: e.source.titleEn,
    source_kind_ja: e.source.kind.ja,
    source_kind_en: e.source.kind.en,
    uncertainty_ja: t.uncertainty.ja,
    uncertainty_en: t.uncertainty.en,
    quote_en: e.source.quoteEn,
    unplaced_reason_ja: t.unplacedReason.ja,
    unplaced_reason_en: t.unplacedReason.en,
    headline_easy: t.headlineEasy,
    damage_easy: t.damageEasy,
  };
}

export function eventsCsv(events: readonly FloodEvent[], credit: Credit): string {
  const rows = events.map((e): Row => ({
    id: e.id,
    record_type: e.recordType,
    date_start: e.start.iso,
    date_end: e.end?.iso ?? '',
    date_as_written: e.dateAsWritten,
    event_name_ja: e.name.ja,
    event_name_en: e.name.en,
    cause: e.causeText,
    rivers: e.rivers,
    area_as_written: e.placesAsWritten,
    above_floor_houses: cell(e.aboveFloor),
    below_floor_houses: cell(e.belowFloor),
    flooded_houses_total_or_other: e.damageAsWritten,
    other_damage: e.otherDamage,
    rainfall_and_water_level_notes: e.rainfallNotes,
    scope: e.scope,
    source_title: e.source.title,
    source_url: e.source.urls.join(' ; '),
    source_kind: e.source.kindAsWritten,
    quote: e.source.quote,
    uncertainty_notes: e.uncertainty,
    cause_category: e.causes.join(';'),
    damage_unit: e.unit,
    // A total the source gave itself; one that is just above + below is left to those columns.
    total_flooded:
      e.total.kind === 'number' &&
      !(
        e.aboveFloor.kind === 'number' &&
        e.belowFloor.kind === 'number' &&
        e.aboveFloor.value + e.belowFloor.value === e.total.value
      )
        ? cell(e.total)
        : '',
    rain_max_hourly_mm: e.rainMaxHourlyMm ?? '',
    rain_total_mm: e.rainTotalMm ?? '',
    source_class: e.source.sourceClass,
    place_refs: e.placeRefs.map((r) => `${r.type}:${r.name}`).join(';'),
    ...eventTextColumns(e),
    dataset_attribution: credit.attribution,
    dataset_licence: credit.licence,
  }));
  return spreadsheetCsv(rows);
}

function recordRow(r: ChomeRecord, credit: Credit): Row {
  return {
    chome_code: r.chomeCode,
    chome_as_written: r.chomeAsWritten,
    chome_normalized: r.chomeCode === 'ward' ? '' : r.chomeName,
    event_id: r.eventId ?? '',
    period_start: r.start,
    period_end: r.end,
    period_as_written: r.periodAsWritten,
    below_floor: cell(r.belowFloor),
    above_floor: cell(r.aboveFloor),
    total: cell(r.total),
    damage_class: r.damageClass?.label ?? '',
    damage_class_ordinal: r.damageClass?.ordinal ?? '',
    unit: r.unit,
    confidence: r.confidence,
    source_title: r.sourceTitle,
    source_class: r.sourceClass,
    note: r.note,
    note_ja: r.noteText.ja,
    note_en: r.noteText.en,
    method_ja: r.method?.ja ?? '',
    method_en: r.method?.en ?? '',
    published_share: r.publishedShare ?? '',
    source_title_en: r.sourceTitleEn,
    source_url: r.sourceUrl ?? '',
    quote: r.quote,
    dataset_attribution: credit.attribution,
    dataset_licence: credit.licence,
  };
}

export function recordsCsv(records: readonly ChomeRecord[], credit: Credit): string {
  return spreadsheetCsv(records.map((r) => recordRow(r, credit)));
}

/** Chome records with their chome polygon; the ward-wide row has no geometry (null). */
export function recordsGeoJson(
  records: readonly ChomeRecord[],
  chome: FeatureCollection,
  credit: Credit,
): string {
  const geometry = new Map(chome.features.map((f) => [String(f.properties.key_code), f.geometry]));
  return JSON.stringify({
    type: 'FeatureCollection',
    features: records.map((r) => ({
      type: 'Feature',
      geometry: geometry.get(r.chomeCode) ?? null,
      properties: recordRow(r, credit),
    })),
  });
}
