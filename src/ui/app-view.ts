// The page around the map: one method per part of the page, each drawing that part from the
// state. Controls report by dispatching intents; nothing here changes state directly.
import { eventInRange, recordInRange } from '../data/time-range';
import { searchPlaces } from '../data/search-places';
import { htmlLang, isLang, LANGS, t, type Lang } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { periodText } from '../i18n/period';
import { DEFAULT_HAZARD_OPACITY, hazardLayers, type HazardKey } from '../config/hazard-layers';
import type { AppState, Intent } from '../app/app-state';
import { currentRange } from '../state/derived';
import type { Theme } from '../theme/theme';
import { downloadRecords } from './downloads';
import { renderEventPanel } from './event-panel';
import { hazardSection, renderHazardControls, type OfflineState } from './hazard-controls';
import { answerSection } from './answer-section';
import { renderLayerControls } from './layer-controls';
import { legendView } from './legend-view';
import { renderBasemapNote, renderProblems } from './notices';
import { panelView } from './panel-view';
import { renderPlacePanel } from './place-panel';
import { renderPlaceSearch } from './place-search';
import { renderRecordsLegend } from './records-legend';
import { renderRecordsList } from './records-list';
import { renderThenNowControls } from './then-now-controls';
import { renderTourMenu } from '../tours/tour-menu';
import { tourList } from '../tours/tour-list';
import { renderTourPanel, type PrintScope } from '../tours/tour-panel';
import { playableTour } from '../tours/tour-model';
import { h } from '../lib/dom';
import { rubyShown } from '../i18n/ruby';
import { createRubyToggle, renderRubyToggle } from './ruby-toggle';

export interface AppViewProps {
  readonly doc: Document;
  readonly theme: Theme;
  readonly dispatch: (intent: Intent) => void;
  /** Called after a tap chose a place (the phone layout scrolls the panel into view). */
  readonly onPanelShown: (panel: HTMLElement) => void;
  /** Show a tour's step (the map, timeline and panel follow, as for a link). */
  readonly onTourStep: (tourId: string, index: number) => void;
  readonly onTourExit: () => void;
  readonly onTourPrint: (scope: PrintScope) => void;
}

export class AppView {
  private readonly els;
  private readonly doc: Document;
  private lang: Lang = 'ja';
  /** The language the credits dialog was built in (null: not built, or stale). */
  private creditsLang: Lang | null = null;
  /** The credits dialog and the catalogue's docs, loaded on first open (null: not asked for yet). */
  private creditsChunk: Promise<typeof import('./credits-chunk')> | null = null;
  /** The furigana switch, next to the language select. */
  private readonly rubyToggle: HTMLElement;

  constructor(private readonly props: AppViewProps) {
    const doc = props.doc;
    this.doc = doc;
    const $ = <T extends HTMLElement>(id: string): T => {
      const el = doc.getElementById(id);
      if (!el) throw new Error(`#${id} missing from index.html`);
      return el as T;
    };
    this.els = {
      controls: $('controls'),
      records: $('records-legend'),
      search: $('search'),
      panel: $('place-panel'),
      basemapNote: $('basemap-note'),
      problems: $('data-problems'),
      credits: $<HTMLDialogElement>('credits'),
      list: $<HTMLDialogElement>('records-list'),
      creditsButton: $<HTMLButtonElement>('credits-button'),
      lang: $<HTMLSelectElement>('lang-select'),
      hazards: $('hazard-controls'),
      thenNow: $('then-now'),
      thenNote: $('then-note'),
      tourPanel: $('tour-panel'),
      tourMenu: $<HTMLDialogElement>('tour-menu'),
      tourButton: $<HTMLButtonElement>('tour-button'),
    };
    for (const lang of LANGS) {
      const option = doc.createElement('option');
      option.value = lang;
      option.textContent = t(lang, `lang.${lang}` as MessageKey);
      this.els.lang.append(option);
    }
    this.els.lang.addEventListener('change', () => {
      const lang = this.els.lang.value;
      if (isLang(lang)) props.dispatch({ type: 'lang', lang });
    });
    this.rubyToggle = createRubyToggle(doc, (show) => props.dispatch({ type: 'ruby', show }));
    (this.els.lang.closest('label') ?? this.els.lang).after(this.rubyToggle);
    this.els.creditsButton.addEventListener('click', () => this.openCredits());
    this.els.list.addEventListener('close', () => props.dispatch({ type: 'list', open: false }));
    this.els.tourButton.addEventListener('click', () => this.els.tourMenu.showModal());
  }

