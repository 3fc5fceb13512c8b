// The tour player's slice: the lessons in data/tours/ once loaded, and the lesson being followed
// with its step, in the URL as `tour=<id>&step=<n>` (n counted from 1, as teachers count steps).
// Pure; the effect is tour-session.ts, the view tour-panel.ts and tour-menu.ts.
import type { Problem } from '../data/problems';
import type { CoreState } from '../state/core-state';
import { defineSlice } from '../state/slice';
import type { LessonIntent, LessonState } from './editor/lesson-slice';
import type { Tour } from './tour-model';

export interface TourState {
  /** The lesson (tour) being followed and its step, counted from 0. */
  readonly tour: { readonly id: string; readonly step: number } | null;
  /** The lessons in data/tours/, once loaded and checked. */
  readonly tours: readonly Tour[] | null;
}

export type TourIntent =
  | {
      readonly type: 'tours';
      readonly tours: readonly Tour[];
      readonly problems: readonly Problem[];
    }
  /** Open a lesson at its first step from outside the player (a school's place answer). */
  | { readonly type: 'tourOpen'; readonly id: string };

const initial: TourState = { tour: null, tours: null };

/** tour=<id>&step=<n>, n counted from 1 (anything else: the first). */
function parseTour(id: string | null, step: string | null): TourState['tour'] {
  if (!id || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const n = Number(step);
  return { id, step: Number.isInteger(n) && n >= 1 ? n - 1 : 0 };
}

function update(
  own: TourState,
  intent: TourIntent | LessonIntent,
  _app: CoreState & LessonState,
  prev: CoreState & LessonState,
): TourState {
  switch (intent.type) {
    case 'tours':
      return { ...own, tours: intent.tours };
    case 'tourOpen':
      // The player (tour-session.ts) then sets the step's map, as for a link.
      return { ...own, tour: { id: intent.id, step: 0 } };
    case 'lessonEditor':
      // The lesson maker takes the player's place: opening it (from the lessons menu, also while
      // a tour plays) leaves the tour, or the editor would stay hidden behind it.
      return intent.open && !prev.lessonEditor.open && own.tour ? { ...own, tour: null } : own;
    default:
      return own;
  }
}

export const tourSlice = defineSlice<
  TourState,
  TourIntent | LessonIntent,
  CoreState & LessonState,
  'tour',
  'tour'
>({
  name: 'tours',
  initial,
  update,
  problemsOf: (intent) => (intent.type === 'tours' ? intent.problems : []),
  url: {
    params: ['tour', 'step'],
    fields: ['tour'],
    parse: (params) => ({ tour: parseTour(params.get('tour'), params.get('step')) }),
    format: ({ tour }) =>
      tour ? [`tour=${encodeURIComponent(tour.id)}&step=${tour.step + 1}`] : [],
    same: (a, b) => a.tour?.id === b.tour?.id && a.tour?.step === b.tour?.step,
  },
  parts: [
    {
      name: 'tour',
      stage: 'page',
      when: (_p, _n, _o, changed) => changed('lang', 'ruby', 'tour', 'tours', 'lessonTour', 'data'),
    },
  ],
});
