// The features, in one typed list: each brings its slice (state, intents, URL, render parts) and
// its view and effects (loaded in their own chunk). The core (src/state/) knows none of them, and
// adding a feature is one line here (CONTRIBUTING.md). Their order is the order their parts run in
// after the core's, and the order their URL parameters are written.
import { hazardFeature } from '../hazard/hazard-entry';
import { locateFeature } from '../locate/locate-entry';
import { packFeature } from '../pwa/pack-entry';
import { sheetFeature } from '../sheet/sheet-entry';
import { thenFeature } from '../then-now/then-entry';
import { lessonFeature } from '../tours/editor/lesson-entry';
import { tourFeature } from '../tours/tour-entry';
import type { FeatureEntry } from './feature';

export const FEATURES = [
  hazardFeature,
  thenFeature,
  tourFeature,
  lessonFeature,
  packFeature,
  locateFeature,
  sheetFeature,
] as const;

type SlicesOf<F extends readonly FeatureEntry[]> = { readonly [K in keyof F]: F[K]['slice'] };

function slicesOf<const F extends readonly FeatureEntry[]>(features: F): SlicesOf<F> {
  // A tuple mapped element by element: TypeScript types Array.map's result as an array.
  return features.map((f) => f.slice) as unknown as SlicesOf<F>;
}

export const SLICES = slicesOf(FEATURES);
