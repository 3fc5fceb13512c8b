// Choice of the record set coloured on the map, and its legend (colour + text + hatch for no record).
import type { RecordSet } from '../data/flood-history';
import { pick, t, type Lang } from '../i18n/i18n';
import { countLegend } from '../map/choropleth';
import type { Theme } from '../theme/theme';
import { formatCount, formatFigure } from './format-flood';
import { append, clear, h } from './dom';

export interface RecordsLegendProps {
  readonly doc: Document;
  readonly container: HTMLElement;
  readonly theme: Theme;
  readonly onSet: (id: string) => void;
  readonly onOpenList: () => void;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

function swatch(doc: Document, fill: string, hatch = false): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '22');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const rect = doc.createElementNS(SVG_NS, 'rect');
  rect.setAttribute('x', '0.5');
  rect.setAttribute('y', '0.5');
  rect.setAttribute('width', '21');
  rect.setAttribute('height', '15');
  rect.setAttribute('fill', fill);
  rect.setAttribute('stroke', '#5f6b76');
  svg.append(rect);
  if (hatch) {
    for (const x of [-8, 0, 8, 16]) {
      const line = doc.createElementNS(SVG_NS, 'line');
      line.setAttribute('x1', String(x));
      line.setAttribute('y1', '16');
      line.setAttribute('x2', String(x + 16));
      line.setAttribute('y2', '0');
      line.setAttribute('stroke', '#8a949e');
      svg.append(line);
    }
  }
  return svg;
}

export function renderRecordsLegend(
  props: RecordsLegendProps,
  lang: Lang,
  sets: readonly RecordSet[],
  current: RecordSet | null,
): void {
  const { doc, container, theme } = props;
  clear(container);
  if (!current) return;
  const select = h(doc, 'select', { id: 'record-set' });
  for (const s of sets) {
    const option = h(doc, 'option', { value: s.id }, pick(lang, s.label));
    option.selected = s.id === current.id;
    select.append(option);
  }
  select.addEventListener('change', () => props.onSet(select.value));
  const rows =
    current.kind === 'classes'
      ? ['0件', '1-5件', '6-15件', '16-30件', '31-50件', '51-75件', '76-110件']
      : countLegend(lang, (n) => formatCount(n, current.unit, lang));
  const legend = h(doc, 'ul', { class: 'legend', 'aria-label': t(lang, 'records.heading') });
  rows.forEach((label, i) =>
    legend.append(h(doc, 'li', {}, swatch(doc, theme.damageRamp[i] ?? '#fff'), label)),
  );
  legend.append(h(doc, 'li', {}, swatch(doc, 'transparent', true), t(lang, 'records.noRecord')));
  const list = h(doc, 'button', { type: 'button' }, t(lang, 'records.openList'));
  list.addEventListener('click', props.onOpenList);
  append(container, [
    h(doc, 'h2', { class: 'section-heading' }, t(lang, 'records.heading')),
    h(doc, 'label', { for: 'record-set' }, t(lang, 'records.setLabel')),
    select,
    legend,
    h(doc, 'p', { class: 'hint' }, t(lang, 'records.partial', { n: current.records.length })),
    current.ward
      ? h(
          doc,
          'p',
          { class: 'hint' },
          t(lang, 'records.wardTotal', {
            total: formatFigure(current.ward.total, current.ward.unit, lang),
          }),
        )
      : null,
    h(doc, 'p', { class: 'hint' }, `${t(lang, 'panel.source')}: ${current.sourceTitle}`),
    list,
  ]);
}
