import type { FeatureEntry } from '../app/feature';
import { thenSlice } from './then-slice';

/** Then and now: loaded at once when a link opens it, else once the map is up. */
export const thenFeature: FeatureEntry<typeof thenSlice> = {
  slice: thenSlice,
  load: () => import('./then-feature'),
  needed: (s) => s.then !== null,
};
