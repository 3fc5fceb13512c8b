// The only module that talks to MapLibre. It draws what it is told (style built in style.ts) and
// reports what the user does to the map; it keeps no app state of its own.
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  type GeoJSONSource,
  type LayerSpecification,
  type MapGeoJSONFeature,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { BasemapId } from '../config/basemaps';
import type { HazardId } from '../config/hazard-tiles';
import { basemaps } from '../config/basemaps';
import type { FeatureCollection } from '../data/validate-geojson';
import type { Lang } from '../i18n/i18n';
import type { Theme } from '../theme/theme';
import { drawHatch, drawIcons } from './icons';
import { configureMapLibre } from './maplibre-setup';
import type { ChoroplethState } from './choropleth';
import { ChoroplethApplier, FlagApplier } from './choropleth-apply';
import { ReloadGate } from './reload-gate';
import type { CompareHost } from './compare-view';
import {
  buildStyle,
  CLICKABLE_LAYERS,
  EVENT_CHOME,
  FID,
  landOpacity,
  layerIdsFor,
  OFFLINE_MESH_BEFORE,
  OFFLINE_MESH_LAYER,
  NAMES_EN,
  offlineMeshLayer,
  OUTSIDE_PREDICTION,
  placeLabel,
  EVENT_LINE,
  OUTSIDE_LINE,
  SELECTED_LINE,
  type StyleOptions,
} from './style';
import type { DataSourceId, PickedPlace, PlaceKind, ToggleLayerId } from '../data/places';

/** Ward extent (lon/lat): the default view fits it. */
export const WARD_BOUNDS: [[number, number], [number, number]] = [
  [139.6954, 35.5849],
  [139.7736, 35.6419],
];

export interface MapViewOptions {
  readonly container: HTMLElement;
  readonly theme: Theme;
  readonly style: StyleOptions;
  readonly view: { lon: number; lat: number; zoom: number } | null;
  readonly locale: Record<string, string>;
  readonly ariaLabel: string;
  /** Short credit for the bundled data, always shown in the attribution box. */
  readonly dataCredit: string;
  /** Called with every place under a click, most specific first (points before areas). */
  readonly onPick: (places: PickedPlace[], lngLat: readonly [number, number]) => void;
  readonly onMoveEnd: (view: { lon: number; lat: number; zoom: number }) => void;
  readonly onBasemapError: () => void;
  readonly onHazardError: (id: HazardId) => void;
}

export class MapView {
  private readonly map: MapLibreMap;
  private selected: { source: DataSourceId; ids: readonly string[] } = { source: 'chome', ids: [] };
  private movingProgrammatically = false;
  private styleLoaded = false;
  private pending: (() => void)[] = [];
  private readonly choropleth: ChoroplethApplier;
  /** Changes that re-tile the chome source wait for its tiles (reload-gate.ts says why). */
  private readonly chomeReloads: ReloadGate;
  /** Each layer's visibility as last asked for (see setVisibility). */
  private readonly visibility = new Map<string, 'visible' | 'none'>();
  private readonly eventFlags: FlagApplier;
  private readonly outsideFlags: FlagApplier;
  private attribution: AttributionControl;
  private readonly theme: Theme;

