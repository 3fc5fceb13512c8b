// The online background's side effect: when the state says the background's server has not been
// asked yet, ask it once (one tile) and report the answer. Offline, that is one failed request and
// a note, never an error storm.
import { basemaps } from '../config/basemaps';
import type { AppState, Intent } from '../app/app-state';

export class BasemapSession {
  constructor(
    private readonly dispatch: (intent: Intent) => void,
    private readonly probe: (template: string) => Promise<boolean>,
  ) {}

  onChange(_prev: AppState, next: AppState): void {
    if (next.basemapStatus !== 'unchecked') return;
    // With the background switched off there is nothing to ask until it is switched on again.
    if (next.basemap === 'none') return;
    const config = basemaps.find((b) => b.id === next.basemap);
    if (!config) return;
    this.dispatch({ type: 'basemapStatus', status: 'checking' });
    void this.probe(config.tiles).then((ok) =>
      this.dispatch({ type: 'basemapStatus', status: ok ? 'ok' : 'unavailable' }),
    );
  }
}
