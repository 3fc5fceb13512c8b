// Which chome figures colour the map (building counts or damage classes), for the current time
// selection, and their legend: colour + text, and a hatch for "no record".
import type { Measure } from '../data/time-range';
import { t, type Lang } from '../i18n/i18n';
import { countLegend } from '../data/damage-levels';
import type { Theme } from '../theme/theme';
import { append, clear, h, swatchSvg } from '../lib/dom';
import { formatCount } from '../i18n/format-count';

export interface RecordsLegendProps {
  readonly doc: Document;
  readonly container: HTMLElement;
  readonly theme: Theme;
  readonly onMeasure: (measure: Measure) => void;
  readonly onOpenList: () => void;
}

export interface RecordsLegendState {
  readonly lang: Lang;
  /** The records are still loading: the legend is shown, the figures are not (yet). */
  readonly loading: boolean;
  readonly measure: Measure;
  /** The time selection in words, e.g. "1989–2000" or "all time". */
  readonly rangeLabel: string;
  /** How many chome have a figure for this measure and range. */
  readonly chomeCount: number;
  readonly wardTotal: string | null;
  readonly unit: string;
  readonly sources: readonly string[];
  /** Records against the predicted area, in words (or how to make that comparison possible). */
  readonly comparison: string;
}

/** Class labels as printed on the ward's 2025 damage map. */
export const CLASS_LABELS = ['0件', '1-5件', '6-15件', '16-30件', '31-50件', '51-75件', '76-110件'];

/** The legend's elements, made once per container and then updated in place: the text a resident
 *  sees first stays the same element when the records arrive (no flash, and the browser's largest
 *  paint is not pushed back to the end of loading). */
interface LegendParts {
  readonly select: HTMLSelectElement;
  readonly heading: HTMLElement;
  readonly setLabel: HTMLElement;
  readonly rangeLabel: HTMLElement;
  readonly rows: HTMLUListElement;
  readonly status: HTMLElement;
  readonly wardTotal: HTMLElement;
  readonly sources: HTMLElement;
  readonly list: HTMLButtonElement;
  readonly compareHeading: HTMLElement;
  readonly comparison: HTMLElement;
  /** What the rows and options were last written for. */
  drawn: string;
}

const built = new WeakMap<HTMLElement, LegendParts>();

function buildParts(props: RecordsLegendProps): LegendParts {
  const { doc, container } = props;
  clear(container);
  const select = h(doc, 'select', { id: 'record-measure' });
  select.addEventListener('change', () =>
    props.onMeasure(select.value === 'classes' ? 'classes' : 'counts'),
  );
  const list = h(doc, 'button', { type: 'button' });
  list.addEventListener('click', props.onOpenList);
  const parts: LegendParts = {
    select,
    heading: h(doc, 'h2', { class: 'section-heading' }),
    setLabel: h(doc, 'label', { for: 'record-measure' }),
    rangeLabel: h(doc, 'p', { class: 'range-label' }),
    rows: h(doc, 'ul', { class: 'legend' }),
    // A status region: the figures are announced once they replace "loading".
    status: h(doc, 'p', { class: 'hint', role: 'status' }),
    wardTotal: h(doc, 'p', { class: 'hint' }),
    sources: h(doc, 'p', { class: 'hint' }),
    list,
    compareHeading: h(doc, 'h3', {}),
    comparison: h(doc, 'p', { class: 'compare' }),
    drawn: '',
  };
  append(container, [
    parts.heading,
    parts.setLabel,
    select,
    parts.rangeLabel,
    parts.rows,
    parts.status,
    parts.wardTotal,
    parts.sources,
    list,
    parts.compareHeading,
    parts.comparison,
  ]);
  built.set(container, parts);
  return parts;
}

/** Sets an element's text only when it differs, and hides it when there is none. */
function setText(el: HTMLElement, text: string | null): void {
  el.hidden = text === null;
  if (text !== null && el.textContent !== text) el.textContent = text;
}

export function renderRecordsLegend(props: RecordsLegendProps, s: RecordsLegendState): void {
  const { doc, container, theme } = props;
  const { lang } = s;
  const parts = built.get(container) ?? buildParts(props);
  const key = `${lang}|${s.measure}|${s.unit}`;
  if (parts.drawn !== key) {
    parts.drawn = key;
    parts.select.replaceChildren(
      ...(['counts', 'classes'] as const).map((m) =>
        h(
          doc,
          'option',
          { value: m },
          t(lang, m === 'counts' ? 'records.measureCounts' : 'records.measureClasses'),
        ),
      ),
    );
    const rows =
      s.measure === 'classes'
        ? CLASS_LABELS
        : countLegend(lang, (n) => formatCount(n, s.unit, lang));
    parts.rows.replaceChildren(
      ...rows.map((label, i) =>
        h(doc, 'li', {}, swatchSvg(doc, theme.damageRamp[i] ?? '#fff'), label),
      ),
      h(doc, 'li', {}, swatchSvg(doc, 'transparent', true), t(lang, 'records.noRecord')),
    );
  }
  parts.select.value = s.measure;
  parts.rows.setAttribute('aria-label', t(lang, 'records.heading'));
  setText(parts.heading, t(lang, 'records.heading'));
  setText(parts.setLabel, t(lang, 'records.setLabel'));
  setText(parts.rangeLabel, s.rangeLabel);
  setText(
    parts.status,
    s.loading ? t(lang, 'records.loading') : t(lang, 'records.partial', { n: s.chomeCount }),
  );
  setText(
    parts.wardTotal,
    s.wardTotal ? t(lang, 'records.wardTotal', { total: s.wardTotal }) : null,
  );
  setText(
    parts.sources,
    s.sources.length > 0 ? `${t(lang, 'panel.source')}: ${s.sources.join('、')}` : null,
  );
  setText(parts.list, t(lang, 'records.openList'));
  setText(parts.compareHeading, t(lang, 'compare.heading'));
  setText(parts.comparison, s.loading ? null : s.comparison);
}
