// The lesson maker's slice: open or not, the teacher's draft (kept in localStorage by the
// session), what it last said, a lesson shared as a link (`lesson=<base64url>`, decoded by
// lesson-link.ts) and a lesson played from outside data/tours/. Pure; the effect is
// lesson-session.ts (the rest of the lesson maker is its own chunk, lesson-chunk.ts).
import type { HazardState } from '../../hazard/hazard-slice';
import type { CoreState } from '../../state/core-state';
import type { ThenState } from '../../then-now/then-slice';
import { defineSlice } from '../../state/slice';
import type { TourState } from '../tour-slice';
import type { Tour } from '../tour-model';
import { applyDraftEdit, type DraftEdit, type LessonEditor } from './draft-model';

/** A message after an action: what happened, problems by row and field, a link to share. */
export interface LessonNotice {
  readonly kind: 'ok' | 'error';
  readonly text: string;
  readonly problems?: readonly string[];
  readonly link?: string;
}

export interface LessonState {
  /** The lesson maker: open or not, and the teacher's draft. */
  readonly lessonEditor: LessonEditor;
  /** What the lesson maker last said (saved, downloaded, a link made, problems in a file). */
  readonly lessonNotice: LessonNotice | null;
  /** A lesson shared as a link (#lesson=…): its compressed text, played by the lesson maker. */
  readonly lesson: string | null;
  /** A lesson played from outside data/tours/: the draft in preview, a lesson file or a link. */
  readonly lessonTour: Tour | null;
}

export type LessonIntent =
  /** The lesson maker opens or closes (the draft stays). */
  | { readonly type: 'lessonEditor'; readonly open: boolean }
  | { readonly type: 'lessonEdit'; readonly edit: DraftEdit }
  | { readonly type: 'lessonNotice'; readonly notice: LessonNotice | null }
  /** Play a lesson that is not in data/tours/ (null: none). */
  | { readonly type: 'lessonPlay'; readonly tour: Tour | null };

const initial: LessonState = {
  lessonEditor: {
    open: false,
    draft: {
      id: 'my-lesson',
      file: 'my-lesson.csv',
      title: { ja: '', easy: null, en: null },
      summary: { ja: '', easy: null, en: null },
      audience: { ja: '', easy: null, en: null },
      curriculum: [],
      steps: [],
    },
    unsaved: false,
  },
  lessonNotice: null,
  lesson: null,
  lessonTour: null,
};

/** lesson=<base64url>: capped in length. */
function parseLesson(text: string | null): string | null {
  return text && text.length <= 8000 && /^[A-Za-z0-9_-]+$/.test(text) ? text : null;
}

type Reads = CoreState & HazardState & ThenState & TourState;

function update(own: LessonState, intent: LessonIntent, app: Reads & LessonState): LessonState {
  switch (intent.type) {
    case 'lessonEditor':
      // Opening the editor leaves a lesson being played (the tour slice leaves its tour too).
      return own.lessonEditor.open === intent.open
        ? own
        : {
            ...own,
            lessonEditor: { ...own.lessonEditor, open: intent.open },
            ...(intent.open ? { lesson: null, lessonTour: null } : {}),
          };
    case 'lessonEdit': {
      const lessonEditor = applyDraftEdit(own.lessonEditor, intent.edit, app);
      return lessonEditor === own.lessonEditor ? own : { ...own, lessonEditor };
    }
    case 'lessonNotice':
      return own.lessonNotice === intent.notice ? own : { ...own, lessonNotice: intent.notice };
    case 'lessonPlay':
      return own.lessonTour === intent.tour ? own : { ...own, lessonTour: intent.tour };
    default:
      return own;
  }
}

export const lessonSlice = defineSlice<LessonState, LessonIntent, Reads, 'lesson', 'lesson'>({
  name: 'lessonMaker',
  initial,
  update,
  url: {
    params: ['lesson'],
    fields: ['lesson'],
    parse: (params) => ({ lesson: parseLesson(params.get('lesson')) }),
    format: ({ lesson }) => (lesson ? [`lesson=${lesson}`] : []),
    same: (a, b) => a.lesson === b.lesson,
  },
  parts: [
    {
      // The draft, and (while open) what "add this view" would capture.
      name: 'lesson',
      stage: 'page',
      when: (_p, next, _o, changed) =>
        changed('lang', 'lessonEditor', 'lessonNotice', 'tour', 'lessonTour', 'lesson') ||
        (next.lessonEditor.open &&
          changed('data', 'selected', 'range', 'view', 'layers', 'hazards')),
    },
  ],
});
