// Bench page for bench/brush.ts: the app's own map style, choropleth path and timeline, over a
// SYNTHETIC data set at the scale of Tokyo's 23 wards (bench/synthetic-tokyo.ts). It measures what
// one brush change costs, the app's way (RangeIndex + global state) and the naive way (filter the
// records, rebuild the GeoJSON, setData), plus a bench-only prototype of a change to the app
// (colours through feature state), and exposes everything as window.bench.
import {
  Map as MapLibreMap,
  type ExpressionSpecification,
  type FilterSpecification,
  type GeoJSONSource,
  type MapSourceDataEvent,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import '../../src/ui/app.css';
import type { ChomeRecord } from '../../src/data/flood-model';
import { RangeIndex } from '../../src/data/range-index';
import { measureOf, recordInRange, type TimeRange } from '../../src/data/time-range';
import type { FeatureCollection } from '../../src/data/validate-geojson';
import { countLevel } from '../../src/data/damage-levels';
import { choroplethState } from '../../src/map/choropleth';
import { drawHatch, drawIcons } from '../../src/map/icons';
import { configureMapLibre } from '../../src/map/maplibre-setup';
import { ChoroplethApplier } from '../../src/map/choropleth-apply';
import { buildStyle, LEVEL_STATE, RECORD_LABELS } from '../../src/map/style';

/** Global-state key the app used for colour levels before it moved to feature state; the naive
 * and prototype paths below still translate from it. */
const RECORD_LEVELS = 'recordLevels';
import { defaultTheme, themeCssVariables } from '../../src/theme/theme';
import { Timeline, type TimelineView } from '../../src/timeline/timeline-chart';
import { formatCount } from '../../src/i18n/format-flood';
import { seededRandom, SYNTHETIC_EXTENT, syntheticTokyo } from '../synthetic-tokyo';

/**
 * ours: what the app does (src/map/map-sync.ts MapSync.choropleth → MapView.setChoropleth).
 * naive: filter every record, rebuild the GeoJSON with the values in its properties, setData.
 * featureState: a prototype, not in the app: the same RangeIndex, colours handed over as feature
 * state (repainted on the main thread, no worker round trip), labels formatted with one cached
 * Intl.NumberFormat and handed to the map only at zooms where the label layer draws.
 */
export type Approach = 'ours' | 'naive' | 'featureState';
export type RangeKind = 'wide' | 'medium' | 'narrow';

export interface Sample {
  readonly i: number;
  readonly from: number;
  readonly to: number;
  readonly kind: RangeKind;
  /** Chome with a value in this range. */
  readonly chome: number;
  /** Main-thread time of the update call itself (compute + hand-over to MapLibre). */
  readonly syncMs: number;
  /** Its parts, in order (ours: query/label/state/set; naive: compute/build/setData). */
  readonly parts: Readonly<Record<string, number>>;
  /** Wall time from the start of the update to the end of the next rendered frame. */
  readonly frameMs: number;
  /** Main-thread work of that next frame: its rAF start to MapLibre's 'render' event. */
  readonly renderMs: number;
  /** Wall time from the start of the update to 'idle': the frame that drew the new colours. */
  readonly repaintMs: number;
  /** Frames MapLibre rendered until idle, their summed and largest main-thread work. */
  readonly frames: number;
  /** Tiles of the chome source (re)loaded by the worker for this change. */
  readonly tiles: number;
  readonly frameWorkMs: number;
  readonly maxFrameWorkMs: number;
  readonly timedOut: boolean;
}

export interface LongTaskSummary {
  readonly count: number;
  readonly totalMs: number;
  readonly maxMs: number;
}

export interface HeapStage {
  readonly stage: string;
  /** performance.memory.usedJSHeapSize after a full GC (precise with --enable-precise-memory-info). */
  readonly usedBytes: number;
}

export interface BenchSetup {
  readonly chome: number;
  readonly events: number;
  readonly records: number;
  readonly eventRecords: number;
  readonly longPeriodRecords: number;
  readonly indexedRecords: number;
  readonly generateMs: number;
  readonly indexMs: number;
  /** Timeline: constructor + first update (builds the SVG), then the forced style/layout. */
  readonly chartBuildMs: number;
  readonly chartLayoutMs: number;
  /** Chart build to the end of the next frame (style, layout and paint included). */
  readonly chartFirstFrameMs: number;
  readonly chartMarks: number;
  readonly chartSvgElements: number;
  readonly mapLoadMs: number;
  readonly zoom: number;
  readonly longTaskObserver: boolean;
  readonly gcExposed: boolean;
}

export interface ImageDiff {
  readonly pixels: number;
  /** Pixels that differ in any channel (-1: the images differ in size). */
  readonly differing: number;
  readonly maxChannelDelta: number;
}

export interface ChartSample {
  readonly updateMs: number;
  readonly layoutMs: number;
  /**
   * The data work of the records legend on the same change (src/ui/legend-view.ts legendView, not
   * the DOM): a second RangeIndex query, a filter over every record and the set of their sources.
   */
  readonly recordsPanelMs: number;
  readonly listed: { readonly chome: number; readonly records: number; readonly sources: number };
}

export interface BenchApi {
  readonly ready: Promise<void>;
  readonly setup: () => BenchSetup;
  /** One timed brush change, the i-th of the seeded sequence (the same for both approaches). */
  readonly step: (approach: Approach, i: number) => Promise<Sample>;
  /** Switches the record layers to an approach's style, then untimed changes to warm up. */
  readonly prepare: (approach: Approach, warmup: number) => Promise<void>;
  readonly runOurs: (n: number) => Promise<Sample[]>;
  readonly runNaive: (n: number) => Promise<Sample[]>;
  readonly runFeatureState: (n: number) => Promise<Sample[]>;
  /** Timeline.update for the same seeded ranges: the chart's share of a brush change. */
  readonly runChart: (n: number) => ChartSample[];
  /**
   * Ours and naive give the same value and label per chome over the full range and the first n
   * ranges, and the prototype's cached formatter writes the same labels.
   */
  readonly verify: (n: number) => { checked: number; mismatches: string[] };
  /** Show one range with an approach and wait until drawn (for screenshots). */
  readonly show: (approach: Approach, from: number, to: number) => Promise<void>;
  readonly longTasks: (sinceMs: number) => LongTaskSummary;
  readonly diffImages: (pngBase64: string, otherBase64: string) => Promise<ImageDiff>;
  readonly memory: () => { heap: HeapStage[]; now: HeapStage | null };
  readonly now: () => number;
}

declare global {
  interface Window {
    bench: BenchApi;
    /** Exposed by --js-flags=--expose-gc, to measure retained heap rather than garbage. */
    gc?: () => void;
  }
}

const IDLE_TIMEOUT_MS = 20_000;
const FIRST_YEAR = 1966;
const LAST_YEAR = 2025;
const RANGE_SEED = 4242;
const WARMUP_SEED = 777;
/** Where the naive source puts what the global state holds, per state key. */
const NAIVE_PROPERTY: Readonly<Record<string, string>> = {
  [RECORD_LEVELS]: 'level',
  [RECORD_LABELS]: 'label',
};

interface BrushRange extends TimeRange {
  readonly kind: RangeKind;
}

/**
 * Seeded brush positions with both ends moving: a third wide (20–60 years), a third medium
 * (5–19), a third narrow (1–4), never the same range twice in a row (a no-op would never repaint).
 */
function brushRanges(n: number, seed: number): BrushRange[] {
  const random = seededRandom(seed);
  const kinds: readonly [RangeKind, number, number][] = [
    ['wide', 20, 60],
    ['medium', 5, 19],
    ['narrow', 1, 4],
  ];
  const out: BrushRange[] = [];
  while (out.length < n) {
    const [kind, lo, hi] = kinds[out.length % kinds.length] ?? kinds[0]!;
    const span = lo + Math.floor(random() * (hi - lo + 1));
    const from = FIRST_YEAR + Math.floor(random() * (LAST_YEAR - FIRST_YEAR + 2 - span));
    const to = from + span - 1;
    const prev = out[out.length - 1];
    if (prev && prev.from === from && prev.to === to) continue;
    out.push({ from, to, kind });
  }
  return out;
}

const RANGES = brushRanges(2000, RANGE_SEED);
const WARMUP_RANGES = brushRanges(50, WARMUP_SEED);

const rangeAt = (i: number): BrushRange => {
  const r = RANGES[i % RANGES.length];
  if (!r) throw new Error(`no range ${i}`);
  return r;
};

// Long tasks (over 50 ms) on the main thread, whichever code caused them.
const longTaskEntries: PerformanceEntry[] = [];
let longTaskObserver = false;
try {
  new PerformanceObserver((list) => longTaskEntries.push(...list.getEntries())).observe({
    type: 'longtask',
    buffered: true,
  });
  longTaskObserver = true;
} catch {
  longTaskObserver = false;
}

const heap: HeapStage[] = [];
function heapNow(stage: string): HeapStage | null {
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  if (!memory) return null;
  window.gc?.();
  return { stage, usedBytes: memory.usedJSHeapSize };
}
function recordHeap(stage: string): void {
  const h = heapNow(stage);
  if (h) heap.push(h);
}

for (const [name, value] of Object.entries(themeCssVariables(defaultTheme))) {
  document.documentElement.style.setProperty(name, value);
}

const mapElement = document.getElementById('bench-map');
const timelineElement = document.getElementById('bench-timeline');
if (!mapElement || !timelineElement) throw new Error('bench page: missing #bench-map or timeline');

recordHeap('start');
const tGenerate = performance.now();
const data = syntheticTokyo();
const generateMs = performance.now() - tGenerate;
recordHeap('generated');
const tIndex = performance.now();
const index = new RangeIndex(data.records, 'counts');
const indexMs = performance.now() - tIndex;
recordHeap('indexed');
const records: readonly ChomeRecord[] = data.records;
const chomeCodes = data.chome.features.map((f) => String(f.properties.key_code));

configureMapLibre();
const [west, south, east, north] = SYNTHETIC_EXTENT;
const tMap = performance.now();
const map = new MapLibreMap({
  container: mapElement,
  style: buildStyle(defaultTheme, {
    lang: 'ja',
    visible: new Set(['records', 'chome']),
    basemap: null,
  }),
  bounds: [
    [west, south],
    [east, north],
  ],
  fitBoundsOptions: { padding: 16 },
  attributionControl: false,
  // As in src/map/map-view.ts, so symbol fades do not stretch the time to idle.
  fadeDuration: 0,
});
// The style refers to these images; without them MapLibre warns and skips the hatch pattern.
for (const icon of drawIcons(defaultTheme, document)) {
  map.addImage(icon.name, icon.image, { pixelRatio: 2 });
}
const hatch = drawHatch(defaultTheme, document);
map.addImage(hatch.name, hatch.image, { pixelRatio: 2 });
const mapErrors: string[] = [];
map.on('error', (e) => mapErrors.push(String(e.error?.message ?? e)));

// Labels handed over late by the feature-state prototype, once the label layer is drawn.
map.on('zoomend', () => {
  if (currentStyle === 'featureState' && pendingLabels && labelsDrawn()) {
    map.setGlobalStateProperty(RECORD_LABELS, pendingLabels);
    pendingLabels = null;
  }
});

const waitIdle = (): Promise<boolean> =>
  new Promise((resolve) => {
    const timer = setTimeout(() => {
      map.off('idle', done);
      resolve(false);
    }, IDLE_TIMEOUT_MS);
    const done = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    map.once('idle', done);
  });

let mapLoadMs = 0;
const mapReady = new Promise<void>((resolve, reject) => {
  map.once('load', () => {
    recordLayers = (map.getStyle().layers ?? []).filter(
      (l) => 'source' in l && l.source === 'chome' && readsRecords(l),
    ) as unknown as StyleLayerJson[];
    const source = map.getSource<GeoJSONSource>('chome');
    if (!source) {
      reject(new Error('style has no chome source'));
      return;
    }
    source.setData(data.chome as unknown as Parameters<GeoJSONSource['setData']>[0]);
    void waitIdle().then((ok) => {
      mapLoadMs = performance.now() - tMap;
      if (ok) resolve();
      else reject(new Error(`map never idle after load: ${mapErrors.join(' | ')}`));
    });
  });
});

// The chart: the app's Timeline over the synthetic events, timed from construction to drawn.
const baseView: TimelineView = {
  lang: 'ja',
  range: null,
  mode: 'range',
  selectedId: null,
  touched: new Set(),
  playing: false,
  speed: 1,
};
const chartTimes = { buildMs: NaN, layoutMs: NaN, firstFrameMs: NaN };

/**
 * Built once the map is idle, so that the map's own first frames are not counted as the chart's.
 * build: constructor + first update (the SVG, 300 marks); layout: the forced style and layout
 * right after; first frame: from the start until a task after the next frame (paint included).
 */
async function buildChart(): Promise<Timeline> {
  if (!timelineElement) throw new Error('no timeline container');
  const t0 = performance.now();
  const chart = new Timeline({
    doc: document,
    container: timelineElement,
    events: data.events,
    theme: defaultTheme,
  });
  chart.update(baseView);
  const t1 = performance.now();
  // Reading a layout property forces style and layout now, so they are timed here and not later.
  void timelineElement.getBoundingClientRect().height;
  const t2 = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  chartTimes.buildMs = t1 - t0;
  chartTimes.layoutMs = t2 - t1;
  chartTimes.firstFrameMs = performance.now() - t0;
  recordHeap('chart');
  return chart;
}

/**
 * Frames MapLibre renders while a change settles. A rAF loop runs only during a sample: its
 * callback is registered before MapLibre's for the same frame, so "rAF start → 'render' event" is
 * the main-thread work of that frame (GPU work happens in Chromium's GPU process, not here).
 */
class FrameProbe {
  private frameStart = 0;
  private running = true;
  readonly work: number[] = [];
  firstRenderEnd = 0;

  constructor() {
    const tick = (): void => {
      if (!this.running) return;
      this.frameStart = performance.now();
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    map.on('render', this.onRender);
  }

  private readonly onRender = (): void => {
    const end = performance.now();
    if (this.work.length === 0) this.firstRenderEnd = end;
    this.work.push(end - this.frameStart);
  };

  stop(): void {
    this.running = false;
    map.off('render', this.onRender);
  }
}

// Ours: exactly what MapSync.choropleth + MapView.setChoropleth (src/map/) do on a brush change
// (the same ChoroplethApplier: levels as feature state, labels only when drawn and changed).
let applier: ChoroplethApplier | null = null;
function updateOurs(range: TimeRange): { parts: Record<string, number>; chome: number } {
  const t0 = performance.now();
  const values = index.query(range);
  const t1 = performance.now();
  const shown = new Map<string, { value: number; label: string }>();
  for (const [code, v] of values) {
    shown.set(code, { value: v.value, label: v.label ?? formatCount(v.value, v.unit, 'ja') });
  }
  const t2 = performance.now();
  const state = choroplethState('counts', shown);
  const t3 = performance.now();
  applier ??= new ChoroplethApplier(map, 'chome');
  applier.apply(state);
  const t4 = performance.now();
  return {
    parts: { queryMs: t1 - t0, labelMs: t2 - t1, stateMs: t3 - t2, setStateMs: t4 - t3 },
    chome: values.size,
  };
}

/**
 * Naive values: one filter pass over every record, then per chome the containment rule of
 * damageByChome (a record inside another in-range record of the same chome is left out). The
 * rule is applied on each chome's few records sorted by period, not pairwise over all candidates
 * as damageByChome does, which would take minutes at this scale and make the baseline a straw man.
 */
function naiveValues(range: TimeRange): Map<string, { value: number; label: string }> {
  const byChome = new Map<string, ChomeRecord[]>();
  for (const r of records) {
    if (measureOf(r) !== 'counts' || !recordInRange(r, range)) continue;
    const list = byChome.get(r.chomeCode);
    if (list) list.push(r);
    else byChome.set(r.chomeCode, [r]);
  }
  const out = new Map<string, { value: number; label: string }>();
  for (const [code, list] of byChome) {
    // By start, longest first: whatever contains a record comes before it, and records with the
    // same period (which never contain each other) are next to each other.
    list.sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end));
    let sum = 0;
    let unit = '';
    let maxEndBefore = '';
    let runMaxEnd = '';
    for (let k = 0; k < list.length; k++) {
      const r = list[k]!;
      const prev = list[k - 1];
      if (prev && (prev.start !== r.start || prev.end !== r.end)) {
        if (runMaxEnd > maxEndBefore) maxEndBefore = runMaxEnd;
        runMaxEnd = '';
      }
      if (r.end > runMaxEnd) runMaxEnd = r.end;
      if (maxEndBefore !== '' && maxEndBefore >= r.end) continue;
      if (r.total.kind === 'number') sum += r.total.value;
      unit = r.unit;
    }
    out.set(code, { value: sum, label: formatCount(sum, unit, 'ja') });
  }
  return out;
}

