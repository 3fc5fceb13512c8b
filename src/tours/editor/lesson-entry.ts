import type { FeatureEntry } from '../../app/feature';
import { lessonSlice } from './lesson-slice';

/**
 * The lesson maker's small session (lesson-session.ts): at once for a lesson link, else once the
 * map is up (then it reopens a draft kept in this browser). It loads the editor itself
 * (lesson-chunk.ts) only when a teacher opens it, a draft was kept, or a lesson link opens.
 */
export const lessonFeature: FeatureEntry<typeof lessonSlice> = {
  slice: lessonSlice,
  load: () => import('./lesson-feature'),
  needed: (s) => s.lesson !== null || s.lessonEditor.open,
};
