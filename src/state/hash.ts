// URL hash <-> AppState. Format (every part optional):
//   #map=13.20/35.61234/139.72345&layers=chome,stations&base=pale&lang=en&sel=chome:13109005006
//   #event=SH-1999-08-29&measure=classes&range=1989-2000&mode=cumulative
//   (an event detail view; which chome figures colour the map; the time selection and its mode)
//   #lang=ja-easy&ruby=0   (furigana hidden; written only when not the language's default)
//   #then=ort_USA10&swipe=40   (then and now: an old layer left of a divider at 40 %; &overlay=60 lays
//   it over the whole map at 60 % instead)
// Unknown or malformed parts are ignored (a shared link never breaks the app), falling back to defaults.
import { hazardById, OFFLINE_MESH_ID, type HazardKey } from '../config/hazard-layers';
import { DEFAULT_SWIPE, isThenId } from '../config/old-maps';
import type { TimeRange } from '../data/time-range';
import { isLang, type Lang } from '../i18n/i18n';
import { rubyChoice, rubyDefault } from '../i18n/ruby';
import { PLACE_KINDS, TOGGLE_LAYERS, type PlaceKind, type ToggleLayerId } from '../data/places';
import { clampPercent } from './percent';
import {
  defaultState,
  type AppState,
  type BasemapChoice,
  type Selection,
  type UrlState,
  type View,
} from './app-state';

const BASEMAPS: readonly BasemapChoice[] = ['pale', 'std', 'photo', 'none'];
const placeKinds = new Set<string>([...PLACE_KINDS, 'town']);

function parseView(text: string | null): View | null {
  if (!text) return null;
  const parts = text.split('/').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lon] = parts as [number, number, number];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

function parseSelection(text: string | null): Selection | null {
  if (!text) return null;
  const i = text.indexOf(':');
  if (i <= 0) return null;
  const kind = text.slice(0, i);
  const id = text.slice(i + 1);
  if (!placeKinds.has(kind) || id === '') return null;
  return { kind: kind as PlaceKind | 'town', id };
}

function parseRange(text: string | null): TimeRange | null {
  const m = /^(\d{4})-(\d{4})$/.exec(text ?? '');
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return from <= to ? { from, to } : null;
}

/** hz=flood_l2_depth:70,hightide_l2:50 */
function parseHazards(text: string | null): Map<HazardKey, number> {
  const out = new Map<HazardKey, number>();
  for (const part of (text ?? '').split(',')) {
    const [id = '', opacity] = part.split(':');
    const key = id === OFFLINE_MESH_ID ? OFFLINE_MESH_ID : hazardById(id)?.id;
    const o = Number(opacity);
    if (key && Number.isFinite(o)) out.set(key, clampPercent(o));
  }
  return out;
}

/** tour=<id>&step=<n>, n counted from 1 as teachers count steps (anything else: the first). */
function parseTour(id: string | null, step: string | null): AppState['tour'] {
  if (!id || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const n = Number(step);
  return { id, step: Number.isInteger(n) && n >= 1 ? n - 1 : 0 };
}

/** lesson=<base64url>: a lesson shared as a link (lesson-link.ts decodes it; capped in length). */
function parseLesson(text: string | null): string | null {
  return text && text.length <= 8000 && /^[A-Za-z0-9_-]+$/.test(text) ? text : null;
}

/** ruby=0|1: furigana off or on, written only when not the language's default. */
function parseRuby(text: string | null, lang: Lang): boolean | null {
  return text === '0' || text === '1' ? rubyChoice(lang, text === '1') : null;
}

/** then=ort_USA10&swipe=40 (divider at 40 % from the left), or &overlay=60 (laid over, 60 %). */
function parseThen(
  id: string | null,
  swipe: string | null,
  overlay: string | null,
): AppState['then'] {
  if (!isThenId(id)) return null;
  const pct = (text: string | null): number | null => {
    const n = text === null || text === '' ? NaN : Number(text);
    return Number.isFinite(n) ? clampPercent(n) : null;
  };
  return { id, swipe: pct(swipe) ?? DEFAULT_SWIPE, overlay: pct(overlay) };
}

function parseEvent(text: string | null): Selection | null {
  return text && /^[A-Za-z0-9-]+$/.test(text) ? { kind: 'event', id: text } : null;
}

export function parseHash(hash: string, base: AppState = defaultState): AppState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const layersText = params.get('layers');
  const layers =
    layersText === null
      ? base.layers
      : new Set(
          layersText
            .split(',')
            .filter((l): l is ToggleLayerId => (TOGGLE_LAYERS as readonly string[]).includes(l)),
        );
  const basemap = params.get('base');
  const lang = params.get('lang');
  return {
    ...base,
    view: parseView(params.get('map')) ?? base.view,
    layers,
    basemap: BASEMAPS.includes(basemap as BasemapChoice)
      ? (basemap as BasemapChoice)
      : base.basemap,
    lang: isLang(lang) ? lang : base.lang,
    selected: parseEvent(params.get('event')) ?? parseSelection(params.get('sel')),
    measure: params.get('measure') === 'classes' ? 'classes' : 'counts',
    range: parseRange(params.get('range')),
    rangeMode: params.get('mode') === 'cumulative' ? 'cumulative' : 'range',
    hazards: parseHazards(params.get('hz')),
    tour: parseTour(params.get('tour'), params.get('step')),
    then: parseThen(params.get('then'), params.get('swipe'), params.get('overlay')),
    lesson: parseLesson(params.get('lesson')),
    ruby: parseRuby(params.get('ruby'), isLang(lang) ? lang : base.lang),
  };
}

export function formatHash(state: UrlState): string {
  const parts: string[] = [];
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    parts.push(`map=${zoom.toFixed(2)}/${lat.toFixed(5)}/${lon.toFixed(5)}`);
  }
  // Keep the toggle order stable so equal states give equal URLs.
  parts.push(`layers=${TOGGLE_LAYERS.filter((l) => state.layers.has(l)).join(',')}`);
  parts.push(`base=${state.basemap}`);
  parts.push(`lang=${state.lang}`);
  if (state.measure !== 'counts') parts.push(`measure=${state.measure}`);
  if (state.range) parts.push(`range=${state.range.from}-${state.range.to}`);
  if (state.rangeMode !== 'range') parts.push(`mode=${state.rangeMode}`);
  if (state.hazards.size > 0) {
    parts.push(`hz=${[...state.hazards].map(([id, o]) => `${id}:${o}`).join(',')}`);
  }
  if (state.selected?.kind === 'event') {
    parts.push(`event=${encodeURIComponent(state.selected.id)}`);
  } else if (state.selected) {
    parts.push(`sel=${state.selected.kind}:${encodeURIComponent(state.selected.id)}`);
  }
  if (state.lesson) parts.push(`lesson=${state.lesson}`);
  if (state.ruby !== null && state.ruby !== rubyDefault(state.lang)) {
    parts.push(`ruby=${state.ruby ? 1 : 0}`);
  }
  if (state.then) {
    parts.push(`then=${state.then.id}&swipe=${state.then.swipe}`);
    if (state.then.overlay !== null) parts.push(`overlay=${state.then.overlay}`);
  }
  if (state.tour)
    parts.push(`tour=${encodeURIComponent(state.tour.id)}&step=${state.tour.step + 1}`);
  return `#${parts.join('&')}`;
}
