// The lesson maker's session in the page (lesson-session.ts): it loads the editor itself
// (lesson-chunk.ts) only when a teacher opens it, a draft was kept in this browser, or a lesson
// link is opened.
import type { Feature, FeatureContext } from '../../app/feature';
import { LessonSession } from './lesson-session';

function localStorageOrNull(win: Window | null): Storage | null {
  try {
    return win?.localStorage ?? null;
  } catch {
    // Storage blocked (a private window, a policy): the lesson maker says so when it matters.
    return null;
  }
}

export function mount(ctx: FeatureContext): Feature {
  const lessons = new LessonSession({
    doc: ctx.doc,
    storage: localStorageOrNull(ctx.doc.defaultView),
    state: ctx.state,
    dispatch: ctx.dispatch,
    step: (id, index) => ctx.tourStep(id, index),
    saveUrl: import.meta.env.DEV ? '/__tours/save' : null,
  });
  lessons.start();
  return {
    parts: { lesson: (prev, s) => lessons.render(prev, s) },
    onChange: (prev, next) => lessons.onChange(prev, next),
  };
}
