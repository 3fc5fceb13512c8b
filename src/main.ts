// Composition root: the only module that wires data, state, map and UI together.
import { basemaps, MAX_TILE_ERRORS, type BasemapId } from './config/basemaps';
import {
  DEPTH_LEGEND,
  hazardById,
  hazardLayers,
  OFFLINE_MESH_ID,
  type HazardKey,
} from './config/hazard-layers';
import { loadOfflineMesh, type OfflineMeshResult } from './hazard/load-offline-mesh';
import { compareWithPrediction } from './hazard/offline-mesh';
import { readHazards, type HazardReading } from './hazard/read-hazards';
import { assembleHistory, chomeIndexOf, type AssembledHistory } from './data/assemble-history';
import { catalog, datasetById, type DatasetId } from './data/catalog';
import type { ChomeIndex } from './data/chome-name';
import {
  boundsOf,
  chomeAnchors,
  chomeAt,
  nearbyCodes,
  nearbyStations,
  type LonLat,
} from './data/chome-geometry';
import { dataUrls } from './data/data-urls';
import { fetchDataset } from './data/fetch-dataset';
import { chomeHistory } from './data/flood-history';
import { RangeIndex } from './data/range-index';
import {
  FIRST_YEAR,
  effectiveRange,
  eventChomeInRange,
  eventInRange,
  eventYears,
  nextStop,
  recordInRange,
} from './data/time-range';
import { withIds } from './data/place-ids';
import type { Problem } from './data/problems';
import { searchPlaces } from './data/search-places';
import type { CsvRow } from './data/validate-csv';
import type { FeatureCollection } from './data/validate-geojson';
import { htmlLang, isLang, LANGS, t, type Lang } from './i18n/i18n';
import type { MessageKey } from './i18n/messages';
import { probeTiles } from './map/tile-probe';
import { choroplethState } from './map/choropleth';
import { MapView, type PickedPlace } from './map/map-view';
import { PLACE_SOURCE, TOGGLE_LAYERS, type DataSourceId, type PlaceKind } from './map/style';
import {
  DEFAULT_HAZARD_OPACITY,
  defaultState,
  sameState,
  update,
  type AppState,
  type Intent,
  type Origin,
} from './state/app-state';
import { formatHash, parseHash } from './state/hash';
import { defaultTheme, themeCssVariables } from './theme/theme';
import { openCredits, renderCredits } from './ui/credits-dialog';
import { describeEvent } from './ui/describe-event';
import { describeHistory } from './ui/describe-history';
import { describePlace } from './ui/describe-place';
import { renderEventPanel } from './ui/event-panel';
import { formatCount } from './ui/format-flood';
import { historySection } from './ui/history-section';
import { describeHazardReading } from './ui/describe-hazard';
import { downloadRecords, type DownloadKind } from './ui/downloads';
import { hazardSection, renderHazardControls, type HazardStatus } from './ui/hazard-controls';
import { renderLayerControls } from './ui/layer-controls';
import { renderBasemapNote, renderProblems } from './ui/notices';
import { renderPlacePanel } from './ui/place-panel';
import { renderPlaceSearch } from './ui/place-search';
import { renderRecordsLegend } from './ui/records-legend';
import { renderRecordsList } from './ui/records-list';
import type { Timeline, TimelineValue } from './timeline/timeline-chart';
import './ui/app.css';

const doc = document;
const theme = defaultTheme;
const $ = <T extends HTMLElement>(id: string): T => {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`#${id} missing from index.html`);
  return el as T;
};

for (const [name, value] of Object.entries(themeCssVariables(theme))) {
  doc.documentElement.style.setProperty(name, value);
}

