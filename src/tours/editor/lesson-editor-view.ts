// The lesson maker in the sidebar: the lesson's title, audience and curriculum codes; its steps
// (each from what the map showed when it was added); "add this view as a step"; preview, save,
// share and load. Redrawn whole only when its shape changes (steps added, moved, removed, sources,
// language, a message); while a teacher types, fields are only brought up to date, so focus and
// the caret stay where they are. Reports through callbacks; keeps no lesson state of its own.
import { h } from '../../lib/dom';
import { t, type Lang, type MessageKey } from '../../i18n/i18n';
import type { TourText } from '../tour-model';
import type { DraftEdit, LessonEditor } from './draft-model';
import { AUDIENCE_SUGGESTIONS, CURRICULUM_UNITS } from './curriculum-codes';
import { button, rubyLabel, textField, type Sync } from './form-fields';
import type { SourceSuggestion } from './source-suggestions';
import { stepForm } from './step-form';
import type { LessonNotice } from './lesson-slice';

export interface LessonEditorProps {
  readonly lang: Lang;
  /** Show the readings written into the やさしい日本語 labels. */
  readonly ruby: boolean;
  readonly editor: LessonEditor;
  /** What "add this view" would capture now, in words. */
  readonly current: string;
  readonly suggestions: readonly SourceSuggestion[];
  /** The dev server can write into data/tours/. */
  readonly canSaveToData: boolean;
  readonly notice: LessonNotice | null;
}

export interface LessonEditorCallbacks {
  readonly editor: () => LessonEditor;
  edit(e: DraftEdit): void;
  goTo(index: number): void;
  preview(): void;
  download(): void;
  saveToData(): void;
  share(): void;
  load(files: readonly File[]): void;
  close(): void;
  startNew(): void;
  confirm(message: string): boolean;
}

