import { describe, expect, it } from 'vitest';
import type { BBox } from '../../src/data/schema';
import {
  anchorOf,
  axisSpacing,
  cellIndex,
  expandBBox,
  inferCellSize,
  makeGrid,
  PointStore,
  rasterizeDeepest,
  sharedCellPoints,
  SHINAGAWA_BBOX,
} from '../../src/hazard/mesh-grid';

const DLON = 0.45 / 3600; // the JIS 10 m mesh: 0.45″ × 0.3″
const DLAT = 0.3 / 3600;

/** A synthetic lattice (every 17th point of it, to stay fast), printed to `decimals` like a CSV. */
function lattice(
  box: BBox,
  cols: number,
  rows: number,
  decimals: number,
  depth: (c: number, r: number) => number,
) {
  const store = new PointStore(box[0], box[1]);
  const lon0 = box[0] + 0.0005;
  const lat0 = box[1] + 0.0005;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if ((c + r) % 17 !== 0) continue;
      const lon = Number((lon0 + c * DLON).toFixed(decimals));
      const lat = Number((lat0 + r * DLAT).toFixed(decimals));
      store.push(lon, lat, depth(c, r), 5);
    }
  }
  return store;
}

describe('cell size', () => {
  it('finds the 0.45″ × 0.3″ spacing although printing to 6 decimals makes the gaps uneven', () => {
    const store = lattice(SHINAGAWA_BBOX, 620, 680, 6, () => 1);
    const cell = inferCellSize(store, 35.61);
    expect(cell.inferred).toBe(true);
    // Within 1e-9° a step, so the error over 680 rows stays under a hundredth of a cell.
    expect(Math.abs(cell.dlon - DLON)).toBeLessThan(1e-9);
    expect(Math.abs(cell.dlat - DLAT)).toBeLessThan(1e-9);
    const grid = makeGrid(SHINAGAWA_BBOX, cell, anchorOf(store));
    expect(sharedCellPoints(grid, store)).toBe(0);
  });

  it('ignores holes in the data (gaps of two steps)', () => {
    const values = Float32Array.from([0, 1, 2, 4, 5, 7, 8, 9].map((k) => k * 1e-4));
    expect(axisSpacing(values)).toBeCloseTo(1e-4, 10);
  });

  it('falls back to 10 m when the values are not a lattice', () => {
    const store = new PointStore(139.7, 35.6);
    for (let i = 0; i < 500; i++)
      store.push(
        139.7 + Math.sqrt(i) * 1e-3,
        35.6 + ((i * 7919) % 500) * 1e-5 * Math.sqrt(2),
        1,
        1,
      );
    const cell = inferCellSize(store, 35.61);
    expect(cell.inferred).toBe(false);
    expect(cell.dlat * 111_320).toBeCloseTo(10, 6);
  });
});

describe('grid', () => {
  it('expands a box by metres', () => {
    const [w, s, e, n] = expandBBox([139.7, 35.6, 139.8, 35.7], 1113.2);
    expect(35.6 - s).toBeCloseTo(0.01, 9);
    expect(n - 35.7).toBeCloseTo(0.01, 9);
    expect(139.7 - w).toBeCloseTo(e - 139.8, 12);
    expect(139.7 - w).toBeGreaterThan(0.01);
  });

  it('covers the box, edges included, with cells centred on the source points', () => {
    const box: BBox = [139.7, 35.6, 139.701, 35.6006];
    const anchor = [139.70035, 35.60015] as const;
    const grid = makeGrid(box, { dlon: 0.0002, dlat: 0.0001, inferred: true }, anchor);
    expect(grid.bounds[0]).toBeLessThan(box[0]);
    expect(grid.bounds[1]).toBeLessThan(box[1]);
    expect(grid.bounds[2]).toBeGreaterThan(box[2]);
    expect(grid.bounds[3]).toBeGreaterThan(box[3]);
    expect(grid.bounds[2] - grid.bounds[0]).toBeCloseTo(grid.width * 0.0002, 12);
    expect(grid.bounds[3] - grid.bounds[1]).toBeCloseTo(grid.height * 0.0001, 12);
    // The anchor sits in the middle of its cell: half a cell from the edges on both axes.
    expect(((anchor[0] - grid.bounds[0]) / 0.0002) % 1).toBeCloseTo(0.5, 9);
    expect(((grid.bounds[3] - anchor[1]) / 0.0001) % 1).toBeCloseTo(0.5, 9);
    expect(grid.bounds[0]).toBeCloseTo(139.69985, 10);
    expect(grid.width).toBe(6);
    for (const [lon, lat] of [
      [box[0], box[1]],
      [box[2], box[3]],
    ] as const) {
      expect(cellIndex(grid, lon, lat)).not.toBeNull();
    }
  });

  it('indexes cells row by row from the north-west corner', () => {
    // A box strictly inside the 3 × 2 cells, so the grid is exactly those cells.
    const grid = makeGrid([0.1, 0.1, 2.9, 1.9], { dlon: 1, dlat: 1, inferred: true }, [0.5, 0.5]);
    expect(grid.bounds).toEqual([0, 0, 3, 2]);
    expect([grid.width, grid.height]).toEqual([3, 2]);
    expect(cellIndex(grid, 0.5, 1.5)).toBe(0);
    expect(cellIndex(grid, 2.5, 1.5)).toBe(2);
    expect(cellIndex(grid, 0.5, 0.5)).toBe(3);
    expect(cellIndex(grid, 2.5, 0.5)).toBe(5);
    expect(cellIndex(grid, 3.5, 0.5)).toBeNull();
    expect(cellIndex(grid, 0.5, -0.5)).toBeNull();
  });

  it('paints each cell with the deepest class among its points, 0 where nothing is flooded', () => {
    const store = new PointStore(0, 0);
    // 3 × 2 cells of 1°; two points in the top-left cell (0.3 m and 4 m): the deeper one wins.
    store.push(0.4, 1.5, 0.3, 1);
    store.push(0.6, 1.5, 4, 1);
    store.push(1.5, 1.5, 0, 1);
    store.push(2.5, 1.5, 25, 1);
    store.push(0.5, 0.5, 0.5, 1);
    store.push(1.5, 0.5, -1, 1);
    const grid = makeGrid([0.1, 0.1, 2.9, 1.9], { dlon: 1, dlat: 1, inferred: true }, [0.5, 0.5]);
    expect([...rasterizeDeepest(grid, store)]).toEqual([3, 0, 6, 2, 0, 0]);
    expect(sharedCellPoints(grid, store)).toBe(1);
  });

  it('keeps coordinates to well under a millimetre and depths exactly', () => {
    const store = new PointStore(SHINAGAWA_BBOX[0], SHINAGAWA_BBOX[1]);
    store.push(139.7735123, 35.6418456, 1.25, 3.5);
    expect(Math.abs(store.lon(0) - 139.7735123)).toBeLessThan(1e-8);
    expect(Math.abs(store.lat(0) - 35.6418456)).toBeLessThan(1e-8);
    expect([store.depth(0), store.ground(0)]).toEqual([1.25, 3.5]);
    // A depth exactly on the flooded threshold must stay on it.
    store.push(139.7, 35.6, 0.01, 1);
    expect(store.depth(1)).toBe(0.01);
  });
});