const phoneLayout = window.matchMedia('(max-width: 720px)');
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const browserLang: Lang = navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
let state: AppState = parseHash(location.hash, { ...defaultState, lang: browserLang });
let basemapStatus: 'checking' | 'ok' | 'unavailable' = 'checking';
const loaded = new Map<DatasetId, FeatureCollection>();
const loadedRows = new Map<DatasetId, readonly CsvRow[]>();
const problems = new Map<string, readonly Problem[]>();
let picked: PickedPlace[] = [];
let flood: AssembledHistory | null = null;
let chomeIndex: ChomeIndex | null = null;
let anchors = new Map<string, LonLat>();
let timeline: Timeline | null = null;
/** Built once per load: answers "damage per chome in this period" without scanning everything. */
let indexes: { counts: RangeIndex; classes: RangeIndex; ward: RangeIndex } | null = null;
let playing = false;
let speed = 1;
let playTimer: ReturnType<typeof setTimeout> | null = null;
const hazardStatus = new Map<HazardKey, HazardStatus>();
const hazardErrors = new Map<HazardKey, number>();
let offlineMesh: OfflineMeshResult | null = null;
/** The point the hazard layers are read at: the last click, or the place found by search. */
let queryPoint: readonly [number, number] | null = null;
let hazardReadings = new Map<HazardKey, HazardReading>();

const sourceOf = PLACE_SOURCE;

const els = {
  controls: $('controls'),
  records: $('records-legend'),
  search: $('search'),
  panel: $('place-panel'),
  basemapNote: $('basemap-note'),
  problems: $('data-problems'),
  credits: $<HTMLDialogElement>('credits'),
  list: $<HTMLDialogElement>('records-list'),
  creditsButton: $<HTMLButtonElement>('credits-button'),
  lang: $<HTMLSelectElement>('lang-select'),
  map: $('map'),
  hazards: $('hazard-controls'),
  timeline: $<HTMLElement & { value?: TimelineValue }>('timeline'),
};

function effectiveBasemap(s: AppState): BasemapId | null {
  return basemapStatus === 'ok' && s.basemap !== 'none' ? s.basemap : null;
}

function mapLocale(lang: Lang): Record<string, string> {
  return lang === 'en'
    ? { 'NavigationControl.ZoomIn': 'Zoom in', 'NavigationControl.ZoomOut': 'Zoom out' }
    : { 'NavigationControl.ZoomIn': '拡大', 'NavigationControl.ZoomOut': '縮小' };
}

let mapView: MapView | null = null;
try {
  mapView = new MapView({
    container: els.map,
    theme,
    style: { lang: state.lang, visible: state.layers, basemap: null, hazards: new Map() },
    view: state.view,
    locale: mapLocale(state.lang),
    ariaLabel: t(state.lang, 'map.label'),
    dataCredit: t(state.lang, 'map.attribution.data'),
    onPick: (found, lngLat) => {
      // The chome under the point comes from the polygons themselves, so it is found even while
      // the map re-lays out its labels (or when the chome layer is switched off).
      const chome = found.some((p) => p.kind === 'chome') ? null : loaded.get('chome');
      const under = chome ? chomeAt(chome, lngLat[0], lngLat[1]) : null;
      const places: PickedPlace[] = under
        ? [
            ...found,
            { kind: 'chome', id: String(under.properties.fid), properties: under.properties },
          ]
        : found;
      picked = places;
      queryPoint = lngLat;
      void readHazardsAt();
      const first = places[0];
      dispatch(
        { type: 'select', selection: first ? { kind: first.kind, id: first.id } : null },
        'map',
      );
    },
    onMoveEnd: (view) => dispatch({ type: 'view', view }, 'map'),
    onBasemapError: () => {
      if (mapView && mapView.tileErrorCount >= MAX_TILE_ERRORS && basemapStatus === 'ok') {
        basemapStatus = 'unavailable';
        mapView.setBasemap(null);
        renderStatus();
      }
    },
    onHazardError: (id) => {
      const n = (hazardErrors.get(id) ?? 0) + 1;
      hazardErrors.set(id, n);
      if (n >= MAX_TILE_ERRORS && hazardStatus.get(id) === 'ok') {
        hazardStatus.set(id, 'unavailable');
        mapView?.setHazard(id, null);
        renderHazards();
      }
    },
  });
} catch (e) {
  els.map.append(doc.createTextNode(t(state.lang, 'app.noWebgl')));
  els.map.classList.add('map-failed');
  console.warn(e);
}

