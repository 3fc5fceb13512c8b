// Where a point stands against the ward's boundary: inside, or outside and how far from its
// nearest edge. Pure, on the bundled boundary file (data/shinagawa_ward_boundary.geojson).
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { FeatureCollection } from '../data/validate-geojson';

type Ring = readonly (readonly number[])[];

/** Metres per degree of latitude (mean, WGS84); a degree of longitude is this times cos(lat). */
export const M_PER_DEG_LAT = 111_132;

/** Every ring (outer and holes) of the collection's polygons. */
function ringsOf(fc: FeatureCollection): Ring[] {
  const rings: Ring[] = [];
  for (const f of fc.features) {
    const g = f.geometry as { type: string; coordinates: unknown };
    if (g.type === 'Polygon') rings.push(...(g.coordinates as Ring[]));
    else if (g.type === 'MultiPolygon') for (const p of g.coordinates as Ring[][]) rings.push(...p);
  }
  return rings;
}

export function insideArea(fc: FeatureCollection, lon: number, lat: number): boolean {
  return fc.features.some((f) =>
    booleanPointInPolygon([lon, lat], f as unknown as Parameters<typeof booleanPointInPolygon>[1]),
  );
}

/**
 * Metres from the point to the nearest edge of the polygons (null: no polygon). Distances are
 * measured on a plane tangent at the point, which is within a fraction of a percent over tens
 * of kilometres; farther off, the figure is only shown rounded to kilometres.
 */
export function distanceToEdgeM(fc: FeatureCollection, lon: number, lat: number): number | null {
  const kx = M_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180);
  const ky = M_PER_DEG_LAT;
  let best = Infinity;
  for (const ring of ringsOf(fc)) {
    for (let i = 1; i < ring.length; i++) {
      const a = ring[i - 1];
      const b = ring[i];
      if (!a || !b) continue;
      const ax = ((a[0] ?? 0) - lon) * kx;
      const ay = ((a[1] ?? 0) - lat) * ky;
      const bx = ((b[0] ?? 0) - lon) * kx;
      const by = ((b[1] ?? 0) - lat) * ky;
      const dx = bx - ax;
      const dy = by - ay;
      const len2 = dx * dx + dy * dy;
      // The segment's point nearest to the origin (the position).
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len2));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return Number.isFinite(best) ? best : null;
}

/** Where the point is against the area: inside, or outside at a distance from its edge. */
export type WardPlace =
  { readonly inside: true } | { readonly inside: false; readonly edgeM: number | null };

export function wardPlace(fc: FeatureCollection, lon: number, lat: number): WardPlace {
  return insideArea(fc, lon, lat)
    ? { inside: true }
    : { inside: false, edgeM: distanceToEdgeM(fc, lon, lat) };
}
