// The timeline (d3): every record on a time axis, a brush to choose a period, keyboard access and
// playback controls. It never talks to the map: it reports through `container.value` and a
// bubbling `input` event, and draws what `update()` tells it.
import { axisBottom } from 'd3-axis';
import { brushX, type BrushBehavior } from 'd3-brush';
import { format } from 'd3-format';
import { select, type Selection } from 'd3-selection';
import { CAUSES, type FloodEvent } from '../data/flood-model';
import { effectiveRange, eventInRange, type RangeMode, type TimeRange } from '../data/time-range';
import { t, type Lang, type MessageKey } from '../i18n/i18n';
import { shapeSvgPath } from '../theme/symbols';
import type { Theme } from '../theme/theme';
import { computeMarks, type Mark } from './marks';
import { periodText } from '../i18n/period';
import { BREAK_YEAR, FIRST_YEAR, lastYear, tickYears, timeScale } from './time-scale';

export type TimelineValue =
  | { readonly type: 'range'; readonly range: TimeRange | null; readonly mode: RangeMode }
  | { readonly type: 'select'; readonly id: string }
  | { readonly type: 'play'; readonly playing: boolean; readonly speed: number };

export interface TimelineProps {
  readonly doc: Document;
  readonly container: HTMLElement & { value?: TimelineValue };
  readonly events: readonly FloodEvent[];
  readonly theme: Theme;
  /** Fixed width for tests; otherwise the container's width. */
  readonly width?: number;
  readonly last?: number;
}

export interface TimelineView {
  readonly lang: Lang;
  readonly range: TimeRange | null;
  readonly mode: RangeMode;
  readonly selectedId: string | null;
  /** Records that touched the selected chome. */
  readonly touched: ReadonlySet<string>;
  readonly playing: boolean;
  readonly speed: number;
}

const HEIGHT = 132;
const MARGIN = { left: 12, right: 12 };
const ANNOTATION_Y = 12;
const BASELINE = 100;
const MAX_BAR = 62;
export const SPEEDS = [0.5, 1, 2] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

export class Timeline {
  /** Width the chart was last drawn at. */
  private renderedWidth = 0;
  private view: TimelineView | null = null;
  private marks: Mark[] = [];
  private active = 0;
  private brush: BrushBehavior<unknown> | null = null;
  private brushGroup: Selection<SVGGElement, unknown, null, undefined> | null = null;
  private movingBrush = false;
  private readonly controls: HTMLElement;
  private readonly chart: HTMLElement;
  private readonly live: HTMLElement;
  private readonly legend: HTMLElement;
  private readonly first: number;
  private readonly last: number;

  constructor(private readonly props: TimelineProps) {
    const { doc, container } = props;
    this.last = props.last ?? lastYear();
    this.first = FIRST_YEAR;
    container.classList.add('timeline');
    this.controls = doc.createElement('div');
    this.controls.className = 'timeline-controls';
    this.chart = doc.createElement('div');
    this.chart.className = 'timeline-chart';
    this.chart.tabIndex = 0;
    this.chart.setAttribute('role', 'listbox');
    this.live = doc.createElement('p');
    this.live.className = 'visually-hidden';
    this.live.setAttribute('aria-live', 'polite');
    this.legend = doc.createElement('div');
    this.legend.className = 'timeline-legend';
    container.append(this.controls, this.chart, this.legend, this.live);
    this.chart.addEventListener('keydown', (e) => this.onKey(e));
  }

  private emit(value: TimelineValue): void {
    this.props.container.value = value;
    this.props.container.dispatchEvent(new Event('input', { bubbles: true }));
  }

  update(view: TimelineView): void {
    const prev = this.view;
    this.view = view;
    if (!prev || prev.lang !== view.lang) {
      this.renderControls();
      this.renderLegend();
      this.renderChart();
    } else {
      this.syncControls();
      this.styleMarks();
      this.moveBrush();
    }
    if (
      !prev ||
      prev.range?.from !== view.range?.from ||
      prev.range?.to !== view.range?.to ||
      prev.mode !== view.mode
    ) {
      this.live.textContent = this.rangeText();
    }
  }

