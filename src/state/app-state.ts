// The app's whole state, small and typed, changed only through `update(state, intent)`.
// Two parts: what the URL carries (hash.ts serialises it) and what the session learns while it runs
// (loaded data, tile server status, hazard readings, playback, problems). Everything the UI shows
// is a function of this state; render-plan.ts decides what to redraw after each change.
import { MAX_TILE_ERRORS, type BasemapId } from '../config/basemaps';
import { OFFLINE_MESH_ID, type HazardKey } from '../config/hazard-layers';
import { DEFAULT_SWIPE, type ThenId } from '../config/old-maps';
import type { AppData } from '../data/app-data';
import type { PickedPlace, PlaceKind, ToggleLayerId } from '../data/places';
import type { Problem } from '../data/problems';
import {
  FIRST_YEAR,
  eventYears,
  nextStop,
  type Measure,
  type RangeMode,
  type TimeRange,
} from '../data/time-range';
import type { HazardReading } from '../hazard/read-hazards';
import type { OfflineMeshResult } from '../hazard/load-offline-mesh';
import type { Lang } from '../i18n/i18n';
import { rubyChoice, rubyShown } from '../i18n/ruby';
import type { PackState } from '../pwa/pack-status';
import { clampPercent } from './percent';
import type { Tour } from '../tours/tour-model';
import { applyDraftEdit, type DraftEdit, type LessonEditor } from '../tours/editor/draft-model';
import type { LessonNotice } from '../tours/editor/lesson-editor-view';

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

/** The then-and-now view: an old photo or land-history layer beside (or over) today's map. */
export interface ThenView {
  readonly id: ThenId;
  /** Divider position, percent of the map's width from the left (the old layer is on the left). */
  readonly swipe: number;
  /** Opacity in percent when the old layer covers the whole map instead (null: the swipe). */
  readonly overlay: number | null;
}

export type BasemapChoice = BasemapId | 'none';

/** Whether an online tile service answers: not asked yet, being asked, or known. */
export type ServiceStatus = 'unchecked' | 'checking' | 'ok' | 'unavailable';

/** What the URL carries: a shared link restores exactly this. */
export interface UrlState {
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
  /** Hazard layers switched on, with their opacity in percent. */
  readonly hazards: ReadonlyMap<HazardKey, number>;
  /** The lesson (tour) being followed and its step, counted from 0. */
  readonly tour: { readonly id: string; readonly step: number } | null;
  /** The then-and-now view (null: off). */
  readonly then: ThenView | null;
  /** A lesson shared as a link (#lesson=…): its compressed text, played by the lesson maker. */
  readonly lesson: string | null;
  /** Furigana shown or not, when the user chose (null: the language's default, i18n/ruby.ts). */
  readonly ruby: boolean | null;
}

/** What the running session knows; never in the URL. */
export interface SessionState {
  /** The bundled data once loaded and checked (null while loading). */
  readonly data: AppData | null;
  /** The offline hazard mesh, once its manifest has been read (null while loading). */
  readonly mesh: OfflineMeshResult | null;
  /** Other places under the last tap (the first one is `selected`). */
  readonly picked: readonly PickedPlace[];
  /** Where hazard layers are read: the last tap, or the place found by search. */
  readonly queryPoint: LonLat | null;
  readonly basemapStatus: ServiceStatus;
  readonly basemapErrors: number;
  /** False once the map could not be created (no WebGL): notes about drawing it are moot. */
  readonly mapAvailable: boolean;
  readonly hazardStatus: ReadonlyMap<HazardKey, ServiceStatus>;
  readonly hazardErrors: ReadonlyMap<HazardKey, number>;
  /** Readings at `queryPoint` of the layers switched on ('loading' until read). */
  readonly hazardReadings: ReadonlyMap<HazardKey, HazardReading>;
  readonly playing: boolean;
  readonly speed: number;
  /** Data problems by file, shown until dismissed. */
  readonly problems: ReadonlyMap<string, readonly Problem[]>;
  readonly listOpen: boolean;
  /** The lessons in data/tours/, once loaded and checked. */
  readonly tours: readonly Tour[] | null;
  /** Whether the old layer's tile server answers, and its tile failures since it did. */
  readonly thenStatus: ServiceStatus;
  readonly thenErrors: number;
  /** The lesson maker: open or not, and the teacher's draft (kept in localStorage). */
  readonly lessonEditor: LessonEditor;
  /** A lesson played from outside data/tours/: the draft in preview, a lesson file or a link. */
  readonly lessonTour: Tour | null;
  /** The offline classroom pack: whether the service worker saved it, and a release waiting. */
  readonly pack: PackState;
  /** What the lesson maker last said (saved, downloaded, a link made, problems in a file). */
  readonly lessonNotice: LessonNotice | null;
}

