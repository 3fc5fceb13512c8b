// The app's whole state, small and typed, changed only through `update`. The URL hash is its
// serialisation (see hash.ts). Intents carry their origin so the map does not echo its own moves.
import type { BasemapId } from '../config/basemaps';
import type { HazardKey } from '../config/hazard-layers';
import type { Measure, RangeMode, TimeRange } from '../data/time-range';
import type { Lang } from '../i18n/i18n';
import type { PlaceKind, ToggleLayerId } from '../map/style';

export interface View {
  readonly lon: number;
  readonly lat: number;
  readonly zoom: number;
}

/** A place on the map, or a flood event (shown as a detail view). */
export interface Selection {
  readonly kind: PlaceKind | 'event';
  readonly id: string;
}

export type BasemapChoice = BasemapId | 'none';

export interface AppState {
  /** null until the user or the URL sets one: the map then fits the whole ward. */
  readonly view: View | null;
  readonly layers: ReadonlySet<ToggleLayerId>;
  readonly basemap: BasemapChoice;
  readonly lang: Lang;
  readonly selected: Selection | null;
  /** Which chome figures colour the map. */
  readonly measure: Measure;
  /** Time selection (null: all time). */
  readonly range: TimeRange | null;
  readonly rangeMode: RangeMode;
  /** Hazard layers switched on, with their opacity in percent. */
  readonly hazards: ReadonlyMap<HazardKey, number>;
}

export type Origin = 'map' | 'ui' | 'hash' | 'init';

export type Intent =
  | { readonly type: 'view'; readonly view: View }
  | { readonly type: 'layer'; readonly layer: ToggleLayerId; readonly on: boolean }
  | { readonly type: 'basemap'; readonly basemap: BasemapChoice }
  | { readonly type: 'lang'; readonly lang: Lang }
  | { readonly type: 'select'; readonly selection: Selection | null }
  | { readonly type: 'measure'; readonly measure: Measure }
  | { readonly type: 'hazard'; readonly id: HazardKey; readonly opacity: number | null }
  | { readonly type: 'range'; readonly range: TimeRange | null; readonly mode?: RangeMode }
  | { readonly type: 'replace'; readonly state: AppState };

export const DEFAULT_LAYERS: readonly ToggleLayerId[] = [
  'records',
  'chome',
  'stations',
  'evacSites',
  'shelters',
  'wideArea',
];

export const defaultState: AppState = {
  view: null,
  layers: new Set(DEFAULT_LAYERS),
  basemap: 'pale',
  lang: 'ja',
  selected: null,
  measure: 'counts',
  range: null,
  rangeMode: 'range',
  hazards: new Map(),
};

/** Opacity a hazard layer gets when switched on. */
export const DEFAULT_HAZARD_OPACITY = 70;

export function update(state: AppState, intent: Intent): AppState {
  switch (intent.type) {
    case 'view':
      return { ...state, view: intent.view };
    case 'layer': {
      if (state.layers.has(intent.layer) === intent.on) return state;
      const layers = new Set(state.layers);
      if (intent.on) layers.add(intent.layer);
      else layers.delete(intent.layer);
      return { ...state, layers };
    }
    case 'basemap':
      return state.basemap === intent.basemap ? state : { ...state, basemap: intent.basemap };
    case 'lang':
      return state.lang === intent.lang ? state : { ...state, lang: intent.lang };
    case 'select':
      return { ...state, selected: intent.selection };
    case 'hazard': {
      const current = state.hazards.get(intent.id) ?? null;
      if (current === intent.opacity) return state;
      const hazards = new Map(state.hazards);
      if (intent.opacity === null) hazards.delete(intent.id);
      else hazards.set(intent.id, Math.max(0, Math.min(100, Math.round(intent.opacity))));
      return { ...state, hazards };
    }
    case 'measure':
      return state.measure === intent.measure ? state : { ...state, measure: intent.measure };
    case 'range': {
      const mode = intent.mode ?? state.rangeMode;
      const same =
        mode === state.rangeMode &&
        (intent.range === state.range ||
          (intent.range !== null &&
            state.range !== null &&
            intent.range.from === state.range.from &&
            intent.range.to === state.range.to));
      return same ? state : { ...state, range: intent.range, rangeMode: mode };
    }
    case 'replace':
      return intent.state;
  }
}

/** Whether two states would draw different maps or panels (the view is compared to ~1 m). */
export function sameState(a: AppState, b: AppState): boolean {
  const sameView =
    a.view === b.view ||
    (a.view !== null &&
      b.view !== null &&
      Math.abs(a.view.lon - b.view.lon) < 1e-5 &&
      Math.abs(a.view.lat - b.view.lat) < 1e-5 &&
      Math.abs(a.view.zoom - b.view.zoom) < 0.01);
  return (
    sameView &&
    a.basemap === b.basemap &&
    a.lang === b.lang &&
    a.layers.size === b.layers.size &&
    [...a.layers].every((l) => b.layers.has(l)) &&
    a.measure === b.measure &&
    a.hazards.size === b.hazards.size &&
    [...a.hazards].every(([id, o]) => b.hazards.get(id) === o) &&
    a.rangeMode === b.rangeMode &&
    a.range?.from === b.range?.from &&
    a.range?.to === b.range?.to &&
    a.selected?.kind === b.selected?.kind &&
    a.selected?.id === b.selected?.id
  );
}
