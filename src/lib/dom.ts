// Tiny element builder. Text always goes in as text nodes: nothing from a data file is ever parsed
// as HTML.
import { webUrl } from '../data/web-url';

type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null>;

export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

export function append(el: Node, children: readonly Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'string' ? el.ownerDocument!.createTextNode(c) : c);
  }
}

/**
 * The one way to link out: a link that opens in a new tab for an http(s) address, and the same
 * text without a link for anything else (a `javascript:` or relative address from a data file).
 */
export function externalLink(doc: Document, url: string, text: string = url): HTMLElement {
  const href = webUrl(url);
  return href
    ? h(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, text)
    : h(doc, 'span', { class: 'unlinked-url' }, text);
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A small inline SVG with one path, for legend symbols. Decorative: hidden from screen readers. */
export function svgSymbol(
  doc: Document,
  path: string,
  fill: string,
  size: number,
  stroke = '#1f2933',
): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const p = doc.createElementNS(SVG_NS, 'path');
  p.setAttribute('d', path);
  p.setAttribute('fill', fill);
  p.setAttribute('stroke', stroke);
  p.setAttribute('stroke-width', '1');
  svg.appendChild(p);
  return svg;
}

/** A legend colour box (optionally hatched, for "no record"). Decorative: hidden from readers. */
export function swatchSvg(doc: Document, fill: string, hatch = false): SVGSVGElement {
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
