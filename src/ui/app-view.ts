// The page around the map: one method per part of the page, each drawing that part from the
// state. Controls report by dispatching intents; nothing here changes state directly.
import { loadPostcodeFile } from '../data/load-app-data';
import { searchPlaces } from '../data/search-places';
import { htmlLang, isLang, isMessageKey, LANG_NAMES, LANGS, t, type Lang } from '../i18n/i18n';
import type { AppState, Intent } from '../app/app-state';
import type { Theme } from '../theme/theme';
import { legendView } from './legend-view';
import { renderBasemapNote, renderProblems } from './notices';
import { renderPlaceSearch } from './place-search';
import { renderRecordsLegend } from './records-legend';
import { rubyShown } from '../i18n/ruby';
import { createRubyToggle, renderRubyToggle } from './ruby-toggle';
import { clear, h } from '../lib/dom';
import { lazyChunk } from '../lib/lazy-chunk';
import type { PanelDeps } from './panel-render';

export interface AppViewProps {
  readonly doc: Document;
  readonly theme: Theme;
  readonly dispatch: (intent: Intent) => void;
  /** Called after a tap chose a place (the phone layout scrolls the panel into view). */
  readonly onPanelShown: (panel: HTMLElement) => void;
  /** The lessons button: opens the lessons menu (the tour player draws it). */
  readonly onTourMenu: () => void;
}

