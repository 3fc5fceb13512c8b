// The map style as data: a pure function of the theme, the language and what is switched on.
// No MapLibre runtime here, so it is unit-tested and validated against the style spec.
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import { basemaps, type BasemapId } from '../config/basemaps';
import { DEFAULT_HAZARD_OPACITY, hazardTiles, type HazardId } from '../config/hazard-tiles';
import type { DataSourceId, PlaceKind, ToggleLayerId } from '../data/places';
import type { Lang } from '../i18n/i18n';
import type { Theme } from '../theme/theme';
import { iconName } from '../theme/symbols';

/** Map layers that answer a click, and what kind of place each one is. */
export const CLICKABLE_LAYERS: Readonly<Record<string, PlaceKind>> = {
  'evacSites-symbol': 'evacSite',
  'shelters-symbol': 'shelter',
  'wideArea-symbol': 'wideArea',
  'assembly-symbol': 'assembly',
  'stations-circle': 'station',
  'chome-fill': 'chome',
};

/** Property every feature gets at load time: the id used for selection and the URL. */
export const FID = 'fid';

export interface StyleOptions {
  readonly lang: Lang;
  readonly visible: ReadonlySet<ToggleLayerId>;
  /** Hazard layers shown, with opacity 0–100 (absent: hidden). */
  readonly hazards?: ReadonlyMap<HazardId, number>;
  /** The online background to draw, or null when off or unreachable. */
  readonly basemap: BasemapId | null;
}

/** Local fonts only: no glyph server, so labels render offline (MapLibre ≥ 5.11). */
export const TEXT_FONT = ['Noto Sans CJK JP', 'Noto Sans JP', 'sans-serif'];

const emptyCollection = { type: 'FeatureCollection' as const, features: [] };

export function sources(): Record<string, SourceSpecification> {
  const out: Record<string, SourceSpecification> = {};
  for (const b of basemaps) {
    out[`basemap-${b.id}`] = {
      type: 'raster',
      tiles: [b.tiles],
      tileSize: b.tileSize,
      minzoom: b.minzoom,
      maxzoom: b.maxzoom,
      attribution: b.attribution,
    };
  }
  for (const h of hazardTiles) {
    out[`hazard-${h.id}`] = {
      type: 'raster',
      tiles: [h.tiles],
      tileSize: 256,
      minzoom: h.minzoom,
      maxzoom: h.maxzoom,
      attribution: h.attribution,
    };
  }
  const ids: DataSourceId[] = [
    'neighbours',
    'ward',
    'chome',
    'stations',
    'evacSites',
    'shelters',
    'wardShelters',
    'assembly',
  ];
  for (const id of ids) {
    out[id] = { type: 'geojson', data: emptyCollection, promoteId: FID };
  }
  return out;
}

/** Zoom from which record labels are drawn. */
export const LABEL_MINZOOM = 12.5;

/** Global-state key of the choropleth's labels (chome code → text; a layout property needs it). */
export const RECORD_LABELS = 'recordLabels';
/** Feature-state key: chome touched by the selected event or the chosen period. */
export const EVENT_CHOME = 'eventChome';
/** Feature-state key: chome with recorded damage outside the predicted flooded area. */
export const OUTSIDE_PREDICTION = 'outsidePrediction';
export const OFFLINE_MESH_LAYER = 'hazard-offline';
export const HATCH_IMAGE = 'fhm-hatch';

const stateObject = (key: string): ExpressionSpecification => ['object', ['global-state', key]];

/** Global-state key of the English place names (chome code or station name → name). */
export const NAMES_EN = 'namesEn';
/** A chome's or station's label: in English its English name where we hold one, else `name`. */
export function placeLabel(lang: Lang, name: string): ExpressionSpecification {
  const own: ExpressionSpecification = ['get', name];
  return lang === 'en'
    ? ['coalesce', ['get', ['to-string', ['get', FID]], stateObject(NAMES_EN)], own]
    : own;
}
const chomeKey: ExpressionSpecification = ['get', 'key_code'];
/** A chome's colour level for the chosen period, set as feature state (absent: no record). */
export const LEVEL_STATE = 'level';
const featureLevel: ExpressionSpecification = ['feature-state', LEVEL_STATE];
const hasLevel: ExpressionSpecification = ['==', ['typeof', featureLevel], 'number'];

