// The detail view of one flood record in the side panel.
import { t, type Lang } from '../i18n/i18n';
import type { EventDescription } from './describe-event';
import { append, clear, externalLink, h } from './dom';
import { factList, panelHead } from './panel-parts';

export interface EventPanelProps {
  readonly doc: Document;
  readonly container: HTMLElement;
  readonly onClose: () => void;
}

export function renderEventPanel(props: EventPanelProps, lang: Lang, d: EventDescription): void {
  const { doc, container } = props;
  clear(container);
  container.classList.add('has-place');
  const dl = factList(doc, d.rows);
  const links = h(doc, 'ul', { class: 'source-links' });
  for (const url of d.urls) {
    links.append(h(doc, 'li', {}, externalLink(doc, url)));
  }
  append(container, [
    panelHead(doc, lang, d.kindLabel, props.onClose),
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
