// The hazard layers' side effects: asks each switched-on online layer's server once (a probe) and
// reads the layers at the query point. It only fulfils what the state asks for — a layer with no
// known status, readings marked 'loading' — and reports back through intents.
import { hazardById, OFFLINE_MESH_ID, type HazardKey } from '../config/hazard-layers';
import type { AppState, Intent } from '../app/app-state';
import { readHazards, type HazardReading } from './read-hazards';

export interface HazardSessionDeps {
  readonly dispatch: (intent: Intent) => void;
  /** Whether a tile server answers (one request). */
  readonly probe: (template: string) => Promise<boolean>;
  readonly read?: typeof readHazards;
}

export class HazardSession {
  private readonly read: typeof readHazards;
  /** Layers being read now, with the point they are read at. */
  private readonly reading = new Map<HazardKey, readonly [number, number]>();

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
