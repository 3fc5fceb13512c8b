// The app's adapter for data/tours/: Vite bundles each CSV as text in its own chunk (loaded when
// asked, and cached with the rest of the build for offline use), then parseTours checks them.
// Pass `refs` (tourRefs over the loaded data) to drop steps that select something we do not hold.
import { parseTours, type TourRefs, type ToursResult } from './parse-tour';
import { TOURS_INDEX_FILE } from './tour-schema';

const files = import.meta.glob<string>('../../data/tours/*.csv', {
  query: '?raw',
  import: 'default',
});

export async function loadTours(refs?: TourRefs): Promise<ToursResult> {
  const texts = new Map<string, string>();
  await Promise.all(
    Object.entries(files).map(async ([path, load]) => {
      texts.set(path.slice(path.lastIndexOf('/') + 1), await load());
    }),
  );
  const index = texts.get(TOURS_INDEX_FILE) ?? '';
  texts.delete(TOURS_INDEX_FILE);
  return parseTours(index, texts, refs);
}