const visibility = (on: boolean): 'visible' | 'none' => (on ? 'visible' : 'none');

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Shinagawa's municipality code in the GSI evacuation data (the ward's own lists have none). */
export const WARD_MUNICIPALITY_CODE = '131091';
const inWard: ExpressionSpecification = [
  'any',
  ['!', ['has', 'municipality_code']],
  ['==', ['get', 'municipality_code'], WARD_MUNICIPALITY_CODE],
];

/**
 * Evacuation places are secondary to the flood story at ward zoom: small and faint there, full
 * size from street zoom; those in neighbouring wards stay fainter at every zoom. None is hidden.
 */
export const PLACE_FULL_ZOOM = 14.5;

function symbolLayer(
  id: ToggleLayerId,
  source: DataSourceId,
  theme: Theme,
  symbol: Theme['evacSite'],
  opts: StyleOptions,
  extra: { filter?: ExpressionSpecification; size: number; labelMinzoom: number },
): LayerSpecification[] {
  const layout = { visibility: visibility(opts.visible.has(id)) };
  const filter = extra.filter ? { filter: extra.filter } : {};
  return [
    {
      id: `${id}-symbol`,
      type: 'symbol',
      source,
      ...filter,
      layout: {
        ...layout,
        'icon-image': iconName(symbol.shape, symbol.color),
        'icon-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          11,
          extra.size * 0.4,
          PLACE_FULL_ZOOM,
          extra.size * 0.9,
          17,
          extra.size * 1.2,
        ],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      paint: {
        'icon-opacity': [
          'interpolate',
          ['linear'],
          ['zoom'],
          11,
          ['case', inWard, 0.55, 0.25],
          PLACE_FULL_ZOOM,
          ['case', inWard, 1, 0.5],
        ],
      },
    },
    // Labels are a separate layer so that icons never disappear when labels collide.
    {
      id: `${id}-label`,
      type: 'symbol',
      source,
      minzoom: extra.labelMinzoom,
      ...filter,
      layout: {
        ...layout,
        'text-field': ['get', 'label'],
        'text-font': TEXT_FONT,
        'text-size': 11,
        'text-offset': [0, 1.1],
        'text-anchor': 'top',
        'text-max-width': 8,
        'text-optional': true,
      },
      paint: {
        'text-color': symbol.labelColor,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.5,
        'text-opacity': ['case', inWard, 1, 0.6],
      },
    },
  ];
}

/** How opaque the ward and its neighbours are drawn: see-through over an online background. */
export function landOpacity(online: boolean): { ward: number; neighbours: number } {
  return online ? { ward: 0.25, neighbours: 0.45 } : { ward: 1, neighbours: 0.9 };
}

/** The offline hazard mesh (an image source added once staff have imported it), drawn hidden. */
export function offlineMeshLayer(): LayerSpecification {
  return {
    id: OFFLINE_MESH_LAYER,
    type: 'raster',
    source: OFFLINE_MESH_LAYER,
    layout: { visibility: 'none' },
    paint: {
      'raster-opacity': DEFAULT_HAZARD_OPACITY / 100,
      // Class colours must stay readable as classes: no smoothing between them.
      'raster-resampling': 'nearest',
    },
  };
}

/** The layer the offline mesh is drawn under (the chome outlines stay on top of it). */
export const OFFLINE_MESH_BEFORE = 'chome-line';

/**
 * Outline layers that draw nothing until something is selected or highlighted: they start hidden
 * and the map adapter shows each only while it has something to draw, so the first frame does not
 * compile their programs (measured in bench/README.md).
 */
export const SELECTED_LINE = 'chome-selected-line';
export const EVENT_LINE = 'event-line';
export const OUTSIDE_LINE = 'outside-prediction-line';

/** All layers, bottom to top. */
export function layers(theme: Theme, opts: StyleOptions): LayerSpecification[] {
  // Every area has its outline drawn by a line layer: no fill needs MapLibre's own outline pass
  // (a second draw and shader program per fill layer).
  return drawOrder(theme, opts).map((layer) =>
    layer.type === 'fill'
      ? { ...layer, paint: { ...layer.paint, 'fill-antialias': false } }
      : layer,
  );
}

