// The credits dialog, generated from the same catalogue as data/README.md. Loaded with the
// catalogue's documentation (credits-chunk.ts) the first time it opens.
import { GSI_CREDIT_TEXT } from '../config/basemaps';
import { HAZARD_CREDIT_TEXT, HAZARD_CREDITS_FILE } from '../config/hazard-layers';
import type { DocumentedDataset } from '../data/catalog-docs';
import { pick, t, type Lang } from '../i18n/i18n';
import { dataRelease } from '../data/data-release-value';
import { clear, externalLink, h } from '../lib/dom';
import { thenCreditsSection } from './then-credits';

export function renderCredits(
  doc: Document,
  dialog: HTMLDialogElement,
  lang: Lang,
  catalog: readonly DocumentedDataset[],
): void {
  clear(dialog);
  const close = h(
    doc,
    'button',
    { type: 'button', class: 'close-dialog' },
    t(lang, 'credits.close'),
  );
  close.addEventListener('click', () => dialog.close());
  const list = h(doc, 'div', { class: 'credits-list' });
  for (const meta of catalog) {
    const dl = h(
      doc,
      'dl',
      {},
      h(doc, 'dt', {}, t(lang, 'credits.publisher')),
      h(doc, 'dd', {}, pick(lang, meta.publisher)),
      h(doc, 'dt', {}, t(lang, 'credits.attribution')),
      h(doc, 'dd', {}, meta.attribution),
      h(doc, 'dt', {}, t(lang, 'credits.licence')),
      h(
        doc,
        'dd',
        {},
        meta.licence.url
          ? externalLink(doc, meta.licence.url, meta.licence.name)
          : meta.licence.name,
      ),
      h(doc, 'dt', {}, t(lang, 'credits.date')),
      h(doc, 'dd', {}, pick(lang, meta.dataDate)),
      h(doc, 'dt', {}, t(lang, 'credits.origin')),
      h(doc, 'dd', {}, externalLink(doc, meta.sourceUrl), ` (${meta.obtainedFrom})`),
    );
    for (const c of meta.caveats)
      dl.append(h(doc, 'dt', {}, t(lang, 'credits.caveats')), h(doc, 'dd', {}, pick(lang, c)));
    list.append(
      h(
        doc,
        'section',
        { id: `credit-${meta.id}`, 'data-file': meta.file, tabindex: '-1' },
        h(doc, 'h3', {}, pick(lang, meta.title)),
        h(doc, 'p', { class: 'file' }, meta.file),
        dl,
      ),
    );
  }
  list.append(
    h(
      doc,
      'section',
      {},
      h(doc, 'h3', {}, t(lang, 'credits.basemaps')),
      h(doc, 'p', {}, GSI_CREDIT_TEXT),
    ),
    thenCreditsSection(doc, lang),
    h(
      doc,
      'section',
      { id: 'credit-hazard-tiles', 'data-file': HAZARD_CREDITS_FILE, tabindex: '-1' },
      h(doc, 'h3', {}, t(lang, 'credits.hazards')),
      h(doc, 'p', {}, HAZARD_CREDIT_TEXT),
      h(doc, 'p', {}, t(lang, 'hazard.notLegal')),
    ),
    h(doc, 'section', {}, h(doc, 'p', {}, t(lang, 'credits.software'))),
  );
  dialog.append(
    h(
      doc,
      'div',
      { class: 'dialog-head' },
      h(doc, 'h2', { id: 'credits-title' }, t(lang, 'credits.heading')),
      close,
    ),
    h(doc, 'p', {}, t(lang, 'credits.intro')),
    // Which data release this copy of the app holds (a saved offline pack included).
    h(
      doc,
      'section',
      { class: 'credits-release' },
      h(doc, 'h3', {}, t(lang, 'pack.creditsHeading')),
      h(doc, 'p', {}, t(lang, 'pack.dataRelease', { ...dataRelease })),
    ),
    list,
  );
}

/** Open the dialog, scrolled to one file's entry when given. */
export function openCredits(doc: Document, dialog: HTMLDialogElement, file?: string): void {
  if (!dialog.open) dialog.showModal();
  if (file) {
    const section = [...dialog.querySelectorAll<HTMLElement>('section[data-file]')].find(
      (s) => s.dataset.file === file,
    );
    if (section) {
      section.scrollIntoView({ block: 'start' });
      section.focus();
    }
  }
  void doc;
}
