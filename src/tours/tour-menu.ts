// The "学習 / Lessons" menu: one entry per tour (title, audience, number of steps, summary) with a
// button that starts it. Reports the chosen tour through `onOpen`; keeps no state.
import { h } from '../lib/dom';
import { t, type Lang } from '../i18n/i18n';
import type { TourListItem } from './tour-list';
import './tour-menu.css';

export function renderTourMenu(
  container: HTMLElement,
  props: {
    readonly items: readonly TourListItem[];
    readonly lang: Lang;
    /** The tours load just after the map: until then the menu says so. */
    readonly loading?: boolean;
  },
  callbacks: { onOpen(tourId: string): void; onMake?(): void },
): void {
  const doc = container.ownerDocument;
  const { lang } = props;
  const headingId = 'tour-menu-heading';
  const list = h(
    doc,
    'ul',
    { class: 'tour-menu-list', 'aria-labelledby': headingId },
    ...props.items.map((item) => {
      const start = h(
        doc,
        'button',
        { type: 'button', class: 'tour-menu-start', 'data-tour': item.id },
        t(lang, 'tour.start', { title: item.title }),
      );
      start.addEventListener('click', () => callbacks.onOpen(item.id));
      return h(
        doc,
        'li',
        { class: 'tour-menu-item' },
        h(doc, 'h3', { lang: item.titleLang }, item.title),
        h(
          doc,
          'p',
          { class: 'tour-menu-meta' },
          `${t(lang, 'tour.audience', { audience: item.audience })}・${t(lang, 'tour.stepCount', { n: item.steps })}`,
        ),
        h(doc, 'p', { class: 'tour-menu-summary' }, item.summary),
        start,
      );
    }),
  );
  // The lesson maker (src/tours/editor/): a teacher's own lesson from what the map shows.
  const make = callbacks.onMake
    ? h(
        doc,
        'div',
        { class: 'tour-menu-make' },
        h(doc, 'p', {}, t(lang, 'tour.makeLessonHint')),
        h(
          doc,
          'button',
          { type: 'button', class: 'tour-menu-make-button' },
          t(lang, 'tour.makeLesson'),
        ),
      )
    : null;
  const onMake = callbacks.onMake;
  if (make && onMake) make.querySelector('button')?.addEventListener('click', () => onMake());
  container.replaceChildren(
    h(doc, 'h2', { id: headingId, class: 'tour-menu-heading' }, t(lang, 'tour.menuHeading')),
    props.loading ? h(doc, 'p', { class: 'hint', role: 'status' }, t(lang, 'tour.loading')) : list,
    ...(make ? [make] : []),
  );
}
