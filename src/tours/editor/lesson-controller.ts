// What the lesson maker does once loaded (lesson-session.ts loads it on first use): keeps the
// teacher's draft in localStorage, draws the editor in the sidebar, and carries out what it asks —
// go to a step's view, preview the draft in the tour player, download or save the files, make a
// share link, load files back — and plays a lesson that arrives as a link (#lesson=…).
import type { Problem } from '../../data/problems';
import { t, type Lang } from '../../i18n/i18n';
import { urlState, type AppState, type Intent, type Origin } from '../../app/app-state';
import type { Tour } from '../tour-model';
import { stepUrlState } from '../tour-state';
import { emptyDraft, viewOfState, type DraftEdit } from './draft-model';
import { rubyShown } from '../../i18n/ruby';
import { loadEditor, storeEditor } from './draft-storage';
import type { LessonEditorView } from './lesson-editor-view';
import type { LessonNotice } from './lesson-slice';

type Chunk = typeof import('./lesson-chunk');

export interface LessonControllerDeps {
  readonly doc: Document;
  readonly storage: Storage | null;
  readonly state: () => AppState;
  readonly dispatch: (intent: Intent, origin: Origin) => void;
  /** Show a step of a tour the player can find (bundled, or the lesson being played). */
  readonly step: (tourId: string, index: number) => void;
  /** Where "save into data/tours/" posts (npm run dev only; null in the built site). */
  readonly saveUrl: string | null;
}

/** Largest lesson file read (a lesson of many steps is a few tens of kB). */
const MAX_FILE_BYTES = 1024 * 1024;

export class LessonController {
  private chunk: Promise<Chunk> | null = null;
  private view: LessonEditorView | null = null;
  private playedLink: string | null = null;
  private warnedNotKept = false;

  constructor(
    private readonly deps: LessonControllerDeps,
    private readonly container: HTMLElement,
  ) {}

  private load(): Promise<Chunk> {
    this.chunk ??= import('./lesson-chunk');
    return this.chunk;
  }

  /** A draft kept from an earlier visit comes back (and the editor, if it was open). */
  start(): void {
    const kept = this.deps.storage ? loadEditor(this.deps.storage) : null;
    if (kept && (kept.draft.steps.length > 0 || kept.open)) {
      this.deps.dispatch(
        { type: 'lessonEdit', edit: { kind: 'replace', draft: kept.draft, unsaved: kept.unsaved } },
        'effect',
      );
      if (kept.open) this.deps.dispatch({ type: 'lessonEditor', open: true }, 'effect');
      // A reload during a preview plays the draft again.
      const s = this.deps.state();
      if (s.tour?.id === kept.draft.id && !s.lesson) {
        this.deps.dispatch({ type: 'lessonPlay', tour: kept.draft }, 'effect');
      }
    }
    const link = this.deps.state().lesson;
    if (link) void this.playLink(link);
  }

  onChange(prev: AppState, next: AppState): void {
    if (prev.lessonEditor !== next.lessonEditor) {
      const kept = this.deps.storage !== null && storeEditor(this.deps.storage, next.lessonEditor);
      // A full or blocked storage (private mode) keeps the draft in this tab only: said once there
      // is something to lose, so the teacher saves a file before closing the tab.
      if (!kept && !this.warnedNotKept && next.lessonEditor.draft.steps.length > 0) {
        this.warnedNotKept = true;
        this.say({ kind: 'error', text: t(next.lang, 'lesson.notKept') });
      } else if (kept) {
        this.warnedNotKept = false;
      }
    }
    if (next.lesson && next.lesson !== prev.lesson && next.lesson !== this.playedLink) {
      void this.playLink(next.lesson);
    }
  }

  render(prev: AppState, s: AppState): void {
    const visible = s.lessonEditor.open && !s.tour;
    this.container.hidden = !visible;
    if (!visible) return;
    const focus = !(prev.lessonEditor.open && !prev.tour);
    void this.load().then((c) => {
      const now = this.deps.state();
      if (!now.lessonEditor.open || now.tour) return;
      this.view ??= new c.LessonEditorView(this.container, {
        editor: () => this.deps.state().lessonEditor,
        edit: (e) => this.edit(e),
        goTo: (i) => this.goTo(i),
        preview: () => this.preview(),
        download: () => void this.download(),
        saveToData: () => void this.saveToData(),
        share: () => void this.share(),
        load: (files) => void this.loadFiles(files),
        close: () => this.close(),
        startNew: () => this.startNew(),
        confirm: (m) => this.deps.doc.defaultView?.confirm(m) ?? true,
      });
      this.view.render(
        {
          lang: now.lang,
          ruby: rubyShown(now.lang, now.ruby),
          editor: now.lessonEditor,
          current: c.describeView(viewOfState(now), now.lang),
          suggestions: c.sourceSuggestions(now.data?.history, now.selected, now.range),
          canSaveToData: this.deps.saveUrl !== null,
          notice: now.lessonNotice,
        },
        focus && prev !== s,
      );
    });
  }

