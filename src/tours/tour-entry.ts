import type { FeatureEntry } from '../app/feature';
import { tourSlice } from './tour-slice';

/** The tour player: loaded at once when a link names a step, else once the map is up. */
export const tourFeature: FeatureEntry<typeof tourSlice> = {
  slice: tourSlice,
  load: () => import('./tour-feature'),
  needed: (s) => s.tour !== null,
};
