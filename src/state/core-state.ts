// The core of the app state, small and typed, changed only through `coreUpdate(state, intent)`:
// the view, the selection, the period, the language, the layers and the data. Features add their
// own slices (slice.ts), listed in src/app/slices.ts; the core knows none of them.
// Two parts: what the URL carries (core-url.ts serialises it) and what the session learns while it
// runs (loaded data, the background's server status, playback, problems).
import { MAX_TILE_ERRORS, type BasemapId } from '../config/basemaps';
import type { AppData } from '../data/app-data';
import {
  TOGGLE_LAYERS,
  type PickedPlace,
  type PlaceKind,
  type ToggleLayerId,
} from '../data/places';
import { mergeProblems, problemsByFile, type Problem, type ProblemsByFile } from '../data/problems';
import {
  FIRST_YEAR,
  eventYears,
  nextStop,
  type Measure,
  type RangeMode,
  type TimeRange,
} from '../data/time-range';
import type { OfflineMeshResult } from '../hazard/load-offline-mesh';
import type { Lang } from '../i18n/i18n';
import { rubyChoice, rubyShown } from '../i18n/ruby';

export interface View {
  readonly lon: number;
  readonly lat: number;
  readonly zoom: number;
}

/** A place on the map, or a flood event (shown as a detail view). */
export interface Selection {
  /** A place on the map, a town (its chome together, id = town name), or a record (id = event id). */
  readonly kind: PlaceKind | 'town' | 'event';
  readonly id: string;
}

export type LonLat = readonly [number, number];

export type BasemapChoice = BasemapId | 'none';

/** Whether an online tile service answers: not asked yet, being asked, or known. */
export type ServiceStatus = 'unchecked' | 'checking' | 'ok' | 'unavailable';

/** What the URL carries of the core: a shared link restores exactly this. */
export interface CoreUrlState {
  /** null until the user or the URL sets one: the map then fits the whole ward. */
  readonly view: View | null;
  readonly layers: ReadonlySet<ToggleLayerId>;
  readonly basemap: BasemapChoice;
  readonly lang: Lang;
  readonly selected: Selection | null;
  /** Which chome figures colour the map. */
  readonly measure: Measure;
  /** Time selection (null: all time). */
  readonly range: TimeRange | null;
  readonly rangeMode: RangeMode;
  /** Furigana shown or not, when the user chose (null: the language's default, i18n/ruby.ts). */
  readonly ruby: boolean | null;
}

/** What the running session knows; never in the URL. */
export interface CoreSessionState {
  /** The bundled data once loaded and checked (null while loading). */
  readonly data: AppData | null;
  /** The offline hazard mesh, once its manifest has been read (null while loading). */
  readonly mesh: OfflineMeshResult | null;
  /** Other places under the last tap (the first one is `selected`). */
  readonly picked: readonly PickedPlace[];
  /** Where the answer is measured and hazard layers read: the last tap, or the place found. */
  readonly queryPoint: LonLat | null;
  readonly basemapStatus: ServiceStatus;
  readonly basemapErrors: number;
  /** False once the map could not be created (no WebGL): notes about drawing it are moot. */
  readonly mapAvailable: boolean;
  readonly playing: boolean;
  readonly speed: number;
  /** Data problems by file, shown until dismissed. */
  readonly problems: ProblemsByFile;
  readonly listOpen: boolean;
}

export type CoreState = CoreUrlState & CoreSessionState;

/** Where a change came from: a tour step moves the map like a link does, and goes into the URL. */
export type Origin = 'map' | 'ui' | 'hash' | 'init' | 'effect' | 'tour';