  constructor(opts: MapViewOptions) {
    configureMapLibre();
    this.theme = opts.theme;
    const { view } = opts;
    this.map = new MapLibreMap({
      container: opts.container,
      style: buildStyle(opts.theme, opts.style),
      ...(view
        ? { center: [view.lon, view.lat], zoom: view.zoom }
        : { bounds: WARD_BOUNDS, fitBoundsOptions: { padding: 16 } }),
      minZoom: 10,
      maxZoom: 18,
      maxBounds: [
        [139.5, 35.45],
        [139.95, 35.78],
      ],
      attributionControl: false,
      locale: opts.locale,
      // The map is usable with a keyboard: arrows pan, +/- zoom, once the canvas has focus.
      keyboard: true,
      cooperativeGestures: false,
      fadeDuration: 0,
      // The style is built by style.ts and checked against the style spec by its unit tests;
      // checking it again on every load cost ~100 ms of the first render (bench/README.md).
      validateStyle: false,
    });
    this.chomeReloads = new ReloadGate(this.map, 'chome');
    const map = this.map;
    this.choropleth = new ChoroplethApplier(
      {
        setFeatureState: (f, s) => map.setFeatureState(f, s),
        removeFeatureState: (f, key) => map.removeFeatureState(f, key),
        getZoom: () => map.getZoom(),
        // The labels are read by a layout property: handing them over re-tiles the source.
        setGlobalStateProperty: (name, value) => {
          this.chomeReloads.run(() => map.setGlobalStateProperty(name, value));
          return map;
        },
      },
      'chome',
    );
    this.eventFlags = new FlagApplier(this.map, 'chome', EVENT_CHOME);
    this.outsideFlags = new FlagApplier(this.map, 'chome', OUTSIDE_PREDICTION);
    this.map.on('zoomend', () => this.choropleth.flushLabels());
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    this.attribution = new AttributionControl({
      compact: false,
      customAttribution: opts.dataCredit,
    });
    this.map.addControl(this.attribution, 'bottom-right');
    this.map.getCanvas().setAttribute('aria-label', opts.ariaLabel);

    for (const icon of drawIcons(opts.theme, document)) {
      this.map.addImage(icon.name, icon.image, { pixelRatio: 2 });
    }
    const hatch = drawHatch(opts.theme, document);
    this.map.addImage(hatch.name, hatch.image, { pixelRatio: 2 });
    // Sources exist as soon as the style is parsed: data goes in then, not after the first frame.
    this.map.once('style.load', () => {
      this.styleLoaded = true;
      for (const fn of this.pending.splice(0)) fn();
    });

    this.map.on('error', (e) => {
      const sourceId = (e as { sourceId?: string }).sourceId ?? '';
      if (sourceId.startsWith('basemap-')) {
        opts.onBasemapError();
        return;
      }
      if (sourceId.startsWith('hazard-')) {
        opts.onHazardError(sourceId.slice('hazard-'.length) as HazardId);
        return;
      }
      // Anything else is a real fault: keep it visible to developers without stopping the map.
      console.warn('map error', e.error?.message ?? e);
    });
    this.map.on('click', (e) => {
      const pad = 8;
      const features = this.map.queryRenderedFeatures(
        [
          [e.point.x - pad, e.point.y - pad],
          [e.point.x + pad, e.point.y + pad],
        ],
        { layers: Object.keys(CLICKABLE_LAYERS).filter((l) => this.map.getLayer(l)) },
      );
      opts.onPick(pickOrder(features), [e.lngLat.lng, e.lngLat.lat]);
    });
    for (const layer of Object.keys(CLICKABLE_LAYERS)) {
      this.map.on('mouseenter', layer, () => (this.map.getCanvas().style.cursor = 'pointer'));
      this.map.on('mouseleave', layer, () => (this.map.getCanvas().style.cursor = ''));
    }
    this.map.on('moveend', () => {
      if (this.movingProgrammatically) {
        this.movingProgrammatically = false;
        return;
      }
      const c = this.map.getCenter();
      opts.onMoveEnd({ lon: c.lng, lat: c.lat, zoom: this.map.getZoom() });
    });
  }

  /** Runs `fn` now if the style is ready, otherwise once it has loaded (calls keep their order). */
  private whenLoaded(fn: () => void): void {
    if (this.styleLoaded) fn();
    else this.pending.push(fn);
  }

  setData(source: DataSourceId, data: FeatureCollection): void {
    this.whenLoaded(() => {
      const src = this.map.getSource<GeoJSONSource>(source);
      src?.setData(data as unknown as Parameters<GeoJSONSource['setData']>[0]);
    });
  }

  setLayerVisible(id: ToggleLayerId, on: boolean): void {
    this.whenLoaded(() => {
      for (const layer of layerIdsFor(id)) this.setVisibility(layer, on ? 'visible' : 'none');
    });
  }

  setBasemap(id: BasemapId | null): void {
    this.whenLoaded(() => this.applyBasemap(id));
  }

  private applyBasemap(id: BasemapId | null): void {
    for (const b of basemaps) {
      this.map.setLayoutProperty(`basemap-${b.id}`, 'visibility', b.id === id ? 'visible' : 'none');
    }
    const opacity = landOpacity(id !== null);
    this.map.setPaintProperty('ward-fill', 'fill-opacity', opacity.ward);
    this.map.setPaintProperty('neighbours-fill', 'fill-opacity', opacity.neighbours);
  }