function updateNaive(range: TimeRange): { parts: Record<string, number>; chome: number } {
  const t0 = performance.now();
  const values = naiveValues(range);
  const t1 = performance.now();
  const features = data.chome.features.map((f) => {
    const v = values.get(String(f.properties.key_code));
    return {
      type: f.type,
      geometry: f.geometry,
      properties: v
        ? { ...f.properties, value: v.value, level: countLevel(v.value), label: v.label }
        : f.properties,
    };
  });
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const t2 = performance.now();
  map
    .getSource<GeoJSONSource>('chome')
    ?.setData(collection as unknown as Parameters<GeoJSONSource['setData']>[0]);
  const t3 = performance.now();
  return {
    parts: { computeMs: t1 - t0, buildMs: t2 - t1, setDataMs: t3 - t2 },
    chome: values.size,
  };
}

/** ['get'|'has', <chome code>, ['object', ['global-state', KEY]]] → ['get'|'has', property]. */
function toProperties(expr: unknown): unknown {
  if (!Array.isArray(expr)) return expr;
  if (expr[0] === 'feature-state' && expr[1] === LEVEL_STATE) return ['get', 'level'];
  const [op, , object] = expr as unknown[];
  if ((op === 'get' || op === 'has') && expr.length === 3 && Array.isArray(object)) {
    const [objectOp, state] = object as unknown[];
    if (objectOp === 'object' && Array.isArray(state) && state[0] === 'global-state') {
      const property = NAIVE_PROPERTY[String(state[1])];
      if (property) return [op, property];
    }
  }
  return expr.map(toProperties);
}

