// The printed place sheet: one A4 page made of what the panel shows (the place's answer or the
// event page, section for section, as drawn: whatever the panel holds prints), under a header with
// the title, the printing date and a QR code back to the same view, the map as drawn with the place
// outlined, and a footer with the credits and each dataset's date. Lists that do not fit are cut
// to as many items as fit, with "and N more". Builds DOM only, from the panel's own DOM (text, no
// HTML); #place-sheet is shown by the print stylesheet alone (place-sheet.css).
import { t, type Lang } from '../i18n/i18n';
import { h } from '../lib/dom';
import { qrSvg } from '../lib/qr-svg';
import './place-sheet.css';

/** Printed QR code size (mm): as the worksheets', which phones read from a sheet on a table. */
export const SHEET_QR_MM = 22;
/** The page's height inside the A4 margins (app.css: 297 − 2 × 10 mm), less 2 mm to spare. */
export const SHEET_HEIGHT_MM = 275;
/** The lists a sheet may shorten: records, events, and an event page's facts and depths. */
const LISTS = 'ul.record-lines, ul.event-lines, ul.basin-figures';
const BLOCKS = ['record-fact', 'record-depth'];

export interface PlaceSheetInput {
  readonly lang: Lang;
  /** What is shown ("町丁目", "水害") and its name. */
  readonly kind: string;
  readonly title: string;
  /** The panel as drawn now (copied, never moved). */
  readonly panel: HTMLElement;
  /** PNG data URL of the map as drawn (null: there is no map, or it could not be read). */
  readonly mapImage: string | null;
  /** The address of the same view (share-link.ts), printed as a QR code and in words. */
  readonly link: string;
  readonly credits: readonly string[];
  /** 「title：date」 per dataset. */
  readonly dataDates: readonly string[];
  /** Printing date as text in the page's language. */
  readonly printedOn: string;
}

/** The panel's content for paper: no ids (the panel keeps its own), no buttons, nothing screen-only. */
function panelCopy(doc: Document, panel: HTMLElement): HTMLElement {
  const body = h(doc, 'div', { class: 'ps-body' });
  for (const child of Array.from(panel.children)) {
    if (child.id === 'place-title' || child.matches('.place-head, .no-print, .visually-hidden'))
      continue;
    body.append(child.cloneNode(true));
  }
  body.querySelectorAll('.no-print').forEach((el) => el.remove());
  for (const el of Array.from(body.querySelectorAll('[id], [aria-labelledby], [tabindex]'))) {
    el.removeAttribute('id');
    el.removeAttribute('aria-labelledby');
    el.removeAttribute('tabindex');
  }
  // An event's name is a button on screen (it opens the event): on paper, its words.
  for (const b of Array.from(body.querySelectorAll('button'))) {
    b.replaceWith(h(doc, 'span', {}, b.textContent ?? ''));
  }
  return body;
}

/** Shortenable runs of items: each list's items, and each run of sibling fact or depth blocks. */
function runs(body: HTMLElement): HTMLElement[][] {
  const out: HTMLElement[][] = [];
  body
    .querySelectorAll<HTMLElement>(LISTS)
    .forEach((ul) => out.push(Array.from(ul.children) as HTMLElement[]));
  for (const cls of BLOCKS) {
    const blocks = Array.from(body.querySelectorAll<HTMLElement>(`.${cls}`));
    if (blocks.length > 0) out.push(blocks);
  }
  return out.filter((r) => r.length > 1);
}

/**
 * Cuts the longest run by one item at a time until `fits()` (at least `keep` items of each stay),
 * and says after each cut run how many were left off. Returns how many were left off in all.
 */