  /** Neighbour names, the bundled data's credit and the map's name follow the language. */
  setLang(lang: Lang, words: { readonly dataCredit: string; readonly ariaLabel: string }): void {
    // The credit is fixed when the control is made: a new control replaces it.
    this.map.removeControl(this.attribution);
    this.attribution = new AttributionControl({
      compact: false,
      customAttribution: words.dataCredit,
    });
    this.map.addControl(this.attribution, 'bottom-right');
    this.map.getCanvas().setAttribute('aria-label', words.ariaLabel);
    this.whenLoaded(() => {
      this.map.setLayoutProperty(
        'neighbours-label',
        'text-field',
        lang === 'en' ? ['get', 'name_en'] : ['get', 'N03_004'],
      );
      // The chome labels' field re-tiles the chome source: through the gate, like the others.
      this.chomeReloads.run(() =>
        this.map.setLayoutProperty('chome-label', 'text-field', placeLabel(lang, 'name_kanji')),
      );
      this.map.setLayoutProperty('stations-label', 'text-field', placeLabel(lang, 'label'));
    });
  }

  /** The English names the labels show in English (chome code or station name → name). */
  setPlaceNames(names: Readonly<Record<string, string>>): void {
    // They arrive after the first picture, maybe while a search zooms in: the chome labels read
    // them, so handing them over re-tiles the chome source and goes through the gate.
    this.whenLoaded(() =>
      this.chomeReloads.run(() => this.map.setGlobalStateProperty(NAMES_EN, names)),
    );
  }

  /**
   * A feature's own drawing on top of the map (where I stand): its GeoJSON source and layers are
   * added the first time, then only its data is replaced.
   */
  setOverlay(id: string, data: FeatureCollection, layers: () => LayerSpecification[]): void {
    this.whenLoaded(() => {
      const geojson = data as unknown as Parameters<GeoJSONSource['setData']>[0];
      const src = this.map.getSource<GeoJSONSource>(id);
      if (src) return void src.setData(geojson);
      this.map.addSource(id, { type: 'geojson', data: geojson });
      for (const layer of layers()) this.map.addLayer(layer);
    });
  }

  /** A feature's own button among the map's controls (top right, under the zoom buttons). */
  addControl(el: HTMLElement): void {
    this.map.addControl({ onAdd: () => el, onRemove: () => el.remove() }, 'top-right');
  }

  /** Marks the selected features (a town is several chome), unmarking the previous ones. */
  select(source: DataSourceId | null, ids: readonly string[]): void {
    this.whenLoaded(() => {
      for (const id of this.selected.ids) {
        this.map.setFeatureState({ source: this.selected.source, id }, { selected: false });
      }
      this.selected = { source: source ?? 'chome', ids: source ? ids : [] };
      for (const id of this.selected.ids) {
        this.map.setFeatureState({ source: this.selected.source, id }, { selected: true });
      }
      this.showLayer(
        SELECTED_LINE,
        this.selected.source === 'chome' && this.selected.ids.length > 0,
      );
    });
  }

  /** Show a hazard layer at an opacity (0–100), or hide it (null). */
  setHazard(id: HazardId, opacity: number | null): void {
    this.whenLoaded(() => {
      const layer = `hazard-${id}`;
      this.map.setLayoutProperty(layer, 'visibility', opacity === null ? 'none' : 'visible');
      if (opacity !== null) this.map.setPaintProperty(layer, 'raster-opacity', opacity / 100);
    });
  }

  /** Add the offline hazard image (a regular lon/lat grid) under the chome outlines, hidden. */
  addOfflineMesh(url: string, bounds: readonly [number, number, number, number]): void {
    this.whenLoaded(() => {
      const [w, s, e, n] = bounds;
      this.map.addSource(OFFLINE_MESH_LAYER, {
        type: 'image',
        url,
        coordinates: [
          [w, n],
          [e, n],
          [e, s],
          [w, s],
        ],
      });
      this.map.addLayer(offlineMeshLayer(), OFFLINE_MESH_BEFORE);
    });
  }

  setOfflineMesh(opacity: number | null): void {
    this.whenLoaded(() => {
      if (!this.map.getLayer(OFFLINE_MESH_LAYER)) return;
      this.map.setLayoutProperty(
        OFFLINE_MESH_LAYER,
        'visibility',
        opacity === null ? 'none' : 'visible',
      );
      if (opacity !== null)
        this.map.setPaintProperty(OFFLINE_MESH_LAYER, 'raster-opacity', opacity / 100);
    });
  }

