// What every switched-on hazard layer shows at one point: the online tile pixel or the offline
// mesh pixel, matched to the legend. Unreachable layers say so; no colour is "no data", never safe.
import {
  DEPTH_LEGEND,
  hazardById,
  LEGEND_TOLERANCE,
  OFFLINE_MESH_ID,
  type HazardKey,
} from '../config/hazard-layers';
import { matchLegend, type PixelReading } from './legend-match';
import { pixelAt, type OfflineMesh } from './load-offline-mesh';
import { meshPixel } from './offline-mesh';
import { queryZoom, readTilePixel } from './read-tile-pixel';

export type HazardReading =
  | { readonly kind: 'loading' }
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'read'; readonly reading: PixelReading };

export interface HazardSources {
  /** Online layers known to be unreachable are not asked again. */
  readonly unreachable: (id: HazardKey) => boolean;
  readonly mesh: OfflineMesh | null;
  /** Fetches the tiles (a caller that may drop the reading passes one with an abort signal). */
  readonly fetch?: typeof fetch;
}

/** What the predicted layers show at an answer's point, read without drawing them. */
export interface Prediction {
  readonly point: readonly [number, number];
  /** The day the tiles were read (YYYY-MM-DD, Tokyo): the portal does not say when it changed them. */
  readonly readOn: string;
  readonly readings: ReadonlyMap<HazardKey, HazardReading>;
}

function readMesh(mesh: OfflineMesh | null, lon: number, lat: number): HazardReading {
  if (!mesh?.pixels) return { kind: 'unavailable' };
  const px = meshPixel(mesh.meta, lon, lat);
  if (!px) return { kind: 'read', reading: { kind: 'noData' } };
  const rgba = pixelAt(mesh.pixels, px.col, px.row);
  return { kind: 'read', reading: matchLegend(rgba, DEPTH_LEGEND, LEGEND_TOLERANCE) };
}

async function readOnline(
  id: HazardKey,
  lon: number,
  lat: number,
  sources: HazardSources,
): Promise<HazardReading | null> {
  const layer = hazardById(id);
  if (!layer) return null;
  if (sources.unreachable(id)) return { kind: 'unavailable' };
  const result = await readTilePixel(
    layer.tiles,
    lon,
    lat,
    queryZoom(layer.maxzoom),
    sources.fetch,
  );
  if (result.kind === 'unreachable') return { kind: 'unavailable' };
  if (result.kind === 'noTile') return { kind: 'read', reading: { kind: 'noData' } };
  return { kind: 'read', reading: matchLegend(result.rgba, layer.legend, LEGEND_TOLERANCE) };
}

export async function readHazards(
  ids: readonly HazardKey[],
  [lon, lat]: readonly [number, number],
  sources: HazardSources,
): Promise<Map<HazardKey, HazardReading>> {
  const readings = new Map<HazardKey, HazardReading>();
  await Promise.all(
    ids.map(async (id) => {
      const r =
        id === OFFLINE_MESH_ID
          ? readMesh(sources.mesh, lon, lat)
          : await readOnline(id, lon, lat, sources);
      if (r) readings.set(id, r);
    }),
  );
  return readings;
}
