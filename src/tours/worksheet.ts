// The printable A4 worksheet of a tour step: title, the map as printed at that step with a north
// arrow and a 「1cm＝○m」 scale bar, a legend that reads in black and white (shapes and hatching,
// not colour alone), the data date, every credit, the question with lines to write on, a QR code
// that opens the same step (or, for a teacher's own lesson, a note saying where to get it), and
// in words the old photo or map compared at that step. Builds DOM only; `#print-sheet` is shown by
// the print stylesheet alone, one page per step. The map image comes from the app (a PNG data URL
// of the map canvas).

// The worksheets' texts, registered before this chunk's code runs (worksheet-texts.ts).
import './worksheet-texts';
import { thenById, type ThenId } from '../config/old-maps';
import type { ToggleLayerId } from '../data/places';
import type { Bilingual } from '../data/schema';
import { pick, t, type Lang } from '../i18n/i18n';
import type { SymbolShape, Theme } from '../theme/theme';
import { shapeSvgPath } from '../theme/symbols';
import { h, svgSymbol, swatchSvg } from '../lib/dom';
import type { Tour } from './tour-model';
import { worksheetLinkElement, type WorksheetLink } from './worksheet-qr';
import { scaleBar } from './scale-bar';
import { rubyFragment } from '../lib/ruby-text';
import { tourRubyText, tourText, tourTextLang } from './tour-state';
import './worksheet.css';
import type { WorksheetCredits } from './worksheet-credits';

/** Width of the printed map on A4 portrait inside the page margins (mm). */
export const MAP_WIDTH_MM = 180;
/** Lines to write the answer on. */
const ANSWER_LINES = 5;

const SVG_NS = 'http://www.w3.org/2000/svg';

export type WorksheetSymbol =
  | { readonly kind: 'shape'; readonly shape: SymbolShape; readonly color: string }
  | { readonly kind: 'swatch'; readonly fill: string; readonly hatch?: boolean };

export interface WorksheetLegendItem {
  readonly label: string;
  readonly symbol: WorksheetSymbol;
}

export interface WorksheetPageInput {
  readonly tour: Tour;
  readonly index: number;
  readonly lang: Lang;
  /** PNG data URL of the map at this step (from the map's snapshot). */
  readonly mapImage: string;
  /** CSS pixels of map across the image (for the scale; not the image's device pixels). */
  readonly mapWidthPx: number;
  /** The step's QR code (its stepHref), or why there is none (worksheetLink). */
  readonly link: WorksheetLink;
  /** The old photo or map shown beside the map at this step (not in the snapshot), or null. */
  readonly then?: ThenId | null;
  readonly legend: readonly WorksheetLegendItem[];
  readonly credits: WorksheetCredits;
  /** Printing date as text in the page's language. */
  readonly printedOn: string;
  /** Print the furigana written into the step's heading, text and question (as on screen). */
  readonly ruby?: boolean;
}

/** Legend entries for the point layers switched on: their theme shapes, which survive greyscale. */
export function pointLegend(
  theme: Theme,
  layers: ReadonlySet<ToggleLayerId>,
  lang: Lang,
): WorksheetLegendItem[] {
  const kinds = ['stations', 'evacSites', 'shelters', 'wideArea', 'assembly'] as const;
  const style = {
    stations: theme.station,
    evacSites: theme.evacSite,
    shelters: theme.shelter,
    wideArea: theme.wideArea,
    assembly: theme.assembly,
  };
  return kinds
    .filter((k) => layers.has(k))
    .map((k) => ({
      label: t(lang, `layers.${k}`),
      symbol: { kind: 'shape', shape: style[k].shape, color: style[k].color },
    }));
}