  /** Redraw at the container's current width (after a layout change). */
  resize(): void {
    // The observer also reports the first layout: redraw only when the width really changed, so a
    // chart being used (dragged, focused) is not replaced under the pointer.
    if (this.view && this.width !== this.renderedWidth) this.renderChart();
  }

  private get width(): number {
    return (
      this.props.width ??
      Math.max(280, this.chart.clientWidth || this.props.container.clientWidth || 600)
    );
  }

  private rangeText(): string {
    const v = this.view;
    return v ? periodText(v.lang, v.range, v.mode) : '';
  }

  private renderControls(): void {
    const v = this.view;
    if (!v) return;
    const { doc } = this.props;
    const lang = v.lang;
    this.controls.replaceChildren();
    const field = (labelKey: MessageKey, input: HTMLElement): HTMLLabelElement => {
      const label = doc.createElement('label');
      label.append(t(lang, labelKey), ' ', input);
      return label;
    };
    const mode = doc.createElement('select');
    mode.className = 'tl-mode';
    for (const m of ['range', 'cumulative'] as const) {
      const o = doc.createElement('option');
      o.value = m;
      o.textContent = t(lang, m === 'range' ? 'timeline.modeRange' : 'timeline.modeCumulative');
      mode.append(o);
    }
    const year = (cls: string): HTMLInputElement => {
      const input = doc.createElement('input');
      input.type = 'number';
      input.className = cls;
      input.min = String(this.first);
      input.max = String(this.last);
      input.step = '1';
      input.inputMode = 'numeric';
      return input;
    };
    const from = year('tl-from');
    const to = year('tl-to');
    const apply = (): void => {
      const f = Number(from.value);
      const tt = Number(to.value);
      const m = mode.value === 'cumulative' ? 'cumulative' : 'range';
      if (!Number.isFinite(tt) || to.value === '')
        return this.emit({ type: 'range', range: null, mode: m });
      const start = m === 'cumulative' || from.value === '' ? this.first : f;
      const lo = Math.max(this.first, Math.min(start, tt));
      const hi = Math.min(this.last, Math.max(start, tt));
      this.emit({ type: 'range', range: { from: lo, to: hi }, mode: m });
    };
    mode.addEventListener('change', () => {
      const m = mode.value === 'cumulative' ? 'cumulative' : 'range';
      const r = this.view?.range ?? null;
      this.emit({
        type: 'range',
        range: r ?? (m === 'cumulative' ? { from: this.first, to: this.last } : null),
        mode: m,
      });
    });
    from.addEventListener('change', apply);
    to.addEventListener('change', apply);
    const all = doc.createElement('button');
    all.type = 'button';
    all.textContent = t(lang, 'timeline.all');
    all.addEventListener('click', () => this.emit({ type: 'range', range: null, mode: 'range' }));
    const play = doc.createElement('button');
    play.type = 'button';
    play.className = 'tl-play';
    play.addEventListener('click', () =>
      this.emit({ type: 'play', playing: !this.view?.playing, speed: this.view?.speed ?? 1 }),
    );
    const speed = doc.createElement('select');
    speed.className = 'tl-speed';
    for (const s of SPEEDS) {
      const o = doc.createElement('option');
      o.value = String(s);
      o.textContent = `×${s}`;
      speed.append(o);
    }
    speed.addEventListener('change', () =>
      this.emit({ type: 'play', playing: this.view?.playing ?? false, speed: Number(speed.value) }),
    );
    const heading = doc.createElement('h2');
    heading.className = 'timeline-heading';
    heading.id = 'timeline-heading';
    heading.textContent = t(lang, 'timeline.heading');
    this.controls.append(
      heading,
      field('timeline.mode', mode),
      field('timeline.from', from),
      field('timeline.to', to),
      all,
      play,
      field('timeline.speed', speed),
    );
    this.props.container.setAttribute('aria-labelledby', 'timeline-heading');
    this.chart.setAttribute('aria-label', t(lang, 'timeline.chartLabel'));
    this.syncControls();
  }

