// Where an event happened, from its place references: today's chome, whole towns, stations, or
// historical names in the gazetteer. What cannot be placed is returned as such, never guessed.
import type { ChomeIndex } from './chome-name';
import type { PlaceRef } from './flood-model';

export interface GazetteerEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  /** Today's chome names the source puts the place in. */
  readonly chome: readonly string[];
  readonly station: string | null;
  readonly note: { readonly ja: string; readonly en: string };
  readonly sourceTitle: string;
  readonly sourceUrl: string;
}

export interface PlaceContext {
  readonly chome: ChomeIndex;
  /** Town name → codes of all its chome (e.g. 南大井 → 南大井一〜六丁目). */
  readonly towns: ReadonlyMap<string, readonly string[]>;
  readonly stations: ReadonlySet<string>;
  readonly gazetteer: ReadonlyMap<string, GazetteerEntry>;
}

export interface Location {
  /** Chome named directly. */
  readonly chome: readonly string[];
  /** Chome covered only because a whole town was named (chome unknown). */
  readonly townChome: readonly string[];
  readonly stations: readonly string[];
  /** Gazetteer entries used (their sources are shown with the event). */
  readonly gazetteer: readonly GazetteerEntry[];
  /** Names we could not place. */
  readonly unplaced: readonly string[];
}

export function gazetteerMap(entries: readonly GazetteerEntry[]): Map<string, GazetteerEntry> {
  const map = new Map<string, GazetteerEntry>();
  for (const e of entries) {
    map.set(e.name, e);
    for (const a of e.aliases) if (!map.has(a)) map.set(a, e);
  }
  return map;
}

export function locate(refs: readonly PlaceRef[], ctx: PlaceContext): Location {
  const chome = new Set<string>();
  const townChome = new Set<string>();
  const stations = new Set<string>();
  const gazetteer: GazetteerEntry[] = [];
  const unplaced: string[] = [];
  const addChomeByName = (name: string, into: Set<string>): boolean => {
    const match = ctx.chome.lookup(name);
    if (match) into.add(match.code);
    return match !== null;
  };
  for (const ref of refs) {
    switch (ref.type) {
      case 'chome':
        if (!addChomeByName(ref.name, chome)) unplaced.push(ref.name);
        break;
      case 'town': {
        const codes = ctx.towns.get(ref.name);
        if (codes && codes.length > 0) codes.forEach((c) => townChome.add(c));
        else unplaced.push(ref.name);
        break;
      }
      case 'station':
        if (ctx.stations.has(ref.name)) stations.add(ref.name);
        else unplaced.push(ref.name);
        break;
      case 'place': {
        const entry = ctx.gazetteer.get(ref.name);
        let placed = false;
        if (entry) {
          for (const name of entry.chome) placed = addChomeByName(name, chome) || placed;
          if (entry.station && ctx.stations.has(entry.station)) {
            stations.add(entry.station);
            placed = true;
          }
        }
        if (placed && entry) gazetteer.push(entry);
        else unplaced.push(ref.name);
        break;
      }
    }
  }
  for (const c of chome) townChome.delete(c);
  return {
    chome: [...chome],
    townChome: [...townChome],
    stations: [...stations],
    gazetteer: [...new Set(gazetteer)],
    unplaced,
  };
}

export function isPlaced(l: Location): boolean {
  return l.chome.length + l.townChome.length + l.stations.length > 0;
}