function dispatch(intent: Intent, origin: Origin): void {
  const next = update(state, intent);
  if (next === state) return;
  const prev = state;
  state = next;
  apply(prev, next, origin);
}

/** Bring map, UI and URL in line with the new state, touching only what changed. */
function apply(prev: AppState, next: AppState, origin: Origin): void {
  if (mapView) {
    for (const layer of TOGGLE_LAYERS) {
      if (prev.layers.has(layer) !== next.layers.has(layer))
        mapView.setLayerVisible(layer, next.layers.has(layer));
    }
    if (prev.basemap !== next.basemap) mapView.setBasemap(effectiveBasemap(next));
    if (prev.lang !== next.lang) mapView.setLang(next.lang);
    if (origin === 'hash' && next.view && next.view !== prev.view) mapView.jumpTo(next.view);
    if (prev.selected !== next.selected) applySelectionToMap(next, origin);
  }
  if (prev.basemap !== next.basemap && next.basemap !== 'none' && basemapStatus === 'unavailable') {
    void checkBasemap();
  }
  if (prev.hazards !== next.hazards) applyHazards(prev, next);
  const timeChanged =
    prev.range !== next.range || prev.rangeMode !== next.rangeMode || prev.measure !== next.measure;
  if (timeChanged || prev.lang !== next.lang) applyChoropleth();
  if (timeChanged && next.selected?.kind !== 'event') applyEventPlaces();
  if (prev.lang !== next.lang) renderTexts();
  else {
    if (prev.layers !== next.layers || prev.basemap !== next.basemap) renderControls();
    if (prev.hazards !== next.hazards) renderHazards();
    if (timeChanged) renderRecords();
    if (prev.selected !== next.selected) {
      renderPanel(origin !== 'map');
      if (next.selected && origin === 'map' && phoneLayout.matches) {
        // On a phone the panel sits below the map: bring what was tapped into view.
        els.panel.scrollIntoView({
          block: 'start',
          behavior: reducedMotion.matches ? 'auto' : 'smooth',
        });
      }
    }
    if (timeChanged && els.list.open) renderList();
  }
  if (timeChanged || prev.selected !== next.selected || prev.lang !== next.lang) renderTimeline();
  if (origin !== 'hash') {
    const hash = formatHash(next);
    if (hash !== location.hash) history.replaceState(null, '', hash);
  }
}

function applySelectionToMap(s: AppState, origin: Origin): void {
  if (!mapView) return;
  const sel = s.selected;
  if (sel?.kind === 'event') {
    mapView.select(null, null);
    const loc = flood?.history.locations.get(sel.id);
    const codes = loc ? [...loc.chome, ...loc.townChome] : [];
    mapView.highlightChome(codes);
    const features = (loaded.get('chome')?.features ?? []).filter((f) =>
      codes.includes(String(f.properties.key_code)),
    );
    const stationFeatures = (loaded.get('stations')?.features ?? []).filter((f) =>
      loc?.stations.includes(String(f.properties.name)),
    );
    const bounds = boundsOf([...features, ...stationFeatures]);
    if (bounds && origin !== 'map') mapView.fitBounds(bounds);
    return;
  }
  applyEventPlaces();
  mapView.select(sel ? sourceOf[sel.kind] : null, sel?.id ?? null);
}

/** Outline the places of the records in the chosen period (none when showing all time). */
function applyEventPlaces(): void {
  if (!mapView || !flood) return;
  const range = currentRange();
  mapView.highlightChome(
    range ? eventChomeInRange(flood.history.events, flood.history.locations, range) : [],
  );
}

function currentRange() {
  return effectiveRange(state.range, state.rangeMode, FIRST_YEAR);
}

function featuresOf(kind: PlaceKind, id: string): Record<string, unknown>[] {
  const fc = loaded.get(sourceOf[kind]);
  return fc
    ? fc.features.filter((f) => String(f.properties.fid) === id).map((f) => f.properties)
    : [];
}

