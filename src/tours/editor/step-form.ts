// One step of the lesson being made: its place in the lesson (move up / down, delete), what the map
// shows at it (go there, or take the current view instead), its text, question and sources.
import { h } from '../../lib/dom';
import { t, type Lang, type MessageKey } from '../../i18n/i18n';
import { SOURCE_LABELS, type SourceLabel, type TourStep, type TourText } from '../tour-model';
import { addSource, type DraftEdit, type LessonEditor } from './draft-model';
import { describeView } from './describe-step';
import { button, rubyLabel, textField, type Sync } from './form-fields';
import type { SourceSuggestion } from './source-suggestions';

export interface StepFormDeps {
  readonly doc: Document;
  readonly lang: Lang;
  /** Show the readings written into the やさしい日本語 labels. */
  readonly ruby: boolean;
  readonly editor: () => LessonEditor;
  readonly edit: (e: DraftEdit) => void;
  readonly goTo: (index: number) => void;
  readonly confirm: (message: string) => boolean;
  readonly syncs: Sync[];
}

type TextKey = 'title' | 'text' | 'question';

export function stepForm(
  deps: StepFormDeps,
  step: TourStep,
  index: number,
  total: number,
  suggestions: readonly SourceSuggestion[],
): HTMLElement {
  const { doc, lang, syncs } = deps;
  const tr = (key: MessageKey, p: Record<string, string | number> = {}): string => t(lang, key, p);
  const rl = rubyLabel(doc, lang, deps.ruby);
  const n = index + 1;
  const id = step.id;
  // Read at event time: the step may have moved since this form was drawn.
  const now = (): { step: TourStep; index: number } | null => {
    const steps = deps.editor().draft.steps;
    const i = steps.findIndex((s) => s.id === id);
    const s = steps[i];
    return s ? { step: s, index: i } : null;
  };
  const textOf = (key: TextKey): TourText => now()?.step[key] ?? { ja: '', easy: null, en: null };
  const setText = (key: TextKey, part: keyof TourText, value: string): void => {
    const cur = now();
    if (!cur) return;
    const v = part === 'ja' ? value : value.trim() === '' ? null : value;
    deps.edit({
      kind: 'step',
      index: cur.index,
      patch: { [key]: { ...cur.step[key], [part]: v } },
    });
  };
  const field = (key: TextKey, part: keyof TourText, label: MessageKey, multiline: boolean) =>
    textField(
      doc,
      {
        key: `${id}:${key}:${part}`,
        label: rl(label),
        value: () => textOf(key)[part] ?? '',
        onInput: (v) => setText(key, part, v),
        multiline,
        required: part === 'ja',
        lang: part === 'en' ? 'en' : 'ja',
      },
      syncs,
    );
  const at = (f: (i: number) => void) => () => {
    const cur = now();
    if (cur) f(cur.index);
  };
  const headingId = `lesson-step-h-${id}`;
  const tools = h(
    doc,
    'div',
    { class: 'lesson-step-tools' },
    button(
      doc,
      `${id}:up`,
      'lesson-up',
      rl('lesson.up'),
      at((i) => deps.edit({ kind: 'move', index: i, delta: -1 })),
      {
        disabled: index === 0,
        ariaLabel: tr('lesson.upOf', { n }),
      },
    ),
    button(
      doc,
      `${id}:down`,
      'lesson-down',
      rl('lesson.down'),
      at((i) => deps.edit({ kind: 'move', index: i, delta: 1 })),
      {
        disabled: index === total - 1,
        ariaLabel: tr('lesson.downOf', { n }),
      },
    ),
    button(
      doc,
      `${id}:go`,
      'lesson-go',
      rl('lesson.goTo'),
      at((i) => deps.goTo(i)),
      {
        ariaLabel: tr('lesson.goToOf', { n }),
      },
    ),
    button(
      doc,
      `${id}:retake`,
      'lesson-retake',
      rl('lesson.retake'),
      at((i) => deps.edit({ kind: 'retake', index: i })),
      {
        ariaLabel: tr('lesson.retakeOf', { n }),
      },
    ),
    button(
      doc,
      `${id}:delete`,
      'lesson-delete',
      rl('lesson.delete'),
      at((i) => {
        if (deps.confirm(tr('lesson.deleteConfirm', { n })))
          deps.edit({ kind: 'delete', index: i });
      }),
      { ariaLabel: tr('lesson.deleteOf', { n }) },
    ),
  );
  const sourcesList = h(
    doc,
    'ul',
    { class: 'lesson-sources' },
    ...step.sources.map((s, si) =>
      h(
        doc,
        'li',
        {},
        h(doc, 'span', {}, `${s.title} — ${tr(`source.${s.label}`)}`),
        h(doc, 'span', { class: 'lesson-url' }, s.url),
        button(
          doc,
          `${id}:src-rm:${si}`,
          'lesson-src-remove',
          rl('lesson.sourceRemove'),
          at((i) => {
            const cur = deps.editor().draft.steps[i];
            if (cur)
              deps.edit({
                kind: 'step',
                index: i,
                patch: { sources: cur.sources.filter((_, k) => k !== si) },
              });
          }),
          { ariaLabel: tr('lesson.sourceRemoveOf', { title: s.title }) },
        ),
      ),
    ),
  );
  const addOne = (source: SourceSuggestion['source']) =>
    at((i) => {
      const cur = deps.editor().draft.steps[i];
      if (cur)
        deps.edit({ kind: 'step', index: i, patch: { sources: addSource(cur.sources, source) } });
    });
  const offered = suggestions.filter(
    (g) => !step.sources.some((s) => s.url === g.source.url && s.title === g.source.title),
  );
  const suggest = h(
    doc,
    'div',
    { class: 'lesson-suggest' },
    h(
      doc,
      'p',
      { class: 'lesson-hint' },
      offered.length > 0 ? rl('lesson.suggestHint') : rl('lesson.suggestNone'),
    ),
    ...offered.map((g) =>
      button(
        doc,
        `${id}:sug:${g.recordId}`,
        'lesson-suggestion',
        rl('lesson.suggestAdd', { id: g.recordId, title: g.source.title }),
        addOne(g.source),
      ),
    ),
  );
  // A source typed by hand: title, address and how far it can be trusted.
  const own = {
    title: `lesson-src-t-${id}`,
    url: `lesson-src-u-${id}`,
    label: `lesson-src-l-${id}`,
  };
  const titleIn = h(doc, 'input', { id: own.title, type: 'text' });
  const urlIn = h(doc, 'input', {
    id: own.url,
    type: 'url',
    inputmode: 'url',
    placeholder: 'https://',
  });
  const labelIn = h(
    doc,
    'select',
    { id: own.label },
    ...SOURCE_LABELS.map((l) => h(doc, 'option', { value: l }, tr(`source.${l}`))),
  );
  const manual = h(
    doc,
    'details',
    { class: 'lesson-own-source' },
    h(doc, 'summary', {}, rl('lesson.sourceOwn')),
    h(
      doc,
      'div',
      { class: 'lesson-field' },
      h(doc, 'label', { for: own.title }, rl('lesson.sourceTitle')),
      titleIn,
    ),
    h(
      doc,
      'div',
      { class: 'lesson-field' },
      h(doc, 'label', { for: own.url }, rl('lesson.sourceUrl')),
      urlIn,
    ),
    h(
      doc,
      'div',
      { class: 'lesson-field' },
      h(doc, 'label', { for: own.label }, rl('lesson.sourceLabel')),
      labelIn,
    ),
    button(doc, `${id}:src-add`, 'lesson-src-add', rl('lesson.sourceAdd'), () => {
      const title = titleIn.value.trim();
      const url = urlIn.value.trim();
      if (title === '' || !/^https?:\/\/\S+$/.test(url)) {
        urlIn.setAttribute('aria-invalid', 'true');
        urlIn.focus();
        return;
      }
      addOne({ title, url, label: labelIn.value as SourceLabel })();
    }),
  );
  manual.dataset.key = `${id}:own-source`;
  const more = h(
    doc,
    'details',
    { class: 'lesson-more-langs' },
    h(doc, 'summary', {}, rl('lesson.otherLangs')),
    field('title', 'easy', 'lesson.titleEasy', false),
    field('text', 'easy', 'lesson.textEasy', true),
    field('question', 'easy', 'lesson.questionEasy', true),
    field('title', 'en', 'lesson.titleEn', false),
    field('text', 'en', 'lesson.textEn', true),
    field('question', 'en', 'lesson.questionEn', true),
  );
  more.dataset.key = `${id}:langs`;
  return h(
    doc,
    'li',
    { class: 'lesson-step' },
    h(
      doc,
      'section',
      { 'aria-labelledby': headingId },
      h(
        doc,
        'h4',
        { id: headingId, tabindex: -1, 'data-key': `${id}:heading` },
        rl('lesson.stepN', { n }),
      ),
      h(doc, 'p', { class: 'lesson-step-view' }, describeView(step, lang)),
      tools,
      field('title', 'ja', 'lesson.stepTitle', false),
      field('text', 'ja', 'lesson.stepText', true),
      field('question', 'ja', 'lesson.stepQuestion', true),
      more,
      h(
        doc,
        'fieldset',
        { class: 'lesson-sources-box' },
        h(doc, 'legend', {}, rl('lesson.sources', { n: step.sources.length })),
        sourcesList,
        suggest,
        manual,
      ),
    ),
  );
}