export type AppState = UrlState & SessionState;

/** Where a change came from: a tour step moves the map like a link does, and goes into the URL. */
export type Origin = 'map' | 'ui' | 'hash' | 'init' | 'effect' | 'tour';

export type Intent =
  | ThenIntent
  /** What the service worker reports about the offline pack. */
  | { readonly type: 'pack'; readonly change: Partial<PackState> }
  | { readonly type: 'lessonNotice'; readonly notice: LessonNotice | null }
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
  | { readonly type: 'hazard'; readonly id: HazardKey; readonly opacity: number | null }
  | { readonly type: 'range'; readonly range: TimeRange | null; readonly mode?: RangeMode }
  | { readonly type: 'replace'; readonly state: UrlState }
  | { readonly type: 'loaded'; readonly data: AppData }
  | { readonly type: 'mesh'; readonly mesh: OfflineMeshResult }
  | { readonly type: 'basemapStatus'; readonly status: ServiceStatus }
  | { readonly type: 'basemapTileError' }
  | { readonly type: 'mapUnavailable' }
  | { readonly type: 'hazardStatus'; readonly id: HazardKey; readonly status: ServiceStatus }
  | { readonly type: 'hazardTileError'; readonly id: HazardKey }
  | {
      readonly type: 'hazardReadings';
      readonly point: LonLat;
      readonly readings: ReadonlyMap<HazardKey, HazardReading>;
    }
  | { readonly type: 'playback'; readonly playing: boolean; readonly speed?: number }
  /** One playback step: show everything up to the next year with a record, or stop. */
  | { readonly type: 'playTick' }
  | { readonly type: 'dismissProblems' }
  | { readonly type: 'list'; readonly open: boolean }
  | {
      readonly type: 'tours';
      readonly tours: readonly Tour[];
      readonly problems: ReadonlyMap<string, readonly Problem[]>;
    }
  /** The lesson maker opens or closes (the draft stays). */
  | { readonly type: 'lessonEditor'; readonly open: boolean }
  | { readonly type: 'lessonEdit'; readonly edit: DraftEdit }
  /** Play a lesson that is not in data/tours/ (null: none). */
  | { readonly type: 'lessonPlay'; readonly tour: Tour | null };

export type ThenIntent =
  /** Then and now: show an old layer (null: leave the view), move the divider, or lay it over. */
  | { readonly type: 'then'; readonly id: ThenId | null }
  | { readonly type: 'thenSwipe'; readonly swipe: number }
  | { readonly type: 'thenOverlay'; readonly opacity: number | null }
  | { readonly type: 'thenStatus'; readonly status: ServiceStatus }
  /** A tile the old layer's server did not answer (a missing photo answers 404 and is not counted). */
  | { readonly type: 'thenTileError' };

export const DEFAULT_LAYERS: readonly ToggleLayerId[] = [
  'records',
  'chome',
  'stations',
  'evacSites',
  'shelters',
  'wideArea',
];

