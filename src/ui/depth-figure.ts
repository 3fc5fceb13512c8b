// The depth drawing: the water against an adult and a two-storey house, with the reference heights
// of the hazard-map legend. Decorative lines carry no information on their own: the figure has a
// text alternative (describe-depth.ts), and the depth is written beside it as well.
import type { Depth } from '../data/flood-model';
import { t, type Lang } from '../i18n/i18n';
import type { Theme } from '../theme/theme';
import { depthAlt, drawnDepth, REFERENCE_HEIGHTS } from './describe-depth';
import { h } from '../lib/dom';

const SVG_NS = 'http://www.w3.org/2000/svg';
const WIDTH = 320;
const HEIGHT = 170;
const GROUND = HEIGHT - 14;
/** Metres shown: up to the first floor's eaves and a little more, or the water if higher. */
const MIN_TOP_M = 6;

type Attrs = Record<string, string | number>;

function svgEl<K extends keyof SVGElementTagNameMap>(
  doc: Document,
  name: K,
  attrs: Attrs,
  text?: string,
): SVGElementTagNameMap[K] {
  const el = doc.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export interface DepthFigureProps {
  readonly doc: Document;
  readonly theme: Theme;
  readonly lang: Lang;
  readonly depth: Depth;
  /** Whose depth: place, date and source kind, shown under the drawing. */
  readonly caption: string;
}

export function depthFigure(props: DepthFigureProps): HTMLElement {
  const { doc, theme, lang, depth } = props;
  const drawn = drawnDepth(depth);
  const topM = Math.max(MIN_TOP_M, (drawn.high ?? drawn.low) + 0.8);
  const y = (metres: number): number => GROUND - (metres / topM) * (GROUND - 10);
  const alt = depthAlt(depth, lang);
  const svg = svgEl(doc, 'svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: WIDTH,
    height: HEIGHT,
    role: 'img',
    'aria-label': alt,
    class: 'depth-svg',
  });
  // Water: solid up to the lowest stated depth, hatched-light up to the highest (a range stays a range).
  const water = (from: number, to: number, fill: string, cls: string): void => {
    svg.append(
      svgEl(doc, 'rect', {
        x: 0,
        y: y(to),
        width: WIDTH,
        height: Math.max(0, y(from) - y(to)),
        fill,
        class: cls,
      }),
    );
  };
  const rangeTop = drawn.high ?? topM;
  if (rangeTop > drawn.low) water(drawn.low, rangeTop, theme.depth.range, 'depth-range');
  water(drawn.base, drawn.low, theme.depth.water, 'depth-water');
  // The house: two storeys, floor raised 0.5 m, eaves at 3 m and 5 m, roof above.
  const hx = 110;
  const hw = 80;
  const house = `M${hx} ${y(0)} V${y(REFERENCE_HEIGHTS.eaves2)} L${hx + hw / 2} ${y(REFERENCE_HEIGHTS.eaves2 + 1)} L${hx + hw} ${y(REFERENCE_HEIGHTS.eaves2)} V${y(0)}`;
  svg.append(
    svgEl(doc, 'path', { d: house, fill: 'none', stroke: theme.depth.line, 'stroke-width': 2 }),
  );
  const refLine = (
    metres: number,
    key: 'depthFigure.floor' | 'depthFigure.eaves1' | 'depthFigure.eaves2',
  ): void => {
    svg.append(
      svgEl(doc, 'line', {
        x1: hx,
        x2: hx + hw,
        y1: y(metres),
        y2: y(metres),
        stroke: theme.depth.line,
        'stroke-dasharray': '4 3',
      }),
      svgEl(
        doc,
        'text',
        { x: hx + hw + 3, y: y(metres) + 4, 'font-size': 10, fill: theme.ui.text },
        t(lang, key),
      ),
    );
  };
  refLine(REFERENCE_HEIGHTS.floor, 'depthFigure.floor');
  refLine(REFERENCE_HEIGHTS.eaves1, 'depthFigure.eaves1');
  refLine(REFERENCE_HEIGHTS.eaves2, 'depthFigure.eaves2');
  // An adult, 1.7 m: head, body, legs.
  const px = 60;
  const head = REFERENCE_HEIGHTS.adult - 0.12;
  svg.append(
    svgEl(doc, 'circle', {
      cx: px,
      cy: y(head),
      r: Math.max(4, (GROUND - y(0.24)) / 2),
      fill: 'none',
      stroke: theme.ui.text,
      'stroke-width': 2,
    }),
    svgEl(doc, 'path', {
      d: `M${px} ${y(head - 0.12)} V${y(0.85)} M${px} ${y(0.85)} L${px - 8} ${y(0)} M${px} ${y(0.85)} L${px + 8} ${y(0)} M${px - 12} ${y(1.3)} H${px + 12}`,
      fill: 'none',
      stroke: theme.ui.text,
      'stroke-width': 2,
    }),
    svgEl(
      doc,
      'text',
      { x: px - 30, y: y(REFERENCE_HEIGHTS.adult) - 4, 'font-size': 10, fill: theme.ui.text },
      t(lang, 'depthFigure.adult'),
    ),
    svgEl(doc, 'line', {
      x1: 0,
      x2: WIDTH,
      y1: y(0),
      y2: y(0),
      stroke: theme.ui.text,
      'stroke-width': 2,
    }),
  );
  svg.querySelectorAll('text').forEach((el) => el.setAttribute('aria-hidden', 'true'));
  return h(
    doc,
    'figure',
    { class: 'depth-figure' },
    svg,
    h(doc, 'figcaption', {}, h(doc, 'strong', {}, alt), ' ', props.caption),
    h(doc, 'p', { class: 'hint' }, t(lang, 'depthFigure.heightsNote')),
  );
}