function northArrow(doc: Document, label: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 36');
  svg.setAttribute('class', 'ws-north');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  const arrow = doc.createElementNS(SVG_NS, 'path');
  arrow.setAttribute('d', 'M12 12 L20 34 L12 28 L4 34 Z');
  arrow.setAttribute('fill', '#000');
  const text = doc.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', '12');
  text.setAttribute('y', '10');
  text.setAttribute('text-anchor', 'middle');
  text.setAttribute('font-size', '10');
  text.textContent = label;
  svg.append(arrow, text);
  return svg;
}

function scaleBarSvg(doc: Document, cm: number, metres: number, lang: Lang): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  // Drawn in millimetres so that one tick is one printed centimetre.
  svg.setAttribute('viewBox', `0 0 ${cm * 10 + 10} 12`);
  svg.setAttribute('width', `${cm * 10 + 10}mm`);
  svg.setAttribute('height', '12mm');
  svg.setAttribute('class', 'ws-scale-bar');
  svg.setAttribute('aria-hidden', 'true');
  for (let i = 0; i < cm; i++) {
    const seg = doc.createElementNS(SVG_NS, 'rect');
    seg.setAttribute('x', String(2 + i * 10));
    seg.setAttribute('y', '2');
    seg.setAttribute('width', '10');
    seg.setAttribute('height', '2');
    seg.setAttribute('fill', i % 2 === 0 ? '#000' : '#fff');
    seg.setAttribute('stroke', '#000');
    seg.setAttribute('stroke-width', '0.3');
    svg.append(seg);
  }
  for (const i of [0, 1, cm]) {
    const label = doc.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', String(2 + i * 10));
    label.setAttribute('y', '9');
    label.setAttribute('font-size', '3');
    label.setAttribute('text-anchor', 'middle');
    label.textContent =
      i === 0 ? '0' : `${(metres * i).toLocaleString(lang === 'en' ? 'en-GB' : 'ja-JP')}m`;
    svg.append(label);
  }
  return svg;
}

/**
 * The old layer compared at this step, in words: the snapshot is today's map alone (the old photo
 * is drawn on the compare map's own canvas, from tiles that may not be readable for printing).
 */
/** The layer's name with its period, once (a photo's title already holds its years). */
function thenName(
  layer: { readonly title: Bilingual; readonly period: Bilingual },
  lang: Lang,
): string {
  const title = pick(lang, layer.title);
  const period = pick(lang, layer.period);
  return title.includes(period)
    ? title
    : `${title}${lang === 'en' ? ` (${period})` : `（${period}）`}`;
}

function thenCaption(doc: Document, id: ThenId | null, lang: Lang): HTMLElement | null {
  const layer = id ? thenById(id) : undefined;
  if (!layer) return null;
  // Below the map, not inside it: the scale bar sits at the map's bottom edge.
  return h(
    doc,
    'p',
    { class: 'ws-then' },
    h(doc, 'span', {}, t(lang, 'ws.thenLayer', { name: thenName(layer, lang) })),
    ' ',
    h(doc, 'span', {}, t(lang, 'ws.thenNotPrinted')),
  );
}

function legendSymbol(doc: Document, s: WorksheetSymbol): SVGSVGElement {
  return s.kind === 'shape'
    ? svgSymbol(doc, shapeSvgPath(s.shape, 16), s.color, 16, '#000')
    : swatchSvg(doc, s.fill, s.hatch ?? false);
}

