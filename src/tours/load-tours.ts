// The app's adapter for data/tours/: the bundled texts (tour-texts.ts), checked by parseTours.
// Pass `refs` (tourRefs over the loaded data) to drop steps that select something we do not hold.
import { parseTours, type TourRefs, type ToursResult } from './parse-tour';
import { loadTourTexts } from './tour-texts';

export async function loadTours(refs?: TourRefs): Promise<ToursResult> {
  const { index, steps } = await loadTourTexts();
  return parseTours(index, steps, refs);
}
