import type { FeatureEntry } from '../app/feature';
import { hazardSlice } from './hazard-slice';

/** Hazard layers: loaded at once when a link switches one on, else once the map is up. */
export const hazardFeature: FeatureEntry<typeof hazardSlice> = {
  slice: hazardSlice,
  load: () => import('./hazard-feature'),
  needed: (s) => s.hazards.size > 0,
};
