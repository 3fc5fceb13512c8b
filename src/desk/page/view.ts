// Draws desk.html from the desk's state: texts in the page language, the report on the last file
// or record, the read and save lines, what is pending, and the preview. Each part is redrawn when
// what it shows changes. DOM only, text only; user actions go out through the callbacks.
import { hasErrors, formatProblem } from '../../data/problems';
import { isMessageKey, joinList, LANGS, t, type Lang } from '../../i18n/i18n';
import { h } from '../../lib/dom';
import {
  canSave,
  newEventIds,
  pendingFiles,
  shownData,
  type DeskReport,
  type DeskState,
  type FormNotice,
  type ReadStatus,
  type SaveStatus,
  type Showing,
} from './state';
import { FIELD_COLUMNS, type FormField } from './event-form-row';
import type { EventFormView } from './event-form-view';
import type { DeskPreview } from './preview';
import {
  fileSummary,
  nextSteps,
  problemList,
  saveProblemList,
  skippedHeadings,
  tableSummary,
} from './report';
import { isDeskTextKey, td } from './texts';

export interface DeskViewOptions {
  readonly doc: Document;
  readonly form: Pick<EventFormView, 'showProblems' | 'setLang'>;
  readonly preview: Pick<DeskPreview, 'show' | 'setLang'>;
  /** The user picked which data the preview shows. */
  readonly onShow: (showing: Showing) => void;
  /** After a conflict: read the current files again and apply the changes again. */
  readonly onReload: () => void;
}

export class DeskView {
  private readonly doc: Document;
  private readonly byId = <T extends HTMLElement>(id: string): T =>
    this.doc.getElementById(id) as T;

  constructor(private readonly opts: DeskViewOptions) {
    this.doc = opts.doc;
  }

  /** Draws what changed from `prev` to `next`; everything when `prev` is null. */
  render(prev: DeskState | null, next: DeskState): void {
    const { form, preview } = this.opts;
    const langChanged = prev === null || prev.lang !== next.lang;
    if (prev !== null && prev.lang !== next.lang) {
      form.setLang(next.lang);
      preview.setLang(next.lang);
    }
    if (langChanged) this.texts(next.lang);
    if (langChanged || prev.showing !== next.showing) this.previewSwitch(next);
    if (langChanged || prev.report !== next.report) this.report(next.lang, next.report);
    if (langChanged || prev.status !== next.status) this.status(next.lang, next.status);
    if (langChanged || prev.save !== next.save) {
      this.saveStatus(next.lang, next.save);
      this.saveMore(next.lang, next.save);
    }
    if (langChanged || prev.candidate !== next.candidate) this.saveCheck(next);
    // Only when it changes: showing the form's problems moves the focus to the first of them.
    if (next.form && prev?.form !== next.form) this.formNotice(next.lang, next.form);
    this.pending(next);
    const data = shownData(next);
    if (data && (prev === null || shownData(prev) !== data)) void preview.show(data);
    const root = this.doc.documentElement;
    if (next.status?.kind === 'read') root.dataset.deskRead = String(next.status.ms);
    if (next.ready) root.dataset.deskReady = 'true';
  }