  texts(s: AppState): void {
    const doc = this.doc;
    doc.documentElement.lang = htmlLang(s.lang);
    doc.title = t(s.lang, 'app.title');
    for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
      el.textContent = t(s.lang, el.dataset.i18n as MessageKey);
    }
    this.els.lang.value = s.lang;
    renderRubyToggle(this.rubyToggle, s.lang, rubyShown(s.lang, s.ruby));
    this.lang = s.lang;
    // The credits dialog is built when first opened (it is long), and rebuilt if open.
    if (this.els.credits.open) this.openCredits();
    else this.creditsLang = null;
  }

  private openCredits(file?: string): void {
    this.creditsChunk ??= import('./credits-chunk');
    void this.creditsChunk.then((c) => {
      // Built in the language current when the chunk arrives, even if it changed while loading.
      if (this.creditsLang !== this.lang) {
        c.renderCredits(this.doc, this.els.credits, this.lang, c.documentedCatalog);
        this.creditsLang = this.lang;
      }
      c.openCredits(this.doc, this.els.credits, file);
    });
  }

  controls(s: AppState): void {
    renderLayerControls(
      {
        doc: this.doc,
        container: this.els.controls,
        theme: this.props.theme,
        onLayer: (layer, on) => this.props.dispatch({ type: 'layer', layer, on }),
        onBasemap: (basemap) => this.props.dispatch({ type: 'basemap', basemap }),
      },
      { lang: s.lang, layers: s.layers, basemap: s.basemap },
    );
  }

  hazardControls(s: AppState): void {
    const dispatch = this.props.dispatch;
    const hazard = (id: HazardKey, opacity: number | null): void =>
      dispatch({ type: 'hazard', id, opacity });
    const offline: OfflineState =
      s.mesh === null
        ? { kind: 'loading' }
        : s.mesh.kind === 'loaded'
          ? { kind: 'loaded', meta: s.mesh.mesh.meta }
          : { kind: s.mesh.kind };
    const status = new Map(
      [...s.hazardStatus].map(([id, st]) => [id, st === 'unchecked' ? 'checking' : st] as const),
    );
    renderHazardControls(
      {
        doc: this.doc,
        container: this.els.hazards,
        layers: hazardLayers,
        onToggle: (id, on) => hazard(id, on ? (s.hazards.get(id) ?? DEFAULT_HAZARD_OPACITY) : null),
        onOpacity: hazard,
        onRetry: (id) => dispatch({ type: 'hazardStatus', id, status: 'unchecked' }),
      },
      s.lang,
      s.hazards,
      status,
      offline,
    );
  }

  /** Then and now: the old layer to compare, how it is shown, its source and its status. */
  thenControls(s: AppState): void {
    const dispatch = this.props.dispatch;
    renderThenNowControls(
      {
        doc: this.doc,
        container: this.els.thenNow,
        mapNote: this.els.thenNote,
        onChoose: (id) => dispatch({ type: 'then', id }),
        onOverlay: (opacity) => dispatch({ type: 'thenOverlay', opacity }),
        onRetry: () => dispatch({ type: 'thenStatus', status: 'unchecked' }),
        onShowSource: () => this.openCredits('old-maps'),
      },
      s.lang,
      s.then,
      s.thenStatus,
    );
  }

  legend(s: AppState): void {
    renderRecordsLegend(
      {
        doc: this.doc,
        container: this.els.records,
        theme: this.props.theme,
        onMeasure: (measure) => this.props.dispatch({ type: 'measure', measure }),
        onOpenList: () => this.props.dispatch({ type: 'list', open: true }),
      },
      legendView(s),
    );
  }

  search(s: AppState): void {
    const data = s.data;
    const stations = data?.places.stationNames ?? [];
    const towns = [...(data?.towns.towns.keys() ?? [])];
    renderPlaceSearch(
      {
        doc: this.doc,
        container: this.els.search,
        names: [
          ...towns,
          ...(data?.places.chomeNames ?? []),
          ...stations.map((name) => `${name}駅`),
        ],
        search: (text) =>
          data?.chomeIndex
            ? searchPlaces(text, data.chomeIndex, stations, towns)
            : { found: false, suggestions: [] },
        onFound: (result) =>
          this.props.dispatch({
            type: 'found',
            selection: { kind: result.kind, id: result.id },
            // A town's answer is measured from its own centre; a chome's or station's from there.
            point:
              result.kind === 'town'
                ? null
                : (data?.places.pointOf(result.kind, result.id) ?? null),
          }),
      },
      s.lang,
    );
  }

  /**
   * @param reveal 'focus': the user chose from a list, search or link, so the title takes focus;
   *   'scroll': a tap on the map chose it; null: only the content changed.
   */
  panel(s: AppState, reveal: 'focus' | 'scroll' | null): void {
    const doc = this.doc;
    const dispatch = this.props.dispatch;
    const container = this.els.panel;
    const close = (): void => dispatch({ type: 'select', selection: null });
    const openEvent = (id: string): void =>
      dispatch({ type: 'select', selection: { kind: 'event', id } });
    const view = panelView(s);
    if (view.kind === 'event') {
      renderEventPanel(
        { doc, container, theme: this.props.theme, onClose: close },
        s.lang,
        view.event,
      );
      if (reveal === 'focus') doc.getElementById('place-title')?.focus();
      return;
    }
    // The answer's summary already says what the hazard layers predict here.
    const extra = view.answer
      ? answerSection(
          doc,
          s.lang,
          this.props.theme,
          view.answer,
          openEvent,
          rubyShown(s.lang, s.ruby),
        )
      : view.hazardLines.length > 0
        ? hazardSection(doc, s.lang, view.hazardLines)
        : null;
    renderPlacePanel(
      {
        doc,
        container,
        onClose: close,
        onShowSource: (file) => this.openCredits(file),
        onPickOther: (i) => {
          const other = view.others[i];
          if (other) dispatch({ type: 'select', selection: { kind: other.kind, id: other.id } });
        },
      },
      s.lang,
      view.place,
      view.otherLabels,
      extra,
    );
    if (view.place && reveal === 'focus') doc.getElementById('place-title')?.focus();
    if (view.place && reveal === 'scroll') this.props.onPanelShown(container);
  }

  status(s: AppState): void {
    const dispatch = this.props.dispatch;
    // Without a map (no WebGL) there is no background to miss: the map area says why instead.
    const status =
      s.basemap === 'none' || !s.mapAvailable
        ? 'off'
        : s.basemapStatus === 'unchecked'
          ? 'checking'
          : s.basemapStatus;
    renderBasemapNote(this.doc, this.els.basemapNote, s.lang, status, () =>
      dispatch({ type: 'basemapStatus', status: 'unchecked' }),
    );
    renderProblems(this.doc, this.els.problems, s.lang, s.problems, () =>
      dispatch({ type: 'dismissProblems' }),
    );
  }

  /** The lesson being followed (panel at the top of the sidebar) and the lessons menu. */
  tour(s: AppState, focus: boolean): void {
    const tours = s.tours ?? [];
    const menu = this.els.tourMenu;
    const close = h(
      this.doc,
      'button',
      { type: 'button', class: 'close-dialog' },
      t(s.lang, 'credits.close'),
    );
    close.addEventListener('click', () => menu.close());
    renderTourMenu(
      menu,
      { items: tourList(tours, s.lang), lang: s.lang, loading: s.tours === null },
      {
        onOpen: (id) => {
          menu.close();
          this.props.onTourStep(id, 0);
        },
        onMake: () => {
          menu.close();
          this.props.dispatch({ type: 'lessonEditor', open: true });
        },
      },
    );
    menu.prepend(close);
    const panel = this.els.tourPanel;
    const tour = s.tour ? playableTour(s, s.tour.id) : undefined;
    panel.hidden = !tour;
    if (!tour || !s.tour) {
      panel.replaceChildren();
      return;
    }
    renderTourPanel(
      panel,
      { tour, index: s.tour.step, lang: s.lang, focus, ruby: rubyShown(s.lang, s.ruby) },
      {
        onStep: (index) => this.props.onTourStep(tour.id, index),
        onExit: () => this.props.onTourExit(),
        onPrint: (scope) => this.props.onTourPrint(scope),
      },
    );
  }

  list(s: AppState): void {
    const history = s.data?.history;
    const dialog = this.els.list;
    if (!s.listOpen || !history) {
      if (dialog.open) dialog.close();
      return;
    }
    const data = s.data;
    const range = currentRange(s);
    renderRecordsList(
      {
        doc: this.doc,
        dialog,
        chomeName: (code) => data?.places.chomeName(code) ?? code,
        onOpenEvent: (id) =>
          this.props.dispatch({ type: 'select', selection: { kind: 'event', id } }),
        onDownload: (kind) =>
          downloadRecords(
            this.doc,
            kind,
            history,
            data?.features.get('chome') ?? { type: 'FeatureCollection', features: [] },
          ),
        onShowAll: () => this.props.dispatch({ type: 'range', range: null, mode: 'range' }),
      },
      s.lang,
      history,
      range
        ? {
            label: periodText(s.lang, s.range, s.rangeMode),
            events: (e) => eventInRange(e, range),
            records: (r) => recordInRange(r, range),
          }
        : null,
    );
    if (!dialog.open) dialog.showModal();
  }
}