function chomeName(code: string): string {
  const f = loaded.get('chome')?.features.find((x) => String(x.properties.key_code) === code);
  return f ? String(f.properties.name_kanji) : code;
}

function openEvent(id: string): void {
  dispatch({ type: 'select', selection: { kind: 'event', id } }, 'ui');
}

function renderPanel(moveFocus = false): void {
  const sel = state.selected;
  const close = (): void => dispatch({ type: 'select', selection: null }, 'ui');
  if (sel?.kind === 'event') {
    const event = flood?.history.events.find((e) => e.id === sel.id);
    if (event) {
      renderEventPanel(
        { doc, container: els.panel, onClose: close },
        state.lang,
        describeEvent(event, flood?.history.locations.get(event.id), chomeName, state.lang),
      );
      if (moveFocus) doc.getElementById('place-title')?.focus();
      return;
    }
  }
  const placeSel = sel && sel.kind !== 'event' ? { kind: sel.kind, id: sel.id } : null;
  const features = placeSel ? featuresOf(placeSel.kind, placeSel.id) : [];
  const place =
    placeSel && features.length > 0 ? describePlace(placeSel.kind, features, state.lang) : null;
  const others = picked.filter((p) => !(p.kind === sel?.kind && p.id === sel.id));
  const hazardNode =
    hazardReadings.size > 0 && queryPoint ? hazardSection(doc, state.lang, hazardLines()) : null;
  const history =
    placeSel?.kind === 'chome' && flood && place
      ? historySection(
          doc,
          state.lang,
          describeHistory(
            chomeHistory(
              flood.history,
              placeSel.id,
              nearbyCodes(placeSel.id, anchors),
              nearbyStations(placeSel.id, anchors, loaded.get('stations')),
            ),
            state.lang,
          ),
          openEvent,
        )
      : null;
  const extra = history || hazardNode ? doc.createElement('div') : null;
  if (extra) {
    if (hazardNode) extra.append(hazardNode);
    if (history) extra.append(history);
  }
  renderPlacePanel(
    {
      doc,
      container: els.panel,
      onClose: close,
      onShowSource: (file) => openCredits(doc, els.credits, file),
      onPickOther: (i) => {
        const other = others[i];
        if (other)
          dispatch({ type: 'select', selection: { kind: other.kind, id: other.id } }, 'ui');
      },
    },
    state.lang,
    place,
    others.map(
      (o) =>
        `${t(state.lang, `panel.kind.${o.kind}` as MessageKey)}: ${String(o.properties.label ?? '')}`,
    ),
    extra,
  );
  if (moveFocus && place) doc.getElementById('place-title')?.focus();
}

function renderControls(): void {
  renderLayerControls(
    {
      doc,
      container: els.controls,
      theme,
      onLayer: (layer, on) => dispatch({ type: 'layer', layer, on }, 'ui'),
      onBasemap: (basemap) => dispatch({ type: 'basemap', basemap }, 'ui'),
    },
    {
      lang: state.lang,
      layers: state.layers,
      basemap: state.basemap,
    },
  );
}

function damageNow(): ReturnType<RangeIndex['query']> {
  return indexes ? indexes[state.measure].query(currentRange()) : new Map();
}

function applyChoropleth(): void {
  if (!mapView || !flood) return;
  const values = damageNow();
  const shown = new Map(
    [...values].map(([code, v]) => [
      code,
      { value: v.value, label: v.label ?? formatCount(v.value, v.unit, state.lang) },
    ]),
  );
  mapView.setChoropleth(choroplethState(state.measure, shown));
}

function rangeLabel(): string {
  const r = currentRange();
  if (!r) return t(state.lang, 'records.allTime');
  return state.lang === 'en' ? `${r.from}–${r.to}` : `${r.from}年〜${r.to}年`;
}