  /** Outline chome whose records lie outside the predicted area (empty: none). */
  highlightOutsidePrediction(codes: readonly string[]): void {
    this.whenLoaded(() => {
      this.outsideFlags.apply(codes);
      this.showLayer(OUTSIDE_LINE, codes.length > 0);
    });
  }

  /** Shows or hides a layer, touching the style only when that changes. */
  private showLayer(id: string, on: boolean): void {
    const visibility = on ? 'visible' : 'none';
    const now = this.visibility.get(id) ?? this.map.getLayoutProperty(id, 'visibility');
    if (now !== visibility) this.setVisibility(id, visibility);
  }

  /**
   * A layout property re-tiles its source: the chome source's changes wait for its tiles, and
   * what was asked last is remembered (the style still says the old value while one waits).
   */
  private setVisibility(layer: string, visibility: 'visible' | 'none'): void {
    this.visibility.set(layer, visibility);
    const change = (): void => {
      this.map.setLayoutProperty(layer, 'visibility', visibility);
    };
    if (this.map.getLayer(layer)?.source === 'chome') this.chomeReloads.run(change);
    else change();
  }

  /** Recolour the chome choropleth: feature state for colours, no source is rebuilt. */
  setChoropleth(state: ChoroplethState): void {
    this.whenLoaded(() => this.choropleth.apply(state));
  }

  /** Outline the chome an event (or the chosen period) touched; empty list: none. */
  highlightChome(codes: readonly string[]): void {
    this.whenLoaded(() => {
      this.eventFlags.apply(codes);
      this.showLayer(EVENT_LINE, codes.length > 0);
    });
  }

  jumpTo(view: { lon: number; lat: number; zoom: number }): void {
    this.movingProgrammatically = true;
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }

  fitBounds(b: [number, number, number, number]): void {
    this.whenLoaded(() =>
      this.map.fitBounds(
        [
          [b[0], b[1]],
          [b[2], b[3]],
        ],
        { padding: 60, maxZoom: 15.5, duration: 0 },
      ),
    );
  }

  /** The map as drawn now, as a PNG data URL (read in the frame it is drawn), and its CSS width. */
  snapshot(): Promise<{ readonly image: string; readonly widthPx: number }> {
    return new Promise((resolve) => {
      this.map.once('render', () =>
        resolve({
          image: this.map.getCanvas().toDataURL('image/png'),
          widthPx: this.map.getContainer().clientWidth,
        }),
      );
      this.map.triggerRepaint();
    });
  }

  /** The map drawn now, in this task, and read before the browser clears it: for `beforeprint`,
   *  which cannot wait for a frame. */
  snapshotNow(): { readonly image: string; readonly widthPx: number } {
    this.map.redraw();
    return {
      image: this.map.getCanvas().toDataURL('image/png'),
      widthPx: this.map.getContainer().clientWidth,
    };
  }

  /** What the then-and-now view (compare-view.ts) needs: where to sit, and the camera to follow. */
  compareHost(): CompareHost {
    const map = this.map;
    return {
      container: map.getContainer(),
      camera: () => ({
        center: map.getCenter().toArray(),
        zoom: map.getZoom(),
        bearing: map.getBearing(),
        pitch: map.getPitch(),
      }),
      onMove: (listener) => {
        map.on('move', listener);
        return () => map.off('move', listener);
      },
      background: this.theme.background,
    };
  }

  /** Calls back once the map has drawn everything it was told. A repaint is asked for, because
   *  a map with nothing left to do fires no more 'idle' events (printing the step on screen). */
  onceIdle(callback: () => void): void {
    this.map.once('idle', callback);
    this.map.triggerRepaint();
  }
}

const priority: Record<PlaceKind, number> = {
  wideArea: 0,
  evacSite: 1,
  shelter: 2,
  assembly: 3,
  station: 4,
  chome: 5,
};

/** Points before areas; the same place only once. */
export function pickOrder(features: readonly MapGeoJSONFeature[]): PickedPlace[] {
  const seen = new Set<string>();
  const out: PickedPlace[] = [];
  for (const f of features) {
    const kind = CLICKABLE_LAYERS[f.layer.id as keyof typeof CLICKABLE_LAYERS];
    const id = f.properties[FID] as string | undefined;
    if (!kind || id === undefined) continue;
    const key = `${kind}:${id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind, id, label: String(f.properties.label ?? '') });
  }
  return out.sort((a, b) => priority[a.kind] - priority[b.kind]);
}
