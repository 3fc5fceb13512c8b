// The 現在地 button's view: the button and the promise beside it are in index.html from the first
// drawing (disabled until this chunk arrives); this draws the message under them, the way to the
// search after a failure, and the same button among the map's controls.
import { t, type Lang } from '../i18n/i18n';
import { h } from '../lib/dom';
import { rubyFragment } from '../lib/ruby-text';
import type { LocateMessage } from './locate-message';

const SVG = 'http://www.w3.org/2000/svg';

/** A crosshair in a ring, drawn in the control's text colour. */
function crosshair(doc: Document): SVGSVGElement {
  const svg = doc.createElementNS(SVG, 'svg');
  const attrs = (el: Element, a: Record<string, string>): void =>
    Object.entries(a).forEach(([k, v]) => el.setAttribute(k, v));
  attrs(svg, { viewBox: '0 0 20 20', width: '20', height: '20', 'aria-hidden': 'true' });
  const ring = doc.createElementNS(SVG, 'circle');
  attrs(ring, { cx: '10', cy: '10', r: '5.5', fill: 'none', stroke: 'currentColor' });
  const dot = doc.createElementNS(SVG, 'circle');
  attrs(dot, { cx: '10', cy: '10', r: '2', fill: 'currentColor' });
  const cross = doc.createElementNS(SVG, 'path');
  attrs(cross, { d: 'M10 1v4M10 15v4M1 10h4M15 10h4', stroke: 'currentColor' });
  svg.append(ring, dot, cross);
  return svg;
}

export interface LocateViewProps {
  readonly doc: Document;
  /** The button in index.html. */
  readonly button: HTMLButtonElement;
  /** Where the message goes (index.html). */
  readonly message: HTMLElement;
  readonly onAsk: () => void;
  readonly onToSearch: () => void;
}

export class LocateView {
  /** The map's control (MapView.addControl places it). */
  readonly control: HTMLElement;
  private readonly controlButton: HTMLButtonElement;

  constructor(private readonly props: LocateViewProps) {
    const { doc } = props;
    this.controlButton = h(doc, 'button', { type: 'button', class: 'locate-control' });
    this.controlButton.append(crosshair(doc));
    this.control = h(doc, 'div', { class: 'maplibregl-ctrl maplibregl-ctrl-group' });
    this.control.append(this.controlButton);
    for (const b of [props.button, this.controlButton]) {
      b.addEventListener('click', () => props.onAsk());
    }
    props.button.disabled = false;
  }

  render(lang: Lang, message: LocateMessage | null, ruby: boolean, asking: boolean): void {
    const { doc } = this.props;
    const label = t(lang, 'locate.control');
    this.controlButton.setAttribute('aria-label', label);
    this.controlButton.title = label;
    for (const b of [this.props.button, this.controlButton]) {
      b.setAttribute('aria-busy', String(asking));
    }
    const status = h(doc, 'p', { role: 'status' });
    if (message) status.append(rubyFragment(doc, message.text, ruby));
    const toSearch = message?.toSearch
      ? h(doc, 'button', { type: 'button', class: 'link-button' }, t(lang, 'locate.toSearch'))
      : null;
    toSearch?.addEventListener('click', () => this.props.onToSearch());
    this.props.message.replaceChildren(status, ...(toSearch ? [toSearch] : []));
  }
}
