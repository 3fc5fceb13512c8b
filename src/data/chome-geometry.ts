// Geometry helpers on the chome polygons: a point per chome and which chome are near each other.
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import { distance } from '@turf/distance';
import { pointOnFeature } from '@turf/point-on-feature';
import type { FeatureCollection, GeoJsonFeature } from './validate-geojson';

export type LonLat = readonly [number, number];

/** "Nearby" for the what-happened-here panel: chome whose centres are within this distance. */
export const NEARBY_KM = 0.8;

type TurfInput = Parameters<typeof centroid>[0];

/** A point inside each chome (for flying to it and measuring distances). */
export function chomeAnchors(chome: FeatureCollection): Map<string, LonLat> {
  const out = new Map<string, LonLat>();
  for (const f of chome.features) {
    const p = pointOnFeature(f as unknown as TurfInput).geometry.coordinates;
    out.set(String(f.properties.key_code), [p[0] ?? 0, p[1] ?? 0]);
  }
  return out;
}

export function within(a: LonLat, b: LonLat, km: number): boolean {
  return distance([a[0], a[1]], [b[0], b[1]], { units: 'kilometers' }) <= km;
}

export function nearbyCodes(code: string, anchors: ReadonlyMap<string, LonLat>, km = NEARBY_KM): Set<string> {
  const here = anchors.get(code);
  const out = new Set<string>();
  if (!here) return out;
  for (const [other, p] of anchors) if (other !== code && within(here, p, km)) out.add(other);
  return out;
}

export function nearbyStations(
  code: string,
  anchors: ReadonlyMap<string, LonLat>,
  stations: FeatureCollection | undefined,
  km = NEARBY_KM,
): Set<string> {
  const here = anchors.get(code);
  const out = new Set<string>();
  if (!here || !stations) return out;
  for (const f of stations.features) {
    const c = f.geometry.coordinates as [number, number];
    if (within(here, c, km)) out.add(String(f.properties.name));
  }
  return out;
}

/** [west, south, east, north] around some features. */
export function boundsOf(features: readonly GeoJsonFeature[]): [number, number, number, number] | null {
  if (features.length === 0) return null;
  const b = bbox({ type: 'FeatureCollection', features } as unknown as Parameters<typeof bbox>[0]);
  return [b[0], b[1], b[2], b[3]];
}

/** The chome containing a point (null outside every chome), from the polygons themselves. */
export function chomeAt(chome: FeatureCollection, lon: number, lat: number): GeoJsonFeature | null {
  const point = [lon, lat];
  for (const f of chome.features) {
    const [w, s, e, n] = bbox(f as unknown as Parameters<typeof bbox>[0]);
    if (lon < w || lon > e || lat < s || lat > n) continue;
    if (booleanPointInPolygon(point, f as unknown as Parameters<typeof booleanPointInPolygon>[1])) return f;
  }
  return null;
}