  private syncControls(): void {
    const v = this.view;
    if (!v) return;
    const q = <T extends Element>(sel: string): T | null => this.controls.querySelector<T>(sel);
    const mode = q<HTMLSelectElement>('.tl-mode');
    const from = q<HTMLInputElement>('.tl-from');
    const to = q<HTMLInputElement>('.tl-to');
    const play = q<HTMLButtonElement>('.tl-play');
    const speed = q<HTMLSelectElement>('.tl-speed');
    if (mode) mode.value = v.mode;
    if (from) {
      from.value = v.range ? String(v.mode === 'cumulative' ? this.first : v.range.from) : '';
      from.disabled = v.mode === 'cumulative';
      from.setAttribute('aria-label', t(v.lang, 'timeline.from'));
    }
    if (to) to.value = v.range ? String(v.range.to) : '';
    if (play) {
      play.textContent = t(v.lang, v.playing ? 'timeline.pause' : 'timeline.play');
      play.setAttribute('aria-pressed', String(v.playing));
    }
    if (speed) speed.value = String(v.speed);
  }

  private renderLegend(): void {
    const v = this.view;
    if (!v) return;
    const { doc, theme } = this.props;
    this.legend.replaceChildren();
    const list = doc.createElement('ul');
    list.setAttribute('aria-label', t(v.lang, 'timeline.legend'));
    for (const cause of CAUSES) {
      const style = theme.causes[cause];
      const li = doc.createElement('li');
      li.append(symbol(doc, theme.timeline, style.shape, style.color), t(v.lang, `cause.${cause}`));
      list.append(li);
    }
    const unknown = doc.createElement('li');
    unknown.append(
      symbol(doc, theme.timeline, 'circle', theme.timeline.hollow),
      t(v.lang, 'timeline.unknownMark'),
    );
    const split = doc.createElement('li');
    split.append(t(v.lang, 'timeline.barNote'));
    list.append(unknown, split);
    this.legend.append(list);
  }

  private renderChart(): void {
    const v = this.view;
    if (!v) return;
    const { doc, theme, events } = this.props;
    const width = this.width;
    this.renderedWidth = width;
    const inner = width - MARGIN.left - MARGIN.right;
    const x = timeScale(inner, this.last);
    this.marks = computeMarks(events, x, theme, v.lang, MAX_BAR).sort((a, b) => a.x - b.x);
    this.chart.replaceChildren();
    const svg = select(doc.createElementNS(SVG_NS, 'svg') as SVGSVGElement)
      .attr('width', width)
      .attr('height', HEIGHT)
      .attr('viewBox', `0 0 ${width} ${HEIGHT}`)
      .attr('aria-hidden', null);
    const root = svg.append('g').attr('transform', `translate(${MARGIN.left},0)`);
    // The compressed early period is shaded and labelled, so the change of scale is visible.
    root
      .append('rect')
      .attr('class', 'tl-compressed')
      .attr('x', 0)
      .attr('y', ANNOTATION_Y + 10)
      .attr('width', r(x(BREAK_YEAR)))
      .attr('height', BASELINE - ANNOTATION_Y - 10)
      .attr('fill', theme.timeline.compressed);
    root
      .append('text')
      .attr('class', 'tl-compressed-label')
      .attr('x', 4)
      .attr('y', ANNOTATION_Y + 21)
      .attr('font-size', 10)
      .attr('fill', theme.timeline.muted)
      .text(t(v.lang, 'timeline.compressed', { year: String(BREAK_YEAR) }));
    const axis = axisBottom(x)
      .tickValues(spacedTicks(tickYears(this.last), x, MIN_TICK_GAP))
      .tickFormat((d) => format('d')(Number(d)))
      .tickSizeOuter(0);
    root
      .append('g')
      .attr('class', 'tl-axis')
      .attr('transform', `translate(0,${BASELINE})`)
      .call(axis);
    // A break mark on the axis where the scale changes.
    root
      .append('path')
      .attr('class', 'tl-break')
      .attr(
        'd',
        `M${r(x(BREAK_YEAR) - 4)},${BASELINE + 5} l4,-10 M${r(x(BREAK_YEAR))},${BASELINE + 5} l4,-10`,
      )
      .attr('stroke', theme.timeline.ink)
      .attr('fill', 'none');

    this.brush = brushX()
      .extent([
        [0, ANNOTATION_Y + 10],
        [inner, BASELINE],
      ])
      .on('end', (event: { selection: [number, number] | null; sourceEvent?: unknown }) => {
        if (this.movingBrush || !event.sourceEvent) return;
        if (!event.selection) {
          this.emit({ type: 'range', range: null, mode: this.view?.mode ?? 'range' });
          return;
        }
        // A period is drawn from the start of `from` to the end of `to` ([from, to + 1)). An edge
        // inside a year takes in that year; an edge on a year boundary (an untouched edge) stays
        // there. EPS absorbs the float error of invert(x(year)).
        const EPS = 1e-4;
        const [a, b] = event.selection;
        const from = Math.max(this.first, Math.floor(x.invert(a) + EPS));
        const to = Math.min(this.last, Math.max(from, Math.ceil(x.invert(b) - EPS) - 1));
        this.emit({ type: 'range', range: { from, to }, mode: this.view?.mode ?? 'range' });
      });
    this.brushGroup = root.append('g').attr('class', 'tl-brush').call(this.brush);
    this.brushGroup.selectAll('.overlay, .selection, .handle').attr('aria-hidden', 'true');

    const marks = root.append('g').attr('class', 'tl-marks');
    for (const m of this.marks) {
      const g = marks
        .append('g')
        .attr('id', `tl-${m.id}`)
        .attr('role', 'option')
        .attr('aria-label', m.label)
        .attr('data-id', m.id)
        .attr('class', `tl-mark${m.annotation ? ' tl-annotation' : ''}`)
        .attr('transform', `translate(${r(m.x)},0)`)
        .style('cursor', 'pointer')
        .on('click', () => this.emit({ type: 'select', id: m.id }));
      drawMark(g, m, theme.timeline);
    }
    this.chart.append(svg.node() as SVGSVGElement);
    this.styleMarks();
    this.moveBrush();
  }

