// Then and now's slice: the old photo or land-history layer beside (or over) today's map, in the
// URL as `then=ort_USA10&swipe=40` (divider at 40 % from the left) or `&overlay=60` (laid over the
// whole map at 60 %), and whether its tile server answers. Pure; the effect is
// compare-session.ts, the controls then-now-controls.ts, the second map src/map/compare-*.ts.
import { MAX_TILE_ERRORS } from '../config/basemaps';
import { DEFAULT_SWIPE, isThenId, type ThenId } from '../config/then-ids';
import type { CoreState, ServiceStatus } from '../state/core-state';
import { clampPercent } from '../state/percent';
import { defineSlice } from '../state/slice';

/** The then-and-now view: an old photo or land-history layer beside (or over) today's map. */
export interface ThenView {
  readonly id: ThenId;
  /** Divider position, percent of the map's width from the left (the old layer is on the left). */
  readonly swipe: number;
  /** Opacity in percent when the old layer covers the whole map instead (null: the swipe). */
  readonly overlay: number | null;
}

export interface ThenState {
  /** The then-and-now view (null: off). */
  readonly then: ThenView | null;
  /** Whether the old layer's tile server answers, and its tile failures since it did. */
  readonly thenStatus: ServiceStatus;
  readonly thenErrors: number;
}

export type ThenIntent =
  /** Show an old layer (null: leave the view), move the divider, or lay it over. */
  | { readonly type: 'then'; readonly id: ThenId | null }
  | { readonly type: 'thenSwipe'; readonly swipe: number }
  | { readonly type: 'thenOverlay'; readonly opacity: number | null }
  | { readonly type: 'thenStatus'; readonly status: ServiceStatus }
  /** A tile the old layer's server did not answer (a missing photo answers 404 and is not counted). */
  | { readonly type: 'thenTileError' };

const initial: ThenState = { then: null, thenStatus: 'unchecked', thenErrors: 0 };

function sameThen(a: ThenView | null, b: ThenView | null): boolean {
  return (
    a === b ||
    (a !== null && b !== null && a.id === b.id && a.swipe === b.swipe && a.overlay === b.overlay)
  );
}

/** Another old layer (or a URL naming one) asks its server again. */
function withThen(own: ThenState, then: ThenView | null): ThenState {
  if (sameThen(own.then, then)) return own;
  const recheck = then !== null && then.id !== own.then?.id;
  return { ...own, then, ...(recheck ? { thenStatus: 'unchecked', thenErrors: 0 } : {}) };
}

function update(own: ThenState, intent: ThenIntent): ThenState {
  const then = own.then;
  switch (intent.type) {
    case 'then':
      return withThen(
        own,
        intent.id === null
          ? null
          : { id: intent.id, swipe: then?.swipe ?? DEFAULT_SWIPE, overlay: then?.overlay ?? null },
      );
    case 'thenSwipe':
      return then ? withThen(own, { ...then, swipe: clampPercent(intent.swipe) }) : own;
    case 'thenOverlay': {
      const overlay = intent.opacity === null ? null : clampPercent(intent.opacity);
      return then ? withThen(own, { ...then, overlay }) : own;
    }
    case 'thenStatus':
      return own.thenStatus === intent.status
        ? own
        : { ...own, thenStatus: intent.status, thenErrors: 0 };
    case 'thenTileError': {
      const errors = own.thenErrors + 1;
      const fail = errors >= MAX_TILE_ERRORS && own.thenStatus === 'ok';
      return { ...own, thenErrors: errors, ...(fail ? { thenStatus: 'unavailable' } : {}) };
    }
    default:
      return own;
  }
}

function parseThen(id: string | null, swipe: string | null, overlay: string | null) {
  if (!isThenId(id)) return null;
  const pct = (text: string | null): number | null => {
    const n = text === null || text === '' ? NaN : Number(text);
    return Number.isFinite(n) ? clampPercent(n) : null;
  };
  return { id, swipe: pct(swipe) ?? DEFAULT_SWIPE, overlay: pct(overlay) };
}

export const thenSlice = defineSlice<
  ThenState,
  ThenIntent,
  CoreState,
  'mapThen' | 'thenControls',
  'then'
>({
  name: 'thenNow',
  initial,
  update,
  url: {
    params: ['then', 'swipe', 'overlay'],
    fields: ['then'],
    parse: (params) => ({
      then: parseThen(params.get('then'), params.get('swipe'), params.get('overlay')),
    }),
    format: ({ then }) =>
      then
        ? [
            `then=${then.id}&swipe=${then.swipe}`,
            ...(then.overlay !== null ? [`overlay=${then.overlay}`] : []),
          ]
        : [],
    same: (a, b) => sameThen(a.then, b.then),
    replace: (own, url) => withThen(own, url.then),
  },
  parts: [
    // The second map exists only while the view is on and its server answered.
    {
      name: 'mapThen',
      stage: 'map',
      when: (_p, _n, _o, changed) => changed('lang', 'then', 'thenStatus'),
    },
    {
      name: 'thenControls',
      stage: 'page',
      when: (_p, _n, _o, changed) => changed('lang', 'then', 'thenStatus'),
    },
  ],
});
