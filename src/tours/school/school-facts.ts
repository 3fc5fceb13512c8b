// What the data says about a school's surroundings, for generate-lesson.ts: the flood records
// within walking distance (place-answer.ts's answer for the school's point, the same range the
// place answer uses), the one to look at closely, the nearest record when none is near, and the
// nearest designated evacuation site for floods. Pure; nothing is estimated.
import type { AppData } from '../../data/app-data';
import type { LonLat } from '../../data/chome-geometry';
import { isFlood, type Depth, type FloodEvent, type SourceRef } from '../../data/flood-model';
import { answerFor, metres, pointsOf, WALK_M, type PlaceAnswer } from '../../data/place-answer';
import type { School } from './school-list';

export interface NearRecord {
  readonly event: FloodEvent;
  /** Straight-line metres to the nearest place the record names (null: it names the school's chome or town only). */
  readonly distanceM: number | null;
}

export interface FocusRecord extends NearRecord {
  /** Within walking distance (false: the nearest record, farther away). */
  readonly near: boolean;
  /** A depth the sources give for it, recorded within walking distance, with that source. */
  readonly depth: { readonly depth: Depth; readonly source: SourceRef } | null;
}

export interface EvacSite {
  readonly id: string;
  readonly name: string;
  /** The ward's English name when the site is one of its schools (GSI's data is in Japanese only). */
  readonly nameEn: string | null;
  readonly point: LonLat;
  readonly distanceM: number;
  readonly forFloods: boolean;
  /** The site is the school itself (GSI lists the same address). */
  readonly isSchool: boolean;
}

export interface SchoolFacts {
  readonly walkM: number;
  /** Flood records within walking distance, oldest first. */
  readonly records: readonly NearRecord[];
  /** The record the lesson looks at closely (null: the data has none at all). */
  readonly focus: FocusRecord | null;
  readonly site: EvacSite | null;
}

const deepest = (d: Depth): number => d.maxM ?? d.minM;
const value = (e: FloodEvent): number => (e.total.kind === 'number' ? e.total.value : -1);

/** The deepest depth recorded near the school; else the largest damage figure; else the oldest. */
function focusOf(answer: PlaceAnswer, records: readonly NearRecord[]): FocusRecord | null {
  const depths = answer.depths.filter((d) => d.where.kind === 'inRange');
  if (depths.length > 0) {
    const best = depths.reduce((m, d) => (deepest(d.depth) > deepest(m.depth) ? d : m));
    const rec = records.find((r) => r.event.id === best.event.id);
    return {
      event: best.event,
      distanceM: rec?.distanceM ?? null,
      near: true,
      depth: { depth: best.depth, source: best.fact.source },
    };
  }
  const first = records[0];
  if (!first) return null;
  const best = records.reduce((m, r) => (value(r.event) > value(m.event) ? r : m), first);
  return { ...best, near: true, depth: null };
}

/** The flood record nearest to a point, wherever it is (null: no record can be placed). */
function nearestRecord(data: AppData, point: LonLat): NearRecord | null {
  let best: NearRecord | null = null;
  for (const e of data.history?.events ?? []) {
    if (!isFlood(e)) continue;
    for (const p of pointsOf(data, data.history?.locations.get(e.id))) {
      const d = metres(point, p);
      if (!best || (best.distanceM ?? Infinity) > d) best = { event: e, distanceM: d };
    }
  }
  return best;
}

const addressKey = (a: string): string =>
  a
    .normalize('NFKC')
    .replace(/^東京都/, '')
    .replace(/\s/g, '');

/** The nearest site designated for floods (the nearest of any kind when none is). */
function nearestSite(
  data: AppData,
  school: School,
  nameEn: (ja: string) => string | null,
): EvacSite | null {
  let best: EvacSite | null = null;
  for (const f of data.features.get('evacSites')?.features ?? []) {
    if (f.geometry.type !== 'Point') continue;
    const point = f.geometry.coordinates as unknown as LonLat;
    const forFloods = String(f.properties['洪水'] ?? '') === '1';
    const distanceM = metres(school.point, point);
    if (best && best.forFloods && !forFloods) continue;
    if (best && best.forFloods === forFloods && best.distanceM <= distanceM) continue;
    const name = String(f.properties.label ?? '');
    const isSchool =
      name === school.name.ja ||
      (school.address !== '' &&
        addressKey(String(f.properties['住所'] ?? '')) === addressKey(school.address));
    best = {
      id: String(f.properties.fid),
      name,
      nameEn: nameEn(name),
      point,
      distanceM,
      forFloods,
      isSchool,
    };
  }
  return best;
}

/** `nameEn`: the ward's English name of a site that is one of its schools (by its Japanese name). */
export function schoolFacts(
  data: AppData,
  school: School,
  nameEn: (ja: string) => string | null = () => null,
): SchoolFacts {
  const answer = answerFor(
    { kind: 'point', point: school.point, name: school.name.ja },
    data,
    (c) => data.towns.townOf(c)?.name ?? null,
  );
  const records: NearRecord[] = answer
    ? [...answer.here, ...answer.nearby]
        .map((a) => ({ event: a.event, distanceM: a.distanceM }))
        .sort((a, b) => a.event.start.iso.localeCompare(b.event.start.iso))
    : [];
  const near = answer ? focusOf(answer, records) : null;
  const far = records.length === 0 ? nearestRecord(data, school.point) : null;
  return {
    walkM: WALK_M,
    records,
    focus: near ?? (far ? { ...far, near: false, depth: null } : null),
    site: nearestSite(data, school, nameEn),
  };
}
