// From scattered mesh points to a regular lon/lat raster: keep the points compactly, find the
// source's grid spacing, lay a grid whose cell centres sit on the source points, and paint each cell
// with the deepest class that falls in it.
import type { BBox } from '../data/schema';
import { classify } from './mesh-classify';

/** Shinagawa ward extent (west, south, east, north), from the bundled ward boundary. */
export const SHINAGAWA_BBOX: BBox = [139.6954, 35.5849, 139.7736, 35.6419];

/** Metres per degree of latitude; close enough for margins and cell sizes at ward scale. */
export const METRES_PER_DEGREE = 111_320;

/** Cell size used when the data do not reveal one: the source's nominal spacing. */
export const FALLBACK_CELL_M = 10;

export function metresToDegrees(metres: number, lat: number): { dlon: number; dlat: number } {
  const dlat = metres / METRES_PER_DEGREE;
  return { dlon: dlat / Math.cos((lat * Math.PI) / 180), dlat };
}

export function expandBBox(box: BBox, marginM: number): BBox {
  const { dlon, dlat } = metresToDegrees(marginM, (box[1] + box[3]) / 2);
  return [box[0] - dlon, box[1] - dlat, box[2] + dlon, box[3] + dlat];
}

/**
 * Points kept for the raster and the summaries: 20 bytes a point instead of an object of ~80.
 * Coordinates are float32 offsets from the box corner (near 0.1° float32 resolves 1e-8°, about a
 * millimetre). Depths stay float64: float32 would turn 0.01 m into 0.00999… and move a point
 * across the "flooded" threshold.
 */
export class PointStore {
  length = 0;
  private lonOff = new Float32Array(1024);
  private latOff = new Float32Array(1024);
  private depths = new Float64Array(1024);
  private grounds = new Float32Array(1024);

  constructor(
    readonly west: number,
    readonly south: number,
  ) {}

  push(lon: number, lat: number, depth: number, ground: number): void {
    if (this.length === this.lonOff.length) this.grow();
    const i = this.length++;
    this.lonOff[i] = lon - this.west;
    this.latOff[i] = lat - this.south;
    this.depths[i] = depth;
    this.grounds[i] = ground;
  }

  lon(i: number): number {
    return this.west + (this.lonOff[i] ?? Number.NaN);
  }
  lat(i: number): number {
    return this.south + (this.latOff[i] ?? Number.NaN);
  }
  depth(i: number): number {
    return this.depths[i] ?? Number.NaN;
  }
  ground(i: number): number {
    return this.grounds[i] ?? Number.NaN;
  }
  /** Offsets in degrees from the box corner, for the spacing search. */
  offsets(axis: 'lon' | 'lat'): Float32Array {
    return (axis === 'lon' ? this.lonOff : this.latOff).subarray(0, this.length);
  }

  private grow(): void {
    const bigger = <T extends Float32Array<ArrayBuffer> | Float64Array<ArrayBuffer>>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    this.lonOff = bigger(this.lonOff);
    this.latOff = bigger(this.latOff);
    this.depths = bigger(this.depths);
    this.grounds = bigger(this.grounds);
  }
}

/** Coordinates are compared at 1e-7° (about 1 cm), far finer than the grid, coarser than noise. */
const QUANTUM = 1e-7;

/**
 * Spacing of one axis: the most common gap between sorted distinct values, refined because printed
 * coordinates are rounded (a 0.3″ step printed to 6 decimals shows gaps of 83 and 84 µ°; using 83
 * leaves an empty raster row every 250 rows). Null when the values do not form a regular grid (for
 * instance a grid laid in metres on a projected plane).
 */
export function axisSpacing(offsets: Float32Array): number | null {
  const q = new Int32Array(offsets.length);
  for (let i = 0; i < offsets.length; i++) q[i] = Math.round((offsets[i] ?? 0) / QUANTUM);
  q.sort();
  const counts = new Map<number, number>();
  let distinct = 0;
  let gaps = 0;
  for (let i = 0; i < q.length; i++) {
    const v = q[i] ?? 0;
    if (i > 0 && v === q[i - 1]) continue;
    distinct++;
    if (i > 0) {
      const gap = v - (q[i - 1] ?? 0);
      counts.set(gap, (counts.get(gap) ?? 0) + 1);
      gaps++;
    }
  }
  if (distinct < 3) return null;
  let mode = 0;
  let best = 0;
  for (const [gap, n] of counts) {
    if (n > best || (n === best && gap < mode)) [mode, best] = [gap, n];
  }
  // Gaps within rounding of the mode (83 and 84 µ° for a 83.33 µ° step) average to the true step;
  // twice the mode and more are holes in the data, left out.
  let near = 0;
  let nearSum = 0;
  for (const [gap, n] of counts) {
    if (Math.abs(gap - mode) <= Math.max(2, mode * 0.25)) {
      near += n;
      nearSum += gap * n;
    }
  }
  if (near * 2 < gaps) return null;
  // The mean is exact only over unbroken runs; dividing the whole span by its step count is exact.
  const span = (q[q.length - 1] ?? 0) - (q[0] ?? 0);
  return (span / Math.round((span * near) / nearSum)) * QUANTUM;
}