  /** What the editor says next: a state change like any other, redrawn by the render plan. */
  private say(notice: LessonNotice | null): void {
    this.deps.dispatch({ type: 'lessonNotice', notice }, 'ui');
  }

  private edit(e: DraftEdit): void {
    this.deps.dispatch({ type: 'lessonEdit', edit: e }, 'ui');
  }

  private goTo(index: number): void {
    const s = this.deps.state();
    const step = s.lessonEditor.draft.steps[index];
    if (step)
      this.deps.dispatch({ type: 'replace', state: stepUrlState(step, urlState(s)) }, 'tour');
  }

  private preview(): void {
    const draft = this.deps.state().lessonEditor.draft;
    if (draft.steps.length === 0) return;
    this.say(null);
    this.deps.dispatch({ type: 'lessonPlay', tour: draft }, 'ui');
    this.deps.step(draft.id, 0);
  }

  private close(): void {
    const s = this.deps.state();
    if (s.lessonEditor.unsaved && !this.confirm(t(s.lang, 'lesson.closeConfirm'))) return;
    this.say(null);
    this.deps.dispatch({ type: 'lessonEditor', open: false }, 'ui');
    this.deps.doc.getElementById('tour-button')?.focus();
  }

  private startNew(): void {
    const s = this.deps.state();
    if (s.lessonEditor.draft.steps.length > 0 && !this.confirm(t(s.lang, 'lesson.newConfirm')))
      return;
    this.edit({ kind: 'replace', draft: emptyDraft(new Date()), unsaved: false });
    this.say(null);
  }

  private confirm(message: string): boolean {
    return this.deps.doc.defaultView?.confirm(message) ?? true;
  }

  /** Problems in words, each step's rows named as the teacher counts steps. */
  private problemLines(c: Chunk, problems: readonly Problem[], lang: Lang): string[] {
    return problems
      .filter((p) => p.severity === 'error')
      .slice(0, 12)
      .map((p) => {
        // The column as the form calls it, beside its name in the file.
        const doc = c.columnDoc(p.field);
        const text = `${c.formatProblem(p, lang)}${doc ? `（${lang === 'en' ? doc.en : doc.ja}）` : ''}`;
        // The index is tours.csv or <id>.tours.csv; a steps file is <id>.csv (ids have no dots).
        const isIndex = p.file === 'tours.csv' || p.file.endsWith('.tours.csv');
        const isSteps = p.row !== undefined && p.row > 1 && !isIndex;
        return isSteps ? `${t(lang, 'lesson.stepN', { n: (p.row ?? 2) - 1 })}: ${text}` : text;
      });
  }

  /** The draft as files, checked as data:check checks them; null (with the problems shown) if not. */
  private async checked(c: Chunk): Promise<{ tour: Tour; index: string; steps: string } | null> {
    const s = this.deps.state();
    const draft = s.lessonEditor.draft;
    const index = c.tourIndexCsv(draft);
    const steps = c.tourStepsCsv(draft);
    const refs = s.data ? c.tourRefsFromAppData(s.data) : undefined;
    const read = c.readTourFiles(
      [
        { name: `${draft.id}.tours.csv`, text: index },
        { name: `${draft.id}.csv`, text: steps },
      ],
      refs,
    );
    if (!read.tour) {
      this.say({
        kind: 'error',
        text: t(s.lang, 'lesson.notReady'),
        problems: this.problemLines(c, read.problems, s.lang),
      });
      return null;
    }
    return { tour: read.tour, index, steps };
  }

  private async download(): Promise<void> {
    const c = await this.load();
    const files = await this.checked(c);
    if (!files) return;
    const { doc } = this.deps;
    const id = files.tour.id;
    c.downloadText(doc, `${id}.csv`, files.steps, 'text/csv;charset=utf-8');
    c.downloadText(doc, `${id}.tours.csv`, files.index, 'text/csv;charset=utf-8');
    this.edit({ kind: 'saved' });
    this.say({ kind: 'ok', text: t(this.deps.state().lang, 'lesson.downloaded', { id }) });
  }

