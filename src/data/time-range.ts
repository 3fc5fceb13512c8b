// What a time selection means for the records: which events fall in it, and the damage per chome
// that the choropleth shows for it. Pure, shared by the map, the timeline and the list.
import { dateEndKey, dateKey, type ChomeRecord, type FloodEvent, WARD } from './flood-model';

/** First year on the timeline: just before the oldest record (the storm surge of 1742). */
export const FIRST_YEAR = 1740;

/** Whole years, both included: 1989–2000 is 1989-01-01 to 2000-12-31. */
export interface TimeRange {
  readonly from: number;
  readonly to: number;
}

/** 'range': from–to; 'cumulative': everything up to `to` (from is the first year on record). */
export type RangeMode = 'range' | 'cumulative';

/** Which chome-level figures the map shows: building counts, or damage classes (2025 map). */
export type Measure = 'counts' | 'classes';

const startKey = (y: number): string => `${String(y).padStart(4, '0')}-01-01`;
const endKey = (y: number): string => `${String(y).padStart(4, '0')}-12-31`;

export function eventInRange(e: FloodEvent, range: TimeRange | null): boolean {
  if (!range) return true;
  const start = dateKey(e.start);
  const end = dateEndKey(e.end ?? e.start);
  return end >= startKey(range.from) && start <= endKey(range.to);
}

/** A record counts only when its whole period lies in the range (a 31-year total cannot be split). */
export function recordInRange(r: ChomeRecord, range: TimeRange | null): boolean {
  if (!range) return true;
  return r.start >= startKey(range.from) && r.end <= endKey(range.to);
}

export function measureOf(r: ChomeRecord): Measure | null {
  if (r.damageClass) return 'classes';
  return r.total.kind === 'number' ? 'counts' : null;
}

/**
 * Damage per chome for the choropleth: the plain, obviously-correct definition. The app asks the
 * equivalent RangeIndex (fast at scale); tests check that the two always agree. Counts: the sum of the records in range, leaving out a record
 * that lies inside another record of the same chome that is also in range (the 1999 column is part
 * of the 1989–2020 total). Classes: the highest class in range. `ward`: the ward-wide rows instead.
 */
export function damageByChome(
  records: readonly ChomeRecord[],
  range: TimeRange | null,
  measure: Measure,
  ward = false,
): Map<string, { value: number; unit: string; label: string | null }> {
  const candidates = records.filter(
    (r) => (r.chomeCode === WARD) === ward && measureOf(r) === measure && recordInRange(r, range),
  );
  const out = new Map<string, { value: number; unit: string; label: string | null }>();
  for (const r of candidates) {
    const inside = candidates.some(
      (o) => o !== r && o.chomeCode === r.chomeCode && o.start <= r.start && r.end <= o.end && (o.start !== r.start || o.end !== r.end),
    );
    if (inside) continue;
    const prev = out.get(r.chomeCode);
    if (measure === 'classes' && r.damageClass) {
      if (!prev || r.damageClass.ordinal > prev.value) {
        out.set(r.chomeCode, { value: r.damageClass.ordinal, unit: r.unit, label: r.damageClass.label });
      }
    } else if (r.total.kind === 'number') {
      out.set(r.chomeCode, { value: (prev?.value ?? 0) + r.total.value, unit: r.unit, label: null });
    }
  }
  return out;
}

/** Chome of the events in range (for outlining their places on the map). */
export function eventChomeInRange(
  events: readonly FloodEvent[],
  locations: ReadonlyMap<string, { readonly chome: readonly string[]; readonly townChome: readonly string[] }>,
  range: TimeRange | null,
): string[] {
  const out = new Set<string>();
  for (const e of events) {
    if (!eventInRange(e, range)) continue;
    const loc = locations.get(e.id);
    loc?.chome.forEach((c) => out.add(c));
    loc?.townChome.forEach((c) => out.add(c));
  }
  return [...out];
}

/** Range to apply for a mode: cumulative runs from the first year on record. */
export function effectiveRange(range: TimeRange | null, mode: RangeMode, firstYear: number): TimeRange | null {
  if (!range) return null;
  return mode === 'cumulative' ? { from: firstYear, to: range.to } : range;
}

/** The years at which something is recorded: the stops of playback. */
export function eventYears(events: readonly FloodEvent[]): number[] {
  return [...new Set(events.map((e) => Number(e.start.iso.slice(0, 4))))].sort((a, b) => a - b);
}

/** Next playback stop after `current`, or null at the end. */
export function nextStop(years: readonly number[], current: number | null): number | null {
  if (years.length === 0) return null;
  if (current === null) return years[0] ?? null;
  return years.find((y) => y > current) ?? null;
}