  /** Dim records outside the range, outline the selected one and those touching the chosen chome. */
  private styleMarks(): void {
    const v = this.view;
    if (!v) return;
    const range = effectiveRange(v.range, v.mode, this.first);
    const inRange = new Set(
      this.props.events.filter((e) => eventInRange(e, range)).map((e) => e.id),
    );
    for (const g of this.chart.querySelectorAll<SVGGElement>('.tl-mark')) {
      const id = g.dataset.id ?? '';
      g.classList.toggle('tl-out', !inRange.has(id));
      g.classList.toggle('tl-touched', v.touched.has(id));
      g.classList.toggle('tl-selected', v.selectedId === id);
      g.setAttribute('aria-selected', String(v.selectedId === id));
    }
    const index = this.marks.findIndex((m) => m.id === v.selectedId);
    if (index >= 0) this.active = index;
    this.setActive(this.active);
  }

  private moveBrush(): void {
    const v = this.view;
    if (!v || !this.brush || !this.brushGroup) return;
    const inner = this.width - MARGIN.left - MARGIN.right;
    const x = timeScale(inner, this.last);
    const range = effectiveRange(v.range, v.mode, this.first);
    const sel: [number, number] | null = range ? [x(range.from), x(range.to + 1)] : null;
    this.movingBrush = true;
    try {
      this.brush.move(this.brushGroup, sel);
    } finally {
      this.movingBrush = false;
    }
  }

  private setActive(index: number): void {
    const mark = this.marks[index];
    if (!mark) return;
    this.active = index;
    for (const g of this.chart.querySelectorAll('.tl-active')) g.classList.remove('tl-active');
    this.chart.querySelector(`#tl-${CSS.escape(mark.id)}`)?.classList.add('tl-active');
    this.chart.setAttribute('aria-activedescendant', `tl-${mark.id}`);
  }