export const defaultState: AppState = {
  view: null,
  layers: new Set(DEFAULT_LAYERS),
  basemap: 'pale',
  lang: 'ja',
  selected: null,
  measure: 'counts',
  range: null,
  rangeMode: 'range',
  hazards: new Map(),
  tour: null,
  then: null,
  lesson: null,
  ruby: null,
  data: null,
  mesh: null,
  picked: [],
  queryPoint: null,
  basemapStatus: 'unchecked',
  basemapErrors: 0,
  mapAvailable: true,
  hazardStatus: new Map(),
  hazardErrors: new Map(),
  hazardReadings: new Map(),
  playing: false,
  speed: 1,
  problems: new Map(),
  listOpen: false,
  tours: null,
  thenStatus: 'unchecked',
  thenErrors: 0,
  lessonEditor: {
    open: false,
    draft: {
      id: 'my-lesson',
      file: 'my-lesson.csv',
      title: { ja: '', easy: null, en: null },
      summary: { ja: '', easy: null, en: null },
      audience: { ja: '', easy: null, en: null },
      curriculum: [],
      steps: [],
    },
    unsaved: false,
  },
  lessonTour: null,
  pack: { worker: 'none', updateWaiting: false },
  lessonNotice: null,
};

/** The URL part of a state. */
export function urlState(s: UrlState): UrlState {
  const {
    view,
    layers,
    basemap,
    lang,
    selected,
    measure,
    range,
    rangeMode,
    hazards,
    tour,
    lesson,
  } = s;
  return {
    view,
    layers,
    basemap,
    lang,
    selected,
    measure,
    range,
    rangeMode,
    hazards,
    tour,
    lesson,
    ruby: s.ruby,
    then: s.then,
  };
}

function withMap<K, V>(map: ReadonlyMap<K, V>, key: K, value: V | undefined): Map<K, V> {
  const out = new Map(map);
  if (value === undefined) out.delete(key);
  else out.set(key, value);
  return out;
}

/** Readings to ask for at a new point: every switched-on layer, 'loading' until read. */
function pendingReadings(
  hazards: ReadonlyMap<HazardKey, number>,
  point: LonLat | null,
): ReadonlyMap<HazardKey, HazardReading> {
  if (!point) return new Map();
  return new Map([...hazards.keys()].map((id) => [id, { kind: 'loading' } as const]));
}

function mergeProblems(
  current: ReadonlyMap<string, readonly Problem[]>,
  added: ReadonlyMap<string, readonly Problem[]>,
): ReadonlyMap<string, readonly Problem[]> {
  if (added.size === 0) return current;
  const out = new Map(current);
  for (const [file, ps] of added) out.set(file, [...(out.get(file) ?? []), ...ps]);
  return out;
}

function sameRange(a: TimeRange | null, b: TimeRange | null): boolean {
  return a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to);
}

function sameThen(a: ThenView | null, b: ThenView | null): boolean {
  return (
    a === b ||
    (a !== null && b !== null && a.id === b.id && a.swipe === b.swipe && a.overlay === b.overlay)
  );
}

/** Then-and-now changes. Another old layer (or a URL naming one) asks its server again. */
function withThen(state: AppState, then: ThenView | null): AppState {
  if (sameThen(state.then, then)) return state;
  const recheck = then !== null && then.id !== state.then?.id;
  return { ...state, then, ...(recheck ? { thenStatus: 'unchecked', thenErrors: 0 } : {}) };
}

function updateThen(state: AppState, intent: ThenIntent): AppState {
  const then = state.then;
  switch (intent.type) {
    case 'then':
      return withThen(
        state,
        intent.id === null
          ? null
          : { id: intent.id, swipe: then?.swipe ?? DEFAULT_SWIPE, overlay: then?.overlay ?? null },
      );
    case 'thenSwipe':
      return then ? withThen(state, { ...then, swipe: clampPercent(intent.swipe) }) : state;
    case 'thenOverlay': {
      const overlay = intent.opacity === null ? null : clampPercent(intent.opacity);
      return then ? withThen(state, { ...then, overlay }) : state;
    }
    case 'thenStatus':
      return state.thenStatus === intent.status
        ? state
        : { ...state, thenStatus: intent.status, thenErrors: 0 };
    case 'thenTileError': {
      const errors = state.thenErrors + 1;
      const fail = errors >= MAX_TILE_ERRORS && state.thenStatus === 'ok';
      return { ...state, thenErrors: errors, ...(fail ? { thenStatus: 'unavailable' } : {}) };
    }
  }
}