interface StyleLayerJson {
  readonly id: string;
  readonly filter?: unknown;
  readonly paint?: Readonly<Record<string, unknown>>;
  readonly layout?: Readonly<Record<string, unknown>>;
  readonly minzoom?: number;
}

const readsRecords = (value: unknown): boolean => {
  const json = JSON.stringify(value ?? null);
  return (
    json.includes(`["feature-state","${LEVEL_STATE}"]`) ||
    Object.keys(NAIVE_PROPERTY).some((key) => json.includes(`"${key}"`))
  );
};

/**
 * The chome layers that read the choropleth's global state, as the app's style defines them.
 * Every approach's style is derived from these, so all three draw the same colours and hatch.
 */
let recordLayers: readonly StyleLayerJson[] = [];

/** ['has', <chome code>, ['object', ['global-state', RECORD_LEVELS]]]: "this chome has a value". */
function isHasLevel(expr: unknown): boolean {
  const json = JSON.stringify(expr);
  return Array.isArray(expr) && expr[0] === 'has' && json.includes(`"${RECORD_LEVELS}"`);
}

const FEATURE_LEVEL: ExpressionSpecification = ['feature-state', 'level'];
const HAS_FEATURE_LEVEL: ExpressionSpecification = ['==', ['typeof', FEATURE_LEVEL], 'number'];

