// URL hash <-> the core's state. The slices add their own parameters (slice.ts); compose.ts joins
// them. Format of the core's part (every part optional):
//   #map=13.20/35.61234/139.72345&layers=chome,stations&base=pale&lang=en&sel=chome:13109005006
//   #event=SH-1999-08-29&measure=classes&range=1989-2000&mode=cumulative
//   (an event detail view; which chome figures colour the map; the time selection and its mode)
//   #lang=ja-easy&ruby=0   (furigana hidden; written only when not the language's default)
// Unknown or malformed parts are ignored (a shared link never breaks the app), falling back to defaults.
import type { TimeRange } from '../data/time-range';
import { isLang, type Lang } from '../i18n/i18n';
import { rubyChoice, rubyDefault } from '../i18n/ruby';
import { PLACE_KINDS, TOGGLE_LAYERS, type PlaceKind, type ToggleLayerId } from '../data/places';
import type { BasemapChoice, CoreUrlState, Selection, View } from './core-state';

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

/** ruby=0|1: furigana off or on, written only when not the language's default. */
function parseRuby(text: string | null, lang: Lang): boolean | null {
  return text === '0' || text === '1' ? rubyChoice(lang, text === '1') : null;
}

function parseEvent(text: string | null): Selection | null {
  return text && /^[A-Za-z0-9-]+$/.test(text) ? { kind: 'event', id: text } : null;
}

/** The core's URL parameters, listed once (a unit test checks no slice reuses one). */
export const CORE_PARAMS: readonly string[] = [
  'map',
  'layers',
  'base',
  'lang',
  'event',
  'sel',
  'measure',
  'range',
  'mode',
  'ruby',
];

/** The core's URL fields from a hash's parameters; view, layers, background and language default to `base`'s. */
export function parseCoreUrl(params: URLSearchParams, base: CoreUrlState): CoreUrlState {
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
    ruby: parseRuby(params.get('ruby'), isLang(lang) ? lang : base.lang),
  };
}

/** The core's `name=value` pieces of the hash, in a stable order (equal states, equal URLs). */
export function formatCoreUrl(state: CoreUrlState): string[] {
  const parts: string[] = [];
  if (state.view) {
    const { zoom, lat, lon } = state.view;
    parts.push(`map=${zoom.toFixed(2)}/${lat.toFixed(5)}/${lon.toFixed(5)}`);
  }
  parts.push(`layers=${TOGGLE_LAYERS.filter((l) => state.layers.has(l)).join(',')}`);
  parts.push(`base=${state.basemap}`);
  parts.push(`lang=${state.lang}`);
  if (state.measure !== 'counts') parts.push(`measure=${state.measure}`);
  if (state.range) parts.push(`range=${state.range.from}-${state.range.to}`);
  if (state.rangeMode !== 'range') parts.push(`mode=${state.rangeMode}`);
  if (state.selected?.kind === 'event') {
    parts.push(`event=${encodeURIComponent(state.selected.id)}`);
  } else if (state.selected) {
    parts.push(`sel=${state.selected.kind}:${encodeURIComponent(state.selected.id)}`);
  }
  if (state.ruby !== null && state.ruby !== rubyDefault(state.lang)) {
    parts.push(`ruby=${state.ruby ? 1 : 0}`);
  }
  return parts;
}
