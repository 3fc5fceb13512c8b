// Pieces shared by the place panel and the record detail panel.
import { t, type Lang } from '../i18n/i18n';
import { h } from '../lib/dom';

/** The kind of thing shown ("町丁目", "水害") and the close button. */
export function panelHead(
  doc: Document,
  lang: Lang,
  kind: string,
  onClose: () => void,
): HTMLElement {
  const close = h(
    doc,
    'button',
    { type: 'button', class: 'icon-button close', 'aria-label': t(lang, 'panel.close') },
    '×',
  );
  close.addEventListener('click', onClose);
  return h(doc, 'div', { class: 'place-head' }, h(doc, 'p', { class: 'kind' }, kind), close);
}

/** Labelled facts as a definition list (a screen reader reads label, then value). */
export function factList(doc: Document, rows: readonly (readonly [string, string])[]): HTMLElement {
  const dl = h(doc, 'dl', { class: 'facts' });
  for (const [label, value] of rows) dl.append(h(doc, 'dt', {}, label), h(doc, 'dd', {}, value));
  return dl;
}