export type CoreIntent =
  | { readonly type: 'view'; readonly view: View }
  | { readonly type: 'layer'; readonly layer: ToggleLayerId; readonly on: boolean }
  | { readonly type: 'basemap'; readonly basemap: BasemapChoice }
  | { readonly type: 'lang'; readonly lang: Lang }
  /** Show or hide furigana (the language's default is kept as null). */
  | { readonly type: 'ruby'; readonly show: boolean }
  | { readonly type: 'select'; readonly selection: Selection | null }
  /** A tap on the map: the places under it (most specific first) and the point. */
  | { readonly type: 'pick'; readonly places: readonly PickedPlace[]; readonly point: LonLat }
  /** A place found by search, with the point to read hazards at. */
  | { readonly type: 'found'; readonly selection: Selection; readonly point: LonLat | null }
  | { readonly type: 'measure'; readonly measure: Measure }
  | { readonly type: 'range'; readonly range: TimeRange | null; readonly mode?: RangeMode }
  /** A state read from a link (every slice's URL fields travel with it). */
  | { readonly type: 'replace'; readonly state: CoreUrlState }
  | { readonly type: 'loaded'; readonly data: AppData }
  /** More of the data (the places drawn after the first picture), with their files' problems. */
  | { readonly type: 'moreData'; readonly data: AppData; readonly problems: ProblemsByFile }
  | { readonly type: 'mesh'; readonly mesh: OfflineMeshResult }
  | { readonly type: 'basemapStatus'; readonly status: ServiceStatus }
  | { readonly type: 'basemapTileError' }
  | { readonly type: 'mapUnavailable' }
  | { readonly type: 'playback'; readonly playing: boolean; readonly speed?: number }
  /** One playback step: show everything up to the next year with a record, or stop. */
  | { readonly type: 'playTick' }
  | { readonly type: 'dismissProblems' }
  | { readonly type: 'list'; readonly open: boolean };

/** Every switchable layer but the temporary assembly points, whose positions are approximate. */
export const DEFAULT_LAYERS: readonly ToggleLayerId[] = TOGGLE_LAYERS.filter(
  (l) => l !== 'assembly',
);

export const coreDefaults: CoreState = {
  view: null,
  layers: new Set(DEFAULT_LAYERS),
  basemap: 'pale',
  lang: 'ja',
  selected: null,
  measure: 'counts',
  range: null,
  rangeMode: 'range',
  ruby: null,
  data: null,
  mesh: null,
  picked: [],
  queryPoint: null,
  basemapStatus: 'unchecked',
  basemapErrors: 0,
  mapAvailable: true,
  playing: false,
  speed: 1,
  problems: new Map(),
  listOpen: false,
};

/** The URL fields of the core, in one list (core-url.ts parses and writes them). */
export const CORE_URL_FIELDS: readonly (keyof CoreUrlState)[] = [
  'view',
  'layers',
  'basemap',
  'lang',
  'selected',
  'measure',
  'range',
  'rangeMode',
  'ruby',
];

function sameRange(a: TimeRange | null, b: TimeRange | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}

function playTick<S extends CoreState>(state: S): S {
  if (!state.playing) return state;
  const years = state.data?.history ? eventYears(state.data.history.events) : [];
  const current = state.rangeMode === 'cumulative' && state.range ? state.range.to : null;
  const next = nextStop(years, current);
  if (next === null) return { ...state, playing: false };
  return { ...state, range: { from: FIRST_YEAR, to: next }, rangeMode: 'cumulative' };
}

function startPlayback<S extends CoreState>(state: S, speed: number): S {
  const years = state.data?.history ? eventYears(state.data.history.events) : [];
  const last = years[years.length - 1] ?? FIRST_YEAR;
  // Start from the beginning unless already part-way through a cumulative run.
  const partWay = state.rangeMode === 'cumulative' && state.range !== null && state.range.to < last;
  return partWay
    ? { ...state, playing: true, speed }
    : { ...state, playing: true, speed, range: null, rangeMode: 'cumulative' };
}

/** The mesh's errors, for the problems panel (an absent mesh is no problem). */
function meshProblems(mesh: OfflineMeshResult): readonly Problem[] {
  return mesh.kind === 'absent' ? [] : mesh.problems.filter((p) => p.severity === 'error');
}

/**
 * The core's part of a change. `S` is the whole app state: the slices' keys pass through as they
 * are (src/app/compose.ts runs the slices after this).
 */
