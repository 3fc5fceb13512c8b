// Then and now's side effect: when the state names an old layer whose server has not been asked
// yet, ask it once (one tile) and report the answer, like the background map (basemap-session.ts).
// Offline, that is one failed request and a note, never an error storm or a blank second map.
import { thenById, type ThenId } from '../config/old-maps';
import type { AppState, Intent } from '../app/app-state';

export class CompareSession {
  /** The layer being asked about; an answer about another (older) layer is dropped. */
  private asking: ThenId | null = null;

  constructor(
    private readonly dispatch: (intent: Intent) => void,
    private readonly probe: (template: string) => Promise<boolean>,
  ) {}

  onChange(_prev: AppState, next: AppState): void {
    if (!next.then || next.thenStatus !== 'unchecked') return;
    const layer = thenById(next.then.id);
    // Already asking (start-up passes the first state once more after the store has moved on).
    if (!layer || this.asking === layer.id) return;
    const id = layer.id;
    this.asking = id;
    this.dispatch({ type: 'thenStatus', status: 'checking' });
    void this.probe(layer.tiles).then((ok) => {
      if (this.asking !== id) return;
      this.asking = null;
      this.dispatch({ type: 'thenStatus', status: ok ? 'ok' : 'unavailable' });
    });
  }
}
