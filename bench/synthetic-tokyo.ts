// SYNTHETIC data at the scale of all of Tokyo's 23 wards, for the timeline-brush benchmark
// (bench/brush.ts). Nothing here is real: the chome are jittered quads on a grid, the events and
// counts come from a seeded generator. Every code, name, title and note says so, so a stray
// screenshot or export can never be mistaken for flood records.
// Deterministic: the same seed always gives the same data (no Math.random, no clock).
import { NOT_GIVEN, num, type Figure } from '../src/data/figure';
import { EMPTY_EVENT_TEXT, type ChomeRecord, type FloodEvent } from '../src/data/flood-model';
import type { FeatureCollection, GeoJsonFeature } from '../src/data/validate-geojson';

export interface SyntheticOptions {
  readonly seed: number;
  /** Grid of chome: columns × rows quads over the extent. */
  readonly columns: number;
  readonly rows: number;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly eventsPerYear: number;
  /** Chome each event touches. */
  readonly chomePerEvent: number;
  /** Share of chome that also get long-period totals (records that contain event records). */
  readonly longPeriodShare: number;
}

export const SYNTHETIC_DEFAULTS: SyntheticOptions = {
  seed: 20_240_823,
  columns: 64,
  rows: 50,
  firstYear: 1966,
  lastYear: 2025,
  eventsPerYear: 5,
  chomePerEvent: 660,
  longPeriodShare: 0.1,
};

/** lon/lat box the grid covers: roughly the 23 wards. */
export const SYNTHETIC_EXTENT: readonly [number, number, number, number] = [
  139.56, 35.52, 139.92, 35.82,
];

export const SYNTHETIC_SOURCE = '合成データ（SYNTHETIC, bench/synthetic-tokyo.ts）';
const SYNTHETIC_NOTE = 'SYNTHETIC: generated for benchmarking, not a flood record';

/**
 * Periods of the long-period totals, as in the real sources (a decade column, a 31-year survey
 * total with a shorter one inside it), so RangeIndex's containment rule has work to do.
 */
const LONG_PERIODS: readonly (readonly [number, number])[] = [
  [1966, 1975],
  [1976, 1995],
  [1989, 2020],
  [2000, 2009],
];

export interface SyntheticTokyo {
  readonly chome: FeatureCollection;
  readonly events: FloodEvent[];
  readonly records: ChomeRecord[];
  readonly options: SyntheticOptions;
  /** Records per kind, for the report. */
  readonly counts: { readonly eventRecords: number; readonly longPeriodRecords: number };
}

/** mulberry32: small, fast, good enough to scatter benchmark data; seeded so runs repeat. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const isoDay = (y: number, m: number, d: number): string => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

export function syntheticCode(n: number): string {
  return `SYN${pad(n, 4)}`;
}

export function syntheticName(n: number): string {
  return `合成町${n}`;
}

interface Cell {
  readonly code: string;
  readonly name: string;
  readonly cx: number;
  readonly cy: number;
}

function grid(
  opts: SyntheticOptions,
  random: () => number,
): { features: GeoJsonFeature[]; cells: Cell[] } {
  const [west, south, east, north] = SYNTHETIC_EXTENT;
  const dx = (east - west) / opts.columns;
  const dy = (north - south) / opts.rows;
  // Corners are shared by neighbouring quads and jittered once, so the chome tile the extent
  // without gaps or overlaps but do not look like a chessboard. Edge corners stay on the extent.
  const corners: [number, number][][] = [];
  for (let j = 0; j <= opts.rows; j++) {
    const row: [number, number][] = [];
    for (let i = 0; i <= opts.columns; i++) {
      const inner = i > 0 && i < opts.columns && j > 0 && j < opts.rows;
      const jx = inner ? (random() - 0.5) * 0.4 * dx : 0;
      const jy = inner ? (random() - 0.5) * 0.4 * dy : 0;
      row.push([round6(west + i * dx + jx), round6(south + j * dy + jy)]);
    }
    corners.push(row);
  }
  const features: GeoJsonFeature[] = [];
  const cells: Cell[] = [];
  for (let j = 0; j < opts.rows; j++) {
    for (let i = 0; i < opts.columns; i++) {
      const n = j * opts.columns + i + 1;
      const code = syntheticCode(n);
      const name = syntheticName(n);
      const at = (a: number, b: number): [number, number] => corners[b]?.[a] ?? [0, 0];
      const ring = [at(i, j), at(i + 1, j), at(i + 1, j + 1), at(i, j + 1), at(i, j)];
      features.push({
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [ring] },
        properties: {
          key_code: code,
          name_kanji: name,
          fid: code,
          synthetic: true,
          note: SYNTHETIC_NOTE,
        },
      });
      cells.push({ code, name, cx: west + (i + 0.5) * dx, cy: south + (j + 0.5) * dy });
    }
  }
  return { features, cells };
}

function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/**
 * The chome an event touches: the `count` nearest to a random centre, with noise on the distance
 * so the footprint is a ragged patch (floods cluster along rivers and low ground), not a disc.
 */
function footprint(cells: readonly Cell[], count: number, random: () => number): number[] {
  const [west, south, east, north] = SYNTHETIC_EXTENT;
  const cx = west + random() * (east - west);
  const cy = south + random() * (north - south);
  // Longitude degrees are shorter than latitude degrees at 35.7°N; scale so patches look round.
  const kx = Math.cos((35.7 * Math.PI) / 180);
  const scored = cells.map((c, i) => {
    const d = Math.hypot((c.cx - cx) * kx, c.cy - cy);
    return { i, d: d * (0.6 + 0.8 * random()) };
  });
  scored.sort((a, b) => a.d - b.d);
  return scored.slice(0, count).map((s) => s.i);
}