function renderRecords(): void {
  const records = flood?.history.records ?? [];
  const range = currentRange();
  const values = damageNow();
  const ward = state.measure === 'counts' ? indexes?.ward.query(range).get('ward') : undefined;
  const inRange = records.filter(
    (r) => recordInRange(r, range) && (r.damageClass !== null) === (state.measure === 'classes'),
  );
  renderRecordsLegend(
    {
      doc,
      container: els.records,
      theme,
      onMeasure: (measure) => dispatch({ type: 'measure', measure }, 'ui'),
      onOpenList: () => {
        renderList();
        els.list.showModal();
      },
    },
    {
      lang: state.lang,
      measure: state.measure,
      rangeLabel: rangeLabel(),
      chomeCount: values.size,
      wardTotal:
        ward && state.measure === 'counts' ? formatCount(ward.value, ward.unit, state.lang) : null,
      unit: inRange[0]?.unit ?? '棟',
      sources: [...new Set(inRange.map((r) => r.sourceTitle))],
      comparison: comparisonText(values),
    },
  );
}

/** Records against the offline prediction: how many chome with damage lie outside it. */
function comparisonText(values: ReadonlyMap<string, { value: number }>): string {
  const mesh = offlineMesh?.kind === 'loaded' ? offlineMesh.mesh : null;
  if (!mesh || mesh.predictions.size === 0) {
    mapView?.highlightOutsidePrediction([]);
    return t(state.lang, 'compare.needsMesh');
  }
  const c = compareWithPrediction(values, mesh.predictions);
  mapView?.highlightOutsidePrediction(c.outside);
  const n = c.inside.length + c.outside.length + c.unknown.length;
  const text = t(state.lang, 'compare.summary', { n, outside: c.outside.length });
  return c.unknown.length > 0
    ? `${text} ${t(state.lang, 'compare.unknown', { n: c.unknown.length })}`
    : text;
}

async function checkHazard(id: HazardKey): Promise<void> {
  if (id === OFFLINE_MESH_ID) return;
  const layer = hazardById(id);
  if (!layer) return;
  hazardStatus.set(id, 'checking');
  hazardErrors.set(id, 0);
  renderHazards();
  const ok = await probeTiles(layer.tiles);
  hazardStatus.set(id, ok ? 'ok' : 'unavailable');
  const opacity = state.hazards.get(id);
  mapView?.setHazard(id, ok && opacity !== undefined ? opacity : null);
  renderHazards();
  void readHazardsAt();
}

function applyHazards(prev: AppState, next: AppState): void {
  const offlineBefore = prev.hazards.get(OFFLINE_MESH_ID);
  const offlineAfter = next.hazards.get(OFFLINE_MESH_ID);
  if (offlineBefore !== offlineAfter) {
    mapView?.setOfflineMesh(offlineMesh?.kind === 'loaded' ? (offlineAfter ?? null) : null);
    if (offlineAfter === undefined) hazardReadings.delete(OFFLINE_MESH_ID);
    else if (offlineBefore === undefined) void readHazardsAt();
  }
  for (const layer of hazardLayers) {
    const before = prev.hazards.get(layer.id);
    const after = next.hazards.get(layer.id);
    if (before === after) continue;
    if (after === undefined) {
      mapView?.setHazard(layer.id, null);
      hazardReadings.delete(layer.id);
    } else if (hazardStatus.get(layer.id) === 'ok') {
      mapView?.setHazard(layer.id, after);
      if (before === undefined) void readHazardsAt();
    } else if (hazardStatus.get(layer.id) !== 'checking') {
      void checkHazard(layer.id);
    }
  }
  if (prev.hazards.size !== next.hazards.size) renderPanel();
}

