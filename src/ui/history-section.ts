// The "what happened here?" part of the panel for a chome.
import { t, type Lang, type MessageKey } from '../i18n/i18n';
import type { EventLine, HistoryDescription } from './describe-history';
import { h } from '../lib/dom';

export function historySection(
  doc: Document,
  lang: Lang,
  d: HistoryDescription,
  onOpenEvent: (id: string) => void,
  /** Headings for an area (a town, a station's surroundings) instead of one chome. */
  area = false,
): HTMLElement {
  const heading: MessageKey = area ? 'answer.recordsHeading' : 'history.heading';
  const section = h(doc, 'section', { class: 'history', 'aria-labelledby': 'history-heading' });
  section.append(h(doc, 'h3', { id: 'history-heading' }, t(lang, heading)));
  if (d.noRecords) {
    section.append(h(doc, 'p', { class: 'no-record' }, d.noRecords));
  } else {
    const list = h(doc, 'ul', { class: 'record-lines' });
    for (const r of d.records) {
      list.append(
        h(
          doc,
          'li',
          { class: r.partOf ? 'part-of' : undefined },
          h(doc, 'span', { class: 'record-text' }, r.text),
          h(doc, 'span', { class: 'record-source' }, r.source),
        ),
      );
    }
    section.append(list);
  }
  const eventList = (key: MessageKey, lines: readonly EventLine[]): void => {
    section.append(h(doc, 'h3', {}, t(lang, key)));
    if (lines.length === 0) {
      section.append(h(doc, 'p', { class: 'hint' }, t(lang, 'history.none')));
      return;
    }
    const ul = h(doc, 'ul', { class: 'event-lines' });
    for (const line of lines) {
      const open = h(doc, 'button', { type: 'button', class: 'link-button' }, line.text);
      open.addEventListener('click', () => onOpenEvent(line.id));
      ul.append(
        h(
          doc,
          'li',
          {},
          open,
          line.note ? h(doc, 'span', { class: 'record-note' }, ` (${line.note})`) : null,
          h(doc, 'span', { class: 'record-source' }, line.source),
        ),
      );
    }
    section.append(ul);
  };
  eventList(area ? 'answer.eventsHere' : 'history.eventsHere', d.events);
  eventList('history.nearby', d.nearby);
  if (d.related.length > 0) eventList('history.related', d.related);
  return section;
}