export class LessonEditorView {
  private shape = '';
  private syncs: Sync[] = [];
  private status: HTMLElement | null = null;
  private current: HTMLElement | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly cb: LessonEditorCallbacks,
  ) {}

  render(props: LessonEditorProps, focusHeading: boolean): void {
    const { draft } = props.editor;
    const shape = JSON.stringify([
      props.lang,
      props.ruby,
      props.canSaveToData,
      props.notice,
      props.suggestions.map((s) => s.recordId),
      draft.curriculum,
      // Everything the step's one-line summary shows, so a retake that changes any of it redraws.
      draft.steps.map((s) => [
        s.id,
        s.sources,
        s.view,
        s.range,
        s.rangeMode,
        s.layers,
        s.measure,
        s.then ?? null,
        s.hazards,
        s.selection,
      ]),
    ]);
    if (shape !== this.shape) {
      this.shape = shape;
      this.rebuild(props);
    } else {
      for (const sync of this.syncs) sync();
    }
    if (this.status) this.status.textContent = this.statusText(props);
    if (this.current) this.current.textContent = props.current;
    if (focusHeading) this.container.querySelector<HTMLElement>('#lesson-editor-heading')?.focus();
  }

  private statusText(props: LessonEditorProps): string {
    const { draft, unsaved } = props.editor;
    const key: MessageKey =
      draft.steps.length === 0
        ? 'lesson.statusEmpty'
        : unsaved
          ? 'lesson.statusUnsaved'
          : 'lesson.statusSaved';
    return t(props.lang, key, { n: draft.steps.length });
  }

  private rebuild(props: LessonEditorProps): void {
    const doc = this.container.ownerDocument;
    const { lang } = props;
    const cb = this.cb;
    const tr = (key: MessageKey, p: Record<string, string | number> = {}): string =>
      t(lang, key, p);
    const rl = rubyLabel(doc, lang, props.ruby);
    // What the teacher was on survives the redraw: the focused control and the open sections.
    const active =
      doc.activeElement instanceof HTMLElement && this.container.contains(doc.activeElement)
        ? doc.activeElement.dataset.key
        : undefined;
    const open = new Set(
      [...this.container.querySelectorAll<HTMLDetailsElement>('details[open]')].map(
        (d) => d.dataset.key ?? '',
      ),
    );
    const syncs: Sync[] = [];
    this.syncs = syncs;
    const draft = props.editor.draft;
    const head = (
      part: 'title' | 'summary',
      which: keyof TourText,
      label: MessageKey,
      multiline = false,
    ) =>
      textField(
        doc,
        {
          key: `tour:${part}:${which}`,
          label: rl(label),
          value: () => cb.editor().draft[part][which] ?? '',
          onInput: (v) => {
            const cur = cb.editor().draft[part];
            const value = which === 'ja' ? v : v.trim() === '' ? null : v;
            cb.edit({ kind: 'header', patch: { [part]: { ...cur, [which]: value } } });
          },
          multiline,
          required: which === 'ja',
          lang: which === 'en' ? 'en' : 'ja',
        },
        syncs,
      );
    const audienceList = 'lesson-audience-list';
    const curriculum = h(
      doc,
      'fieldset',
      { class: 'lesson-curriculum' },
      h(doc, 'legend', {}, rl('lesson.curriculum')),
      ...CURRICULUM_UNITS.map((u) => {
        const id = `lesson-cur-${u.code}`;
        const box = h(doc, 'input', {
          id,
          type: 'checkbox',
          checked: draft.curriculum.includes(u.code),
        });
        box.dataset.key = `cur:${u.code}`;
        box.addEventListener('change', () => {
          const cur = cb.editor().draft.curriculum.filter((c) => c !== u.code);
          // Kept in the order of the list, as the bundled tours write them.
          const next = CURRICULUM_UNITS.map((x) => x.code).filter((c) =>
            c === u.code ? box.checked : cur.includes(c),
          );
          cb.edit({ kind: 'header', patch: { curriculum: next } });
        });
        return h(
          doc,
          'div',
          { class: 'lesson-check' },
          box,
          h(
            doc,
            'label',
            { for: id },
            h(doc, 'span', { lang: lang === 'en' ? 'en' : 'ja' }, lang === 'en' ? u.en : u.ja),
            h(doc, 'code', {}, u.code),
          ),
        );
      }),
    );
    const about = h(
      doc,
      'details',
      { class: 'lesson-about', open: draft.steps.length === 0 || open.has('about') },
      h(doc, 'summary', {}, rl('lesson.about')),
      head('title', 'ja', 'lesson.title'),
      head('summary', 'ja', 'lesson.summary', true),
      textField(
        doc,
        {
          key: 'tour:audience:ja',
          label: rl('lesson.audience'),
          value: () => cb.editor().draft.audience.ja,
          onInput: (v) =>
            cb.edit({
              kind: 'header',
              patch: { audience: { ...cb.editor().draft.audience, ja: v } },
            }),
          required: true,
          list: audienceList,
          lang: 'ja',
        },
        syncs,
      ),
      h(
        doc,
        'datalist',
        { id: audienceList },
        ...AUDIENCE_SUGGESTIONS.map((a) => h(doc, 'option', { value: a })),
      ),
      curriculum,
      head('title', 'easy', 'lesson.titleEasy'),
      head('title', 'en', 'lesson.titleEn'),
      textField(
        doc,
        {
          key: 'tour:id',
          label: rl('lesson.fileName'),
          hint: rl('lesson.fileNameHint'),
          value: () => cb.editor().draft.id,
          onInput: (v) => cb.edit({ kind: 'header', patch: { id: v.trim() } }),
          required: true,
          lang: 'en',
        },
        syncs,
      ),
    );
    about.dataset.key = 'about';
    const steps = h(
      doc,
      'ol',
      { class: 'lesson-steps', 'aria-labelledby': 'lesson-steps-heading' },
      ...draft.steps.map((step, i) =>
        stepForm(
          {
            doc,
            lang,
            ruby: props.ruby,
            editor: cb.editor,
            edit: (e) => cb.edit(e),
            goTo: (i) => cb.goTo(i),
            confirm: (m) => cb.confirm(m),
            syncs,
          },
          step,
          i,
          draft.steps.length,
          props.suggestions,
        ),
      ),
    );
    this.current = h(doc, 'p', { class: 'lesson-current', id: 'lesson-current' }, props.current);
    const add = h(
      doc,
      'div',
      { class: 'lesson-add' },
      h(doc, 'p', { class: 'lesson-hint' }, rl('lesson.addHint')),
      this.current,
      button(doc, 'add', 'lesson-add-button', rl('lesson.add'), () => cb.edit({ kind: 'addStep' })),
    );
    add.querySelector('button')?.setAttribute('aria-describedby', 'lesson-current');
    const fileInput = h(doc, 'input', {
      id: 'lesson-file',
      type: 'file',
      accept: '.csv,text/csv',
      multiple: true,
    });
    fileInput.addEventListener('change', () => {
      cb.load([...(fileInput.files ?? [])]);
      fileInput.value = '';
    });
    const hasSteps = draft.steps.length > 0;
    const actions = h(
      doc,
      'div',
      { class: 'lesson-actions' },
      h(doc, 'h3', {}, rl('lesson.saveHeading')),
      button(doc, 'preview', 'lesson-preview', rl('lesson.preview'), () => cb.preview(), {
        disabled: !hasSteps,
      }),
      button(doc, 'download', 'lesson-download', rl('lesson.download'), () => cb.download(), {
        disabled: !hasSteps,
      }),
      props.canSaveToData
        ? button(
            doc,
            'save-data',
            'lesson-save-data',
            rl('lesson.saveToData'),
            () => cb.saveToData(),
            { disabled: !hasSteps },
          )
        : null,
      button(doc, 'share', 'lesson-share', rl('lesson.share'), () => cb.share(), {
        disabled: !hasSteps,
      }),
      h(doc, 'p', { class: 'lesson-hint' }, rl('lesson.downloadHint', { id: draft.id })),
      h(
        doc,
        'div',
        { class: 'lesson-load' },
        h(doc, 'label', { for: 'lesson-file' }, rl('lesson.load')),
        fileInput,
        h(doc, 'p', { class: 'lesson-hint' }, rl('lesson.loadHint')),
      ),
      button(doc, 'new', 'lesson-new', rl('lesson.new'), () => cb.startNew()),
    );
    this.status = h(doc, 'p', { class: 'lesson-status', role: 'status' }, this.statusText(props));
    const section = h(
      doc,
      'section',
      { class: 'lesson-editor', 'aria-labelledby': 'lesson-editor-heading' },
      h(
        doc,
        'div',
        { class: 'lesson-head' },
        h(doc, 'h2', { id: 'lesson-editor-heading', tabindex: -1 }, rl('lesson.heading')),
        button(doc, 'close', 'lesson-close', rl('lesson.close'), () => cb.close()),
      ),
      h(doc, 'p', { class: 'lesson-note' }, rl('lesson.keptNote')),
      this.status,
      this.notice(doc, props.notice, tr),
      about,
      h(doc, 'h3', { id: 'lesson-steps-heading' }, rl('lesson.steps', { n: draft.steps.length })),
      hasSteps ? steps : h(doc, 'p', { class: 'lesson-hint' }, rl('lesson.noSteps')),
      add,
      actions,
    );
    // A lesson file dropped anywhere on the editor loads like the file input.
    section.addEventListener('dragover', (e) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    });
    section.addEventListener('drop', (e) => {
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      e.preventDefault();
      cb.load(files);
    });
    for (const d of section.querySelectorAll<HTMLDetailsElement>('details')) {
      if (open.has(d.dataset.key ?? '')) d.open = true;
    }
    this.container.replaceChildren(section);
    if (active) {
      // The same control again; a disabled one (a step moved to the top) or a removed one (a step
      // deleted) hands focus to its step's heading, or to "add this view".
      const byKey = (key: string): HTMLElement | null =>
        section.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
      const el = byKey(active);
      const target =
        el && !(el as HTMLButtonElement).disabled
          ? el
          : (byKey(active.replace(/:[^:]*$/, ':heading')) ??
            section.querySelector<HTMLElement>('.lesson-add-button'));
      target?.focus();
    }
  }

  private notice(
    doc: Document,
    n: LessonNotice | null,
    tr: (key: MessageKey, p?: Record<string, string | number>) => string,
  ): HTMLElement | null {
    if (!n) return null;
    const linkId = 'lesson-link';
    const link = n.link
      ? h(
          doc,
          'div',
          { class: 'lesson-field' },
          h(doc, 'label', { for: linkId }, tr('lesson.linkLabel')),
          h(doc, 'input', { id: linkId, type: 'url', readonly: true, value: n.link }),
        )
      : null;
    const input = link?.querySelector('input');
    input?.addEventListener('focus', () => input.select());
    return h(
      doc,
      'div',
      {
        class: `lesson-notice lesson-notice-${n.kind}`,
        role: n.kind === 'error' ? 'alert' : 'status',
      },
      h(doc, 'p', {}, n.text),
      n.problems && n.problems.length > 0
        ? h(doc, 'ul', {}, ...n.problems.map((p) => h(doc, 'li', {}, p)))
        : null,
      link,
    );
  }
}
