// Which chome figures colour the map (building counts or damage classes), for the current time
// selection, and their legend: colour + text, and a hatch for "no record".
import type { Measure } from '../data/time-range';
import { t, type Lang } from '../i18n/i18n';
import { countLegend } from '../data/damage-levels';
import type { Theme } from '../theme/theme';
import { append, clear, h, swatchSvg } from './dom';
import { formatCount } from './format-flood';

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

export function renderRecordsLegend(props: RecordsLegendProps, s: RecordsLegendState): void {
  const { doc, container, theme } = props;
  const { lang } = s;
  clear(container);
  const select = h(doc, 'select', { id: 'record-measure' });
  for (const m of ['counts', 'classes'] as const) {
    const option = h(
      doc,
      'option',
      { value: m },
      t(lang, m === 'counts' ? 'records.measureCounts' : 'records.measureClasses'),
    );
    option.selected = m === s.measure;
    select.append(option);
  }
  select.addEventListener('change', () =>
    props.onMeasure(select.value === 'classes' ? 'classes' : 'counts'),
  );
  const rows =
    s.measure === 'classes' ? CLASS_LABELS : countLegend(lang, (n) => formatCount(n, s.unit, lang));
  const legend = h(doc, 'ul', { class: 'legend', 'aria-label': t(lang, 'records.heading') });
  rows.forEach((label, i) =>
    legend.append(h(doc, 'li', {}, swatchSvg(doc, theme.damageRamp[i] ?? '#fff'), label)),
  );
  legend.append(h(doc, 'li', {}, swatchSvg(doc, 'transparent', true), t(lang, 'records.noRecord')));
  const list = h(doc, 'button', { type: 'button' }, t(lang, 'records.openList'));
  list.addEventListener('click', props.onOpenList);
  append(container, [
    h(doc, 'h2', { class: 'section-heading' }, t(lang, 'records.heading')),
    h(doc, 'label', { for: 'record-measure' }, t(lang, 'records.setLabel')),
    select,
    h(doc, 'p', { class: 'range-label' }, s.rangeLabel),
    legend,
    s.loading
      ? h(doc, 'p', { class: 'hint', role: 'status' }, t(lang, 'records.loading'))
      : h(doc, 'p', { class: 'hint' }, t(lang, 'records.partial', { n: s.chomeCount })),
    s.wardTotal
      ? h(doc, 'p', { class: 'hint' }, t(lang, 'records.wardTotal', { total: s.wardTotal }))
      : null,
    s.sources.length > 0
      ? h(doc, 'p', { class: 'hint' }, `${t(lang, 'panel.source')}: ${s.sources.join('、')}`)
      : null,
    list,
    h(doc, 'h3', {}, t(lang, 'compare.heading')),
    s.loading ? null : h(doc, 'p', { class: 'compare' }, s.comparison),
  ]);
}
