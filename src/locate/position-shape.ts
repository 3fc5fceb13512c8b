// The position as map features: a dot (with its label) and, around it, the circle the browser
// says the true position lies in. Pure; drawn by the layers of src/map/position-style.ts.
import type { FeatureCollection, GeoJsonFeature } from '../data/validate-geojson';
import type { Position } from './position-rules';
import { M_PER_DEG_LAT } from './ward-distance';

/** Points on the circle: smooth at any zoom a resident would use. */
const CIRCLE_STEPS = 64;

export const NO_FEATURES: FeatureCollection = { type: 'FeatureCollection', features: [] };

/** A circle of `radiusM` metres around the point, as a lon/lat ring (closed). */
export function circleRing(lon: number, lat: number, radiusM: number): [number, number][] {
  const dLat = radiusM / M_PER_DEG_LAT;
  const dLon = dLat / Math.cos((lat * Math.PI) / 180);
  const ring: [number, number][] = [];
  for (let i = 0; i <= CIRCLE_STEPS; i++) {
    const a = (2 * Math.PI * (i % CIRCLE_STEPS)) / CIRCLE_STEPS;
    ring.push([lon + dLon * Math.cos(a), lat + dLat * Math.sin(a)]);
  }
  return ring;
}

export function positionFeatures(p: Position, label: string): FeatureCollection {
  const features: GeoJsonFeature[] = [];
  // A browser that claims a perfect fix (0 m) gets the dot alone.
  if (p.accuracyM >= 1) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [circleRing(p.lon, p.lat, p.accuracyM)] },
      properties: {},
    });
  }
  features.push({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: { label },
  });
  return { type: 'FeatureCollection', features };
}

/**
 * [west, south, east, north] around some bounds and a point, widened by a share of its size on
 * every side, so that a dot on the edge is not hidden under the map's notes and controls.
 */
export function boundsWith(
  b: readonly [number, number, number, number],
  lon: number,
  lat: number,
  margin = 0.15,
): [number, number, number, number] {
  const [w, s, e, n] = [
    Math.min(b[0], lon),
    Math.min(b[1], lat),
    Math.max(b[2], lon),
    Math.max(b[3], lat),
  ];
  const dx = (e - w) * margin;
  const dy = (n - s) * margin;
  return [w - dx, s - dy, e + dx, n + dy];
}
