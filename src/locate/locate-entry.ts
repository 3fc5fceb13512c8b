import type { FeatureEntry } from '../app/feature';
import { locateSlice } from './locate-slice';
// The button's styles: it is drawn from the start, before the chunk.
import './locate.css';

/**
 * 現在地: the button is in index.html from the start (disabled); its chunk (asking the browser,
 * drawing the position, the messages) loads once the map is up, when there is a map to answer on.
 */
export const locateFeature: FeatureEntry<typeof locateSlice> = {
  slice: locateSlice,
  load: () => import('./locate-feature'),
};
