// Worksheets for one step or the whole tour, step after step: the app shows each step, captures the
// map, and the pages go into #print-sheet; then the browser's own print dialog does the rest.
// The app passes what only it can do (show a step and wait for the map, take the snapshot).
import type { ThenId } from '../config/then-ids';
import type { Lang } from '../i18n/i18n';
import type { Tour } from './tour-model';
import { renderPrintSheet, worksheetPage, type WorksheetLegendItem } from './worksheet';
import type { WorksheetCredits } from './worksheet-credits';
import type { WorksheetLink } from './worksheet-qr';

export interface PrintTourDeps {
  /** Show step `index` (its URL state), wait until the map is drawn, and capture it. */
  capture(index: number): Promise<{ readonly image: string; readonly widthPx: number }>;
  /** The step's QR code (its stepHref) or why there is none (worksheetLink). */
  link(index: number): WorksheetLink;
  /** The old layer shown beside the map at this step (null: none). */
  then?(index: number): ThenId | null;
  legend(index: number): readonly WorksheetLegendItem[];
  credits(index: number): WorksheetCredits;
  readonly printedOn: string;
  /** Print the furigana the steps' texts carry (as the screen shows them). */
  readonly ruby?: boolean;
}

/** The worksheet of step `index`, with the map as captured. */
export function worksheetAt(
  doc: Document,
  tour: Tour,
  index: number,
  lang: Lang,
  deps: Omit<PrintTourDeps, 'capture'>,
  shot: { readonly image: string; readonly widthPx: number },
): HTMLElement {
  return worksheetPage(doc, {
    tour,
    index,
    lang,
    mapImage: shot.image,
    mapWidthPx: shot.widthPx,
    link: deps.link(index),
    then: deps.then?.(index) ?? null,
    legend: deps.legend(index),
    credits: deps.credits(index),
    printedOn: deps.printedOn,
    ruby: deps.ruby ?? false,
  });
}

/** Builds the pages of `indexes` in order (one capture at a time: the map shows one step at once). */
export async function buildWorksheets(
  doc: Document,
  tour: Tour,
  indexes: readonly number[],
  lang: Lang,
  deps: PrintTourDeps,
): Promise<HTMLElement> {
  const pages: HTMLElement[] = [];
  for (const index of indexes) {
    pages.push(worksheetAt(doc, tour, index, lang, deps, await deps.capture(index)));
  }
  return renderPrintSheet(doc, pages);
}

/** The steps a print scope covers. */
export function printIndexes(tour: Tour, scope: 'step' | 'tour', current: number): number[] {
  return scope === 'step' ? [current] : tour.steps.map((_, i) => i);
}