/**
 * Feature state cannot be used in filters, so "has a record" moves from the filter into the fill
 * opacity (0 where the filter would have left the chome out), and the level lookup reads the
 * chome's feature state. Labels (a layout property) keep reading global state.
 */
function toFeatureState(layer: StyleLayerJson): {
  filter: unknown;
  paint: Record<string, unknown>;
} {
  const swap = (expr: unknown): unknown => {
    if (!Array.isArray(expr)) return expr;
    if (isHasLevel(expr)) return HAS_FEATURE_LEVEL;
    const [op, , object] = expr as unknown[];
    if (op === 'get' && expr.length === 3 && JSON.stringify(object).includes(RECORD_LEVELS)) {
      return FEATURE_LEVEL;
    }
    return expr.map(swap);
  };
  const paint = mapValues(layer.paint, swap);
  if (layer.filter !== undefined && readsRecords(layer.filter)) {
    const opacity = paint['fill-opacity'] ?? 1;
    paint['fill-opacity'] = ['case', swap(layer.filter), opacity, 0];
    return { filter: null, paint };
  }
  return { filter: layer.filter ?? null, paint };
}

const mapValues = (
  values: Readonly<Record<string, unknown>> | undefined,
  fn: (value: unknown) => unknown,
): Record<string, unknown> =>
  Object.fromEntries(Object.entries(values ?? {}).map(([k, v]) => [k, fn(v)]));

