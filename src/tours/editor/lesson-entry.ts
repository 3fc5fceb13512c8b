import type { FeatureEntry } from '../../app/feature';
import { lessonSlice } from './lesson-slice';

/**
 * The lesson maker's small session (lesson-session.ts) loads with the page; it loads the editor
 * itself (lesson-chunk.ts) only when a teacher opens it, a draft was kept, or a lesson link opens.
 */
export const lessonFeature: FeatureEntry<typeof lessonSlice> = {
  slice: lessonSlice,
  load: () => import('./lesson-feature'),
  // Small, and it must look for a kept draft at once: loaded with the page.
  needed: () => true,
};