function playTick(state: AppState): AppState {
  if (!state.playing) return state;
  const years = state.data?.history ? eventYears(state.data.history.events) : [];
  const current = state.rangeMode === 'cumulative' && state.range ? state.range.to : null;
  const next = nextStop(years, current);
  if (next === null) return { ...state, playing: false };
  return { ...state, range: { from: FIRST_YEAR, to: next }, rangeMode: 'cumulative' };
}

function startPlayback(state: AppState, speed: number): AppState {
  const years = state.data?.history ? eventYears(state.data.history.events) : [];
  const last = years[years.length - 1] ?? FIRST_YEAR;
  // Start from the beginning unless already part-way through a cumulative run.
  const partWay = state.rangeMode === 'cumulative' && state.range !== null && state.range.to < last;
  return partWay
    ? { ...state, playing: true, speed }
    : { ...state, playing: true, speed, range: null, rangeMode: 'cumulative' };
}

export function update(state: AppState, intent: Intent): AppState {
  switch (intent.type) {
    case 'then':
    case 'thenSwipe':
    case 'thenOverlay':
    case 'thenStatus':
    case 'thenTileError':
      return updateThen(state, intent);
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
      // Closing the panel also forgets the tapped point (its readings go with it).
      return intent.selection
        ? { ...state, selected: intent.selection, picked: [] }
        : { ...state, selected: null, picked: [], queryPoint: null, hazardReadings: new Map() };
    case 'pick': {
      const [first] = intent.places;
      return {
        ...state,
        selected: first ? { kind: first.kind, id: first.id } : null,
        picked: intent.places,
        queryPoint: intent.point,
        hazardReadings: pendingReadings(state.hazards, intent.point),
      };
    }
    case 'found':
      return {
        ...state,
        selected: intent.selection,
        picked: [],
        queryPoint: intent.point ?? state.queryPoint,
        hazardReadings: intent.point
          ? pendingReadings(state.hazards, intent.point)
          : state.hazardReadings,
      };
    case 'hazard': {
      const current = state.hazards.get(intent.id) ?? null;
      const opacity = intent.opacity === null ? null : clampPercent(intent.opacity);
      if (current === opacity) return state;
      const hazards = withMap(state.hazards, intent.id, opacity ?? undefined);
      const switchedOn = current === null && opacity !== null;
      const status = state.hazardStatus.get(intent.id);
      return {
        ...state,
        hazards,
        // A layer that failed before is asked again when switched on again.
        hazardStatus:
          switchedOn && status === 'unavailable'
            ? withMap(state.hazardStatus, intent.id, undefined)
            : state.hazardStatus,
        hazardReadings:
          opacity === null
            ? withMap(state.hazardReadings, intent.id, undefined)
            : switchedOn && state.queryPoint
              ? withMap(state.hazardReadings, intent.id, { kind: 'loading' })
              : state.hazardReadings,
      };
    }
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
      const next = withThen(
        { ...state, ...urlState(intent.state), then: state.then },
        intent.state.then,
      );
      return sameState(next, state) ? state : next;
    }
    case 'loaded':
      return {
        ...state,
        data: intent.data,
        problems: mergeProblems(state.problems, intent.data.problems),
      };
    case 'mesh': {
      const problems =
        intent.mesh.kind === 'absent'
          ? new Map()
          : new Map(
              intent.mesh.problems
                .filter((p) => p.severity === 'error')
                .map((p) => [p.file, [p]] as const),
            );
      return {
        ...state,
        mesh: intent.mesh,
        problems: mergeProblems(state.problems, problems),
        // Readings asked for before the mesh was in are asked again.
        hazardReadings: state.hazards.has(OFFLINE_MESH_ID)
          ? pendingReadings(state.hazards, state.queryPoint)
          : state.hazardReadings,
      };
    }
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
    case 'hazardStatus': {
      if (state.hazardStatus.get(intent.id) === intent.status) return state;
      const known = intent.status === 'ok' || intent.status === 'unavailable';
      return {
        ...state,
        hazardStatus: withMap(state.hazardStatus, intent.id, intent.status),
        hazardErrors: withMap(state.hazardErrors, intent.id, 0),
        // Once the server's status is known, the layer can be read where the user tapped.
        hazardReadings:
          known && state.hazards.has(intent.id) && state.queryPoint
            ? withMap(state.hazardReadings, intent.id, { kind: 'loading' })
            : state.hazardReadings,
      };
    }
    case 'hazardTileError': {
      const errors = (state.hazardErrors.get(intent.id) ?? 0) + 1;
      const fail = errors >= MAX_TILE_ERRORS && state.hazardStatus.get(intent.id) === 'ok';
      return {
        ...state,
        hazardErrors: withMap(state.hazardErrors, intent.id, errors),
        hazardStatus: fail
          ? withMap(state.hazardStatus, intent.id, 'unavailable')
          : state.hazardStatus,
      };
    }
    case 'hazardReadings': {
      // A newer tap may have moved the query point meanwhile: the old answer is dropped.
      if (intent.point !== state.queryPoint) return state;
      const readings = new Map(state.hazardReadings);
      for (const [id, r] of intent.readings) if (state.hazards.has(id)) readings.set(id, r);
      return { ...state, hazardReadings: readings };
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
    case 'tours':
      return {
        ...state,
        tours: intent.tours,
        problems: mergeProblems(state.problems, intent.problems),
      };
    case 'lessonEditor':
      // The editor takes the tour player's place: opening it (from the lessons menu, also while a
      // tour or a lesson plays) leaves the tour, or the editor would stay hidden behind it.
      return state.lessonEditor.open === intent.open
        ? state
        : {
            ...state,
            lessonEditor: { ...state.lessonEditor, open: intent.open },
            ...(intent.open ? { tour: null, lesson: null, lessonTour: null } : {}),
          };
    case 'lessonEdit': {
      const lessonEditor = applyDraftEdit(state.lessonEditor, intent.edit, state);
      return lessonEditor === state.lessonEditor ? state : { ...state, lessonEditor };
    }
    case 'pack': {
      const pack = { ...state.pack, ...intent.change };
      return pack.worker === state.pack.worker && pack.updateWaiting === state.pack.updateWaiting
        ? state
        : { ...state, pack };
    }
    case 'lessonNotice':
      return state.lessonNotice === intent.notice
        ? state
        : { ...state, lessonNotice: intent.notice };
    case 'lessonPlay':
      return state.lessonTour === intent.tour ? state : { ...state, lessonTour: intent.tour };
  }
}

/** Whether two states would give different URLs (the view is compared to ~1 m). */
export function sameState(a: UrlState, b: UrlState): boolean {
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
    a.hazards.size === b.hazards.size &&
    [...a.hazards].every(([id, o]) => b.hazards.get(id) === o) &&
    a.rangeMode === b.rangeMode &&
    sameRange(a.range, b.range) &&
    a.selected?.kind === b.selected?.kind &&
    a.selected?.id === b.selected?.id &&
    a.tour?.id === b.tour?.id &&
    a.tour?.step === b.tour?.step &&
    sameThen(a.then, b.then) &&
    rubyShown(a.lang, a.ruby) === rubyShown(b.lang, b.ruby) &&
    a.lesson === b.lesson
  );
}