let currentStyle: Approach = 'ours';
/** Restyles the record layers for an approach and clears what the others left behind. */
function useStyle(approach: Approach): void {
  if (approach === currentStyle) return;
  currentStyle = approach;
  map.removeFeatureState({ source: 'chome' });
  featureLevels = {};
  applier = null;
  map.setGlobalStateProperty(RECORD_LEVELS, null);
  map.setGlobalStateProperty(RECORD_LABELS, null);
  map
    .getSource<GeoJSONSource>('chome')
    ?.setData(data.chome as unknown as Parameters<GeoJSONSource['setData']>[0]);
  for (const layer of recordLayers) {
    const fill = layer.id !== 'records-label';
    const target =
      approach === 'naive'
        ? {
            filter: toProperties(layer.filter ?? null),
            paint: mapValues(layer.paint, toProperties),
            layout: mapValues(layer.layout, toProperties),
          }
        : approach === 'featureState' && fill
          ? { ...toFeatureState(layer), layout: layer.layout ?? {} }
          : { filter: layer.filter ?? null, paint: layer.paint ?? {}, layout: layer.layout ?? {} };
    map.setFilter(layer.id, target.filter as FilterSpecification | null);
    for (const [name, value] of Object.entries(target.paint)) {
      map.setPaintProperty(layer.id, name, value);
    }
    for (const [name, value] of Object.entries(target.layout)) {
      map.setLayoutProperty(layer.id, name, value);
    }
  }
  if (approach === 'naive') {
    const left = (map.getStyle().layers ?? []).filter((l) => readsRecords(l));
    if (left.length > 0) {
      throw new Error(`naive style still reads global state: ${left.map((l) => l.id).join(', ')}`);
    }
  }
}