export interface CellSize {
  readonly dlon: number;
  readonly dlat: number;
  /** False when the fallback was used. */
  readonly inferred: boolean;
}

/** Plausible spacings for a "~10 m" mesh; anything else means the inference went wrong. */
const MIN_CELL_M = 1;
const MAX_CELL_M = 100;

/** `midLat` turns degrees of longitude into metres for the plausibility check and the fallback. */
export function inferCellSize(store: PointStore, midLat: number): CellSize {
  const fallback = { ...metresToDegrees(FALLBACK_CELL_M, midLat), inferred: false };
  const dlon = axisSpacing(store.offsets('lon'));
  const dlat = axisSpacing(store.offsets('lat'));
  if (dlon === null || dlat === null) return fallback;
  const ok = (deg: number, perDeg: number): boolean =>
    deg * perDeg >= MIN_CELL_M && deg * perDeg <= MAX_CELL_M;
  const lonM = METRES_PER_DEGREE * Math.cos((midLat * Math.PI) / 180);
  if (!ok(dlon, lonM) || !ok(dlat, METRES_PER_DEGREE)) return fallback;
  return { dlon, dlat, inferred: true };
}

export interface Grid {
  /** Outer edges of the image: [west, south, east, north]. */
  readonly bounds: BBox;
  readonly width: number;
  readonly height: number;
  readonly dlon: number;
  readonly dlat: number;
}

/**
 * A grid covering `box` whose cell centres fall on the lattice through `anchor` (one source
 * point), so that every source point lands in the middle of exactly one cell.
 */
export function makeGrid(box: BBox, cell: CellSize, anchor: readonly [number, number]): Grid {
  const { dlon, dlat } = cell;
  // floor + 1 rather than ceil: edges land strictly outside the box even when float noise puts a
  // box edge a hair from a cell edge, so a point on the box edge still has a cell.
  const west =
    anchor[0] - dlon / 2 - (Math.floor((anchor[0] - dlon / 2 - box[0]) / dlon) + 1) * dlon;
  const south =
    anchor[1] - dlat / 2 - (Math.floor((anchor[1] - dlat / 2 - box[1]) / dlat) + 1) * dlat;
  const width = Math.floor((box[2] - west) / dlon) + 1;
  const height = Math.floor((box[3] - south) / dlat) + 1;
  return {
    bounds: [west, south, west + width * dlon, south + height * dlat],
    width,
    height,
    dlon,
    dlat,
  };
}

/** Row-major index of the cell holding lon/lat, row 0 at the north edge; null outside. */
export function cellIndex(grid: Grid, lon: number, lat: number): number | null {
  const col = Math.floor((lon - grid.bounds[0]) / grid.dlon);
  const row = Math.floor((grid.bounds[3] - lat) / grid.dlat);
  if (!(col >= 0 && col < grid.width && row >= 0 && row < grid.height)) return null;
  return row * grid.width + col;
}

/** Per cell: 0 when nothing flooded falls in it, else 1 + the deepest class among its points. */
export function rasterizeDeepest(grid: Grid, store: PointStore): Uint8Array {
  const cells = new Uint8Array(grid.width * grid.height);
  for (let i = 0; i < store.length; i++) {
    const cls = classify(store.depth(i));
    if (cls === null) continue;
    const index = cellIndex(grid, store.lon(i), store.lat(i));
    if (index !== null && cls + 1 > (cells[index] ?? 0)) cells[index] = cls + 1;
  }
  return cells;
}

/** Westmost and southmost kept coordinates: a source point on each grid line. */
export function anchorOf(store: PointStore): [number, number] {
  let lon = Infinity;
  let lat = Infinity;
  for (let i = 0; i < store.length; i++) {
    lon = Math.min(lon, store.lon(i));
    lat = Math.min(lat, store.lat(i));
  }
  return [lon, lat];
}

/**
 * Points that share a cell with another point. Zero when the grid matches the source lattice; a
 * few per cent means the spacing was misjudged and the raster has holes and doubled cells.
 */
export function sharedCellPoints(grid: Grid, store: PointStore): number {
  const seen = new Uint8Array(grid.width * grid.height);
  let shared = 0;
  for (let i = 0; i < store.length; i++) {
    const index = cellIndex(grid, store.lon(i), store.lat(i));
    if (index === null) continue;
    if (seen[index]) shared++;
    else seen[index] = 1;
  }
  return shared;
}
