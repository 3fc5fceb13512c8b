// The app's one state: the core (src/state/core-state.ts) and the features' slices (slices.ts),
// composed once. Changed only through `update(state, intent)`; the URL hash is its serialisation
// (`parseHash`/`formatHash`); `planRender` decides what to redraw after each change.
import { composeSlices, type ComposedIntent, type ComposedPart } from '../state/compose';
import { createStore, type Store } from '../state/store';
import type { ComposedState, ComposedUrl } from '../state/compose';
import { SLICES } from './slices';

export type {
  BasemapChoice,
  LonLat,
  Origin,
  Selection,
  ServiceStatus,
  View,
} from '../state/core-state';
export { DEFAULT_LAYERS } from '../state/core-state';

export const app = composeSlices(SLICES);

export type AppState = ComposedState<typeof SLICES>;
export type UrlState = ComposedUrl<typeof SLICES>;
export type Intent = ComposedIntent<typeof SLICES>;
export type RenderPart = ComposedPart<typeof SLICES>;

export const defaultState: AppState = app.defaultState;
export const update = app.update;
export const urlState = app.urlState;
export const sameState = app.sameState;
export const parseHash = app.parseHash;
export const formatHash = app.formatHash;
export const planRender = app.planRender;
export const RENDER_ORDER: readonly RenderPart[] = app.renderOrder;
export const MAP_PARTS: readonly RenderPart[] = app.mapParts;

export type AppStore = Store<AppState, Intent>;

/** A store of the app's state, changed through the app's `update`. */
export function createAppStore(initial: AppState): AppStore {
  return createStore(initial, update);
}
