// The tour menu and player (src/tours/tour-menu.ts, tour-panel.ts): English, key for key with
// texts.ja.ts.
import type { TourTextKey } from './texts.ja';

export const tourEn: Readonly<Record<TourTextKey, string>> = {
  'tour.menuHeading': 'Lesson tours',
  'tour.loading': 'Loading the tours…',
  'tour.start': 'Start: {title}',
  'tour.stepCount': '{n} steps',
  'tour.audience': 'For: {audience}',
  'tour.region': 'Lesson tour: {title}',
  'tour.stepOf': 'Step {n} of {total}',
  'tour.prev': 'Previous step',
  'tour.next': 'Next step',
  'tour.exit': 'Leave the tour',
  'tour.question': 'Question',
  'tour.sources': 'Sources of this step',
  'tour.printStep': 'Print this step',
  'tour.printTour': 'Print the whole tour',
  'tour.printTeacher': 'Print the teacher’s sheet (1 page)',

  'tour.makeLesson': 'Make a lesson',
  'tour.makeLessonHint': 'Move the map and turn the views you want to show into steps, in order.',
};
