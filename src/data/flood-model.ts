// The data model for past floods. Built from data/flood_events.csv and data/chome_flood_records.csv
// by flood-parse.ts; every field says where it came from and how sure it is.
import type { Bilingual } from './schema';
import type { Figure } from './figure';

export type RecordType = 'event' | 'related_event' | 'recollection' | 'memorial' | 'countermeasure';
export const RECORD_TYPES: readonly RecordType[] = [
  'event',
  'related_event',
  'recollection',
  'memorial',
  'countermeasure',
];

/** Fixed cause categories; `heavyRain` = the source names heavy rain but not the kind of flooding. */
export type CauseCategory = 'river' | 'inland' | 'stormSurge' | 'slope' | 'heavyRain' | 'other';
export const CAUSES: readonly CauseCategory[] = ['river', 'inland', 'stormSurge', 'slope', 'heavyRain', 'other'];

/** official = ward/Tokyo records; secondary = histories, newspapers, newsletters; personal = blogs, memoirs. */
export type SourceClass = 'official' | 'secondary' | 'personal';

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD, exactly as precise as the source. */
  readonly iso: string;
  readonly precision: DatePrecision;
}

export interface SourceRef {
  readonly title: string;
  readonly urls: readonly string[];
  readonly kindAsWritten: string;
  readonly sourceClass: SourceClass;
  readonly quote: string;
}

export type PlaceRef =
  | { readonly type: 'chome'; readonly name: string }
  | { readonly type: 'town'; readonly name: string }
  | { readonly type: 'station'; readonly name: string }
  | { readonly type: 'place'; readonly name: string };

export interface FloodEvent {
  readonly id: string;
  readonly recordType: RecordType;
  readonly start: PartialDate;
  readonly end: PartialDate | null;
  readonly dateAsWritten: string;
  readonly name: Bilingual;
  readonly causes: readonly CauseCategory[];
  readonly causeText: string;
  readonly rivers: string;
  readonly placesAsWritten: string;
  readonly placeRefs: readonly PlaceRef[];
  readonly aboveFloor: Figure;
  readonly belowFloor: Figure;
  /** A total given by the source, or above + below when both are given. */
  readonly total: Figure;
  readonly unit: string;
  readonly damageAsWritten: string;
  readonly otherDamage: string;
  readonly rainMaxHourlyMm: number | null;
  readonly rainTotalMm: number | null;
  readonly rainfallNotes: string;
  readonly scope: string;
  readonly source: SourceRef;
  readonly uncertainty: string;
  /** Spreadsheet line in flood_events.csv, for error messages. */
  readonly line: number;
}

export type Confidence = 'confirmed' | 'likely' | 'uncertain';

export interface ChomeRecord {
  /** Chome code, or 'ward' for a ward-wide row. */
  readonly chomeCode: string;
  readonly chomeName: string;
  readonly chomeAsWritten: string;
  readonly eventId: string | null;
  readonly start: string;
  readonly end: string;
  readonly periodAsWritten: string;
  readonly belowFloor: Figure;
  readonly aboveFloor: Figure;
  readonly total: Figure;
  readonly damageClass: { readonly label: string; readonly ordinal: number } | null;
  readonly unit: string;
  readonly confidence: Confidence;
  readonly sourceTitle: string;
  readonly sourceClass: SourceClass;
  readonly note: string;
  readonly line: number;
}

export const WARD = 'ward';

/** Sort key that puts year-only dates at the start of their year. */
export function dateKey(d: PartialDate): string {
  return d.iso.padEnd(10, d.precision === 'year' ? '-01-01' : '-01').slice(0, 10);
}

/** Last day covered by a partial date (a year-only date covers the whole year). */
export function dateEndKey(d: PartialDate): string {
  if (d.precision === 'day') return d.iso;
  if (d.precision === 'month') return `${d.iso}-31`;
  return `${d.iso}-12-31`;
}

export function isFlood(e: FloodEvent): boolean {
  return e.recordType === 'event' || e.recordType === 'related_event' || e.recordType === 'recollection';
}
