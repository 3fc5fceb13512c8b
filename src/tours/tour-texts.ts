// data/tours/ as texts in the browser: Vite bundles each CSV as text in its own chunk (loaded when
// asked, and cached with the rest of the build for offline use). The tour player parses them
// (load-tours.ts); the data desk checks a save against them (tour-check.ts).
import type { TourTexts } from './tour-check';
import { TOURS_INDEX_FILE } from './tour-schema';

const files = import.meta.glob<string>('../../data/tours/*.csv', {
  query: '?raw',
  import: 'default',
});

export async function loadTourTexts(): Promise<TourTexts> {
  const texts = new Map<string, string>();
  await Promise.all(
    Object.entries(files).map(async ([path, load]) => {
      texts.set(path.slice(path.lastIndexOf('/') + 1), await load());
    }),
  );
  const index = texts.get(TOURS_INDEX_FILE) ?? '';
  texts.delete(TOURS_INDEX_FILE);
  return { index, steps: texts };
}