function drawOrder(theme: Theme, opts: StyleOptions): LayerSpecification[] {
  const online = opts.basemap !== null;
  const chomeOn = opts.visible.has('chome');
  const out: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': theme.background } },
  ];
  for (const b of basemaps) {
    out.push({
      id: `basemap-${b.id}`,
      type: 'raster',
      source: `basemap-${b.id}`,
      layout: { visibility: visibility(opts.basemap === b.id) },
      paint: { 'raster-opacity': b.id === 'photo' ? 0.85 : 1 },
    });
  }
  out.push(
    {
      id: 'neighbours-fill',
      type: 'fill',
      source: 'neighbours',
      paint: { 'fill-color': theme.neighbourFill, 'fill-opacity': landOpacity(online).neighbours },
    },
    {
      id: 'neighbours-line',
      type: 'line',
      source: 'neighbours',
      // Solid, not dashed: grey line and grey fill already set neighbours apart, and a dashed line
      // would need its own shader program on the first frame (measured in bench/README.md).
      paint: { 'line-color': theme.neighbourLine, 'line-width': 1 },
    },
    {
      id: 'neighbours-label',
      type: 'symbol',
      source: 'neighbours',
      layout: {
        'text-field': opts.lang === 'en' ? ['get', 'name_en'] : ['get', 'N03_004'],
        'text-font': TEXT_FONT,
        'text-size': 13,
      },
      paint: {
        'text-color': theme.neighbourLine,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1,
      },
    },
    {
      id: 'ward-fill',
      type: 'fill',
      source: 'ward',
      paint: { 'fill-color': theme.land, 'fill-opacity': landOpacity(online).ward },
    },
    {
      id: 'chome-fill',
      type: 'fill',
      source: 'chome',
      layout: { visibility: visibility(chomeOn) },
      paint: {
        'fill-color': theme.chomeSelectedLine,
        // Never drawn (MapLibre skips a fill of opacity 0) but still answers clicks and hover:
        // the selected chome is shown by its outline (chome-selected-line).
        'fill-opacity': 0,
      },
    },
    // The choropleth reads each chome's feature state (`level`), so a new period repaints without
    // re-tiling the source (measured in bench/README.md). Feature state cannot drive filters, so
    // "has a record" is an opacity: the hatch shows only where no level is set.
    {
      id: 'records-hatch',
      type: 'fill',
      source: 'chome',
      layout: { visibility: visibility(opts.visible.has('records')) },
      paint: { 'fill-pattern': HATCH_IMAGE, 'fill-opacity': ['case', hasLevel, 0, 0.55] },
    },
    {
      id: 'records-fill',
      type: 'fill',
      source: 'chome',
      layout: { visibility: visibility(opts.visible.has('records')) },
      paint: {
        'fill-color': [
          'match',
          ['coalesce', featureLevel, 0],
          ...theme.damageRamp.slice(1).flatMap((c, i) => [i + 1, c]),
          theme.damageRamp[0] ?? '#ffffff',
        ] as unknown as ExpressionSpecification,
        'fill-opacity': ['case', hasLevel, 0.85, 0],
      },
    },
    ...hazardTiles.map((h): LayerSpecification => ({
      id: `hazard-${h.id}`,
      type: 'raster',
      source: `hazard-${h.id}`,
      layout: { visibility: visibility(opts.hazards?.has(h.id) ?? false) },
      paint: {
        'raster-opacity': (opts.hazards?.get(h.id) ?? DEFAULT_HAZARD_OPACITY) / 100,
        // Class colours must stay readable as classes: no smoothing between them.
        'raster-resampling': 'nearest',
      },
    })),
    {
      id: 'chome-line',
      type: 'line',
      source: 'chome',
      layout: { visibility: visibility(chomeOn) },
      paint: {
        'line-color': theme.chomeLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.4, 15, 1.2],
        'line-opacity': 0.8,
      },
    },
    {
      id: SELECTED_LINE,
      type: 'line',
      source: 'chome',
      // Feature-state cannot be used in filters, so unselected outlines are drawn transparent; the
      // layer is switched on only while a chome is selected (see ON_DEMAND_LAYERS).
      layout: { visibility: 'none' },
      paint: {
        'line-color': theme.chomeSelectedLine,
        'line-width': 3.5,
        'line-opacity': ['case', selected, 1, 0],
      },
    },
    {
      id: OUTSIDE_LINE,
      type: 'line',
      source: 'chome',
      layout: { visibility: 'none' },
      paint: {
        'line-color': theme.outsidePrediction,
        'line-width': 2.5,
        'line-dasharray': [0.5, 1.5],
        'line-opacity': ['case', ['boolean', ['feature-state', OUTSIDE_PREDICTION], false], 1, 0],
      },
    },
    {
      id: EVENT_LINE,
      type: 'line',
      source: 'chome',
      layout: { visibility: 'none' },
      paint: {
        'line-color': theme.eventHighlight,
        'line-width': 3,
        'line-dasharray': [2, 1],
        'line-opacity': ['case', ['boolean', ['feature-state', EVENT_CHOME], false], 1, 0],
      },
    },
    {
      id: 'ward-line',
      type: 'line',
      source: 'ward',
      paint: {
        'line-color': theme.wardLine,
        'line-width': ['interpolate', ['linear'], ['zoom'], 10, 1.5, 15, 3],
      },
    },
    {
      id: 'chome-label',
      type: 'symbol',
      source: 'chome',
      minzoom: 13.3,
      layout: {
        visibility: visibility(chomeOn),
        'text-field': placeLabel(opts.lang, 'name_kanji'),
        'text-font': TEXT_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 13.3, 10, 16, 14],
        'text-max-width': 6,
        'text-padding': 2,
      },
      paint: {
        'text-color': theme.labelText,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 1.6,
      },
    },
    {
      id: 'records-label',
      type: 'symbol',
      source: 'chome',
      minzoom: LABEL_MINZOOM,
      filter: ['has', chomeKey, stateObject(RECORD_LABELS)],
      layout: {
        visibility: visibility(opts.visible.has('records')),
        'text-field': ['to-string', ['get', chomeKey, stateObject(RECORD_LABELS)]],
        'text-font': TEXT_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 12.5, 11, 16, 15],
        'text-offset': [0, 1.1],
        'text-allow-overlap': true,
      },
      paint: {
        'text-color': theme.recordLabel,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 2,
      },
    },
    {
      id: 'stations-circle',
      type: 'circle',
      source: 'stations',
      layout: { visibility: visibility(opts.visible.has('stations')) },
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 11, 3, 16, 7],
        'circle-color': theme.labelHalo,
        'circle-stroke-color': theme.station.color,
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 11, 2, 16, 3],
      },
    },
    {
      id: 'stations-label',
      type: 'symbol',
      source: 'stations',
      minzoom: 12,
      filter: ['==', ['get', 'primary'], true],
      layout: {
        visibility: visibility(opts.visible.has('stations')),
        'text-field': placeLabel(opts.lang, 'label'),
        'text-font': TEXT_FONT,
        'text-size': ['interpolate', ['linear'], ['zoom'], 12, 11, 16, 14],
        'text-offset': [0, -1.2],
        'text-anchor': 'bottom',
        'text-optional': true,
      },
      paint: {
        'text-color': theme.station.color,
        'text-halo-color': theme.labelHalo,
        'text-halo-width': 2,
      },
    },
  );
  out.push(
    ...symbolLayer('assembly', 'assembly', theme, theme.assembly, opts, {
      size: 0.6,
      labelMinzoom: 16,
    }),
    ...symbolLayer('shelters', 'shelters', theme, theme.shelter, opts, {
      size: 0.75,
      labelMinzoom: 15,
    }),
    ...symbolLayer('evacSites', 'evacSites', theme, theme.evacSite, opts, {
      size: 0.85,
      labelMinzoom: 14.5,
    }),
    ...symbolLayer('wideArea', 'wardShelters', theme, theme.wideArea, opts, {
      size: 1,
      labelMinzoom: 13,
      filter: ['==', ['get', 'カテゴリ'], '広域避難場所'],
    }),
  );
  return out;
}

export function buildStyle(theme: Theme, opts: StyleOptions): StyleSpecification {
  return {
    version: 8,
    name: 'flood-history-map',
    state: {
      [RECORD_LABELS]: { default: {} },
      [NAMES_EN]: { default: {} },
    },
    sources: sources(),
    layers: layers(theme, opts),
  };
}

/** Map layer ids that a toggle switches. */
export function layerIdsFor(id: ToggleLayerId): string[] {
  switch (id) {
    case 'chome':
      return ['chome-fill', 'chome-line', 'chome-label'];
    case 'records':
      return ['records-hatch', 'records-fill', 'records-label'];
    case 'stations':
      return ['stations-circle', 'stations-label'];
    default:
      return [`${id}-symbol`, `${id}-label`];
  }
}
