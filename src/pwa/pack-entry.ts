import type { FeatureEntry } from '../app/feature';
import { packSlice } from './pack-slice';

/** The offline pack: registered once the map is up, so its download comes second. */
export const packFeature: FeatureEntry<typeof packSlice> = {
  slice: packSlice,
  load: () => import('./pack-feature'),
};
