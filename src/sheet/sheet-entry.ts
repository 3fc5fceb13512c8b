import type { FeatureEntry } from '../app/feature';
import { sheetSlice } from './sheet-slice';

/** Print and share a place: loaded once the map is up (nothing is chosen before that). */
export const sheetFeature: FeatureEntry<typeof sheetSlice> = {
  slice: sheetSlice,
  load: () => import('./sheet-feature'),
};
