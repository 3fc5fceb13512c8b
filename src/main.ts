// Composition root: creates the store, the map, the page and the features, and connects them.
// State changes only through intents (app/app-state.ts: the core and the features' slices); after
// each change planRender says which parts to redraw, and they are redrawn here in that order.
// A feature's view and effects load in their own chunk (app/feature.ts): at once when the state
// needs them (a link to a tour step), else once the map is ready.
// Styles first, so they cascade in this order: MapLibre's, the page's shell (app.css), then each
// feature's own, imported by its module or loaded with its chunk.
import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/app.css';
import { chomePickedAt } from './data/app-data';
import { loadAppData, loadLateData } from './data/load-app-data';
import { loadOfflineMesh } from './hazard/load-offline-mesh';
import { loadLang, t, type Lang } from './i18n/i18n';
import { BasemapSession } from './map/basemap-session';
import { MapSync } from './map/map-sync';
import { MapView } from './map/map-view';
import { probeTiles } from './lib/tile-probe';
import {
  createAppStore,
  defaultState,
  formatHash,
  MAP_PARTS,
  RENDER_ORDER,
  parseHash,
  planRender,
  sameState,
  type AppState,
  type Intent,
  type Origin,
  type RenderPart,
} from './app/app-state';
import { defaultTheme, themeCssVariables } from './theme/theme';
import { Playback } from './timeline/playback';
import type { RenderFn } from './app/feature';
import { FeatureHost } from './app/feature-host';
import { afterLang } from './app/lang-dispatch';
import { FEATURES } from './app/slices';
import type { Timeline, TimelineValue, TimelineView } from './timeline/timeline-chart';
import { AppView } from './ui/app-view';

