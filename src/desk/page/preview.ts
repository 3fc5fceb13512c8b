// The desk's preview: the residents' map and timeline, driven by the desk's own store, showing
// either the data as it would be after saving or today's data. Reuses MapView, MapSync and
// planRender unchanged: only the map parts of the plan run here (the desk has no residents' panels).
import type { AppData } from '../../data/app-data';
import { t, type Lang } from '../../i18n/i18n';
import { td } from './texts';
import { MapSync } from '../../map/map-sync';
import { MapView } from '../../map/map-view';
import { composeSlices, type ComposedIntent, type ComposedPart } from '../../state/compose';
import type { CoreState, Origin } from '../../state/core-state';
import { createStore, type Store } from '../../state/store';
import type { Theme } from '../../theme/theme';
import type { Timeline, TimelineValue } from '../../timeline/timeline-chart';
import { timelineView } from '../../timeline/timeline-view';

export interface DeskPreviewOptions {
  readonly doc: Document;
  readonly mapEl: HTMLElement;
  readonly timelineEl: HTMLElement;
  readonly theme: Theme;
  readonly lang: Lang;
  /** A chome clicked on the map (to fill the record form's places). */
  readonly onChome: (name: string) => void;
}

/** The preview is the residents' map without its features: the core alone. */
const core = composeSlices([]);

export class DeskPreview {
  private readonly store: Store<CoreState, ComposedIntent<[]>>;
  private readonly sync: MapSync | null = null;
  private timeline: Timeline | null = null;
  private timelineData: AppData | null = null;
  private drawing: Promise<void> = Promise.resolve();

  constructor(private readonly opts: DeskPreviewOptions) {
    this.store = createStore(
      { ...core.defaultState, lang: opts.lang, basemap: 'none' },
      core.update,
    );
    const s = this.store.state;
    try {
      const view = new MapView({
        container: opts.mapEl,
        theme: opts.theme,
        style: { lang: s.lang, visible: s.layers, basemap: null, hazards: new Map() },
        view: null,
        locale: {},
        ariaLabel: td(s.lang, 'desk.preview.map'),
        dataCredit: t(s.lang, 'map.attribution.data'),
        onPick: (_found, point) => {
          const under = this.store.state.data?.places.chomeAt(point[0], point[1]);
          if (under) opts.onChome(String(under.properties.label));
        },
        onMoveEnd: (v) => this.store.dispatch({ type: 'view', view: v }, 'map'),
        onBasemapError: () => undefined,
        onHazardError: () => undefined,
      });
      this.sync = new MapSync(view);
      opts.mapEl.dataset.ready = 'false';
      this.store.subscribe(() => view.onceIdle(() => (opts.mapEl.dataset.ready = 'true')));
    } catch (e) {
      // Without WebGL the differences and the timeline still show what would change.
      opts.mapEl.append(opts.doc.createTextNode(t(s.lang, 'app.noWebgl')));
      console.warn(e);
    }
    this.store.subscribe((prev, next, origin) => this.render(prev, next, origin));
    this.render(s, s, 'init');
    // The brush and the marks work as on the residents' map: the preview follows the period.
    const el = opts.timelineEl as HTMLElement & { value?: TimelineValue };
    el.addEventListener('input', () => {
      const v = el.value;
      if (v?.type === 'range')
        this.store.dispatch({ type: 'range', range: v.range, mode: v.mode }, 'ui');
      else if (v?.type === 'select')
        this.store.dispatch({ type: 'select', selection: { kind: 'event', id: v.id } }, 'ui');
      this.timeline?.update(timelineView(this.store.state));
    });
    new ResizeObserver(() => this.timeline?.resize()).observe(opts.timelineEl);
  }

  private render(prev: CoreState, next: CoreState, origin: Origin): void {
    const sync = this.sync;
    if (!sync) return;
    const parts: Partial<Record<ComposedPart<[]>, () => void>> = {
      mapData: () => sync.data(prev, next),
      mapLayers: () => sync.layers(prev, next),
      mapBasemap: () => sync.basemap(next),
      mapLang: () => sync.lang(next),
      mapView: () => sync.moveTo(next),
      mapChoropleth: () => sync.choropleth(next),
      mapHighlight: () => sync.highlight(prev, next, origin),
    };
    for (const part of core.planRender(prev, next, origin)) parts[part]?.();
  }

  /** Show this data on the map and the timeline. */
  show(data: AppData): Promise<void> {
    this.drawing = this.draw(data);
    return this.drawing;
  }

  /** Resolves once the last data shown is drawn (the timeline's chart is loaded lazily). */
  drawn(): Promise<void> {
    return this.drawing;
  }

  private async draw(data: AppData): Promise<void> {
    this.store.dispatch({ type: 'loaded', data }, 'effect');
    if (this.timelineData === data || !data.history) return;
    this.timelineData = data;
    const { Timeline } = await import('../../timeline/timeline-chart');
    if (this.timelineData !== data) return;
    this.opts.timelineEl.replaceChildren();
    this.timeline = new Timeline({
      doc: this.opts.doc,
      container: this.opts.timelineEl,
      events: data.history.events,
      theme: this.opts.theme,
    });
    this.timeline.update(timelineView(this.store.state));
  }

  setLang(lang: Lang): void {
    this.store.dispatch({ type: 'lang', lang }, 'ui');
    this.timeline?.update(timelineView(this.store.state));
  }
}
