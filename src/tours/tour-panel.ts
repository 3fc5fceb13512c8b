// The tour player's panel: tour title, "step n of N", the step's text in the chosen language
// (Japanese when a translation is missing), the question set apart, the sources one click away,
// previous / next, print this step or the whole tour, and leave. It reports through callbacks and
// keeps no state: the app redraws it with the step index from its own state (the URL). The step's
// heading, text and question (and the sources' kinds) carry furigana when they are on.
import { externalLink, h } from '../lib/dom';
import { t, tRuby, type Lang, type MessageKey } from '../i18n/i18n';
import type { Tour } from './tour-model';
import { rubyFragment } from '../lib/ruby-text';
import { tourRubyText, tourText, tourTextLang } from './tour-state';
import './tour-panel.css';

/** What to print: this step's worksheet, every step's, or the one-page teacher's sheet. */
export type PrintScope = 'step' | 'tour' | 'teacher';

export interface TourPanelCallbacks {
  onStep(index: number): void;
  onExit(): void;
  onPrint(scope: PrintScope): void;
  /** A generated lesson can be opened in the lesson maker as a draft: the button's label and action. */
  readonly edit?: { readonly label: string; run(): void };
}

export interface TourPanelProps {
  readonly tour: Tour;
  readonly index: number;
  readonly lang: Lang;
  /** Move keyboard focus to the step's heading (after a step change the user asked for). */
  readonly focus?: boolean;
  /** Show the furigana written into the step's heading, text and question. */
  readonly ruby?: boolean;
}

/** Horizontal travel (px) that counts as a swipe, and how much sideways it must be. */
const SWIPE_PX = 60;
const SWIPE_RATIO = 1.5;

export function renderTourPanel(
  container: HTMLElement,
  props: TourPanelProps,
  callbacks: TourPanelCallbacks,
): void {
  const doc = container.ownerDocument;
  const { tour, lang } = props;
  const ruby = props.ruby ?? false;
  const total = tour.steps.length;
  const index = Math.max(0, Math.min(total - 1, props.index));
  const step = tour.steps[index];
  if (!step) return;
  const tr = (key: MessageKey, params: Record<string, string | number> = {}): string =>
    t(lang, key, params);
  const button = (cls: string, label: string, onClick: () => void, disabled = false) => {
    const b = h(doc, 'button', { type: 'button', class: cls, disabled }, label);
    b.addEventListener('click', onClick);
    return b;
  };
  const title = tourText(tour.title, lang);
  const stepTitle = h(
    doc,
    'h2',
    { class: 'tour-step-title', tabindex: -1, lang: tourTextLang(step.title, lang) },
    rubyFragment(doc, tourRubyText(step.title, lang), ruby),
  );
  const sources = h(
    doc,
    'details',
    { class: 'tour-sources' },
    h(doc, 'summary', {}, `${tr('tour.sources')} (${step.sources.length})`),
    h(
      doc,
      'ul',
      {},
      ...step.sources.map((s) =>
        h(
          doc,
          'li',
          {},
          externalLink(doc, s.url, s.title),
          h(
            doc,
            'span',
            { class: 'tour-source-label' },
            ' — ',
            rubyFragment(doc, tRuby(lang, `source.${s.label}`), ruby),
          ),
        ),
      ),
    ),
  );
  const section = h(
    doc,
    'section',
    { class: 'tour-panel', 'aria-label': tr('tour.region', { title }) },
    h(
      doc,
      'div',
      { class: 'tour-head' },
      h(doc, 'p', { class: 'tour-title', lang: tourTextLang(tour.title, lang) }, title),
      button('tour-exit', tr('tour.exit'), () => callbacks.onExit()),
    ),
    h(
      doc,
      'p',
      { class: 'tour-progress', 'aria-live': 'polite' },
      tr('tour.stepOf', { n: index + 1, total }),
    ),
    stepTitle,
    h(
      doc,
      'p',
      { class: 'tour-text', lang: tourTextLang(step.text, lang) },
      rubyFragment(doc, tourRubyText(step.text, lang), ruby),
    ),
    h(
      doc,
      'div',
      { class: 'tour-question', role: 'group', 'aria-label': tr('tour.question') },
      h(doc, 'p', { class: 'tour-question-label', 'aria-hidden': 'true' }, tr('tour.question')),
      h(
        doc,
        'p',
        { lang: tourTextLang(step.question, lang) },
        rubyFragment(doc, tourRubyText(step.question, lang), ruby),
      ),
    ),
    sources,
    h(
      doc,
      'div',
      { class: 'tour-nav' },
      button('tour-prev', tr('tour.prev'), () => callbacks.onStep(index - 1), index === 0),
      button('tour-next', tr('tour.next'), () => callbacks.onStep(index + 1), index === total - 1),
    ),
    h(
      doc,
      'div',
      { class: 'tour-print' },
      button('tour-print-step', tr('tour.printStep'), () => callbacks.onPrint('step')),
      button('tour-print-tour', tr('tour.printTour'), () => callbacks.onPrint('tour')),
      button('tour-print-teacher', tr('tour.printTeacher'), () => callbacks.onPrint('teacher')),
      callbacks.edit
        ? button('tour-edit', callbacks.edit.label, () => callbacks.edit?.run())
        : null,
    ),
  );
  const go = (delta: number): void => {
    const next = index + delta;
    if (next >= 0 && next < total) callbacks.onStep(next);
  };
  section.addEventListener('keydown', (e) => {
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, summary')) return;
    if (e.key === 'ArrowRight' || e.key === 'PageDown') go(1);
    else if (e.key === 'ArrowLeft' || e.key === 'PageUp') go(-1);
    else if (e.key === 'Escape') callbacks.onExit();
    else return;
    e.preventDefault();
  });
  let start: { x: number; y: number } | null = null;
  section.addEventListener('pointerdown', (e) => {
    start = e.pointerType === 'mouse' ? null : { x: e.clientX, y: e.clientY };
  });
  section.addEventListener('pointerup', (e) => {
    if (!start) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    start = null;
    if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) >= SWIPE_RATIO * Math.abs(dy)) go(dx < 0 ? 1 : -1);
  });
  container.replaceChildren(section);
  if (props.focus) stepTitle.focus();
}