const doc = document;
const browserLang: Lang = navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
const store = createAppStore(parseHash(location.hash, { ...defaultState, lang: browserLang }));
const initial = store.state;
// Texts first: the language shown is small and the page waits for it before its first drawing
// (start()); then the data and the offline mesh. A language chosen later (the menu, a link's
// #lang=) downloads before the change is dispatched.
const textsLoad = loadLang(initial.lang);
const appDataLoad = loadAppData();
const meshLoad = loadOfflineMesh(doc.baseURI.replace(/[#?].*$/, '').replace(/[^/]*$/, ''));
const theme = defaultTheme;
for (const [name, value] of Object.entries(themeCssVariables(theme))) {
  doc.documentElement.style.setProperty(name, value);
}
const phoneLayout = window.matchMedia('(max-width: 720px)');
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

const dispatchAfterLang = afterLang(
  (intent, origin) => store.dispatch(intent, origin),
  // Not downloaded (offline without the pack): the page stays in its language.
  () => page.texts(store.state),
);
const dispatch = (origin: Origin) => (intent: Intent) => dispatchAfterLang(intent, origin);

const mapEl = doc.getElementById('map') as HTMLElement;
const timelineEl = doc.getElementById('timeline') as HTMLElement & { value?: TimelineValue };
let map: MapSync | null = null;
let mapView: MapView | null = null;

/**
 * Creates the map once the data is in (main.ts calls it just before the data goes into the state).
 * Created at once, its first frames drew an empty ward while the data waited behind them on the
 * main thread; created after, MapLibre's worker tiles the data while the main thread sets up
 * WebGL, and the first complete render comes ~0.3 s sooner (bench/README.md).
 */
function startMap(): void {
  const s = store.state;
  try {
    const view = new MapView({
      container: mapEl,
      theme,
      style: { lang: s.lang, visible: s.layers, basemap: null, hazards: new Map() },
      view: s.view,
      locale:
        s.lang === 'en'
          ? { 'NavigationControl.ZoomIn': 'Zoom in', 'NavigationControl.ZoomOut': 'Zoom out' }
          : { 'NavigationControl.ZoomIn': '拡大', 'NavigationControl.ZoomOut': '縮小' },
      ariaLabel: t(s.lang, 'map.label'),
      dataCredit: t(s.lang, 'map.attribution.data'),
      onPick: (found, point) => {
        const places = store.state.data?.places;
        const chome =
          places && !found.some((p) => p.kind === 'chome') ? chomePickedAt(places, point) : [];
        store.dispatch({ type: 'pick', places: [...found, ...chome], point }, 'map');
      },
      onMoveEnd: (v) => store.dispatch({ type: 'view', view: v }, 'map'),
      onBasemapError: () => store.dispatch({ type: 'basemapTileError' }, 'effect'),
      onHazardError: (id) => store.dispatch({ type: 'hazardTileError', id }, 'effect'),
    });
    map = new MapSync(view, dispatch('map'));
    mapView = view;
  } catch (e) {
    mapEl.append(doc.createTextNode(t(s.lang, 'app.noWebgl')));
    mapEl.classList.add('map-failed');
    console.warn(e);
    store.dispatch({ type: 'mapUnavailable' }, 'effect');
  }
  // Whatever changed while it waited (layers, language, a hazard layer, the offline mesh).
  for (const part of MAP_PARTS) parts[part]?.(s, s, 'init');
}

const page = new AppView({
  doc,
  theme,
  dispatch: dispatch('ui'),
  onTourMenu: () => {
    const menu = doc.getElementById('tour-menu');
    void features.byName('tours').then(() => {
      if (menu instanceof HTMLDialogElement && !menu.open) menu.showModal();
    });
  },
  onPanelShown: (panel) => {
    // On a phone the panel sits below the map: bring what was tapped into view.
    if (phoneLayout.matches) {
      panel.scrollIntoView({ block: 'start', behavior: reducedMotion.matches ? 'auto' : 'smooth' });
    }
  },
});
let timeline: Timeline | null = null;
/** What the timeline shows for a state (loaded with the chart: it reads the place answers). */
let timelineView: ((s: AppState) => TimelineView) | null = null;

/** The features' views and effects, loaded at once when the state needs them, else at ready. */
const features = new FeatureHost(
  FEATURES,
  {
    doc,
    theme,
    state: () => store.state,
    dispatch: dispatchAfterLang,
    mapView: () => mapView,
    openCredits: (file) => page.openCredits(file),
    tourStep: (id, index) => void features.byName('tours').then((f) => f?.step?.(id, index)),
  },
  RENDER_ORDER,
);

/** The core's parts and the map's; the features' views bring their own (app/feature.ts). */
const parts: Partial<Record<RenderPart, RenderFn>> = {
  mapData: (prev, s) => map?.data(prev, s),
  mapLayers: (prev, s) => map?.layers(prev, s),
  mapBasemap: (_, s) => map?.basemap(s),
  mapLang: (_, s) => map?.lang(s),
  mapView: (_, s) => map?.moveTo(s),
  mapHazards: (_, s) => map?.hazards(s),
  mapChoropleth: (_, s) => map?.choropleth(s),
  mapHighlight: (prev, s, origin) => map?.highlight(prev, s, origin),
  mapOutside: (_, s) => map?.outside(s),
  mapThen: (_, s) => map?.then(s),
  texts: (_, s) => page.texts(s),
  controls: (_, s) => page.controls(s),
  legend: (_, s) => page.legend(s),
  search: (_, s) => page.search(s),
  panel: (prev, s, origin) =>
    page.panel(
      s,
      prev.selected === s.selected || origin === 'effect' || origin === 'init' || origin === 'tour'
        ? null
        : origin === 'map'
          ? 'scroll'
          : 'focus',
    ),
  status: (_, s) => page.status(s),
  list: (_, s) => page.list(s),
  timeline: (_, s) => (timeline && timelineView ? timeline.update(timelineView(s)) : undefined),
  hash: (_, s) => {
    const hash = formatHash(s);
    if (hash !== location.hash) history.replaceState(null, '', hash);
  },
};

const render = (prev: AppState, next: AppState, origin: Origin): void => {
  for (const part of planRender(prev, next, origin)) {
    parts[part]?.(prev, next, origin);
    features.render(part, prev, next, origin);
  }
};
const basemap = new BasemapSession(dispatch('effect'), (u) => probeTiles(u));
const playback = new Playback(dispatch('effect'));
store.subscribe(render);
store.subscribe((prev, next) => basemap.onChange(prev, next));
store.subscribe((prev, next) => playback.onChange(prev, next));
store.subscribe((prev, next, origin) => features.onChange(prev, next, origin));
store.subscribe((prev, next) => {
  // Ready once the data and the offline layer's manifest are in and the map has drawn them.
  const inNow = next.data !== null && next.mesh !== null;
  if (inNow && !(prev.data !== null && prev.mesh !== null)) {
    if (mapView) mapView.onceIdle(ready);
    else ready();
  }
});

window.addEventListener('hashchange', () => {
  const next = parseHash(location.hash, store.state);
  if (!sameState(next, store.state)) dispatchAfterLang({ type: 'replace', state: next }, 'hash');
});

/** The first render and the effects of the start, once the texts of the language shown are in. */
function start(): void {
  render(initial, initial, 'init');
  // The sidebar is kept hidden until this first drawing (app.css), so its parts appear in place
  // instead of pushing each other down as they fill (a layout shift of 0.22 in Lighthouse).
  doc.documentElement.dataset.textsReady = 'true';
  basemap.onChange(initial, initial);
  features.loadNeeded(initial);

  void appDataLoad.then(
    (data) => {
      startMap();
      store.dispatch({ type: 'loaded', data }, 'effect');
    },
    (e: unknown) => {
      startMap();
      throw e;
    },
  );
  void meshLoad.then((mesh) => store.dispatch({ type: 'mesh', mesh }, 'effect'));
}
void textsLoad.then(start, (e: unknown) => {
  // Not downloaded: the map and the data still work, with text keys for labels.
  console.error(e);
  start();
});

/**
 * Marks the first render done (the ward's chome and their records drawn: what bench/'s floor
 * draws), then draws the rest (neighbouring wards, stations, evacuation places) and loads the
 * timeline; `complete` marks everything drawn (benchmarks and browser tests wait on it).
 */
function ready(): void {
  performance.mark('fhm:map-ready');
  doc.documentElement.dataset.mapReady = 'true';
  const preloaded = page.preload();
  // The rest of the map: its files are fetched now, behind the first picture; then every
  // feature's view (their chunks load behind it too).
  const idle = (): Promise<void> =>
    new Promise((resolve) => (mapView ? mapView.onceIdle(resolve) : resolve()));
  const data = store.state.data;
  const late = data
    ? loadLateData(data).then(
        (more) => {
          if (store.state.data === data) store.dispatch({ type: 'moreData', ...more }, 'effect');
        },
        (e: unknown) => console.warn('the places after the first picture could not load', e),
      )
    : Promise.resolve();
  const drawn = new Promise<void>((resolve) =>
    map ? map.drawRest(store.state, resolve) : resolve(),
  );
  void Promise.all([drawn, late.then(idle), preloaded, features.ready()]).then(complete);
  // A chunk that cannot load (offline before it was ever fetched) leaves the map and the rest working.
  mountTimeline().catch((e: unknown) => console.warn('the timeline could not load', e));
}

/** Everything is drawn: the neighbouring wards, stations and evacuation places, and every feature. */
function complete(): void {
  performance.mark('fhm:map-complete');
  doc.documentElement.dataset.mapComplete = 'true';
}

/** The timeline (and d3) loads in its own chunk after the map, keeping the first download small. */
async function mountTimeline(): Promise<void> {
  const history = store.state.data?.history;
  if (!history) {
    // No records to draw (the problems panel says why): no "appears once the map is drawn" either.
    timelineEl.replaceChildren();
    return;
  }
  const [{ Timeline }, view] = await Promise.all([
    import('./timeline/timeline-chart'),
    import('./timeline/timeline-view'),
  ]);
  timelineView = view.timelineView;
  timelineEl.replaceChildren();
  timeline = new Timeline({ doc, container: timelineEl, events: history.events, theme });
  timelineEl.addEventListener('input', () => {
    const v = timelineEl.value;
    if (!v) return;
    if (v.type === 'select') {
      store.dispatch({ type: 'select', selection: { kind: 'event', id: v.id } }, 'ui');
    } else if (v.type === 'range') {
      store.dispatch({ type: 'range', range: v.range, mode: v.mode }, 'ui');
    } else {
      store.dispatch({ type: 'playback', playing: v.playing, speed: v.speed }, 'ui');
    }
  });
  new ResizeObserver(() => requestAnimationFrame(() => timeline?.resize())).observe(timelineEl);
  timeline.update(view.timelineView(store.state));
}
