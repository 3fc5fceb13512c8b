// The lessons in data/tours/ as a check of the whole data set (src/data/whole-set-check.ts): every
// tour parsed against the chome, stations and records of the set being checked, as
// `npm run data:check` does, so a save that removes what a lesson selects is refused.
import type { AppData } from '../data/app-data';
import type { ExtraCheck } from '../data/whole-set-check';
import { parseTours } from './parse-tour';
import { tourRefsFromAppData } from './tour-refs';

/** data/tours/ as texts: the index (tours.csv) and each tour's steps by file name. */
export interface TourTexts {
  readonly index: string;
  readonly steps: ReadonlyMap<string, string>;
}

export function tourCheck(tours: TourTexts): ExtraCheck {
  return (data: AppData) =>
    parseTours(tours.index, tours.steps, tourRefsFromAppData(data)).problems;
}
