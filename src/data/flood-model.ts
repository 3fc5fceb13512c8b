// The data model for past floods. Built from data/flood_events.csv, chome_flood_records.csv,
// flood_event_facts.csv and tachiai_basin_major_floods_1974_2013.csv by flood-parse.ts; every field
// says where it came from and how sure it is, and every text the app shows exists in each language.
import type { Bilingual } from './schema';
import type { Figure } from './figure';

/**
 * A text in each language the app speaks. `easy` (やさしい日本語) exists only where it was written
 * for this purpose; otherwise the Japanese text is shown, never the English one. Empty strings mean
 * the source says nothing here.
 */
export interface Localized {
  readonly ja: string;
  readonly en: string;
  readonly easy?: string;
}

export const NO_TEXT: Localized = { ja: '', en: '' };

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

/**
 * official = ward/Tokyo records; secondary = histories, newspapers, newsletters, third-party copies;
 * derived = our arithmetic on published figures (the method is given); personal = blogs, memoirs.
 * Never show a secondary, derived or personal figure as official.
 */
export type SourceClass = 'official' | 'secondary' | 'derived' | 'personal';
export const SOURCE_CLASSES: readonly SourceClass[] = ['official', 'secondary', 'derived', 'personal'];

/**
 * Whose figures these are. Figures of different scopes are never added together: a basin spans
 * two wards, a Tokyo count covers the whole prefecture.
 */
export type FiguresScope = 'ward' | 'oldTown' | 'local' | 'basin' | 'tokyo' | 'otherWard' | 'none';
export const FIGURES_SCOPES: readonly FiguresScope[] = ['ward', 'oldTown', 'local', 'basin', 'tokyo', 'otherWard', 'none'];

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD, exactly as precise as the source. */
  readonly iso: string;
  readonly precision: DatePrecision;
}

export interface SourceRef {
  /** The title as cited (a name: shown as written in every language). */
  readonly title: string;
  /** Our English rendering of the title ('' when none). */
  readonly titleEn: string;
  readonly urls: readonly string[];
  readonly kindAsWritten: string;
  readonly kind: Localized;
  readonly sourceClass: SourceClass;
  /** Verbatim, never translated. */
  readonly quote: string;
  /** Our English translation of the quote, to show beside it labelled as ours ('' when none). */
  readonly quoteEn: string;
}

export type PlaceRef =
  | { readonly type: 'chome'; readonly name: string }
  | { readonly type: 'town'; readonly name: string }
  | { readonly type: 'station'; readonly name: string }
  | { readonly type: 'place'; readonly name: string };

/**
 * The texts of a record the app shows, in the languages its originals lack. Texts already held
 * once elsewhere in FloodEvent (name, rivers, places) are not repeated: use headlineOf, riversOf
 * and placesOf for them.
 */
export interface EventText {
  /** One-sentence headline in やさしい日本語 ('' when not written). */
  readonly headlineEasy: string;
  /** The damage in one plain sentence of やさしい日本語 ('' when not written). */
  readonly damageEasy: string;
  readonly cause: Localized;
  /** English of `rivers` (which is Japanese). */
  readonly riversEn: string;
  /** English of `placesAsWritten` (which is Japanese). */
  readonly placesEn: string;
  /** How the source counts ("2,751 cases, houses and business premises …"). */
  readonly countNote: Localized;
  readonly otherDamage: Localized;
  readonly rainNotes: Localized;
  readonly scope: Localized;
  readonly uncertainty: Localized;
  /** Why the record cannot be placed on the map (empty when it can). */
  readonly unplacedReason: Localized;
}

