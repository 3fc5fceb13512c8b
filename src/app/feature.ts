// A feature's view and effects: what a feature module (loaded in its own chunk) gets from the page
// and gives back. The feature's pure part is its slice (src/state/slice.ts); both are listed once
// in src/app/slices.ts. main.ts loads a feature when its state needs it or once the map is ready,
// then runs its render parts to catch up with the state.
import type { MapView } from '../map/map-view';
import type { Theme } from '../theme/theme';
import type { CoreState } from '../state/core-state';
import type { AnySlice, StateOf } from '../state/slice';
import type { AppState, Intent, Origin, RenderPart } from './app-state';

export type RenderFn = (prev: AppState, next: AppState, origin: Origin) => void;

/** What the page lends a feature. */
export interface FeatureContext {
  readonly doc: Document;
  readonly theme: Theme;
  readonly state: () => AppState;
  readonly dispatch: (intent: Intent, origin: Origin) => void;
  /** The map once created (null: not yet, or it cannot be: no WebGL). */
  readonly mapView: () => MapView | null;
  /** Opens the credits at a dataset's file (or at the top). */
  readonly openCredits: (file?: string) => void;
  /** Opens a lesson's step (the map, timeline and panel follow, as for a link). */
  readonly tourStep: (tourId: string, index: number) => void;
}

/** A mounted feature: its render parts, how it reacts to each change, and what it does once the map is up. */
export interface Feature {
  readonly parts?: Partial<Record<RenderPart, RenderFn>>;
  onChange?(prev: AppState, next: AppState, origin: Origin): void;
  /** The map has drawn its first view. */
  ready?(): void;
  /** For the tour player: show a step. */
  step?(tourId: string, index: number): void;
}

export interface FeatureModule {
  mount(ctx: FeatureContext): Feature;
}

/** A feature as the app lists it: its slice, and its view and effects in their own chunk. */
export interface FeatureEntry<S extends AnySlice = AnySlice> {
  readonly slice: S;
  readonly load?: () => Promise<FeatureModule>;
  /** Whether the state needs the feature at once (else it loads once the map is ready). */
  readonly needed?: (s: CoreState & StateOf<S>) => boolean;
}
