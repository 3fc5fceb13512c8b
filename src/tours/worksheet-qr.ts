// The worksheet's way back to the step: a QR code only when a pupil's device can open it and a
// 20 mm code can be scanned. A teacher's draft, lesson file or lesson link is not in a pupil's
// data/tours/ (its step URL names a tour they do not have, or carries `lesson=…` of up to 2,000
// characters), so the page says in words where to get the lesson instead.

// The worksheets' texts, registered before this chunk's code runs (worksheet-texts.ts).
import './worksheet-texts';
import { t, type Lang } from '../i18n/i18n';
import type { Tour } from './tour-model';
import { isSchoolTourId } from './school/school-id';
import { qrSvg as qrSvgAt } from '../lib/qr-svg';
import { h } from '../lib/dom';

/** Printed QR code size: 20 mm as in Code for Japan's paper maps (EDUCATION_NOTES §3). */
export const QR_MM = 20;
/**
 * Longest step URL printed as a QR code. At level M, 300 characters make a 69-module code (with
 * its quiet zone, 0.26 mm a module at 20 mm); the bundled tours' steps are 160–215 characters
 * (57 modules, 0.31 mm), while a 2,000-character lesson link would be 0.11 mm a module.
 */
export const QR_MAX_URL_CHARS = 300;

export type WorksheetLink =
  | { readonly kind: 'qr'; readonly url: string }
  /** notBundled: the tour is a teacher's own lesson; tooLong: the address does not fit a code. */
  | { readonly kind: 'none'; readonly reason: 'notBundled' | 'tooLong' };

/**
 * A QR code for `url` only when the printed tour is one of data/tours/ (not a draft, file or link
 * played in its place: those win over a bundled tour of the same id) or a school's generated lesson,
 * and the URL is short enough.
 */
export function worksheetLink(
  url: string,
  tourId: string,
  s: { readonly tours: readonly Tour[] | null; readonly lessonTour: Tour | null },
): WorksheetLink {
  // A school's lesson is generated again from the data by its link, as a bundled tour is read.
  const bundled =
    isSchoolTourId(tourId) ||
    (s.lessonTour?.id !== tourId && (s.tours ?? []).some((x) => x.id === tourId));
  if (!bundled) return { kind: 'none', reason: 'notBundled' };
  if (url.length > QR_MAX_URL_CHARS) return { kind: 'none', reason: 'tooLong' };
  return { kind: 'qr', url };
}

/** The step's QR code, 20 mm wide. */
export function qrSvg(doc: Document, text: string, label: string): SVGSVGElement {
  return qrSvgAt(doc, text, label, { mm: QR_MM, className: 'ws-qr' });
}

/** The QR code, or in its place a short note in the worksheet's language. */
export function worksheetLinkElement(
  doc: Document,
  link: WorksheetLink,
  lang: Lang,
): SVGSVGElement | HTMLElement {
  if (link.kind === 'qr') return qrSvg(doc, link.url, t(lang, 'ws.qr'));
  const key = link.reason === 'notBundled' ? 'ws.noQrLesson' : 'ws.noQrLong';
  return h(doc, 'p', { class: 'ws-no-qr' }, t(lang, key));
}
