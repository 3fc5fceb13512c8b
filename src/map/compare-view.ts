// Then and now, drawn: a second MapLibre map holding only the old layer, laid over the main map and
// cut at a vertical divider with CSS clip-path (MapLibre has no per-layer clip). The second map is
// not interactive: it follows the main map's camera, and every click and drag reaches the main map
// beneath it. It exists only while the view is on (a second WebGL context costs memory on a class
// tablet), and this module is loaded only then. The divider is a keyboard- and touch-usable slider.
import { Map as MapLibreMap, type StyleSpecification } from 'maplibre-gl';
import type { ThenLayer } from '../config/old-maps';
import './compare-view.css';

/** What the view needs of the main map (map-view.ts compareHost()). */
export interface CompareHost {
  /** The main map's container: the view sits in it, under the map's controls. */
  readonly container: HTMLElement;
  readonly camera: () => Camera;
  /** Calls back on every camera move; returns the unsubscribe. */
  readonly onMove: (listener: () => void) => () => void;
  /** Colour of the photo side where there is no photo (from the theme). */
  readonly background: string;
}

export interface Camera {
  readonly center: [number, number];
  readonly zoom: number;
  readonly bearing: number;
  readonly pitch: number;
}

/** Every word the view shows, in the chosen language. */
export interface CompareWords {
  readonly slider: string;
  /** aria-valuetext for a divider position. */
  readonly position: (percent: number) => string;
  readonly thenLabel: string;
  readonly nowLabel: string;
  readonly credit: { readonly text: string; readonly url: string };
}

export interface CompareViewState {
  readonly layer: ThenLayer;
  readonly swipe: number;
  /** Opacity (percent) when laid over the whole map; null: the swipe. */
  readonly overlay: number | null;
  readonly words: CompareWords;
}

export interface CompareCallbacks {
  /** The divider was moved by the user (at the end of a drag, or per key press). */
  readonly onSwipe: (percent: number) => void;
  /** A tile request got no answer (a 404, i.e. no photo there, is not reported). */
  readonly onTileError: () => void;
}

const SOURCE = 'then';
/** Arrow keys move the divider this far (percent); with Shift, 1; Page Up/Down, 20. */
const KEY_STEP = 5;
const PAGE_STEP = 20;

export function compareStyle(layer: ThenLayer, background: string): StyleSpecification {
  return {
    version: 8,
    sources: {
      [SOURCE]: {
        type: 'raster',
        tiles: [layer.tiles],
        tileSize: layer.tileSize,
        minzoom: layer.minzoom,
        maxzoom: layer.maxzoom,
      },
    },
    layers: [
      // A photo hides today's map, so "no photo here" must look empty, not like today's map.
      // A land-history layer is transparent where it has no class: today's map shows through.
      ...(layer.kind === 'photo'
        ? [
            {
              id: 'then-empty',
              type: 'background' as const,
              paint: { 'background-color': background },
            },
          ]
        : []),
      { id: 'then-layer', type: 'raster', source: SOURCE },
    ],
  };
}

/** Clip rectangle keeping the left `percent` of the box (CSS clip-path). */
export function clipFor(percent: number): string {
  return `inset(0 ${100 - percent}% 0 0)`;
}

/** Divider position after a key press, or null for a key the slider does not use. */
export function keyStep(key: string, shift: boolean, current: number): number | null {
  const clamp = (n: number): number => Math.max(0, Math.min(100, n));
  const step = shift ? 1 : KEY_STEP;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clamp(current - step);
    case 'ArrowRight':
    case 'ArrowUp':
      return clamp(current + step);
    case 'PageDown':
      return clamp(current - PAGE_STEP);
    case 'PageUp':
      return clamp(current + PAGE_STEP);
    case 'Home':
      return 0;
    case 'End':
      return 100;
    default:
      return null;
  }
}

export class CompareView {
  private readonly root: HTMLElement;
  private readonly thenBox: HTMLElement;
  private readonly divider: HTMLElement;
  private readonly thenLabel: HTMLElement;
  private readonly nowLabel: HTMLElement;
  private readonly credit: HTMLElement;
  private readonly map: MapLibreMap;
  private readonly unfollow: () => void;
  private state: CompareViewState;
  private swipe: number;

