// Brings the map in line with the state, one part at a time (render-plan.ts decides which parts
// run). Everything the map shows comes from here; MapView only draws what it is told.
import { hazardTiles, OFFLINE_MESH_ID } from '../config/hazard-tiles';
import { boundsOf } from '../data/chome-geometry';
import { PLACE_SOURCE, TOGGLE_LAYERS, type DataSourceId } from '../data/places';
import { eventChomeInRange } from '../data/time-range';
import { townOfSelection } from '../data/towns';
import type { HazardState } from '../hazard/hazard-slice';
import type { CoreState, Origin } from '../state/core-state';
import type { ThenIntent, ThenState } from '../then-now/then-slice';
import { comparisonNow, currentRange, damageNow } from '../state/derived';
import { t } from '../i18n/i18n';
import { formatCount } from '../i18n/format-count';
import { choroplethState } from './choropleth';
import { CompareSync } from './compare-sync';
import type { MapView } from './map-view';

/**
 * Bundled files drawn as map sources (the flood tables are not drawn directly), in two stages. The
 * ward and its chome with their records make the first frame: what a resident looks for first, and
 * what bench/'s bare page draws. The neighbouring wards, the stations and the evacuation places
 * follow once it is up (`drawRest`): drawn in it, they made the first render ~0.9 s later, for
 * their fills, circle and icon programs, labels and tiling (bench/README.md).
 */
const FIRST_FRAME: readonly DataSourceId[] = ['ward', 'chome'];
const AFTER_FIRST_FRAME: readonly DataSourceId[] = [
  'neighbours',
  'stations',
  'evacSites',
  'shelters',
  'wardShelters',
  'assembly',
];

export class MapSync {
  private meshAdded = false;
  private restDue = false;
  private readonly compare: CompareSync;

  /** `report`: what the map's own controls change (the then-and-now divider, its tile failures). */
  constructor(
    private readonly view: MapView,
    report: (intent: ThenIntent) => void = () => undefined,
  ) {
    this.compare = new CompareSync(() => view.compareHost(), report);
  }

  data(prev: CoreState, s: CoreState): void {
    if (s.data && s.data !== prev.data) {
      // Only the files that changed (the places drawn after the first picture come later).
      const changed = (ids: readonly DataSourceId[]): DataSourceId[] =>
        ids.filter((id) => prev === s || s.data?.features.get(id) !== prev.data?.features.get(id));
      this.setSources(changed(FIRST_FRAME), s);
      if (this.restDue) this.setSources(changed(AFTER_FIRST_FRAME), s);
      const names = s.data.namesEn;
      if (names && names !== prev.data?.namesEn) this.view.setPlaceNames(names.labels);
    }
    if (s.mesh?.kind === 'loaded' && !this.meshAdded) {
      this.meshAdded = true;
      this.view.addOfflineMesh(s.mesh.mesh.imageUrl, s.mesh.mesh.meta.imageBounds);
    }
  }

  /** Once the first frame is up (main.ts's `ready`): the rest, then `drawn` once it is drawn. */
  drawRest(s: CoreState, drawn: () => void): void {
    this.restDue = true;
    this.setSources(AFTER_FIRST_FRAME, s);
    this.view.onceIdle(drawn);
  }

  private setSources(ids: readonly DataSourceId[], s: CoreState): void {
    for (const id of ids) {
      const fc = s.data?.features.get(id);
      if (fc) this.view.setData(id, fc);
    }
  }

  layers(prev: CoreState, s: CoreState): void {
    for (const layer of TOGGLE_LAYERS) {
      if (prev.layers.has(layer) !== s.layers.has(layer) || prev === s) {
        this.view.setLayerVisible(layer, s.layers.has(layer));
      }
    }
  }

  basemap(s: CoreState): void {
    this.view.setBasemap(s.basemapStatus === 'ok' && s.basemap !== 'none' ? s.basemap : null);
  }

  lang(s: CoreState): void {
    this.view.setLang(s.lang, {
      dataCredit: t(s.lang, 'map.attribution.data'),
      ariaLabel: t(s.lang, 'map.label'),
    });
  }

  moveTo(s: CoreState): void {
    if (s.view) this.view.jumpTo(s.view);
  }

  /** A layer is drawn only once its server answered; the offline mesh once it is loaded. */
  hazards(s: CoreState & HazardState): void {
    for (const layer of hazardTiles) {
      const opacity = s.hazards.get(layer.id);
      const shown = opacity !== undefined && s.hazardStatus.get(layer.id) === 'ok';
      this.view.setHazard(layer.id, shown ? opacity : null);
    }
    if (s.mesh?.kind === 'loaded') this.view.setOfflineMesh(s.hazards.get(OFFLINE_MESH_ID) ?? null);
  }

  choropleth(s: CoreState): void {
    if (!s.data?.history) return;
    const shown = new Map(
      [...damageNow(s)].map(([code, v]) => [
        code,
        { value: v.value, label: v.label ?? formatCount(v.value, v.unit, s.lang) },
      ]),
    );
    this.view.setChoropleth(choroplethState(s.measure, shown));
  }

  /**
   * The selected place, or the chome of the open event (fitted into view unless the user tapped
   * the map), or else the chome of the records in the chosen period.
   */
  highlight(prev: CoreState, s: CoreState, origin: Origin): void {
    const history = s.data?.history;
    const sel = s.selected;
    if (sel?.kind === 'event') {
      this.view.select(null, []);
      const loc = history?.locations.get(sel.id);
      const codes = loc ? [...loc.chome, ...loc.townChome] : [];
      this.view.highlightChome(codes);
      // New records move it; the places fetched after the first picture (moreData) do not.
      const moved = prev.selected !== sel || prev.data?.history !== s.data?.history;
      // A tour step's own view wins over fitting the record's places.
      if (moved && origin !== 'map' && origin !== 'tour' && s.data) {
        const places = s.data.places;
        const bounds = boundsOf([
          ...codes.flatMap((c) => places.featuresOf('chome', c)),
          ...(loc?.stations ?? []).flatMap((name) => places.featuresOf('station', name)),
        ]);
        if (bounds) this.view.fitBounds(bounds);
      }
      return;
    }
    const range = currentRange(s);
    this.view.highlightChome(
      history && range ? eventChomeInRange(history.events, history.locations, range) : [],
    );
    const town = sel?.kind === 'town' && s.data ? townOfSelection(s.data.towns, sel.id) : null;
    if (sel?.kind === 'town') this.view.select('chome', town?.codes ?? []);
    else this.view.select(sel ? PLACE_SOURCE[sel.kind] : null, sel ? [sel.id] : []);
    // A place chosen from the search or a list is brought into view (a tap already is in view).
    if (sel && origin === 'ui' && prev.selected !== sel && s.data) {
      const places = s.data.places;
      const features =
        sel.kind === 'town'
          ? (town?.codes ?? []).flatMap((c) => places.featuresOf('chome', c))
          : places.featuresOf(sel.kind, sel.id);
      const bounds = boundsOf(features);
      if (bounds) this.view.fitBounds(bounds);
    }
  }

  /** Then and now: the old layer beside today's map, while on and its server answers. */
  then(s: CoreState & ThenState): void {
    this.compare.apply(s);
  }

  /** Chome with records for the period where Tokyo's prediction has no flooding: dotted. */
  outside(s: CoreState): void {
    this.view.highlightOutsidePrediction(comparisonNow(s)?.outside ?? []);
  }
}