  private texts(lang: Lang): void {
    const doc = this.doc;
    doc.documentElement.lang = lang === 'en' ? 'en' : 'ja';
    doc.title = `${td(lang, 'desk.title')} — ${t(lang, 'app.title')}`;
    for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
      const key = el.dataset.i18n ?? '';
      el.textContent = isDeskTextKey(key) ? td(lang, key) : isMessageKey(key) ? t(lang, key) : key;
    }
    this.byId<HTMLSelectElement>('lang-select').replaceChildren(
      ...LANGS.map((l) =>
        h(doc, 'option', { value: l, selected: l === lang }, t(lang, `lang.${l}`)),
      ),
    );
  }

  private previewSwitch(state: DeskState): void {
    const { doc } = this;
    const lang = state.lang;
    this.byId('preview-switch').replaceChildren(
      h(doc, 'legend', {}, td(lang, 'desk.preview.show')),
      ...(['after', 'before'] as const).map((v) => {
        const input = h(doc, 'input', {
          type: 'radio',
          name: 'showing',
          value: v,
          checked: state.showing === v,
        });
        input.addEventListener('change', () => this.opts.onShow(v));
        return h(doc, 'label', {}, input, ` ${td(lang, `desk.preview.${v}`)}`);
      }),
    );
  }

  private report(lang: Lang, report: DeskReport | null): void {
    const doc = this.doc;
    const parts: (HTMLElement | null)[] = [];
    if (report?.kind === 'read') {
      const { file, problems, refused, changes, skipped, cross } = report;
      parts.push(
        problemList(doc, lang, file, problems),
        skippedHeadings(doc, lang, skipped),
        refused ? h(doc, 'p', { class: 'desk-refused' }, td(lang, 'desk.refused')) : null,
        hasErrors(problems) && !refused
          ? h(doc, 'p', { class: 'desk-refused' }, td(lang, 'desk.hasErrors'))
          : null,
        changes?.kind === 'table'
          ? tableSummary(doc, lang, file, changes.plan)
          : changes?.kind === 'file'
            ? fileSummary(doc, lang, file, changes.diff)
            : null,
        cross && cross.length > 0 ? saveProblemList(doc, lang, cross) : null,
      );
    } else if (report?.kind === 'record') {
      const { file, id, line, corrected } = report;
      const what = td(lang, corrected ? 'desk.summary.eventCorrected' : 'desk.summary.eventAdded');
      parts.push(
        h(
          doc,
          'section',
          { class: 'desk-summary' },
          h(doc, 'h3', {}, td(lang, 'desk.summary.heading')),
          h(doc, 'p', {}, td(lang, 'desk.summary.event', { file, id, line, what })),
        ),
      );
    }
    this.byId('desk-report').replaceChildren(...parts.filter((e): e is HTMLElement => e !== null));
  }

  private status(lang: Lang, status: ReadStatus | null): void {
    const el = this.byId('desk-status');
    if (status?.kind === 'reading') {
      const text = td(lang, 'desk.reading', { file: status.file });
      el.replaceChildren(h(this.doc, 'progress', { 'aria-label': text }), ` ${text}`);
    } else if (status?.kind === 'read') {
      el.textContent = td(lang, 'desk.readDone', { file: status.file, ms: status.ms });
    } else {
      el.replaceChildren();
    }
  }

  private saveStatus(lang: Lang, save: SaveStatus | null): void {
    this.byId('save-status').textContent = save === null ? '' : saveLine(lang, save);
  }

  /** Before Save is pressed: the errors the save would bring anywhere in the set. */
  private saveCheck(state: DeskState): void {
    const blocking = state.candidate?.blocking ?? [];
    const el = this.byId('save-check');
    if (blocking.length === 0) {
      el.replaceChildren();
      return;
    }
    el.replaceChildren(saveProblemList(this.doc, state.lang, blocking));
  }

  /** What a save's answer asks of staff: the files that changed, or what happens next. */
  private saveMore(lang: Lang, save: SaveStatus | null): void {
    const doc = this.doc;
    const el = this.byId('save-more');
    if (save?.kind === 'refused') {
      el.replaceChildren(saveProblemList(doc, lang, save.problems));
    } else if (save?.kind === 'conflict') {
      const reload = h(doc, 'button', { type: 'button' }, td(lang, 'desk.conflict.reload'));
      reload.addEventListener('click', () => this.opts.onReload());
      el.replaceChildren(
        ...save.changed.map(({ file, diff }) =>
          diff
            ? fileSummary(doc, lang, file, diff, 'desk.conflict.changes')
            : h(doc, 'p', {}, file),
        ),
        h(doc, 'p', {}, td(lang, 'desk.conflict.note')),
        reload,
      );
    } else if (save?.kind === 'saved') {
      el.replaceChildren(nextSteps(doc, lang));
    } else {
      el.replaceChildren();
    }
  }

  private formNotice(lang: Lang, notice: FormNotice): void {
    const { form } = this.opts;
    if (notice.kind === 'added') {
      form.showProblems([], td(lang, 'desk.form.added', { id: notice.id }));
      return;
    }
    const problems: { field: FormField; text: string }[] =
      notice.kind === 'fields'
        ? notice.problems.map((p) => ({ field: p.field, text: td(lang, p.key, p.params ?? {}) }))
        : notice.problems.map((p) => ({
            field: FIELD_COLUMNS[p.field ?? ''] ?? 'date',
            text: formatProblem(p, lang),
          }));
    form.showProblems(problems, td(lang, 'desk.form.hasProblems'));
  }

  /** The save section and what the preview says about the unsaved changes. */
  private pending(state: DeskState): void {
    const lang = state.lang;
    const files = pendingFiles(state);
    this.byId<HTMLButtonElement>('save-button').disabled = !canSave(state);
    this.byId<HTMLButtonElement>('discard-button').disabled = files.length === 0;
    this.byId<HTMLFieldSetElement>('preview-switch').disabled = files.length === 0;
    this.byId('preview-empty').hidden = files.length > 0;
    this.byId('save-pending').textContent =
      files.length === 0 ? '' : td(lang, 'desk.save.pending', { files: joinList(lang, files) });
    const fresh = newEventIds(state);
    this.byId('preview-new-events').textContent =
      fresh.length > 0 ? td(lang, 'desk.preview.timeline', { list: joinList(lang, fresh) }) : '';
  }
}

/** The save line: what the last save did, in words. */
function saveLine(lang: Lang, save: SaveStatus): string {
  switch (save.kind) {
    case 'saving':
      return td(lang, 'desk.save.saving');
    case 'failed':
      return td(lang, 'desk.save.failed', { reason: save.reason });
    case 'refused':
      return td(lang, 'desk.check.heading', { n: save.problems.length });
    case 'conflict':
      return td(lang, 'desk.conflict.heading', {
        files: joinList(
          lang,
          save.changed.map((c) => c.file),
        ),
      });
    case 'rebased':
      return td(lang, 'desk.rebased', { n: save.edits });
    case 'saved':
    case 'downloaded':
      return td(lang, save.kind === 'saved' ? 'desk.save.devDone' : 'desk.save.staticDone', {
        files: joinList(lang, [...save.files]),
      });
  }
}