function syntheticEvent(
  id: string,
  n: number,
  date: string,
  above: Figure,
  below: Figure,
  total: Figure,
): FloodEvent {
  return {
    id,
    recordType: 'event',
    start: { iso: date, precision: 'day' },
    end: null,
    dateAsWritten: `${date}（合成）`,
    name: { ja: `合成イベント${n}（合成データ）`, en: `Synthetic event ${n} (SYNTHETIC)` },
    causes: ['heavyRain'],
    causeText: '合成データ',
    rivers: '',
    placesAsWritten: '合成町（合成データ）',
    placeRefs: [],
    aboveFloor: above,
    belowFloor: below,
    total,
    unit: '棟',
    damageAsWritten: SYNTHETIC_NOTE,
    otherDamage: '',
    rainMaxHourlyMm: null,
    rainTotalMm: null,
    rainfallNotes: '',
    scope: 'synthetic',
    figuresScope: 'ward',
    source: {
      title: SYNTHETIC_SOURCE,
      titleEn: '',
      urls: [],
      kindAsWritten: 'synthetic',
      kind: { ja: 'synthetic', en: 'synthetic' },
      sourceClass: 'official',
      quote: SYNTHETIC_NOTE,
      quoteEn: '',
    },
    uncertainty: SYNTHETIC_NOTE,
    text: EMPTY_EVENT_TEXT,
    line: n + 1,
  };
}

function record(
  cell: Cell,
  eventId: string | null,
  start: string,
  end: string,
  above: number,
  below: number,
  line: number,
): ChomeRecord {
  return {
    chomeCode: cell.code,
    chomeName: cell.name,
    chomeAsWritten: `${cell.name}（合成）`,
    eventId,
    start,
    end,
    periodAsWritten: start === end ? start : `${start}〜${end}`,
    belowFloor: num(below),
    aboveFloor: num(above),
    total: num(above + below),
    damageClass: null,
    unit: '棟',
    confidence: 'confirmed',
    sourceTitle: SYNTHETIC_SOURCE,
    sourceTitleEn: '',
    sourceUrl: null,
    quote: '',
    sourceClass: 'official',
    note: SYNTHETIC_NOTE,
    noteText: { ja: SYNTHETIC_NOTE, en: SYNTHETIC_NOTE },
    method: null,
    publishedShare: null,
    line,
  };
}

/** The whole SYNTHETIC data set: chome polygons, events for the timeline, chome records. */
export function syntheticTokyo(options: Partial<SyntheticOptions> = {}): SyntheticTokyo {
  const opts: SyntheticOptions = { ...SYNTHETIC_DEFAULTS, ...options };
  const random = seededRandom(opts.seed);
  const { features, cells } = grid(opts, random);
  const events: FloodEvent[] = [];
  const records: ChomeRecord[] = [];
  // Per chome and year: the sum of its event records, to make long-period totals that are at
  // least what the events inside them add up to (a survey total also counts unlisted floods).
  const yearSums = new Map<string, number>();
  let n = 0;
  for (let year = opts.firstYear; year <= opts.lastYear; year++) {
    // Rainy season to typhoon season, sorted so event ids follow the calendar.
    const days = Array.from({ length: opts.eventsPerYear }, () => {
      const dayOfSeason = Math.floor(random() * 150);
      const date = new Date(Date.UTC(year, 5, 1 + dayOfSeason));
      return isoDay(year, date.getUTCMonth() + 1, date.getUTCDate());
    }).sort();
    for (const date of days) {
      n++;
      const id = `SYN-EV-${pad(n, 3)}`;
      let above = 0;
      let below = 0;
      for (const i of footprint(cells, opts.chomePerEvent, random)) {
        const cell = cells[i];
        if (!cell) continue;
        // Skewed towards small counts, as real per-chome figures are: 1–200 buildings.
        const total = 1 + Math.floor(199 * random() ** 3);
        const a = Math.floor(total * random() * 0.5);
        above += a;
        below += total - a;
        records.push(record(cell, id, date, date, a, total - a, records.length + 2));
        const key = `${cell.code}|${year}`;
        yearSums.set(key, (yearSums.get(key) ?? 0) + total);
      }
      // Every 20th event gives only a total, so the timeline draws its single-bar variant too.
      const split = n % 20 !== 0;
      events.push(
        syntheticEvent(
          id,
          n,
          date,
          split ? num(above) : NOT_GIVEN,
          split ? num(below) : NOT_GIVEN,
          num(above + below),
        ),
      );
    }
  }
  const eventRecords = records.length;
  const longCount = Math.round(cells.length * opts.longPeriodShare);
  // Every k-th chome rather than a random subset: spread over the whole map, and stable.
  const step = Math.max(1, Math.floor(cells.length / Math.max(1, longCount)));
  for (let c = 0; c < cells.length && records.length - eventRecords < longCount * 4; c += step) {
    const cell = cells[c];
    if (!cell) continue;
    for (const [from, to] of LONG_PERIODS) {
      if (from < opts.firstYear || to > opts.lastYear) continue;
      let sum = 0;
      for (let y = from; y <= to; y++) sum += yearSums.get(`${cell.code}|${y}`) ?? 0;
      const total = sum + Math.floor(random() * 40);
      const a = Math.floor(total * 0.3);
      records.push(
        record(cell, null, `${from}-01-01`, `${to}-12-31`, a, total - a, records.length + 2),
      );
    }
  }
  return {
    chome: { type: 'FeatureCollection', features },
    events,
    records,
    options: opts,
    counts: { eventRecords, longPeriodRecords: records.length - eventRecords },
  };
}