  constructor(
    private readonly host: CompareHost,
    state: CompareViewState,
    private readonly callbacks: CompareCallbacks,
  ) {
    const doc = host.container.ownerDocument;
    const div = (cls: string): HTMLElement => {
      const el = doc.createElement('div');
      el.className = cls;
      return el;
    };
    this.state = state;
    this.swipe = state.swipe;
    this.root = div('compare-root');
    this.thenBox = div('compare-then');
    this.thenLabel = div('compare-label compare-label-then');
    this.nowLabel = div('compare-label compare-label-now');
    this.credit = div('compare-credit');
    this.divider = div('compare-divider');
    this.divider.tabIndex = 0;
    this.divider.setAttribute('role', 'slider');
    this.divider.setAttribute('aria-orientation', 'horizontal');
    this.divider.setAttribute('aria-valuemin', '0');
    this.divider.setAttribute('aria-valuemax', '100');
    const knob = div('compare-knob');
    knob.setAttribute('aria-hidden', 'true');
    knob.textContent = '◀ ▶';
    this.divider.append(knob);
    this.root.append(this.thenBox, this.thenLabel, this.nowLabel, this.divider, this.credit);
    // Under the map's own controls (zoom, scale, credits), which stay usable above it.
    const controls = host.container.querySelector('.maplibregl-control-container');
    host.container.insertBefore(this.root, controls);

    const camera = host.camera();
    try {
      this.map = new MapLibreMap({
        container: this.thenBox,
        style: compareStyle(state.layer, host.background),
        center: camera.center,
        zoom: camera.zoom,
        bearing: camera.bearing,
        pitch: camera.pitch,
        interactive: false,
        attributionControl: false,
        fadeDuration: 0,
      });
    } catch (e) {
      // No WebGL context left (a tablet holds few): leave no overlay and no unnamed divider
      // behind, or each retry would add another over the main map.
      this.root.remove();
      throw e;
    }
    this.map.getCanvas().setAttribute('aria-hidden', 'true');
    this.map.getCanvas().tabIndex = -1;
    this.map.on('error', (e) => {
      const status = (e.error as { status?: number } | undefined)?.status;
      // An HTTP answer (404: no photo for this tile) is the server working; no answer is not.
      if (!status) callbacks.onTileError();
    });
    this.unfollow = host.onMove(() => {
      const c = host.camera();
      this.map.jumpTo({ center: c.center, zoom: c.zoom, bearing: c.bearing, pitch: c.pitch });
    });
    this.listen();
    this.update(state);
  }

  update(state: CompareViewState): void {
    if (state.layer.id !== this.state.layer.id) {
      this.map.setStyle(compareStyle(state.layer, this.host.background), { diff: true });
    }
    this.state = state;
    const { words, overlay } = state;
    this.divider.setAttribute('aria-label', words.slider);
    this.thenLabel.textContent = words.thenLabel;
    this.nowLabel.textContent = words.nowLabel;
    const link = this.credit.ownerDocument.createElement('a');
    link.href = words.credit.url;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = words.credit.text;
    // The label above names the layer; this line is GSI's credit, visible while the layer is.
    this.credit.replaceChildren(link);
    const swiping = overlay === null;
    this.root.classList.toggle('compare-overlay', !swiping);
    this.divider.hidden = !swiping;
    this.nowLabel.hidden = !swiping;
    this.thenBox.style.setProperty('opacity', swiping ? '1' : String(overlay / 100));
    this.setSwipe(swiping ? state.swipe : 100);
    if (swiping) this.swipe = state.swipe;
  }

  remove(): void {
    this.unfollow();
    this.map.remove();
    this.root.remove();
  }

  /** Moves the cut (and the divider) without telling anyone: drags report when they end. */
  private setSwipe(percent: number): void {
    this.thenBox.style.setProperty('clip-path', percent >= 100 ? 'none' : clipFor(percent));
    this.divider.style.setProperty('left', `${percent}%`);
    this.thenLabel.style.setProperty('max-width', `calc(${percent}% - 1rem)`);
    this.thenLabel.hidden = percent < 8;
    this.nowLabel.hidden = this.state.overlay !== null || percent > 92;
    this.divider.setAttribute('aria-valuenow', String(Math.round(percent)));
    this.divider.setAttribute('aria-valuetext', this.state.words.position(Math.round(percent)));
  }

  private listen(): void {
    const divider = this.divider;
    let dragging = false;
    const at = (clientX: number): number => {
      const box = this.root.getBoundingClientRect();
      return Math.max(0, Math.min(100, ((clientX - box.left) / box.width) * 100));
    };
    divider.addEventListener('pointerdown', (e) => {
      dragging = true;
      // Keeps the drag going when the finger leaves the thin divider.
      divider.setPointerCapture(e.pointerId);
      divider.focus();
      e.preventDefault();
    });
    divider.addEventListener('pointermove', (e) => {
      if (!dragging) return;
      this.swipe = at(e.clientX);
      this.setSwipe(this.swipe);
    });
    const end = (e: PointerEvent): void => {
      if (!dragging) return;
      dragging = false;
      if (divider.hasPointerCapture(e.pointerId)) divider.releasePointerCapture(e.pointerId);
      this.callbacks.onSwipe(Math.round(this.swipe));
    };
    divider.addEventListener('pointerup', end);
    divider.addEventListener('pointercancel', end);
    divider.addEventListener('keydown', (e) => {
      const next = keyStep(e.key, e.shiftKey, Math.round(this.swipe));
      if (next === null) return;
      // The map would pan with the arrows too; the divider has them while it has focus.
      e.preventDefault();
      e.stopPropagation();
      this.swipe = next;
      this.setSwipe(next);
      this.callbacks.onSwipe(next);
    });
  }
}
