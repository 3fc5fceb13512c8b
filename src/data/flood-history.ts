// The flood history as the app uses it: events with their locations, chome records, and what is
// recorded at and near a chome.
import { type ChomeRecord, dateKey, type FloodEvent, isFlood } from './flood-model';
import { locate, type Location, type PlaceContext } from './locate';

export interface FloodHistory {
  readonly events: readonly FloodEvent[];
  readonly records: readonly ChomeRecord[];
  readonly locations: ReadonlyMap<string, Location>;
}

export function buildHistory(
  events: readonly FloodEvent[],
  records: readonly ChomeRecord[],
  places: PlaceContext,
): FloodHistory {
  const sorted = [...events].sort((a, b) => dateKey(a.start).localeCompare(dateKey(b.start)));
  const locations = new Map(sorted.map((e) => [e.id, locate(e.placeRefs, places)]));
  return { events: sorted, records, locations };
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