  private onKey(e: KeyboardEvent): void {
    const n = this.marks.length;
    if (n === 0) return;
    let next = this.active;
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        next = Math.min(n - 1, this.active + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        next = Math.max(0, this.active - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = n - 1;
        break;
      case 'Enter':
      case ' ': {
        const m = this.marks[this.active];
        if (m) this.emit({ type: 'select', id: m.id });
        e.preventDefault();
        return;
      }
      default:
        return;
    }
    e.preventDefault();
    this.setActive(next);
    const m = this.marks[next];
    if (m) this.live.textContent = m.label;
  }
}

/** Narrowest gap between year labels on the axis (a four-digit year at 10–11 px). */
const MIN_TICK_GAP = 34;

/** Drops ticks that would overlap their left neighbour on a narrow screen. */
export function spacedTicks(
  years: readonly number[],
  x: (y: number) => number,
  gap: number,
): number[] {
  const out: number[] = [];
  for (const y of years) {
    const last = out[out.length - 1];
    if (last === undefined || x(y) - x(last) >= gap) out.push(y);
  }
  return out;
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}

function symbol(
  doc: Document,
  colours: Theme['timeline'],
  shape: Mark['shape'],
  fill: string,
): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const p = doc.createElementNS(SVG_NS, 'path');
  p.setAttribute('d', shapeSvgPath(shape, 14));
  p.setAttribute('fill', fill);
  p.setAttribute('stroke', colours.ink);
  svg.append(p);
  return svg;
}

function drawMark(
  g: Selection<SVGGElement, unknown, null, undefined>,
  m: Mark,
  colours: Theme['timeline'],
): void {
  const w = r(m.width);
  // A generous invisible hit area: thin marks stay easy to click or tap.
  g.append('rect')
    .attr('class', 'tl-hit')
    .attr('x', r(Math.min(0, (m.width - 12) / 2)))
    .attr('y', 0)
    .attr('width', Math.max(12, w))
    .attr('height', BASELINE)
    .attr('fill', 'transparent');
  if (m.annotation) {
    g.append('line')
      .attr('x1', r(m.width / 2))
      .attr('x2', r(m.width / 2))
      .attr('y1', ANNOTATION_Y + 6)
      .attr('y2', BASELINE)
      .attr('stroke', colours.muted)
      .attr('stroke-dasharray', '2 3');
    g.append('path')
      .attr('transform', `translate(${r(m.width / 2 - 6)},${ANNOTATION_Y - 6})`)
      .attr('d', shapeSvgPath('diamond', 12))
      .attr('fill', colours.hollow)
      .attr('stroke', colours.ink)
      .attr('stroke-width', 1.5);
    return;
  }
  const dash = m.yearOnly ? '3 2' : null;
  let top = BASELINE;
  if (m.unknown) {
    g.append('circle')
      .attr('class', 'tl-unknown')
      .attr('cx', r(m.width / 2))
      .attr('cy', BASELINE - 9)
      .attr('r', 6)
      .attr('fill', colours.hollow)
      .attr('stroke', m.color)
      .attr('stroke-width', 2)
      .attr('stroke-dasharray', dash);
    g.append('text')
      .attr('x', r(m.width / 2))
      .attr('y', BASELINE - 5.5)
      .attr('text-anchor', 'middle')
      .attr('font-size', 9)
      .attr('font-weight', 700)
      .attr('fill', colours.ink)
      .text('?');
    top = BASELINE - 16;
  } else {
    const bar = (cls: string, y: number, h: number, opacity: number): void => {
      g.append('rect')
        .attr('class', cls)
        .attr('x', 0)
        .attr('y', r(y))
        .attr('width', w)
        .attr('height', r(h))
        .attr('fill', m.color)
        .attr('fill-opacity', m.recollection ? 0.15 : opacity)
        .attr('stroke', colours.ink)
        .attr('stroke-width', 0.6)
        .attr('stroke-dasharray', dash ?? (m.uncertain ? '2 2' : null));
    };
    if (m.totalOnly > 0) {
      bar('tl-total', BASELINE - m.totalOnly, m.totalOnly, 0.7);
      top = BASELINE - m.totalOnly;
    } else {
      bar('tl-below', BASELINE - m.below, m.below, 0.4);
      bar('tl-above', BASELINE - m.below - m.above, m.above, 0.95);
      top = BASELINE - m.below - m.above;
    }
  }
  g.append('path')
    .attr('class', 'tl-cause')
    .attr('transform', `translate(${r(m.width / 2 - 5)},${r(top - 12)})`)
    .attr('d', shapeSvgPath(m.shape, 10))
    .attr('fill', m.color)
    .attr('stroke', colours.ink)
    .attr('stroke-width', 0.8);
}
