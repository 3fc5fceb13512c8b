// The lesson maker's place in the app, kept small because every visitor downloads it: the editor's
// container in the sidebar, and the controller (lesson-controller.ts, in the lesson maker's own
// chunk) loaded only when a teacher opens the editor, a draft was kept in this browser, or a lesson
// link is opened.
import type { AppState } from '../../app/app-state';
import { DRAFT_KEY } from './draft-model';
import type { LessonController, LessonControllerDeps } from './lesson-controller';

export type LessonSessionDeps = LessonControllerDeps;

export class LessonSession {
  private readonly container: HTMLElement;
  private controller: Promise<LessonController> | null = null;

  constructor(private readonly deps: LessonSessionDeps) {
    const { doc } = deps;
    this.container = doc.createElement('div');
    this.container.id = 'lesson-editor';
    this.container.hidden = true;
    const player = doc.getElementById('tour-panel');
    if (player) player.after(this.container);
    else doc.getElementById('sidebar')?.prepend(this.container);
  }

  private load(): Promise<LessonController> {
    this.controller ??= import('./lesson-chunk').then(
      (c) => new c.LessonController(this.deps, this.container),
    );
    return this.controller;
  }

  /** A kept draft or a lesson link loads the lesson maker; otherwise nothing is downloaded. */
  start(): void {
    let kept = false;
    try {
      kept = this.deps.storage?.getItem(DRAFT_KEY) != null;
    } catch {
      kept = false;
    }
    if (kept || this.deps.state().lesson) void this.load().then((c) => c.start());
  }

  onChange(prev: AppState, next: AppState): void {
    if (this.controller || (next.lesson && next.lesson !== prev.lesson)) {
      void this.load().then((c) => c.onChange(prev, next));
    }
  }

  render(prev: AppState, s: AppState): void {
    if (!this.controller && !(s.lessonEditor.open && !s.tour)) {
      this.container.hidden = true;
      return;
    }
    void this.load().then((c) => c.render(prev, s));
  }
}