/** Levels as last handed over as feature state, to send only the chome whose level changed. */
let featureLevels: Readonly<Record<string, number>> = {};
let pendingLabels: Readonly<Record<string, string>> | null = null;
const numberFormat = new Intl.NumberFormat('ja-JP');

function labelsDrawn(): boolean {
  const label = recordLayers.find((l) => l.id === 'records-label');
  return map.getZoom() >= (label?.minzoom ?? 0);
}

function updateFeatureState(range: TimeRange): { parts: Record<string, number>; chome: number } {
  const t0 = performance.now();
  const values = index.query(range);
  const t1 = performance.now();
  const shown = new Map<string, { value: number; label: string }>();
  // Same text as formatCount(v, unit, 'ja'), without building a formatter per number.
  for (const [code, v] of values) {
    shown.set(code, {
      value: v.value,
      label: v.label ?? `${numberFormat.format(v.value)}${v.unit}`,
    });
  }
  const t2 = performance.now();
  const state = choroplethState('counts', shown);
  const t3 = performance.now();
  const source = 'chome';
  for (const code of chomeCodes) {
    const next = state.levels[code];
    if (next === featureLevels[code]) continue;
    if (next === undefined) map.removeFeatureState({ source, id: code }, 'level');
    else map.setFeatureState({ source, id: code }, { level: next });
  }
  featureLevels = state.levels;
  // Handing labels over reloads the source (they are read by a filter and a layout property), so
  // it waits until the label layer is drawn at all.
  if (labelsDrawn()) {
    map.setGlobalStateProperty(RECORD_LABELS, state.labels);
    pendingLabels = null;
  } else {
    pendingLabels = state.labels;
  }
  const t4 = performance.now();
  return {
    parts: { queryMs: t1 - t0, labelMs: t2 - t1, stateMs: t3 - t2, setStateMs: t4 - t3 },
    chome: values.size,
  };
}