export class AppView {
  private readonly els;
  private readonly doc: Document;
  private lang: Lang = 'ja';
  /** The panel's last state while its chunk loads (null: drawn). */
  private panelWanted: { s: AppState; reveal: 'focus' | 'scroll' | null } | null = null;
  private readonly panelChunk = lazyChunk(() => import('./panel-render'), 'the place panel');
  private listWanted: AppState | null = null;
  private controlsWanted: AppState | null = null;
  private readonly controlsChunk = lazyChunk(
    () => import('./layer-controls'),
    'the layer switches',
  );
  private readonly listChunk = lazyChunk(() => import('./list-render'), 'the records list');
  /**
   * The address, postcode and romaji readers and the search's words: needed only once someone
   * searches or types, kept out of the first load.
   */
  private readonly searchChunk = lazyChunk(() => import('./search-chunk'), 'the search');
  /** The language the credits dialog was built in (null: not built, or stale). */
  private creditsLang: Lang | null = null;
  /** The credits dialog and the catalogue's docs, loaded on first open (null: not asked for yet). */
  private readonly creditsChunk = lazyChunk(() => import('./credits-chunk'), 'the credits');
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
      tourButton: $<HTMLButtonElement>('tour-button'),
    };
    for (const lang of LANGS) {
      const option = doc.createElement('option');
      option.value = lang;
      option.textContent = LANG_NAMES[lang];
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
    this.els.tourButton.addEventListener('click', () => props.onTourMenu());
  }

  texts(s: AppState): void {
    const doc = this.doc;
    doc.documentElement.lang = htmlLang(s.lang);
    doc.title = t(s.lang, 'app.title');
    for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
      const key = el.dataset.i18n ?? '';
      // A key index.html names but no group holds keeps the markup's text (and is a bug: warn).
      if (isMessageKey(key)) el.textContent = t(s.lang, key);
      else console.warn(`index.html: no text for data-i18n="${key}"`);
    }
    this.els.lang.value = s.lang;
    renderRubyToggle(this.rubyToggle, s.lang, rubyShown(s.lang, s.ruby));
    this.lang = s.lang;
    // The credits dialog is built when first opened (it is long), and rebuilt if open.
    if (this.els.credits.open) this.openCredits();
    else this.creditsLang = null;
  }

  /** Opens the credits at a dataset's file (or at the top). */
  openCredits(file?: string): void {
    void this.creditsChunk.load().then((c) => {
      if (!c) return;
      // Built in the language current when the chunk arrives, even if it changed while loading.
      if (this.creditsLang !== this.lang) {
        c.renderCredits(this.doc, this.els.credits, this.lang, c.documentedCatalog);
        this.creditsLang = this.lang;
      }
      c.openCredits(this.doc, this.els.credits, file);
    });
  }

  /**
   * The layer and background switches, at the foot of the sidebar: their module loads once the map
   * is up (preload), like the hazard and then-and-now controls above them; until then the last
   * state asked for is kept and drawn when it arrives.
   */
  controls(s: AppState): void {
    this.controlsWanted = s;
    void this.controlsChunk.started()?.then((m) => this.drawControls(m));
  }

  private drawControls(m: typeof import('./layer-controls') | null): void {
    const s = this.controlsWanted;
    if (!m || !s) return;
    this.controlsWanted = null;
    m.renderLayerControls(
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
    const names = data?.namesEn ?? null;
    const english = s.lang === 'en' ? names : null;
    renderPlaceSearch(
      {
        doc: this.doc,
        container: this.els.search,
        names: [
          ...(english ? [...english.town.values(), ...english.chome.values()] : []),
          ...towns,
          ...(data?.places.chomeNames ?? []),
          ...stations.map((name) => `${name}駅`),
        ],
        search: async (text) => {
          if (!data?.chomeIndex) return { found: false, suggestions: [] };
          const m = await this.searchChunk.load();
          // A failed load leaves names, towns and stations searchable; addresses, postcodes and
          // romaji not.
          return m
            ? m.searchAll(text, data, s.lang, loadPostcodeFile)
            : searchPlaces(text, data.chomeIndex, stations, towns);
        },
        words: () => this.searchChunk.load(),
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
   * The place panel. With nothing chosen it shows the hint; an answer or an event page is drawn by
   * panel-render.ts, its own chunk (loaded on the first choice, or once the map is up).
   * @param reveal 'focus': the user chose from a list, search or link, so the title takes focus;
   *   'scroll': a tap on the map chose it; null: only the content changed.
   */
  panel(s: AppState, reveal: 'focus' | 'scroll' | null): void {
    if (!s.selected && !s.queryPoint) {
      this.panelWanted = null;
      const container = this.els.panel;
      clear(container);
      container.classList.remove('has-place');
      container.append(h(this.doc, 'p', { class: 'hint' }, t(s.lang, 'panel.empty')));
      return;
    }
    // A newer change while the chunk loads wins; a reveal asked for on the way is kept.
    this.panelWanted = { s, reveal: reveal ?? this.panelWanted?.reveal ?? null };
    void this.panelChunk.load().then((m) => {
      const wanted = this.panelWanted;
      if (!m || !wanted) return;
      this.panelWanted = null;
      m.renderPanel(this.panelDeps(), wanted.s, wanted.reveal);
    });
  }

  /** Loads the place panel's chunk (so the first tap answers at once) and the layer switches: once the map is up. */
  preload(): Promise<unknown> {
    return Promise.all([
      this.panelChunk.load(),
      this.controlsChunk.load().then((m) => this.drawControls(m)),
    ]);
  }

  private panelDeps(): PanelDeps {
    return {
      doc: this.doc,
      container: this.els.panel,
      theme: this.props.theme,
      dispatch: this.props.dispatch,
      openCredits: (file) => this.openCredits(file),
      onPanelShown: this.props.onPanelShown,
    };
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

  /** The records list (its own chunk, with the downloads), while it is open. */
  list(s: AppState): void {
    const dialog = this.els.list;
    if (!s.listOpen || !s.data?.history) {
      this.listWanted = null;
      if (dialog.open) dialog.close();
      return;
    }
    this.listWanted = s;
    void this.listChunk.load().then((m) => {
      const wanted = this.listWanted;
      if (!m || !wanted) return;
      this.listWanted = null;
      m.renderList({ doc: this.doc, dialog, dispatch: this.props.dispatch }, wanted);
    });
  }
}