function renderHazards(): void {
  renderHazardControls(
    {
      doc,
      container: els.hazards,
      layers: hazardLayers,
      onToggle: (id, on) =>
        dispatch(
          {
            type: 'hazard',
            id,
            opacity: on ? (state.hazards.get(id) ?? DEFAULT_HAZARD_OPACITY) : null,
          },
          'ui',
        ),
      onOpacity: (id, opacity) => dispatch({ type: 'hazard', id, opacity }, 'ui'),
      onRetry: (id) => void checkHazard(id),
    },
    state.lang,
    state.hazards,
    hazardStatus,
    offlineMesh === null
      ? { kind: 'loading' }
      : offlineMesh.kind === 'loaded'
        ? { kind: 'loaded', meta: offlineMesh.mesh.meta }
        : { kind: offlineMesh.kind },
  );
}

/** The offline layer described like a tile layer, for the point-query sentence. */
function offlineLayerWords() {
  const meta = offlineMesh?.kind === 'loaded' ? offlineMesh.mesh.meta : null;
  return {
    title: meta?.title ?? { ja: '東京都 浸水予想区域図', en: 'Tokyo flood prediction' },
    short: { ja: t('ja', 'hazard.offlineShort'), en: t('en', 'hazard.offlineShort') },
    legend: DEPTH_LEGEND,
  };
}

/** Read every switched-on hazard layer at the query point, then show the words in the panel. */
async function readHazardsAt(): Promise<void> {
  const point = queryPoint;
  const ids = [...state.hazards.keys()];
  if (!point || ids.length === 0) {
    hazardReadings = new Map();
    return;
  }
  const pending = new Map<HazardKey, HazardReading>(ids.map((id) => [id, { kind: 'loading' }]));
  hazardReadings = pending;
  renderPanel();
  const readings = await readHazards(ids, point, {
    unreachable: (id) => hazardStatus.get(id) === 'unavailable',
    mesh: offlineMesh?.kind === 'loaded' ? offlineMesh.mesh : null,
  });
  // A newer click may have replaced this query meanwhile.
  if (hazardReadings !== pending) return;
  hazardReadings = readings;
  renderPanel();
}

function hazardLines(): string[] {
  return [...hazardReadings].flatMap(([id, r]) => {
    const layer = id === OFFLINE_MESH_ID ? offlineLayerWords() : hazardById(id);
    return layer ? [describeHazardReading(layer, r, state.lang)] : [];
  });
}

function touchedEvents(): Set<string> {
  const sel = state.selected;
  if (!flood || sel?.kind !== 'chome') return new Set();
  const h = chomeHistory(flood.history, sel.id, new Set(), new Set());
  return new Set(h.events.map((e) => e.event.id));
}

function renderTimeline(): void {
  timeline?.update({
    lang: state.lang,
    range: state.range,
    mode: state.rangeMode,
    selectedId: state.selected?.kind === 'event' ? state.selected.id : null,
    touched: touchedEvents(),
    playing,
    speed,
  });
}

/** Playback: step "everything up to year X" through the years with records, then stop. */
function stepPlayback(): void {
  if (!flood || !playing) return;
  const years = eventYears(flood.history.events);
  const current = state.rangeMode === 'cumulative' && state.range ? state.range.to : null;
  const next = nextStop(years, current);
  if (next === null) {
    setPlaying(false);
    return;
  }
  dispatch({ type: 'range', range: { from: FIRST_YEAR, to: next }, mode: 'cumulative' }, 'ui');
  playTimer = setTimeout(stepPlayback, 1600 / speed);
}

function setPlaying(on: boolean): void {
  playing = on;
  if (playTimer !== null) clearTimeout(playTimer);
  playTimer = null;
  if (on) {
    // Start from the beginning unless already part-way through a cumulative run.
    if (!(state.rangeMode === 'cumulative' && state.range && state.range.to < lastEventYear())) {
      dispatch({ type: 'range', range: null, mode: 'cumulative' }, 'ui');
    }
    stepPlayback();
  }
  renderTimeline();
}

function lastEventYear(): number {
  const years = flood ? eventYears(flood.history.events) : [];
  return years[years.length - 1] ?? FIRST_YEAR;
}