/** One A4 page for one step. */
export function worksheetPage(doc: Document, input: WorksheetPageInput): HTMLElement {
  const { tour, index, lang } = input;
  const step = tour.steps[index];
  if (!step) throw new RangeError(`tour ${tour.id} has no step ${index + 1}`);
  const tr = (key: Parameters<typeof t>[1], params: Record<string, string | number> = {}) =>
    t(lang, key, params);
  const stepTitle = tourText(step.title, lang);
  const ruby = input.ruby ?? false;
  const scale = scaleBar(step.view.zoom, step.view.lat, input.mapWidthPx, MAP_WIDTH_MM);
  const metres = scale.labelMetres.toLocaleString(lang === 'en' ? 'en-GB' : 'ja-JP');
  return h(
    doc,
    'article',
    { class: 'ws-page', 'data-step': step.id },
    h(
      doc,
      'header',
      { class: 'ws-header' },
      h(
        doc,
        'div',
        { class: 'ws-titles' },
        h(
          doc,
          'p',
          { class: 'ws-tour', lang: tourTextLang(tour.title, lang) },
          tourText(tour.title, lang),
        ),
        h(
          doc,
          'h2',
          { class: 'ws-step-title', lang: tourTextLang(step.title, lang) },
          h(
            doc,
            'span',
            { class: 'ws-step-no' },
            tr('tour.stepOf', { n: index + 1, total: tour.steps.length }),
          ),
          rubyFragment(doc, tourRubyText(step.title, lang), ruby),
        ),
        h(
          doc,
          'p',
          { class: 'ws-curriculum' },
          tr('ws.curriculum', { codes: tour.curriculum.join(', ') }),
        ),
      ),
      worksheetLinkElement(doc, input.link, lang),
    ),
    h(
      doc,
      'figure',
      { class: 'ws-map' },
      h(doc, 'img', { src: input.mapImage, alt: tr('ws.mapAlt', { title: stepTitle }) }),
      northArrow(doc, tr('ws.north')),
      h(
        doc,
        'div',
        { class: 'ws-scale' },
        scaleBarSvg(doc, scale.cm, scale.labelMetres, lang),
        h(
          doc,
          'span',
          { class: 'ws-scale-label', 'aria-label': tr('ws.scaleAlt', { m: metres }) },
          tr('ws.scale', { m: metres }),
        ),
      ),
    ),
    thenCaption(doc, input.then ?? null, lang),
    h(
      doc,
      'section',
      { class: 'ws-legend' },
      h(doc, 'h3', {}, tr('ws.legend')),
      h(
        doc,
        'ul',
        {},
        ...input.legend.map((item) =>
          h(doc, 'li', {}, legendSymbol(doc, item.symbol), ' ', item.label),
        ),
      ),
    ),
    h(
      doc,
      'p',
      { class: 'ws-text', lang: tourTextLang(step.text, lang) },
      rubyFragment(doc, tourRubyText(step.text, lang), ruby),
    ),
    h(
      doc,
      'section',
      { class: 'ws-question' },
      h(doc, 'h3', {}, tr('tour.question')),
      h(
        doc,
        'p',
        { lang: tourTextLang(step.question, lang) },
        rubyFragment(doc, tourRubyText(step.question, lang), ruby),
      ),
      h(doc, 'p', { class: 'ws-answer-label' }, tr('ws.answer')),
      ...Array.from({ length: ANSWER_LINES }, () => h(doc, 'div', { class: 'ws-line' })),
      h(doc, 'p', { class: 'ws-name' }, tr('ws.name')),
    ),
    h(
      doc,
      'footer',
      { class: 'ws-footer' },
      h(
        doc,
        'p',
        { class: 'ws-sources' },
        `${tr('tour.sources')}：${step.sources.map((s) => `${s.title} ${s.url}`).join(' ／ ')}`,
      ),
      h(doc, 'p', { class: 'ws-credits' }, input.credits.credits.join(' ／ ')),
      h(
        doc,
        'p',
        { class: 'ws-date' },
        `${tr('ws.dataDate')}：${input.credits.dataDates.join(' ／ ')}`,
      ),
      h(doc, 'p', { class: 'ws-printed' }, tr('ws.printed', { date: input.printedOn })),
    ),
  );
}

/** Put the pages into `#print-sheet` (created once, at the end of the body), replacing earlier ones. */
export function renderPrintSheet(doc: Document, pages: readonly HTMLElement[]): HTMLElement {
  let sheet = doc.getElementById('print-sheet');
  if (!sheet) {
    sheet = h(doc, 'div', { id: 'print-sheet' });
    doc.body.append(sheet);
  }
  sheet.replaceChildren(...pages);
  return sheet;
}
