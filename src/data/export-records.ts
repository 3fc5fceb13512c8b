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
