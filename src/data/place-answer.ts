// "What happened here?" for any place: a chome, a town (its chome together), a station (the chome
// around it), a shelter or any point tapped on the map. Pure: the same answer for the same data.
// Records are found through the places their sources name; nearby ones within walking distance,
// with the distance. Nothing is estimated: a record with no figure stays without one.
import type { AppData } from './app-data';
import { within, type LonLat } from './chome-geometry';
import type { Figure } from './figure';
import type { FactPlace } from './flood-history';
import { isFlood, type ChomeRecord, type Depth, type EventFact, type FloodEvent } from './flood-model';
import type { Location } from './locate';
import type { Town } from './towns';

/** Walking distance: about 10 minutes at the 80 m a minute Japanese property listings assume. */
export const WALK_M = 800;
/** A station's answer covers the chome whose centre lies this close to it. */
export const STATION_AREA_M = 500;

export type AnswerPlace =
  | { readonly kind: 'chome'; readonly name: string; readonly codes: readonly string[] }
  | { readonly kind: 'town'; readonly name: string; readonly codes: readonly string[] }
  | { readonly kind: 'station'; readonly name: string; readonly codes: readonly string[] }
  /** A tapped point or a facility: the chome under it, if any. */
  | { readonly kind: 'point'; readonly name: string; readonly codes: readonly string[] };

/** How a record is tied to the place: its source names the chome, the town, the station, or a chome figure. */
export type Tie = 'chome' | 'town' | 'station' | 'figure';

export interface AnswerEvent {
  readonly event: FloodEvent;
  readonly tie: Tie;
  /** Straight-line metres from the place's centre to the nearest place the record names. */
  readonly distanceM: number | null;
  /** The figure for this place (sum of its chome's records for the event), when there is one. */
  readonly here: { readonly figure: Figure; readonly unit: string; readonly record: ChomeRecord } | null;
}

/**
 * Where a depth was recorded, against the answer's range (the place itself or within WALK_M, the
 * same test as for records here and nearby): only one recorded in range is drawn for the place.
 */
export type DepthWhere =
  | { readonly kind: 'inRange' }
  /** Located, but farther: the distance to its nearest point and the place ref that point is for. */
  | { readonly kind: 'far'; readonly distanceM: number; readonly near: string }
  /** The fact names no place that can be located: its depth is not tied to any point. */
  | { readonly kind: 'unlocated' };

export interface AnswerDepth {
  readonly event: FloodEvent;
  readonly fact: EventFact;
  readonly depth: Depth;
  readonly where: DepthWhere;
}

export interface NearestShelter {
  readonly id: string;
  readonly name: string;
  readonly distanceM: number;
  /** Designated for floods (洪水) in GSI's list. */
  readonly forFloods: boolean;
}

export interface PlaceAnswer {
  readonly place: AnswerPlace;
  readonly center: LonLat;
  /** Flood records here, oldest first. */
  readonly here: readonly AnswerEvent[];
  /** Flood records within walking distance (not here), nearest first. */
  readonly nearby: readonly AnswerEvent[];
  /** Memorials and works here or nearby. */
  readonly related: readonly FloodEvent[];
  /** Chome-level figures of the place's chome, oldest first. */
  readonly records: readonly ChomeRecord[];
  /** Depths the sources give for records here or nearby, each with where it was recorded. */
  readonly depths: readonly AnswerDepth[];
  readonly nearestShelter: NearestShelter | null;
}

export type AnswerQuery =
  | { readonly kind: 'chome'; readonly code: string; readonly point?: LonLat | null }
  | { readonly kind: 'town'; readonly town: Town }
  | { readonly kind: 'station'; readonly name: string }
  | { readonly kind: 'point'; readonly point: LonLat; readonly name: string };

