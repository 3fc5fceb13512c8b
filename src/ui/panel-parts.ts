// Pieces shared by the place panel and the record detail panel.
import { t, tRuby, type Lang } from '../i18n/i18n';
import { h } from '../lib/dom';
import { rubyFragment } from '../lib/ruby-text';
import './panel-actions.css';

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

/** 「印刷」 and 「共有」 under a place's or an event's title (src/sheet/: the sheet and the share). */
export function sheetActions(
  doc: Document,
  lang: Lang,
  on: { readonly print: () => void; readonly share: () => void },
): HTMLElement {
  const button = (label: string, name: string, run: () => void): HTMLElement => {
    const b = h(doc, 'button', { type: 'button', 'aria-label': name }, label);
    b.addEventListener('click', run);
    return b;
  };
  return h(
    doc,
    'div',
    { class: 'sheet-actions no-print' },
    button(t(lang, 'sheet.print'), t(lang, 'sheet.printName'), on.print),
    button(t(lang, 'sheet.share'), t(lang, 'sheet.shareName'), on.share),
  );
}

/**
 * 「この学校のまわりの授業」 under a school's title: its generated lesson (src/tours/school/). The
 * label carries its readings when furigana are on; its name stays plain.
 */
export function schoolLessonAction(
  doc: Document,
  lang: Lang,
  ruby: boolean,
  open: () => void,
): HTMLElement {
  const b = h(
    doc,
    'button',
    { type: 'button', class: 'school-lesson-open', 'aria-label': t(lang, 'answer.schoolLesson') },
    rubyFragment(doc, tRuby(lang, 'answer.schoolLesson'), ruby),
  );
  b.addEventListener('click', open);
  return h(doc, 'div', { class: 'sheet-actions no-print' }, b);
}