  private async saveToData(): Promise<void> {
    const url = this.deps.saveUrl;
    if (!url) return;
    const c = await this.load();
    const files = await this.checked(c);
    if (!files) return;
    const lang = this.deps.state().lang;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ id: files.tour.id, index: files.index, steps: files.steps }),
      });
      const reply = (await res.json()) as {
        ok: boolean;
        error?: string;
        written?: { file: string; backup: string }[];
      };
      if (!reply.ok) throw new Error(reply.error ?? String(res.status));
      this.edit({ kind: 'saved' });
      const written = (reply.written ?? []).map((w) =>
        w.backup ? `${w.file}（${t(lang, 'lesson.backup', { file: w.backup })}）` : w.file,
      );
      this.say({ kind: 'ok', text: t(lang, 'lesson.savedToData'), problems: written });
    } catch (e) {
      this.say({
        kind: 'error',
        text: t(lang, 'lesson.saveFailed'),
        problems: [String(e instanceof Error ? e.message : e)],
      });
    }
  }

  private async share(): Promise<void> {
    const c = await this.load();
    const files = await this.checked(c);
    if (!files) return;
    const s = this.deps.state();
    const href = c.lessonHref(
      this.deps.doc.location.href,
      s.lang,
      await c.encodeLesson(files.tour),
    );
    if (!href) {
      this.say({ kind: 'error', text: t(s.lang, 'lesson.linkTooLong') });
      return;
    }
    this.edit({ kind: 'saved' });
    this.say({ kind: 'ok', text: t(s.lang, 'lesson.linkReady'), link: href });
    // Copying is a convenience; the link stays shown to copy by hand where the browser refuses.
    void this.deps.doc.defaultView?.navigator.clipboard?.writeText(href).catch(() => undefined);
  }

  private async loadFiles(files: readonly File[]): Promise<void> {
    const c = await this.load();
    const lang = this.deps.state().lang;
    const big = files.find((f) => f.size > MAX_FILE_BYTES);
    if (big) {
      this.say({ kind: 'error', text: t(lang, 'lesson.loadTooLarge', { file: big.name }) });
      return;
    }
    const texts = await Promise.all(
      files.map(async (f) => ({ name: f.name, text: await f.text() })),
    );
    const s = this.deps.state();
    const read = c.readTourFiles(texts, s.data ? c.tourRefsFromAppData(s.data) : undefined);
    if (!read.tour) {
      this.say({
        kind: 'error',
        text: t(lang, 'lesson.loadFailed'),
        problems: this.problemLines(c, read.problems, lang),
      });
      return;
    }
    if (
      s.lessonEditor.unsaved &&
      s.lessonEditor.draft.steps.length > 0 &&
      !this.confirm(t(lang, 'lesson.replaceConfirm'))
    ) {
      return;
    }
    this.edit({ kind: 'replace', draft: read.tour, unsaved: false });
    this.say({
      kind: 'ok',
      text: t(lang, 'lesson.loaded', { title: read.tour.title.ja, n: read.tour.steps.length }),
    });
  }

  /** A lesson link: checked like a file, then played from its step (the first, or the URL's). */
  private async playLink(value: string): Promise<void> {
    this.playedLink = value;
    const c = await this.load();
    const files = await c.decodeLesson(value);
    const s = this.deps.state();
    const read = files
      ? c.readTourFiles(
          [
            { name: 'tours.csv', text: files.index },
            { name: 'lesson.csv', text: files.steps },
          ],
          s.data ? c.tourRefsFromAppData(s.data) : undefined,
        )
      : null;
    if (!read?.tour) {
      this.say({
        kind: 'error',
        text: t(s.lang, 'lesson.linkBroken'),
        problems: read ? this.problemLines(c, read.problems, s.lang) : [],
      });
      this.deps.dispatch({ type: 'replace', state: { ...urlState(s), lesson: null } }, 'ui');
      this.deps.dispatch({ type: 'lessonEditor', open: true }, 'ui');
      return;
    }
    const tour = read.tour;
    this.deps.dispatch({ type: 'lessonPlay', tour }, 'effect');
    const now = this.deps.state();
    this.deps.step(
      tour.id,
      now.tour?.id === tour.id ? Math.min(now.tour.step, tour.steps.length - 1) : 0,
    );
  }
}
