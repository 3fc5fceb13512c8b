// The flood history as the app uses it: events with their locations, chome records, the facts added
// to events, Tokyo's basin table beside them, and the shape of a place's history for the panel.
import {
  type BasinRecord,
  type ChomeRecord,
  dateKey,
  type EventFact,
  type FloodEvent,
} from './flood-model';
import { locate, type Location, type PlaceContext } from './locate';

export interface FloodHistory {
  /** Oldest first. */
  readonly events: readonly FloodEvent[];
  /** Ward and chome figures only: what the choropleth, RangeIndex and ward totals may add up. */
  readonly records: readonly ChomeRecord[];
  readonly locations: ReadonlyMap<string, Location>;
  /** Facts added to events, by event id, in file order. */
  readonly facts: ReadonlyMap<string, readonly EventFact[]>;
  /**
   * Where each fact itself was recorded: one location per place ref it names, none when it names
   * none. Kept apart from the event's location, so a depth can be shown only where it was measured.
   */
  readonly factPlaces: ReadonlyMap<EventFact, readonly FactPlace[]>;
  /** Tokyo's Tachiai River basin table: beside the ward's figures, never added to them. */
  readonly basin: readonly BasinRecord[];
}

/** One of a fact's place refs, as written, and where it is. */
export interface FactPlace {
  readonly name: string;
  readonly location: Location;
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
  const factPlaces = new Map(
    facts.map((f) => [f, f.placeRefs.map((ref) => ({ name: ref.name, location: locate([ref], places) }))]),
  );
  return {
    events: sorted,
    records,
    locations,
    facts: factsByEvent,
    factPlaces,
    basin: [...basin].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

export function factsOf(history: FloodHistory, eventId: string): readonly EventFact[] {
  return history.facts.get(eventId) ?? [];
}

/** Basin figures of the same day as an event: to show beside its ward figures. */
export function basinFor(history: FloodHistory, eventId: string): readonly BasinRecord[] {
  return history.basin.filter((b) => b.eventId === eventId);
}

/** A place's history as the panel describes it (built from its answer, data/place-answer.ts). */
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