const RAD = Math.PI / 180;
/** Metres between two lon/lat points (haversine; plenty for a ward). */
export function metres(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

/** A point as a one-item list (flatMap would otherwise spread the coordinates). */
const asList = (p: LonLat | null | undefined): LonLat[] => (p ? [p] : []);

function centroid(points: readonly LonLat[]): LonLat | null {
  if (points.length === 0) return null;
  const lon = points.reduce((s, p) => s + p[0], 0) / points.length;
  const lat = points.reduce((s, p) => s + p[1], 0) / points.length;
  return [lon, lat];
}

function sumFigures(records: readonly ChomeRecord[]): Figure {
  const numbers = records.flatMap((r) => (r.total.kind === 'number' ? [r.total] : []));
  if (numbers.length === 0) return records.some((r) => r.total.kind === 'notGiven') ? { kind: 'notGiven' } : { kind: 'noRecord' };
  return {
    kind: 'number',
    value: numbers.reduce((s, f) => s + f.value, 0),
    uncertain: numbers.some((f) => f.uncertain) || numbers.length < records.length,
  };
}

const positive = (f: Figure): boolean => f.kind === 'number' && f.value > 0;
/** A recorded zero or an unknown share does not say the flood reached the chome. */
function damaged(r: ChomeRecord): boolean {
  return positive(r.total) || positive(r.aboveFloor) || positive(r.belowFloor) || (r.damageClass?.ordinal ?? 0) > 0;
}

/** Within walking distance of the place's centre: the answer's range beyond the place itself. */
const inWalk = (center: LonLat, p: LonLat): boolean => within(center, p, WALK_M / 1000);

/** Where a location is, as points: its chome's centres and its stations. */
export function pointsOf(data: AppData, loc: Location | undefined): LonLat[] {
  if (!loc) return [];
  return [
    ...[...loc.chome, ...loc.townChome].flatMap((c) => asList(data.anchors.get(c))),
    ...loc.stations.flatMap((s) => asList(data.places.pointOf('station', s))),
  ];
}

/** The place a query resolved to, with the chome and towns its records may name. */
interface Scope {
  readonly place: AnswerPlace;
  readonly codes: ReadonlySet<string>;
  readonly towns: ReadonlySet<string>;
}

/** How a location names the place itself (null: it does not), before any chome figure is looked at. */
function namedTie(loc: Location, { place, codes, towns }: Scope): Exclude<Tie, 'figure'> | null {
  if (loc.chome.some((c) => codes.has(c))) return 'chome';
  if (place.kind === 'station' && loc.stations.includes(place.name)) return 'station';
  if (loc.towns.some((t) => towns.has(t)) || loc.townChome.some((c) => codes.has(c))) return 'town';
  return null;
}

/**
 * Where a depth was recorded, from the fact's own place refs only (not its event's, which may
 * reach far wider): in range when one of them names the place or lies within WALK_M of its centre.
 */
function depthWhere(refs: readonly FactPlace[], scope: Scope, center: LonLat, data: AppData): DepthWhere {
  let nearest: { readonly distanceM: number; readonly near: string } | null = null;
  for (const { name, location } of refs) {
    if (namedTie(location, scope) !== null) return { kind: 'inRange' };
    for (const p of pointsOf(data, location)) {
      if (inWalk(center, p)) return { kind: 'inRange' };
      const d = metres(center, p);
      if (!nearest || d < nearest.distanceM) nearest = { distanceM: d, near: name };
    }
  }
  return nearest ? { kind: 'far', ...nearest } : { kind: 'unlocated' };
}

function resolve(query: AnswerQuery, data: AppData): { place: AnswerPlace; center: LonLat } | null {
  const anchors = data.anchors;
  switch (query.kind) {
    case 'chome': {
      const anchor = anchors.get(query.code);
      const center = query.point ?? anchor;
      if (!center) return null;
      return { place: { kind: 'chome', name: data.places.chomeName(query.code), codes: [query.code] }, center };
    }
    case 'town': {
      const center = centroid(query.town.codes.flatMap((c) => asList(anchors.get(c))));
      return center ? { place: { kind: 'town', name: query.town.name, codes: query.town.codes }, center } : null;
    }
    case 'station': {
      const center = data.places.pointOf('station', query.name);
      if (!center) return null;
      const codes = [...anchors].filter(([, p]) => metres(center, p) <= STATION_AREA_M).map(([c]) => c);
      const under = data.places.chomeAt(center[0], center[1]);
      const all = under && !codes.includes(String(under.properties.key_code)) ? [String(under.properties.key_code), ...codes] : codes;
      return { place: { kind: 'station', name: query.name, codes: all }, center };
    }
    case 'point': {
      const under = data.places.chomeAt(query.point[0], query.point[1]);
      return {
        place: { kind: 'point', name: query.name, codes: under ? [String(under.properties.key_code)] : [] },
        center: query.point,
      };
    }
  }
}

/** Where an answer's distances are measured from and its hazard layers are read (null: no such place). */
export function answerCenter(query: AnswerQuery, data: AppData): LonLat | null {
  return resolve(query, data)?.center ?? null;
}

/** The nearest designated evacuation site, preferring those designated for floods. */
function nearestShelter(data: AppData, center: LonLat): NearestShelter | null {
  const sites = data.features.get('evacSites')?.features ?? [];
  let best: NearestShelter | null = null;
  for (const f of sites) {
    if (f.geometry.type !== 'Point') continue;
    const forFloods = String(f.properties['洪水'] ?? '') === '1';
    const d = metres(center, f.geometry.coordinates as unknown as LonLat);
    const better = !best || (forFloods && !best.forFloods) || (forFloods === best.forFloods && d < best.distanceM);
    if (better) best = { id: String(f.properties.fid), name: String(f.properties.label), distanceM: d, forFloods };
  }
  return best;
}

export function answerFor(query: AnswerQuery, data: AppData, townName: (code: string) => string | null): PlaceAnswer | null {
  const history = data.history;
  const resolved = resolve(query, data);
  if (!history || !resolved) return null;
  const { place, center } = resolved;
  const codes = new Set(place.codes);
  // A town's name is that of its chome, also for the part of a town a postcode covers (北品川一〜四丁目).
  const towns = new Set(place.codes.flatMap((c) => townName(c) ?? []));
  const scope: Scope = { place, codes, towns };
  const records = history.records
    .filter((r) => codes.has(r.chomeCode))
    .sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end));
  const here: AnswerEvent[] = [];
  const nearby: AnswerEvent[] = [];
  const related: FloodEvent[] = [];
  for (const e of history.events) {
    const loc = history.locations.get(e.id);
    if (!loc) continue;
    const own = records.filter((r) => r.eventId === e.id && damaged(r));
    const named = namedTie(loc, scope);
    const tie: Tie | null = named === 'chome' ? 'chome' : own.length > 0 ? 'figure' : named;
    const points = pointsOf(data, loc);
    const distances = points.map((p) => metres(center, p));
    const distanceM = distances.length > 0 ? Math.min(...distances) : null;
    const figure = own.length > 0 && own[0] ? { figure: sumFigures(own), unit: own[0].unit, record: own[0] } : null;
    const entry: AnswerEvent = { event: e, tie: tie ?? 'chome', distanceM, here: figure };
    const near = tie === null && points.some((p) => inWalk(center, p));
    if (!isFlood(e)) {
      if (tie !== null || near) related.push(e);
    } else if (tie !== null) here.push(entry);
    else if (near) nearby.push(entry);
  }
  nearby.sort((a, b) => (a.distanceM ?? Infinity) - (b.distanceM ?? Infinity));
  const depths = [...here, ...nearby].flatMap(({ event }) =>
    (history.facts.get(event.id) ?? []).flatMap((fact): AnswerDepth[] =>
      fact.depth
        ? [{ event, fact, depth: fact.depth, where: depthWhere(history.factPlaces.get(fact) ?? [], scope, center, data) }]
        : [],
    ),
  );
  return { place, center, here, nearby, related, records, depths, nearestShelter: nearestShelter(data, center) };
}

/** The earliest year of the records here and nearby (null when there are none). */
export function firstYear(a: PlaceAnswer): number | null {
  const years = [...a.here, ...a.nearby].map((x) => Number(x.event.start.iso.slice(0, 4)));
  return years.length > 0 ? Math.min(...years) : null;
}

/**
 * The worst record here: the largest figure for this place if any record has one, otherwise the
 * largest figure the source gives for the whole record (its scope said with it).
 */
export function worstHere(a: PlaceAnswer): { readonly entry: AnswerEvent; readonly local: boolean } | null {
  const value = (f: Figure | undefined): number => (f?.kind === 'number' ? f.value : -1);
  const local = a.here.filter((x) => x.here && value(x.here.figure) > 0);
  if (local.length > 0) {
    const best = local.reduce((m, x) => (value(x.here?.figure) > value(m.here?.figure) ? x : m));
    return { entry: best, local: true };
  }
  const withTotal = a.here.filter((x) => value(x.event.total) > 0);
  if (withTotal.length === 0) return null;
  return { entry: withTotal.reduce((m, x) => (value(x.event.total) > value(m.event.total) ? x : m)), local: false };
}
