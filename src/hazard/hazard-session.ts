// The hazard layers' side effects: asks each switched-on online layer's server once (a probe),
// reads the switched-on layers at the query point, and reads the predicted layers at the point of
// the answer shown (none of them drawn). It only fulfils what the state asks for — a layer with no
// known status, readings marked 'loading', an answer at a point not read yet — and reports back
// through intents.
import {
  hazardById,
  OFFLINE_MESH_ID,
  PREDICTED_LAYERS,
  type HazardKey,
} from '../config/hazard-layers';
import type { AppState, Intent } from '../app/app-state';
import { answerPoint, samePoint } from '../ui/answer-query';
import type { OfflineMesh } from './load-offline-mesh';
import { readHazards, type HazardReading } from './read-hazards';

/** Today in Tokyo as YYYY-MM-DD (sv-SE writes dates that way). */
function tokyoDay(now: Date): string {
  return now.toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
}

/** The prediction asked for last: its point and the offline mesh it could fall back on. */
interface Asked {
  readonly point: readonly [number, number];
  readonly mesh: OfflineMesh | null;
  readonly abort: AbortController;
}

export interface HazardSessionDeps {
  readonly dispatch: (intent: Intent) => void;
  /** Whether a tile server answers (one request). */
  readonly probe: (template: string) => Promise<boolean>;
  readonly read?: typeof readHazards;
  readonly fetch?: typeof fetch;
  readonly now?: () => Date;
}

export class HazardSession {
  private readonly read: typeof readHazards;
  /** Layers being read now, with the point they are read at. */
  private readonly reading = new Map<HazardKey, readonly [number, number]>();
  private asked: Asked | null = null;

  constructor(private readonly deps: HazardSessionDeps) {
    this.read = deps.read ?? readHazards;
  }

  onChange(prev: AppState, next: AppState): void {
    for (const id of next.hazards.keys()) {
      if (id === OFFLINE_MESH_ID) continue;
      const status = next.hazardStatus.get(id) ?? 'unchecked';
      if (status === 'unchecked') void this.check(id);
    }
    if (next.hazardReadings !== prev.hazardReadings || next === prev) this.readPending(next);
    const moved = (['selected', 'picked', 'queryPoint', 'data', 'mesh'] as const).some(
      (k) => next[k] !== prev[k],
    );
    if (moved || next === prev) this.predict(next);
  }

  /**
   * Reads the predicted layers at the answer's point, once per point (and again when the offline
   * mesh arrives, or when chosen again after failing); a reading for a point the answer has left
   * is aborted and never reported.
   */
  private predict(s: AppState): void {
    const point = answerPoint(s);
    const mesh = s.mesh?.kind === 'loaded' ? s.mesh.mesh : null;
    const asked = this.asked;
    const same = asked && point && samePoint(asked.point, point) && asked.mesh === mesh;
    // Chosen again after the portal could not be reached: asked again (the network may be back).
    if (same && !unreachedAt(s, point)) return;
    asked?.abort.abort();
    this.asked = null;
    if (!point) return;
    const abort = new AbortController();
    const current: Asked = { point, mesh, abort };
    this.asked = current;
    const fetchFn = this.deps.fetch ?? fetch;
    void this.read(mesh ? [...PREDICTED_LAYERS, OFFLINE_MESH_ID] : PREDICTED_LAYERS, point, {
      unreachable: (id) => s.hazardStatus.get(id) === 'unavailable',
      mesh,
      fetch: (input, init) => fetchFn(input, { ...init, signal: abort.signal }),
    }).then((readings) => {
      if (this.asked !== current) return;
      const readOn = tokyoDay((this.deps.now ?? (() => new Date()))());
      this.deps.dispatch({ type: 'hazardPrediction', prediction: { point, readOn, readings } });
    });
  }

  private async check(id: HazardKey): Promise<void> {
    const layer = hazardById(id);
    if (!layer) return;
    this.deps.dispatch({ type: 'hazardStatus', id, status: 'checking' });
    const ok = await this.deps.probe(layer.tiles);
    this.deps.dispatch({ type: 'hazardStatus', id, status: ok ? 'ok' : 'unavailable' });
  }

  /** Reads the layers still 'loading' at the query point, unless their server is being asked. */
  private readPending(s: AppState): void {
    const point = s.queryPoint;
    if (!point) return;
    const ids = [...s.hazardReadings]
      .filter(([id, r]) => r.kind === 'loading' && this.ready(s, id))
      .map(([id]) => id)
      .filter((id) => this.reading.get(id) !== point);
    if (ids.length === 0) return;
    for (const id of ids) this.reading.set(id, point);
    void this.read(ids, point, {
      unreachable: (id) => s.hazardStatus.get(id) === 'unavailable',
      mesh: s.mesh?.kind === 'loaded' ? s.mesh.mesh : null,
    }).then((readings: Map<HazardKey, HazardReading>) => {
      for (const id of ids) if (this.reading.get(id) === point) this.reading.delete(id);
      this.deps.dispatch({ type: 'hazardReadings', point, readings });
    });
  }

  private ready(s: AppState, id: HazardKey): boolean {
    if (id === OFFLINE_MESH_ID) return s.mesh !== null;
    const status = s.hazardStatus.get(id);
    return status === 'ok' || status === 'unavailable';
  }
}

/** Whether the prediction held for this point found none of the predicted layers' servers. */
function unreachedAt(s: AppState, point: readonly [number, number]): boolean {
  const p = s.hazardPrediction;
  return (
    p !== null &&
    samePoint(p.point, point) &&
    PREDICTED_LAYERS.every((id) => p.readings.get(id)?.kind === 'unavailable')
  );
}
