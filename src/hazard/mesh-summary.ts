// Per-chome summaries of the mesh points: how many points fall in each chome, how many are flooded,
// how deep, and the ground height. Unknown stays empty in the output, never 0.
import { bbox as turfBbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { BBox } from '../data/schema';
import type { FeatureCollection } from '../data/validate-geojson';
import { FLOODED_MIN_M } from './mesh-classify';

type TurfPolygon = Parameters<typeof booleanPointInPolygon>[1];

export interface ChomeArea {
  readonly code: string;
  readonly name: string;
  readonly polygon: TurfPolygon;
  readonly bbox: BBox;
}

/** Chome polygons with their boxes; the name is name_kanji, the join key used across the app. */
export function chomeAreas(chome: FeatureCollection): ChomeArea[] {
  return chome.features.map((f) => {
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
      throw new TypeError(`chome ${String(f.properties.key_code)}: ${f.geometry.type} geometry`);
    }
    const polygon = f as unknown as TurfPolygon;
    const [w = 0, s = 0, e = 0, n = 0] = turfBbox(polygon);
    return {
      code: String(f.properties.key_code),
      name: String(f.properties.name_kanji ?? f.properties.name),
      polygon,
      bbox: [w, s, e, n],
    };
  });
}

interface Tally {
  points: number;
  flooded: number;
  maxDepth: number;
  floodedDepthSum: number;
  groundMin: number;
  groundSum: number;
}

export interface ChomeSummary {
  readonly code: string;
  readonly name: string;
  readonly points: number;
  readonly flooded: number;
  /** flooded / points; null without points. */
  readonly share: number | null;
  /** Deepest value recorded at any point of the chome; null without points. */
  readonly maxDepth: number | null;
  /** Mean over flooded points only; null when none is flooded. */
  readonly meanDepth: number | null;
  readonly groundMin: number | null;
  readonly groundMean: number | null;
}

export interface SummaryAccumulator {
  /** Count one point in the chome that contains it (the first one, if it lies on a shared edge). */
  add(lon: number, lat: number, depth: number, ground: number): void;
  /** One summary per chome, in the order of the chome file. */
  result(): ChomeSummary[];
}

export function createSummary(areas: readonly ChomeArea[]): SummaryAccumulator {
  const tallies: Tally[] = areas.map(() => ({
    points: 0,
    flooded: 0,
    maxDepth: -Infinity,
    floodedDepthSum: 0,
    groundMin: Infinity,
    groundSum: 0,
  }));
  // Neighbouring points of a raster row usually share a chome: try the last hit first.
  let last = -1;
  const contains = (i: number, lon: number, lat: number): boolean => {
    const area = areas[i];
    if (!area) return false;
    const b = area.bbox;
    if (lon < b[0] || lon > b[2] || lat < b[1] || lat > b[3]) return false;
    return booleanPointInPolygon([lon, lat], area.polygon);
  };
  const find = (lon: number, lat: number): number => {
    if (last >= 0 && contains(last, lon, lat)) return last;
    for (let i = 0; i < areas.length; i++) {
      if (i !== last && contains(i, lon, lat)) return (last = i);
    }
    return -1;
  };
  return {
    add(lon, lat, depth, ground) {
      const tally = tallies[find(lon, lat)];
      if (!tally) return;
      tally.points++;
      tally.maxDepth = Math.max(tally.maxDepth, depth);
      if (depth >= FLOODED_MIN_M) {
        tally.flooded++;
        tally.floodedDepthSum += depth;
      }
      tally.groundMin = Math.min(tally.groundMin, ground);
      tally.groundSum += ground;
    },
    result() {
      return areas.map((area, i) => {
        const t = tallies[i] as Tally;
        const any = t.points > 0;
        return {
          code: area.code,
          name: area.name,
          points: t.points,
          flooded: t.flooded,
          share: any ? t.flooded / t.points : null,
          maxDepth: any ? t.maxDepth : null,
          meanDepth: t.flooded > 0 ? t.floodedDepthSum / t.flooded : null,
          groundMin: any ? t.groundMin : null,
          groundMean: any ? t.groundSum / t.points : null,
        };
      });
    },
  };
}

export const SUMMARY_COLUMNS = [
  'chome_code',
  'chome_name',
  'points',
  'points_flooded',
  'share_flooded',
  'max_depth_m',
  'mean_depth_m',
  'ground_min_m',
  'ground_mean_m',
] as const;

/** Metres to 3 decimals (millimetres: finer than any flood model), trailing zeros dropped. */
const metres = (x: number | null): string => (x === null ? '' : String(Number(x.toFixed(3))));

const cell = (text: string): string =>
  /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;

/** The summary as CSV text (UTF-8, LF, header row first). */
export function summaryCsv(rows: readonly ChomeSummary[]): string {
  const lines = [SUMMARY_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push(
      [
        cell(r.code),
        cell(r.name),
        String(r.points),
        String(r.flooded),
        r.share === null ? '' : r.share.toFixed(3),
        metres(r.maxDepth),
        metres(r.meanDepth),
        metres(r.groundMin),
        metres(r.groundMean),
      ].join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}