export function cutToFit(
  doc: Document,
  lang: Lang,
  body: HTMLElement,
  fits: () => boolean,
  keep = 1,
): number {
  const all = runs(body);
  const shown = all.map((r) => r.length);
  let cut = 0;
  while (!fits()) {
    let longest = -1;
    shown.forEach((n, i) => {
      if (n > keep && (longest < 0 || n > (shown[longest] ?? 0))) longest = i;
    });
    if (longest < 0) break;
    const run = all[longest] ?? [];
    const n = (shown[longest] ?? 1) - 1;
    shown[longest] = n;
    run[n]?.remove();
    cut++;
    const last = run[n - 1];
    if (!last) continue;
    const more = t(lang, 'sheet.more', { n: run.length - n });
    const note = last.nextElementSibling?.classList.contains('ps-more')
      ? last.nextElementSibling
      : null;
    if (note) note.textContent = more;
    else last.after(h(doc, last.tagName === 'LI' ? 'li' : 'p', { class: 'ps-more' }, more));
  }
  return cut;
}

/** One A4 page. */
export function placeSheetPage(doc: Document, input: PlaceSheetInput): HTMLElement {
  const { lang } = input;
  const sep = lang === 'en' ? ': ' : '：';
  return h(
    doc,
    'article',
    { class: 'ps-page', lang: lang === 'en' ? 'en' : 'ja' },
    h(
      doc,
      'header',
      { class: 'ps-header' },
      h(
        doc,
        'div',
        { class: 'ps-titles' },
        h(doc, 'p', { class: 'ps-app' }, t(lang, 'app.title')),
        h(doc, 'h1', { class: 'ps-title' }, `${input.kind}${sep}${input.title}`),
        h(doc, 'p', { class: 'ps-printed' }, t(lang, 'sheet.printed', { date: input.printedOn })),
      ),
      qrSvg(doc, input.link, t(lang, 'sheet.qr'), { mm: SHEET_QR_MM, className: 'ws-qr ps-qr' }),
    ),
    input.mapImage
      ? h(
          doc,
          'figure',
          { class: 'ps-map' },
          h(doc, 'img', {
            src: input.mapImage,
            alt: t(lang, 'sheet.mapAlt', { title: input.title }),
          }),
        )
      : h(doc, 'p', { class: 'ps-no-map' }, t(lang, 'sheet.noMap')),
    panelCopy(doc, input.panel),
    h(
      doc,
      'footer',
      { class: 'ps-footer' },
      h(doc, 'p', {}, `${t(lang, 'sheet.credits')}${sep}${input.credits.join(' ／ ')}`),
      h(doc, 'p', {}, `${t(lang, 'sheet.dataDate')}${sep}${input.dataDates.join(' ／ ')}`),
      h(doc, 'p', { class: 'ps-link' }, t(lang, 'sheet.link', { url: input.link })),
    ),
  );
}

/**
 * Puts the page into #place-sheet (created once, at the end of the body) and makes it fit one A4
 * page, measured as printed (the sheet is laid out at the printed width, unseen, while measured):
 * long lists first keep 3 items, then the map and the type get smaller, then lists keep 1 item;
 * what still does not fit is scaled down whole rather than cut (nothing is left off unsaid).
 */
export function renderPlaceSheet(
  doc: Document,
  page: HTMLElement | null,
  lang: Lang = 'ja',
): HTMLElement {
  let sheet = doc.getElementById('place-sheet');
  if (!sheet) {
    sheet = h(doc, 'div', { id: 'place-sheet' });
    doc.body.append(sheet);
  }
  sheet.replaceChildren(...(page ? [page] : []));
  const body = page?.querySelector<HTMLElement>('.ps-body');
  if (!page || !body) return sheet;
  sheet.classList.add('ps-measuring');
  const limit = mmToPx(SHEET_HEIGHT_MM);
  const height = (): number => page.getBoundingClientRect().height;
  const fits = (): boolean => height() <= limit;
  const steps = [
    () => cutToFit(doc, lang, body, fits, 3),
    () => page.classList.add('ps-compact'),
    () => cutToFit(doc, lang, body, fits, 1),
    () => page.classList.add('ps-small'),
  ];
  for (const step of steps) {
    if (fits()) break;
    step();
  }
  if (!fits()) page.style.setProperty('zoom', String(Math.floor((limit / height()) * 100) / 100));
  sheet.classList.remove('ps-measuring');
  return sheet;
}

function mmToPx(mm: number): number {
  return (mm * 96) / 25.4;
}