const update = (approach: Approach, range: TimeRange): ReturnType<typeof updateOurs> => {
  switch (approach) {
    case 'ours':
      return updateOurs(range);
    case 'naive':
      return updateNaive(range);
    case 'featureState':
      return updateFeatureState(range);
  }
};

async function measure(approach: Approach, i: number, range: BrushRange): Promise<Sample> {
  // Start in a task of its own, as a brush event would: work inside a DevTools evaluate call is
  // invisible to the long-task observer.
  await new Promise((resolve) => setTimeout(resolve, 0));
  const probe = new FrameProbe();
  let tiles = 0;
  const onData = (e: MapSourceDataEvent): void => {
    if (e.sourceId === 'chome' && e.tile) tiles++;
  };
  map.on('sourcedata', onData);
  const idle = waitIdle();
  const t0 = performance.now();
  const { parts, chome } = update(approach, range);
  const t1 = performance.now();
  const ok = await idle;
  const t2 = performance.now();
  probe.stop();
  map.off('sourcedata', onData);
  return {
    i,
    from: range.from,
    to: range.to,
    kind: range.kind,
    chome,
    syncMs: t1 - t0,
    parts,
    frameMs: probe.firstRenderEnd > 0 ? probe.firstRenderEnd - t0 : NaN,
    renderMs: probe.work[0] ?? NaN,
    repaintMs: t2 - t0,
    frames: probe.work.length,
    tiles,
    frameWorkMs: probe.work.reduce((a, b) => a + b, 0),
    maxFrameWorkMs: Math.max(0, ...probe.work),
    timedOut: !ok,
  };
}

async function prepare(approach: Approach, warmup: number): Promise<void> {
  await ready;
  if (approach !== currentStyle) {
    const idle = waitIdle();
    useStyle(approach);
    await idle;
  }
  for (let k = 0; k < warmup; k++) {
    const r = WARMUP_RANGES[k % WARMUP_RANGES.length]!;
    const idle = waitIdle();
    update(approach, r);
    await idle;
  }
}

async function step(approach: Approach, i: number): Promise<Sample> {
  await ready;
  if (approach !== currentStyle) {
    throw new Error(`call prepare('${approach}') before step('${approach}')`);
  }
  return measure(approach, i, rangeAt(i));
}

async function run(approach: Approach, n: number): Promise<Sample[]> {
  await prepare(approach, 5);
  const out: Sample[] = [];
  for (let i = 0; i < n; i++) {
    out.push(await step(approach, i));
  }
  return out;
}

function runChart(n: number): ChartSample[] {
  if (!timeline) throw new Error('runChart before bench.ready');
  const out: ChartSample[] = [];
  for (let i = 0; i < n; i++) {
    const r = rangeAt(i);
    const t0 = performance.now();
    timeline.update({ ...baseView, range: { from: r.from, to: r.to } });
    const t1 = performance.now();
    void timelineElement?.getBoundingClientRect().height;
    const t2 = performance.now();
    const range = { from: r.from, to: r.to };
    const chome = index.query(range).size;
    const inRange = records.filter((rec) => recordInRange(rec, range) && rec.damageClass === null);
    const listed = {
      chome,
      records: inRange.length,
      sources: new Set(inRange.map((rec) => rec.sourceTitle)).size,
    };
    out.push({
      updateMs: t1 - t0,
      layoutMs: t2 - t1,
      recordsPanelMs: performance.now() - t2,
      listed,
    });
  }
  timeline.update(baseView);
  return out;
}