function onTimelineInput(): void {
  const v = els.timeline.value;
  if (!v) return;
  if (v.type === 'select') openEvent(v.id);
  else if (v.type === 'range') {
    if (playing) setPlaying(false);
    dispatch({ type: 'range', range: v.range, mode: v.mode }, 'ui');
  } else {
    speed = v.speed;
    if (v.playing !== playing) setPlaying(v.playing);
    else renderTimeline();
  }
}

function renderList(): void {
  if (!flood) return;
  const range = currentRange();
  renderRecordsList(
    {
      doc,
      dialog: els.list,
      chomeName,
      onOpenEvent: openEvent,
      onDownload: download,
      onShowAll: () => dispatch({ type: 'range', range: null, mode: 'range' }, 'ui'),
    },
    state.lang,
    flood.history,
    range
      ? {
          label: rangeLabel(),
          events: (e) => eventInRange(e, range),
          records: (r) => recordInRange(r, range),
        }
      : null,
  );
}

function download(kind: DownloadKind): void {
  if (!flood) return;
  const chome = loaded.get('chome') ?? { type: 'FeatureCollection' as const, features: [] };
  downloadRecords(doc, kind, flood.history, chome);
}

function renderSearch(): void {
  const stations = [
    ...new Set((loaded.get('stations')?.features ?? []).map((f) => String(f.properties.name))),
  ];
  const chomeNames = (loaded.get('chome')?.features ?? []).map((f) =>
    String(f.properties.name_kanji),
  );
  renderPlaceSearch(
    {
      doc,
      container: els.search,
      names: [...chomeNames, ...stations.map((s) => `${s}駅`)],
      search: (text) =>
        chomeIndex ? searchPlaces(text, chomeIndex, stations) : { found: false, suggestions: [] },
      onFound: (result) => {
        picked = [];
        dispatch({ type: 'select', selection: { kind: result.kind, id: result.id } }, 'ui');
        const point =
          result.kind === 'chome'
            ? anchors.get(result.id)
            : (loaded.get('stations')?.features.find((f) => f.properties.name === result.id)
                ?.geometry.coordinates as LonLat | undefined);
        if (point) {
          mapView?.flyToPoint(point[0], point[1], 15);
          queryPoint = point;
          void readHazardsAt();
        }
      },
    },
    state.lang,
  );
}

function renderStatus(): void {
  const status = state.basemap === 'none' ? 'off' : basemapStatus;
  renderBasemapNote(doc, els.basemapNote, state.lang, status, () => void checkBasemap());
  renderProblems(doc, els.problems, state.lang, problems, () => {
    problems.clear();
    renderStatus();
  });
}

function renderTexts(): void {
  const lang = state.lang;
  doc.documentElement.lang = htmlLang(lang);
  doc.title = t(lang, 'app.title');
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    el.textContent = t(lang, el.dataset.i18n as MessageKey);
  }
  els.lang.value = lang;
  renderControls();
  renderHazards();
  renderRecords();
  renderSearch();
  renderPanel();
  renderStatus();
  renderTimeline();
  renderCredits(doc, els.credits, lang, catalog);
  if (els.list.open) renderList();
}

async function checkBasemap(): Promise<void> {
  const wanted = state.basemap === 'none' ? 'pale' : state.basemap;
  const config = basemaps.find((b) => b.id === wanted);
  if (!config) return;
  basemapStatus = 'checking';
  renderStatus();
  const ok = await probeTiles(config.tiles);
  basemapStatus = ok ? 'ok' : 'unavailable';
  mapView?.setBasemap(effectiveBasemap(state));
  renderStatus();
}

function buildFlood(): void {
  const chome = loaded.get('chome');
  const events = loadedRows.get('floodEvents');
  if (!chome) return;
  chomeIndex = chomeIndexOf(chome);
  anchors = chomeAnchors(chome);
  if (!events) return;
  const rows = (id: DatasetId) => {
    const r = loadedRows.get(id);
    return r ? { file: datasetById(id).file, rows: r } : null;
  };
  flood = assembleHistory({
    chome,
    stations: loaded.get('stations') ?? null,
    events: { file: datasetById('floodEvents').file, rows: events },
    records: rows('chomeRecords'),
    gazetteer: rows('gazetteer'),
  });
  const errors = flood.problems.filter((p) => p.severity === 'error');
  for (const p of errors) problems.set(p.file, [...(problems.get(p.file) ?? []), p]);
}

