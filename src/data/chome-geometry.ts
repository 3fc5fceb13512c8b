// Geometry helpers on the chome polygons: a point per chome, distances, bounds.
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { centroid } from '@turf/centroid';
import { distance } from '@turf/distance';
import { pointOnFeature } from '@turf/point-on-feature';
import type { FeatureCollection, GeoJsonFeature } from './validate-geojson';

export type LonLat = readonly [number, number];

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
