// The flood history as the app uses it: events with their locations, chome records grouped into
// "record sets" (one per table column or period), and what is recorded at and near a chome.
import type { Bilingual } from './schema';
import { type ChomeRecord, dateKey, type FloodEvent, isFlood, WARD } from './flood-model';
import { locate, type Location, type PlaceContext } from './locate';

export interface RecordSet {
  readonly id: string;
  readonly label: Bilingual;
  readonly kind: 'counts' | 'classes';
  readonly eventId: string | null;
  readonly start: string;
  readonly end: string;
  readonly periodAsWritten: string;
  /** Chome-level records only. */
  readonly records: readonly ChomeRecord[];
  /** The ward-wide row, when the source has one. */
  readonly ward: ChomeRecord | null;
  readonly sourceTitle: string;
  readonly unit: string;
}

export interface FloodHistory {
  readonly events: readonly FloodEvent[];
  readonly records: readonly ChomeRecord[];
  readonly sets: readonly RecordSet[];
  readonly locations: ReadonlyMap<string, Location>;
}

function setLabel(first: ChomeRecord, event: FloodEvent | undefined): Bilingual {
  if (event) return { ja: `${first.periodAsWritten}（${event.name.ja}）`, en: event.name.en };
  return {
    ja: `${first.periodAsWritten}の累計`,
    en: `Total ${first.start.slice(0, 7)} – ${first.end.slice(0, 7)}`,
  };
}

export function recordSets(records: readonly ChomeRecord[], events: readonly FloodEvent[]): RecordSet[] {
  const groups = new Map<string, ChomeRecord[]>();
  for (const r of records) {
    const key = r.eventId ?? `${r.start}/${r.end}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const byId = new Map(events.map((e) => [e.id, e]));
  const sets: RecordSet[] = [];
  for (const [id, group] of groups) {
    const first = group[0];
    if (!first) continue;
    const event = first.eventId ? byId.get(first.eventId) : undefined;
    sets.push({
      id,
      label: setLabel(first, event),
      kind: group.some((r) => r.damageClass !== null) ? 'classes' : 'counts',
      eventId: first.eventId,
      start: first.start,
      end: first.end,
      periodAsWritten: first.periodAsWritten,
      records: group.filter((r) => r.chomeCode !== WARD),
      ward: group.find((r) => r.chomeCode === WARD) ?? null,
      sourceTitle: first.sourceTitle,
      unit: first.unit,
    });
  }
  // Long-period totals first (the default view), then single events by date.
  return sets.sort((a, b) => (a.eventId === null) === (b.eventId === null) ? a.start.localeCompare(b.start) : a.eventId === null ? -1 : 1);
}

export function buildHistory(
  events: readonly FloodEvent[],
  records: readonly ChomeRecord[],
  places: PlaceContext,
): FloodHistory {
  const sorted = [...events].sort((a, b) => dateKey(a.start).localeCompare(dateKey(b.start)));
  const locations = new Map(sorted.map((e) => [e.id, locate(e.placeRefs, places)]));
  return { events: sorted, records, sets: recordSets(records, sorted), locations };
}

export interface ChomeHistory {
  readonly code: string;
  /** Records for this chome, oldest first. */
  readonly records: readonly ChomeRecord[];
  /** Flood events placed in this chome (directly, or by its town when the source gives no chome). */
  readonly events: readonly { readonly event: FloodEvent; readonly byTown: boolean }[];
  /** Flood events placed in chome near this one (not in it). */
  readonly nearby: readonly FloodEvent[];
  /** Memorials and countermeasures in or near this chome. */
  readonly related: readonly FloodEvent[];
}

export function chomeHistory(
  history: FloodHistory,
  code: string,
  nearCodes: ReadonlySet<string>,
  nearStations: ReadonlySet<string>,
): ChomeHistory {
  const records = history.records
    .filter((r) => r.chomeCode === code)
    .sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end));
  // An event with a chome-level record here happened here, wherever else the source places it.
  const recordedEvents = new Set(records.map((r) => r.eventId).filter((id) => id !== null));
  const events: { event: FloodEvent; byTown: boolean }[] = [];
  const nearby: FloodEvent[] = [];
  const related: FloodEvent[] = [];
  for (const e of history.events) {
    const loc = history.locations.get(e.id);
    if (!loc) continue;
    const here = loc.chome.includes(code) || recordedEvents.has(e.id);
    const byTown = !here && loc.townChome.includes(code);
    const near =
      loc.chome.some((c) => nearCodes.has(c)) || loc.stations.some((s) => nearStations.has(s));
    if (!isFlood(e)) {
      if (here || byTown || near) related.push(e);
    } else if (here || byTown) events.push({ event: e, byTown });
    else if (near) nearby.push(e);
  }
  return { code, records, events, nearby, related };
}

/** Value of each chome in a record set, for the choropleth: a number of buildings or a class. */
export function choroplethValues(
  set: RecordSet,
  countLabel: (n: number, unit: string) => string = (n, unit) => `${n}${unit}`,
): Map<string, { value: number; label: string }> {
  const out = new Map<string, { value: number; label: string }>();
  for (const r of set.records) {
    if (set.kind === 'classes' && r.damageClass) {
      out.set(r.chomeCode, { value: r.damageClass.ordinal, label: r.damageClass.label });
    } else if (r.total.kind === 'number') {
      out.set(r.chomeCode, { value: r.total.value, label: countLabel(r.total.value, r.unit) });
    }
  }
  return out;
}
