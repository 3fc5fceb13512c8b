// Turns validated rows of flood_event_facts.csv and of Tokyo's basin table into the model. A value
// that cannot be read is reported with file, line and column and the row is left out.
import { parseFigure } from './figure';
import type { BasinRecord, Depth, DepthReference, EventFact, FactKind } from './flood-model';
import {
  figuresScopeOf,
  localized,
  optionalNumber,
  parsePlaceRefs,
  sourceClassOf,
  splitUrls,
} from './flood-parse';
import type { Problem } from './problems';
import type { CsvRow } from './validate-csv';

interface Parsed<T> {
  readonly items: T[];
  readonly problems: Problem[];
}

const DEPTH_REFERENCES: readonly DepthReference[] = ['ground', 'floor', 'street', 'unstated'];

/**
 * The depth columns of a fact: none, one value, a range, or "more than" (no upper bound). A row
 * with an upper bound below its lower bound, or a bound without a lower one, is a problem.
 */
export function parseDepth(v: Readonly<Record<string, string>>): Depth | null | 'invalid' {
  const min = optionalNumber(v.depth_min_m);
  const max = optionalNumber(v.depth_max_m);
  const moreThan = v.depth_more_than === 'true';
  if (min === null) return max === null && !moreThan ? null : 'invalid';
  if (min < 0 || (max !== null && max < min) || (moreThan && max !== null) || (!moreThan && max === null)) {
    return 'invalid';
  }
  const reference = (DEPTH_REFERENCES as readonly string[]).includes(v.depth_reference ?? '')
    ? (v.depth_reference as DepthReference)
    : 'unstated';
  return {
    minM: min,
    maxM: moreThan ? null : max,
    reference,
    asWritten: v.depth_as_written ?? '',
    note: localized(v, 'depth_note_ja', 'depth_note_en'),
  };
}

export function parseEventFacts(
  file: string,
  rows: readonly CsvRow[],
  eventIds: ReadonlySet<string>,
): Parsed<EventFact> {
  const items: EventFact[] = [];
  const problems: Problem[] = [];
  for (const { line, values: v } of rows) {
    const eventId = v.event_id ?? '';
    if (!eventIds.has(eventId)) {
      problems.push({ severity: 'error', code: 'unknownEvent', file, row: line, field: 'event_id', value: eventId });
      continue;
    }
    const depth = parseDepth(v);
    if (depth === 'invalid') {
      problems.push({ severity: 'error', code: 'wrongType', file, row: line, field: 'depth_max_m', value: `${v.depth_min_m ?? ''}–${v.depth_max_m ?? ''}` });
      continue;
    }
    if (v.kind === 'depth' && depth === null) {
      problems.push({ severity: 'error', code: 'emptyField', file, row: line, field: 'depth_min_m', value: '' });
      continue;
    }
    items.push({
      id: v.fact_id ?? '',
      eventId,
      kind: (v.kind ?? 'damage') as FactKind,
      scope: figuresScopeOf(v.scope),
      text: localized(v, 'text_ja', 'text_en', 'text_easy'),
      where: localized(v, 'where_ja', 'where_en'),
      placeRefs: parsePlaceRefs(v.place_refs ?? ''),
      depth,
      source: {
        title: v.source_title ?? '',
        titleEn: v.source_title_en ?? '',
        urls: splitUrls(v.source_url),
        kindAsWritten: v.source_kind_ja ?? '',
        kind: localized(v, 'source_kind_ja', 'source_kind_en'),
        sourceClass: sourceClassOf(v.source_class, 'secondary'),
        quote: v.quote ?? '',
        quoteEn: v.quote_en ?? '',
      },
      note: localized(v, 'note_ja', 'note_en'),
      line,
    });
  }
  return { items, problems };
}

export function parseBasinRecords(
  file: string,
  rows: readonly CsvRow[],
  eventIds: ReadonlySet<string>,
): Parsed<BasinRecord> {
  const items: BasinRecord[] = [];
  const problems: Problem[] = [];
  for (const { line, values: v } of rows) {
    const eventId = (v.event_id ?? '') || null;
    if (eventId !== null && !eventIds.has(eventId)) {
      problems.push({ severity: 'error', code: 'unknownEvent', file, row: line, field: 'event_id', value: eventId });
      continue;
    }
    const below = parseFigure(v.below_floor_buildings ?? '');
    const above = parseFigure(v.above_floor_buildings ?? '');
    const total = parseFigure(v.total_buildings ?? '');
    if (!below || !above || !total) {
      const field = !below ? 'below_floor_buildings' : !above ? 'above_floor_buildings' : 'total_buildings';
      problems.push({ severity: 'error', code: 'wrongType', file, row: line, field, value: v[field] ?? '' });
      continue;
    }
    items.push({
      scope: 'basin',
      basin: { ja: '立会川流域', en: 'Tachiai River basin' },
      date: v.date ?? '',
      eventId,
      name: localized(v, 'event_ja', 'event_en'),
      cause: localized(v, 'cause_ja', 'cause_en'),
      rainTotalMm: optionalNumber(v.total_rain_mm) ?? 0,
      rainMaxHourlyMm: optionalNumber(v.max_hourly_rain_mm) ?? 0,
      belowFloor: below,
      aboveFloor: above,
      total,
      unit: '棟',
      scopeText: localized(v, 'scope', 'scope_en'),
      source: {
        title: v.source_title ?? '',
        titleEn: v.source_title_en ?? '',
        urls: splitUrls(v.source_url),
        kindAsWritten: v.source_kind ?? '',
        kind: localized(v, 'source_kind_ja', 'source_kind'),
        sourceClass: sourceClassOf(v.source_class, 'secondary'),
        quote: '',
        quoteEn: '',
      },
      line,
    });
  }
  return { items, problems };
}
