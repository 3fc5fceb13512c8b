// The teacher's sheet of a lesson (issue 21 item 3): one A4 page with the lesson's title, audience
// and curriculum codes, and for each step its heading, the question for the class and its sources
// (title, kind, address), so a teacher can plan and cite without the screen. Text only, never HTML.
import { h } from '../lib/dom';
import { t, type Lang } from '../i18n/i18n';
import type { Tour } from './tour-model';
import { tourText } from './tour-state';

export function teacherSheet(doc: Document, tour: Tour, lang: Lang): HTMLElement {
  const text = (x: Tour['title']): string => tourText(x, lang);
  return h(
    doc,
    'section',
    { class: 'ws-page ws-teacher' },
    h(doc, 'h1', { class: 'ws-tour' }, t(lang, 'ws.teacherTitle', { title: text(tour.title) })),
    h(doc, 'p', {}, text(tour.summary)),
    h(
      doc,
      'p',
      { class: 'ws-curriculum' },
      `${text(tour.audience)} / ${t(lang, 'ws.curriculum', { codes: tour.curriculum.join(', ') })}`,
    ),
    h(
      doc,
      'ol',
      { class: 'ws-teacher-steps' },
      ...tour.steps.map((s) =>
        h(
          doc,
          'li',
          {},
          h(doc, 'strong', {}, text(s.title)),
          h(doc, 'p', {}, `${t(lang, 'ws.teacherQuestion')}${text(s.question)}`),
          h(
            doc,
            'ul',
            { class: 'ws-teacher-sources' },
            ...s.sources.map((x) =>
              h(
                doc,
                'li',
                {},
                t(lang, 'ws.teacherSource', {
                  title: x.title,
                  kind: t(lang, `source.${x.label}`),
                  url: x.url,
                }),
              ),
            ),
          ),
        ),
      ),
    ),
    h(
      doc,
      'p',
      { class: 'ws-date' },
      t(lang, 'ws.printed', {
        date: new Date().toLocaleDateString(lang === 'en' ? 'en-GB' : 'ja-JP'),
      }),
    ),
  );
}
