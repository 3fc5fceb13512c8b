// The flood history as the app uses it: events with their locations, chome records, the facts added
// to events, Tokyo's basin table beside them, and what is recorded at and near a chome or a town.
import {
  type BasinRecord,
  type ChomeRecord,
  dateKey,
  type Depth,
  type EventFact,
  type FloodEvent,
  isFlood,
} from './flood-model';
import { locate, type Location, type PlaceContext } from './locate';
import type { Town } from './towns';

export interface FloodHistory {
  /** Oldest first. */
  readonly events: readonly FloodEvent[];
  /** Ward and chome figures only: what the choropleth, RangeIndex and ward totals may add up. */
  readonly records: readonly ChomeRecord[];
  readonly locations: ReadonlyMap<string, Location>;
  /** Facts added to events, by event id, in file order. */
  readonly facts: ReadonlyMap<string, readonly EventFact[]>;
  /** Tokyo's Tachiai River basin table: beside the ward's figures, never added to them. */
  readonly basin: readonly BasinRecord[];
}

export function buildHistory(
  events: readonly FloodEvent[],
  records: readonly ChomeRecord[],
  places: PlaceContext,
  facts: readonly EventFact[] = [],
  basin: readonly BasinRecord[] = [],
): FloodHistory {
  const sorted = [...events].sort((a, b) => dateKey(a.start).localeCompare(dateKey(b.start)));
  const factsByEvent = new Map<string, EventFact[]>();
  for (const f of facts) {
    const list = factsByEvent.get(f.eventId);
    if (list) list.push(f);
    else factsByEvent.set(f.eventId, [f]);
  }
  // A fact's places are places of its event too (e.g. 不動前 for the 2002 downpour).
  const locations = new Map(
    sorted.map((e) => {
      const refs = [...e.placeRefs, ...(factsByEvent.get(e.id) ?? []).flatMap((f) => f.placeRefs)];
      return [e.id, locate(refs, places, e.text.unplacedReason)];
    }),
  );
  return {
    events: sorted,
    records,
    locations,
    facts: factsByEvent,
    basin: [...basin].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

export function factsOf(history: FloodHistory, eventId: string): readonly EventFact[] {
  return history.facts.get(eventId) ?? [];
}

/** The depths a record's sources give (for drawing against a person and a house), with their facts. */
export function depthsOf(
  history: FloodHistory,
  eventId: string,
): readonly { readonly fact: EventFact; readonly depth: Depth }[] {
  return factsOf(history, eventId).flatMap((fact) => (fact.depth ? [{ fact, depth: fact.depth }] : []));
}

/** Basin figures of the same day as an event: to show beside its ward figures. */
export function basinFor(history: FloodHistory, eventId: string): readonly BasinRecord[] {
  return history.basin.filter((b) => b.eventId === eventId);
}

/**
 * Events with damage recorded in these records. A recorded zero (中延一丁目 in 1999, class 0件 in
 * 2025) or an unknown share does not say the flood reached the chome.
 */
function damagedEvents(records: readonly ChomeRecord[]): Set<string> {
  const positive = (f: ChomeRecord['total']): boolean => f.kind === 'number' && f.value > 0;
  return new Set(
    records
      .filter(
        (r) =>
          positive(r.total) ||
          positive(r.aboveFloor) ||
          positive(r.belowFloor) ||
          (r.damageClass?.ordinal ?? 0) > 0,
      )
      .flatMap((r) => (r.eventId === null ? [] : [r.eventId])),
  );
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
  // An event with damage recorded here happened here, wherever else the source places it.
  const recordedEvents = damagedEvents(records);
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

/**
 * Everything recorded in a town: events whose source names the town (byTown: the chome is
 * unknown) or one of its chome, oldest first; and the chome records of its chome.
 */
export function townHistory(
  history: FloodHistory,
  town: Town,
): {
  readonly events: readonly { readonly event: FloodEvent; readonly byTown: boolean }[];
  readonly records: readonly ChomeRecord[];
} {
  const codes = new Set(town.codes);
  const records = history.records.filter((r) => codes.has(r.chomeCode));
  const recordedEvents = damagedEvents(records);
  const events: { event: FloodEvent; byTown: boolean }[] = [];
  for (const e of history.events) {
    const loc = history.locations.get(e.id);
    if (!loc) continue;
    const inChome = loc.chome.some((c) => codes.has(c)) || recordedEvents.has(e.id);
    const byTown = !inChome && (loc.towns.includes(town.name) || loc.townChome.some((c) => codes.has(c)));
    if (inChome || byTown) events.push({ event: e, byTown });
  }
  return { events, records };
}