function verify(n: number): { checked: number; mismatches: string[] } {
  const mismatches: string[] = [];
  const ranges: TimeRange[] = [{ from: FIRST_YEAR, to: LAST_YEAR }, ...RANGES.slice(0, n)];
  for (const r of ranges) {
    const ours = index.query(r);
    const naive = naiveValues(r);
    if (ours.size !== naive.size)
      mismatches.push(`${r.from}-${r.to}: ${ours.size} vs ${naive.size}`);
    for (const [code, v] of ours) {
      const label = v.label ?? formatCount(v.value, v.unit, 'ja');
      const w = naive.get(code);
      if (!w || w.value !== v.value || w.label !== label) {
        mismatches.push(`${r.from}-${r.to} ${code}: ${v.value} vs ${w?.value ?? 'none'}`);
      }
      // The prototype's cached formatter must write exactly what the app's formatCount writes.
      if (!v.label && `${numberFormat.format(v.value)}${v.unit}` !== label) {
        mismatches.push(`${r.from}-${r.to} ${code}: label ${label} vs cached formatter`);
      }
    }
  }
  return { checked: ranges.length, mismatches: mismatches.slice(0, 20) };
}

async function show(approach: Approach, from: number, to: number): Promise<void> {
  await ready;
  const idle = waitIdle();
  update(approach, { from, to });
  await idle;
}

async function pixels(pngBase64: string): Promise<ImageData> {
  const bytes = Uint8Array.from(atob(pngBase64), (c) => c.charCodeAt(0));
  const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('2D canvas not available');
  ctx.drawImage(bitmap, 0, 0);
  return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
}

/** Pixel difference of two PNG screenshots (decoded here: Node has no PNG decoder). */
async function diffImages(a: string, b: string): Promise<ImageDiff> {
  const [x, y] = await Promise.all([pixels(a), pixels(b)]);
  if (x.width !== y.width || x.height !== y.height) {
    return { pixels: x.width * x.height, differing: -1, maxChannelDelta: 255 };
  }
  let differing = 0;
  let maxChannelDelta = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    let delta = 0;
    for (let c = 0; c < 4; c++) delta = Math.max(delta, Math.abs(x.data[i + c]! - y.data[i + c]!));
    if (delta > 0) differing++;
    maxChannelDelta = Math.max(maxChannelDelta, delta);
  }
  return { pixels: x.width * x.height, differing, maxChannelDelta };
}

function longTasks(sinceMs: number): LongTaskSummary {
  const tasks = longTaskEntries.filter((e) => e.startTime >= sinceMs);
  return {
    count: tasks.length,
    totalMs: tasks.reduce((a, e) => a + e.duration, 0),
    maxMs: Math.max(0, ...tasks.map((e) => e.duration)),
  };
}

let timeline: Timeline | null = null;
const ready = mapReady.then(async () => {
  recordHeap('map-loaded');
  timeline = await buildChart();
});

window.bench = {
  ready,
  setup: () => ({
    chome: data.chome.features.length,
    events: data.events.length,
    records: data.records.length,
    eventRecords: data.counts.eventRecords,
    longPeriodRecords: data.counts.longPeriodRecords,
    indexedRecords: index.size,
    generateMs,
    indexMs,
    chartBuildMs: chartTimes.buildMs,
    chartLayoutMs: chartTimes.layoutMs,
    chartFirstFrameMs: chartTimes.firstFrameMs,
    chartMarks: timelineElement.querySelectorAll('.tl-mark').length,
    chartSvgElements: timelineElement.querySelectorAll('svg *').length,
    mapLoadMs,
    zoom: map.getZoom(),
    longTaskObserver,
    gcExposed: typeof window.gc === 'function',
  }),
  step,
  prepare,
  runOurs: (n) => run('ours', n),
  runNaive: (n) => run('naive', n),
  runFeatureState: (n) => run('featureState', n),
  runChart,
  verify,
  show,
  longTasks,
  diffImages,
  memory: () => ({ heap: [...heap], now: heapNow('now') }),
  now: () => performance.now(),
};