/** A record whose source says nothing beyond its originals (e.g. one built in code). */
export const EMPTY_EVENT_TEXT: EventText = {
  headlineEasy: '',
  damageEasy: '',
  cause: NO_TEXT,
  riversEn: '',
  placesEn: '',
  countNote: NO_TEXT,
  otherDamage: NO_TEXT,
  rainNotes: NO_TEXT,
  scope: NO_TEXT,
  uncertainty: NO_TEXT,
  unplacedReason: NO_TEXT,
};

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
  /** Whose figures aboveFloor/belowFloor/total are: compare or add only within one scope. */
  readonly figuresScope: FiguresScope;
  readonly source: SourceRef;
  readonly uncertainty: string;
  /** What the app shows, per language; the fields above keep the compiled originals. */
  readonly text: EventText;
  /** Spreadsheet line in flood_events.csv, for error messages. */
  readonly line: number;
}

/** What a depth is measured from: the ground, the floor (床上), the street (路上), or not said. */
export type DepthReference = 'ground' | 'floor' | 'street' | 'unstated';

/** A water depth a source gives, in metres: one value (max = min), a range, or "more than" (max null). */
export interface Depth {
  readonly minM: number;
  readonly maxM: number | null;
  readonly reference: DepthReference;
  /** As the source writes it (六尺, 83cm, 床上二尺余). */
  readonly asWritten: string;
  /** Conversion and caveats ("1尺 = 10/33 m, conversion ours"). */
  readonly note: Localized;
}

export type FactKind = 'depth' | 'rain' | 'storage' | 'damage' | 'alert' | 'count' | 'correction' | 'comparison';

/** A fact about a record, found later or in another source, with its own source and label. */
export interface EventFact {
  readonly id: string;
  readonly eventId: string;
  readonly kind: FactKind;
  /** Whose figures: a 'tokyo', 'basin' or 'otherWard' fact is shown beside the ward's, never added. */
  readonly scope: FiguresScope;
  readonly text: Localized;
  readonly where: Localized;
  readonly placeRefs: readonly PlaceRef[];
  readonly depth: Depth | null;
  readonly source: SourceRef;
  readonly note: Localized;
  readonly line: number;
}

/**
 * A row of Tokyo's table for a river basin. Deliberately not a ChomeRecord (no chome, no ward):
 * the choropleth, RangeIndex and ward totals take ChomeRecord only, so basin figures cannot be
 * summed with the ward's. Show them beside the ward's, labelled with `basin`.
 */
export interface BasinRecord {
  readonly scope: 'basin';
  /** 立会川流域 / Tachiai River basin. */
  readonly basin: Localized;
  readonly date: string;
  /** The record of the same day in flood_events.csv, if any. */
  readonly eventId: string | null;
  readonly name: Localized;
  readonly cause: Localized;
  readonly rainTotalMm: number;
  readonly rainMaxHourlyMm: number;
  readonly belowFloor: Figure;
  readonly aboveFloor: Figure;
  readonly total: Figure;
  readonly unit: string;
  readonly scopeText: Localized;
  readonly source: SourceRef;
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
  readonly sourceTitleEn: string;
  readonly sourceUrl: string | null;
  readonly quote: string;
  readonly sourceClass: SourceClass;
  /** The original note (English); noteText is what the app shows. */
  readonly note: string;
  readonly noteText: Localized;
  /** How a derived figure was computed (null for transcribed figures). */
  readonly method: Localized | null;
  /** The share the source published, when a figure was derived from it. */
  readonly publishedShare: number | null;
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

/** The record's name, with its one-sentence やさしい日本語 headline where one was written. */
export function headlineOf(e: FloodEvent): Localized {
  return e.text.headlineEasy === '' ? e.name : { ...e.name, easy: e.text.headlineEasy };
}

export function riversOf(e: FloodEvent): Localized {
  return { ja: e.rivers, en: e.text.riversEn };
}

export function placesOf(e: FloodEvent): Localized {
  return { ja: e.placesAsWritten, en: e.text.placesEn };
}

export function isFlood(e: FloodEvent): boolean {
  return e.recordType === 'event' || e.recordType === 'related_event' || e.recordType === 'recollection';
}
