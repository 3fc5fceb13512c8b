// Where an event happened, from its place references: today's chome, whole towns, stations, or
// historical names in the gazetteer (which may name chome, towns or a station). What cannot be
// placed is returned as such, with the reason the data gives, never guessed.
import type { ChomeIndex } from './chome-name';
import type { Localized, PlaceRef } from './flood-model';

export interface GazetteerEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Today's chome names the source puts the place in. */
  readonly chome: readonly string[];
  readonly station: string | null;
  /** Today's towns the place corresponds to (chome unknown), e.g. 品川町 → 北品川, 西品川 … */
  readonly towns: readonly string[];
  /** Quote and source for the town correspondence ('' when there is none). */
  readonly townBasis: string;
  readonly note: { readonly ja: string; readonly en: string };
  readonly sourceTitle: string;
  readonly sourceUrl: string;
}

export interface PlaceContext {
  readonly chome: ChomeIndex;
  /** Town name → codes of all its chome (e.g. 南大井 → 南大井一〜六丁目); see towns.ts. */
  readonly towns: ReadonlyMap<string, readonly string[]>;
  readonly stations: ReadonlySet<string>;
  readonly gazetteer: ReadonlyMap<string, GazetteerEntry>;
}

export interface Location {
  /** Chome named directly. */
  readonly chome: readonly string[];
  /** Chome covered only because a whole town was named (chome unknown). */
  readonly townChome: readonly string[];
  /** The towns named, directly or through the gazetteer (their chome are in townChome or chome). */
  readonly towns: readonly string[];
  readonly stations: readonly string[];
  /** Gazetteer entries used (their sources are shown with the event). */
  readonly gazetteer: readonly GazetteerEntry[];
  /** Names we could not place. */
  readonly unplaced: readonly string[];
  /** Gazetteer entries of unplaced names: their note says why (e.g. the source gives no chome). */
  readonly unplacedGazetteer: readonly GazetteerEntry[];
  /** Why the record cannot be placed at all (null when it is placed, or when no reason is given). */
  readonly reason: Localized | null;
}

export function gazetteerMap(entries: readonly GazetteerEntry[]): Map<string, GazetteerEntry> {
  const map = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    map.set(e.name, e);
    for (const a of e.aliases) if (!map.has(a)) map.set(a, e);
  }
  return map;
}

export function locate(
  refs: readonly PlaceRef[],
  ctx: PlaceContext,
  unplacedReason: Localized | null = null,
): Location {
  const chome = new Set<string>();
  const townChome = new Set<string>();
  const towns = new Set<string>();
  const stations = new Set<string>();
  const gazetteer: GazetteerEntry[] = [];
  const unplaced: string[] = [];
  const unplacedGazetteer: GazetteerEntry[] = [];
  const addChomeByName = (name: string, into: Set<string>): boolean => {
    const match = ctx.chome.lookup(name);
    if (match) into.add(match.code);
    return match !== null;
  };
  const addTown = (name: string): boolean => {
    const codes = ctx.towns.get(name);
    if (!codes || codes.length === 0) return false;
    codes.forEach((c) => townChome.add(c));
    towns.add(name);
    return true;
  };
  for (const ref of refs) {
    switch (ref.type) {
      case 'chome':
        if (!addChomeByName(ref.name, chome)) unplaced.push(ref.name);
        break;
      case 'town':
        if (!addTown(ref.name)) unplaced.push(ref.name);
        break;
      case 'station':
        if (ctx.stations.has(ref.name)) stations.add(ref.name);
        else unplaced.push(ref.name);
        break;
      case 'place': {
        const entry = ctx.gazetteer.get(ref.name);
        let placed = false;
        if (entry) {
          for (const name of entry.chome) placed = addChomeByName(name, chome) || placed;
          for (const name of entry.towns) placed = addTown(name) || placed;
          if (entry.station && ctx.stations.has(entry.station)) {
            stations.add(entry.station);
            placed = true;
          }
        }
        if (placed && entry) gazetteer.push(entry);
        else {
          unplaced.push(ref.name);
          if (entry) unplacedGazetteer.push(entry);
        }
        break;
      }
    }
  }
  for (const c of chome) townChome.delete(c);
  const anywhere = chome.size + townChome.size + stations.size > 0;
  return {
    chome: [...chome],
    townChome: [...townChome],
    towns: [...towns],
    stations: [...stations],
    gazetteer: [...new Set(gazetteer)],
    unplaced,
    unplacedGazetteer: [...new Set(unplacedGazetteer)],
    reason: anywhere || !unplacedReason || unplacedReason.ja === '' ? null : unplacedReason,
  };
}

export function isPlaced(l: Location): boolean {
  return l.chome.length + l.townChome.length + l.stations.length > 0;
}
