// Composition root: the only module that wires data, state, map and UI together.
import { basemaps, MAX_TILE_ERRORS, type BasemapId } from './config/basemaps';
import { catalog, type DatasetId } from './data/catalog';
import { dataUrls } from './data/data-urls';
import { fetchDataset } from './data/fetch-dataset';
import { withIds } from './data/place-ids';
import type { Problem } from './data/problems';
import type { FeatureCollection } from './data/validate-geojson';
import { htmlLang, isLang, LANGS, t, type Lang } from './i18n/i18n';
import type { MessageKey } from './i18n/messages';
import { probeBasemap } from './map/basemap-probe';
import { MapView, type PickedPlace } from './map/map-view';
import { TOGGLE_LAYERS, type DataSourceId, type PlaceKind } from './map/style';
import {
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
import { describePlace } from './ui/describe-place';
import { renderLayerControls } from './ui/layer-controls';
import { renderBasemapNote, renderProblems } from './ui/notices';
import { renderPlacePanel } from './ui/place-panel';
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

const browserLang: Lang = navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
let state: AppState = parseHash(location.hash, { ...defaultState, lang: browserLang });
let basemapStatus: 'checking' | 'ok' | 'unavailable' = 'checking';
const loaded = new Map<DatasetId, FeatureCollection>();
const problems = new Map<string, readonly Problem[]>();
let picked: PickedPlace[] = [];

const sourceOf: Record<PlaceKind, DataSourceId> = {
  chome: 'chome',
  station: 'stations',
  evacSite: 'evacSites',
  shelter: 'shelters',
  wideArea: 'wardShelters',
  assembly: 'assembly',
};

const els = {
  controls: $('controls'),
  panel: $('place-panel'),
  basemapNote: $('basemap-note'),
  problems: $('data-problems'),
  credits: $<HTMLDialogElement>('credits'),
  creditsButton: $<HTMLButtonElement>('credits-button'),
  lang: $<HTMLSelectElement>('lang-select'),
  map: $('map'),
};

function effectiveBasemap(s: AppState): BasemapId | null {
  return basemapStatus === 'ok' && s.basemap !== 'none' ? s.basemap : null;
}

let mapView: MapView | null = null;
try {
  mapView = new MapView({
    container: els.map,
    theme,
    style: { lang: state.lang, visible: state.layers, basemap: null },
    view: state.view,
    locale: mapLocale(state.lang),
    ariaLabel: t(state.lang, 'map.label'),
    dataCredit: t(state.lang, 'map.attribution.data'),
    onPick: (places) => {
      picked = places;
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
    onFirstIdle: () => undefined,
  });
} catch (e) {
  els.map.append(doc.createTextNode(t(state.lang, 'app.noWebgl')));
  els.map.classList.add('map-failed');
  console.warn(e);
}

function mapLocale(lang: Lang): Record<string, string> {
  return lang === 'en'
    ? { 'NavigationControl.ZoomIn': 'Zoom in', 'NavigationControl.ZoomOut': 'Zoom out' }
    : { 'NavigationControl.ZoomIn': '拡大', 'NavigationControl.ZoomOut': '縮小' };
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
    if (prev.selected !== next.selected) {
      mapView.select(
        next.selected ? sourceOf[next.selected.kind] : null,
        next.selected?.id ?? null,
      );
    }
  }
  if (prev.basemap !== next.basemap && next.basemap !== 'none' && basemapStatus === 'unavailable') {
    void checkBasemap();
  }
  if (prev.lang !== next.lang) renderTexts();
  else {
    if (prev.layers !== next.layers || prev.basemap !== next.basemap) renderControls();
    if (prev.selected !== next.selected) renderPanel(origin !== 'map');
  }
  if (origin !== 'hash') {
    const hash = formatHash(next);
    if (hash !== location.hash) history.replaceState(null, '', hash);
  }
}

function featuresOf(kind: PlaceKind, id: string): Record<string, unknown>[] {
  const fc = loaded.get(sourceOf[kind]);
  return fc
    ? fc.features.filter((f) => String(f.properties.fid) === id).map((f) => f.properties)
    : [];
}

function renderPanel(moveFocus = false): void {
  const sel = state.selected;
  const features = sel ? featuresOf(sel.kind, sel.id) : [];
  const place = sel && features.length > 0 ? describePlace(sel.kind, features, state.lang) : null;
  const others = picked.filter((p) => !(p.kind === sel?.kind && p.id === sel.id));
  renderPlacePanel(
    {
      doc,
      container: els.panel,
      onClose: () => dispatch({ type: 'select', selection: null }, 'ui'),
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
      basemapAvailable: basemapStatus === 'ok',
    },
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
  renderPanel();
  renderStatus();
  renderCredits(doc, els.credits, lang, catalog);
}

async function checkBasemap(): Promise<void> {
  const wanted = state.basemap === 'none' ? 'pale' : state.basemap;
  const config = basemaps.find((b) => b.id === wanted);
  if (!config) return;
  basemapStatus = 'checking';
  renderStatus();
  const ok = await probeBasemap(config);
  basemapStatus = ok ? 'ok' : 'unavailable';
  mapView?.setBasemap(effectiveBasemap(state));
  renderStatus();
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
        mapView?.setData(meta.id as DataSourceId, fc);
      }
    }),
  );
  renderStatus();
  if (state.selected) {
    mapView?.select(sourceOf[state.selected.kind], state.selected.id);
    renderPanel();
  }
  const ready = (): void => {
    performance.mark('fhm:map-ready');
    doc.documentElement.dataset.mapReady = 'true';
  };
  if (mapView) mapView.onceIdle(ready);
  else ready();
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
if (state.basemap !== 'none') void checkBasemap();
else basemapStatus = 'unavailable';
