// The detail view of one flood record in the side panel.
import { t, type Lang } from '../i18n/i18n';
import type { EventDescription } from './describe-event';
import { append, clear, h } from './dom';

export interface EventPanelProps {
  readonly doc: Document;
  readonly container: HTMLElement;
  readonly onClose: () => void;
}

export function renderEventPanel(props: EventPanelProps, lang: Lang, d: EventDescription): void {
  const { doc, container } = props;
  clear(container);
  container.classList.add('has-place');
  const close = h(
    doc,
    'button',
    { type: 'button', class: 'icon-button close', 'aria-label': t(lang, 'panel.close') },
    '×',
  );
  close.addEventListener('click', props.onClose);
  const dl = h(doc, 'dl', { class: 'facts' });
  for (const [label, value] of d.rows) {
    dl.append(h(doc, 'dt', {}, label), h(doc, 'dd', {}, value));
  }
  const links = h(doc, 'ul', { class: 'source-links' });
  for (const url of d.urls) {
    links.append(
      h(doc, 'li', {}, h(doc, 'a', { href: url, target: '_blank', rel: 'noopener' }, url)),
    );
  }
  append(container, [
    h(doc, 'div', { class: 'place-head' }, h(doc, 'p', { class: 'kind' }, d.kindLabel), close),
    h(doc, 'h2', { id: 'place-title', tabindex: '-1' }, d.title),
    dl,
    h(doc, 'h3', {}, t(lang, 'event.source')),
    h(doc, 'p', { class: 'source-title' }, `${d.sourceTitle}（${d.sourceClass}）`),
    links,
    d.quote ? h(doc, 'h3', {}, t(lang, 'event.quote')) : null,
    d.quote ? h(doc, 'blockquote', { lang: 'ja' }, d.quote) : null,
    d.uncertainty ? h(doc, 'h3', {}, t(lang, 'event.uncertainty')) : null,
    d.uncertainty ? h(doc, 'p', { class: 'note', lang: 'en' }, d.uncertainty) : null,
    ...d.gazetteerNotes.map((n) => h(doc, 'p', { class: 'record-source' }, n)),
  ]);
}