async function loadData(): Promise<void> {
  const entries = catalog.filter((d) => d.loadedByApp);
  await Promise.all(
    entries.map(async (meta) => {
      const result = await fetchDataset(meta, dataUrls[meta.id]);
      if (result.problems.length > 0) problems.set(meta.file, result.problems);
      if (result.kind === 'geojson' && result.data) {
        const fc = withIds(meta.id, result.data);
        loaded.set(meta.id, fc);
        if (meta.id !== 'floodEvents' && meta.id !== 'chomeRecords' && meta.id !== 'gazetteer') {
          mapView?.setData(meta.id as DataSourceId, fc);
        }
      } else if (result.kind === 'csv' && result.rows) {
        loadedRows.set(meta.id, result.rows);
      }
    }),
  );
  offlineMesh = await loadOfflineMesh(doc.baseURI.replace(/[#?].*$/, '').replace(/[^/]*$/, ''));
  if (offlineMesh.kind === 'loaded') {
    mapView?.addOfflineMesh(offlineMesh.mesh.imageUrl, offlineMesh.mesh.meta.imageBounds);
    const opacity = state.hazards.get(OFFLINE_MESH_ID);
    if (opacity !== undefined) mapView?.setOfflineMesh(opacity);
  }
  if (offlineMesh.kind !== 'absent') {
    const meshProblems = offlineMesh.problems.filter((p) => p.severity === 'error');
    for (const p of meshProblems) problems.set(p.file, [...(problems.get(p.file) ?? []), p]);
  }
  renderHazards();
  buildFlood();
  if (flood) {
    const records = flood.history.records;
    indexes = {
      counts: new RangeIndex(records, 'counts'),
      classes: new RangeIndex(records, 'classes'),
      ward: new RangeIndex(records, 'counts', true),
    };
  }
  applyChoropleth();
  applyEventPlaces();
  renderStatus();
  renderRecords();
  renderSearch();
  if (state.selected) {
    applySelectionToMap(state, 'init');
    renderPanel();
  }
  const ready = (): void => {
    performance.mark('fhm:map-ready');
    doc.documentElement.dataset.mapReady = 'true';
    // Only now: the timeline's chunk (with d3) is not part of the first download.
    void mountTimeline();
  };
  if (mapView) mapView.onceIdle(ready);
  else ready();
}

/** The timeline (and d3) loads in its own chunk after the map, keeping the first download small. */
async function mountTimeline(): Promise<void> {
  if (!flood) return;
  const { Timeline } = await import('./timeline/timeline-chart');
  timeline = new Timeline({ doc, container: els.timeline, events: flood.history.events, theme });
  els.timeline.addEventListener('input', onTimelineInput);
  new ResizeObserver(() => requestAnimationFrame(() => timeline?.resize())).observe(els.timeline);
  renderTimeline();
}

// Static shell
for (const lang of LANGS) {
  const option = doc.createElement('option');
  option.value = lang;
  option.textContent = t(lang, `lang.${lang}` as MessageKey);
  els.lang.append(option);
}
els.lang.addEventListener('change', () => {
  if (isLang(els.lang.value)) dispatch({ type: 'lang', lang: els.lang.value }, 'ui');
});
els.creditsButton.addEventListener('click', () => openCredits(doc, els.credits));
window.addEventListener('hashchange', () => {
  const next = parseHash(location.hash, state);
  if (!sameState(next, state)) dispatch({ type: 'replace', state: next }, 'hash');
});

renderTexts();
history.replaceState(null, '', formatHash(state));
void loadData();
for (const id of state.hazards.keys()) void checkHazard(id);
if (state.basemap !== 'none') void checkBasemap();
else basemapStatus = 'unavailable';
