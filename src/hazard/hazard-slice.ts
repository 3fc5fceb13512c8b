// The hazard layers' slice: which layers are on (and how opaque, in the URL as `hz=`), whether
// their tile servers answer, and what they say at the answer's point. Pure; the effects are in
// hazard-session.ts, the controls in ui/hazard-controls.ts.
import { MAX_TILE_ERRORS } from '../config/basemaps';
import { isHazardId, OFFLINE_MESH_ID, type HazardKey } from '../config/hazard-tiles';
import type { CoreIntent, CoreState, LonLat, ServiceStatus } from '../state/core-state';
import { clampPercent } from '../state/percent';
import { defineSlice } from '../state/slice';
import type { HazardReading, Prediction } from './read-hazards';

export interface HazardState {
  /** Hazard layers switched on, with their opacity in percent. */
  readonly hazards: ReadonlyMap<HazardKey, number>;
  readonly hazardStatus: ReadonlyMap<HazardKey, ServiceStatus>;
  readonly hazardErrors: ReadonlyMap<HazardKey, number>;
  /** Readings at the core's `queryPoint` of the layers switched on ('loading' until read). */
  readonly hazardReadings: ReadonlyMap<HazardKey, HazardReading>;
  /**
   * The predicted layers read at the latest answer's point, switched on or not (null: none read
   * yet). The panel shows it only for the point it was read at.
   */
  readonly hazardPrediction: Prediction | null;
}

export type HazardIntent =
  | { readonly type: 'hazard'; readonly id: HazardKey; readonly opacity: number | null }
  | { readonly type: 'hazardStatus'; readonly id: HazardKey; readonly status: ServiceStatus }
  | { readonly type: 'hazardTileError'; readonly id: HazardKey }
  | {
      readonly type: 'hazardReadings';
      readonly point: LonLat;
      readonly readings: ReadonlyMap<HazardKey, HazardReading>;
    }
  | { readonly type: 'hazardPrediction'; readonly prediction: Prediction };

const initial: HazardState = {
  hazards: new Map(),
  hazardStatus: new Map(),
  hazardErrors: new Map(),
  hazardReadings: new Map(),
  hazardPrediction: null,
};

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

/** hz=flood_l2_depth:70,hightide_l2:50 */
function parseHazards(text: string | null): Map<HazardKey, number> {
  const out = new Map<HazardKey, number>();
  for (const part of (text ?? '').split(',')) {
    const [id = '', opacity] = part.split(':');
    const key = id === OFFLINE_MESH_ID || isHazardId(id) ? id : undefined;
    const o = Number(opacity);
    if (key && Number.isFinite(o)) out.set(key, clampPercent(o));
  }
  return out;
}

function update(own: HazardState, intent: HazardIntent | CoreIntent, app: CoreState): HazardState {
  switch (intent.type) {
    case 'select':
      // Closing the panel forgets the tapped point, and its readings with it.
      return intent.selection || own.hazardReadings.size === 0
        ? own
        : { ...own, hazardReadings: new Map() };
    case 'pick':
      return { ...own, hazardReadings: pendingReadings(own.hazards, intent.point) };
    case 'found':
      return intent.point
        ? { ...own, hazardReadings: pendingReadings(own.hazards, intent.point) }
        : own;
    case 'mesh':
      // Readings asked for before the mesh was in are asked again.
      return own.hazards.has(OFFLINE_MESH_ID)
        ? { ...own, hazardReadings: pendingReadings(own.hazards, app.queryPoint) }
        : own;
    case 'hazard': {
      const current = own.hazards.get(intent.id) ?? null;
      const opacity = intent.opacity === null ? null : clampPercent(intent.opacity);
      if (current === opacity) return own;
      const switchedOn = current === null && opacity !== null;
      const status = own.hazardStatus.get(intent.id);
      return {
        ...own,
        hazards: withMap(own.hazards, intent.id, opacity ?? undefined),
        // A layer that failed before is asked again when switched on again.
        hazardStatus:
          switchedOn && status === 'unavailable'
            ? withMap(own.hazardStatus, intent.id, undefined)
            : own.hazardStatus,
        hazardReadings:
          opacity === null
            ? withMap(own.hazardReadings, intent.id, undefined)
            : switchedOn && app.queryPoint
              ? withMap(own.hazardReadings, intent.id, { kind: 'loading' })
              : own.hazardReadings,
      };
    }
    case 'hazardStatus': {
      if (own.hazardStatus.get(intent.id) === intent.status) return own;
      const known = intent.status === 'ok' || intent.status === 'unavailable';
      return {
        ...own,
        hazardStatus: withMap(own.hazardStatus, intent.id, intent.status),
        hazardErrors: withMap(own.hazardErrors, intent.id, 0),
        // Once the server's status is known, the layer can be read where the user tapped.
        hazardReadings:
          known && own.hazards.has(intent.id) && app.queryPoint
            ? withMap(own.hazardReadings, intent.id, { kind: 'loading' })
            : own.hazardReadings,
      };
    }
    case 'hazardTileError': {
      const errors = (own.hazardErrors.get(intent.id) ?? 0) + 1;
      const fail = errors >= MAX_TILE_ERRORS && own.hazardStatus.get(intent.id) === 'ok';
      return {
        ...own,
        hazardErrors: withMap(own.hazardErrors, intent.id, errors),
        hazardStatus: fail ? withMap(own.hazardStatus, intent.id, 'unavailable') : own.hazardStatus,
      };
    }
    case 'hazardReadings': {
      // A newer tap may have moved the query point meanwhile: the old answer is dropped.
      if (intent.point !== app.queryPoint) return own;
      const readings = new Map(own.hazardReadings);
      for (const [id, r] of intent.readings) if (own.hazards.has(id)) readings.set(id, r);
      return { ...own, hazardReadings: readings };
    }
    case 'hazardPrediction':
      return { ...own, hazardPrediction: intent.prediction };
    default:
      return own;
  }
}

export const hazardSlice = defineSlice<
  HazardState,
  HazardIntent | CoreIntent,
  CoreState,
  'mapHazards' | 'hazardControls' | 'panel',
  'hazards'
>({
  name: 'hazard',
  initial,
  update,
  url: {
    params: ['hz'],
    fields: ['hazards'],
    parse: (params) => ({ hazards: parseHazards(params.get('hz')) }),
    format: (s) =>
      s.hazards.size > 0 ? [`hz=${[...s.hazards].map(([id, o]) => `${id}:${o}`).join(',')}`] : [],
    same: (a, b) =>
      a.hazards.size === b.hazards.size &&
      [...a.hazards].every(([id, o]) => b.hazards.get(id) === o),
  },
  parts: [
    {
      name: 'mapHazards',
      stage: 'map',
      when: (_p, _n, _o, changed) => changed('hazards', 'hazardStatus', 'mesh'),
    },
    {
      name: 'hazardControls',
      stage: 'page',
      when: (_p, _n, _o, changed) => changed('lang', 'mesh', 'hazards', 'hazardStatus'),
    },
    // The place panel says what the layers read at the point.
    {
      name: 'panel',
      stage: 'page',
      when: (_p, _n, _o, changed) => changed('hazardReadings', 'hazardPrediction'),
    },
  ],
});