export function coreUpdate<S extends CoreState>(state: S, intent: CoreIntent): S {
  switch (intent.type) {
    case 'view':
      return { ...state, view: intent.view };
    case 'layer': {
      if (state.layers.has(intent.layer) === intent.on) return state;
      const layers = new Set(state.layers);
      if (intent.on) layers.add(intent.layer);
      else layers.delete(intent.layer);
      return { ...state, layers };
    }
    case 'basemap': {
      if (state.basemap === intent.basemap) return state;
      // Switching a background on again after a failure asks the server once more.
      const recheck = intent.basemap !== 'none' && state.basemapStatus === 'unavailable';
      return {
        ...state,
        basemap: intent.basemap,
        ...(recheck ? { basemapStatus: 'unchecked', basemapErrors: 0 } : {}),
      };
    }
    case 'lang':
      // The furigana choice is kept: a pupil who switched readings off in やさしい日本語 and looked
      // at 日本語 for a moment finds them still off on coming back.
      return state.lang === intent.lang ? state : { ...state, lang: intent.lang };
    case 'ruby': {
      const ruby = rubyChoice(state.lang, intent.show);
      return state.ruby === ruby ? state : { ...state, ruby };
    }
    case 'select':
      // Closing the panel also forgets the tapped point.
      return intent.selection
        ? { ...state, selected: intent.selection, picked: [] }
        : { ...state, selected: null, picked: [], queryPoint: null };
    case 'pick': {
      const [first] = intent.places;
      return {
        ...state,
        selected: first ? { kind: first.kind, id: first.id } : null,
        picked: intent.places,
        queryPoint: intent.point,
      };
    }
    case 'found':
      return {
        ...state,
        selected: intent.selection,
        picked: [],
        queryPoint: intent.point ?? state.queryPoint,
      };
    case 'measure':
      return state.measure === intent.measure ? state : { ...state, measure: intent.measure };
    case 'range': {
      const mode = intent.mode ?? state.rangeMode;
      // A period chosen by hand stops playback.
      if (mode === state.rangeMode && sameRange(intent.range, state.range) && !state.playing) {
        return state;
      }
      return { ...state, range: intent.range, rangeMode: mode, playing: false };
    }
    case 'replace': {
      const url = intent.state;
      return CORE_URL_FIELDS.every((k) => state[k] === url[k])
        ? state
        : {
            ...state,
            view: url.view,
            layers: url.layers,
            basemap: url.basemap,
            lang: url.lang,
            selected: url.selected,
            measure: url.measure,
            range: url.range,
            rangeMode: url.rangeMode,
            ruby: url.ruby,
          };
    }
    case 'loaded':
      return {
        ...state,
        data: intent.data,
        problems: mergeProblems(state.problems, intent.data.problems),
      };
    case 'moreData':
      return {
        ...state,
        data: intent.data,
        problems: mergeProblems(state.problems, intent.problems),
      };
    case 'mesh':
      return {
        ...state,
        mesh: intent.mesh,
        problems: mergeProblems(state.problems, problemsByFile(meshProblems(intent.mesh))),
      };
    case 'basemapStatus':
      return state.basemapStatus === intent.status
        ? state
        : { ...state, basemapStatus: intent.status, basemapErrors: 0 };
    case 'mapUnavailable':
      return state.mapAvailable ? { ...state, mapAvailable: false } : state;
    case 'basemapTileError': {
      const errors = state.basemapErrors + 1;
      const fail = errors >= MAX_TILE_ERRORS && state.basemapStatus === 'ok';
      return { ...state, basemapErrors: errors, ...(fail ? { basemapStatus: 'unavailable' } : {}) };
    }
    case 'playback': {
      const speed = intent.speed ?? state.speed;
      if (intent.playing === state.playing) {
        return speed === state.speed ? state : { ...state, speed };
      }
      return intent.playing ? startPlayback(state, speed) : { ...state, playing: false, speed };
    }
    case 'playTick':
      return playTick(state);
    case 'dismissProblems':
      return state.problems.size === 0 ? state : { ...state, problems: new Map() };
    case 'list':
      return state.listOpen === intent.open ? state : { ...state, listOpen: intent.open };
    default:
      // A slice's intent: the core has nothing to do.
      return state;
  }
}

/** Whether two states would give different URLs in the core's fields (the view to ~1 m). */
export function sameCoreUrl(a: CoreUrlState, b: CoreUrlState): boolean {
  const sameView =
    a.view === b.view ||
    (a.view !== null &&
      b.view !== null &&
      Math.abs(a.view.lon - b.view.lon) < 1e-5 &&
      Math.abs(a.view.lat - b.view.lat) < 1e-5 &&
      Math.abs(a.view.zoom - b.view.zoom) < 0.01);
  return (
    sameView &&
    a.basemap === b.basemap &&
    a.lang === b.lang &&
    a.layers.size === b.layers.size &&
    [...a.layers].every((l) => b.layers.has(l)) &&
    a.measure === b.measure &&
    a.rangeMode === b.rangeMode &&
    sameRange(a.range, b.range) &&
    a.selected?.kind === b.selected?.kind &&
    a.selected?.id === b.selected?.id &&
    rubyShown(a.lang, a.ruby) === rubyShown(b.lang, b.ruby)
  );
}
