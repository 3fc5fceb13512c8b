// The 現在地 effect: asks the browser for the position once per press (never watches it), reports
// the answer with an intent, then answers for the point as a tap there would (`pick`). Keeps
// nothing the page shows; the position lives only in the state, in memory.
import type { AppState, Intent, Origin } from '../app/app-state';
import { chomePickedAt } from '../data/app-data';
import { failureOf } from './position-rules';

/** What is asked of the browser, declared once. */
export const GEOLOCATION_OPTIONS: PositionOptions = {
  // A phone's GPS when it has one: a chome is a few hundred metres across.
  enableHighAccuracy: true,
  // Indoors a GPS fix may never come: after this, say so and point to the search.
  timeout: 15_000,
  // A fresh position on every press: a cached one is where the resident stood, maybe streets
  // away by now (a second press after walking gave the first answer again).
  maximumAge: 0,
};

/** navigator.geolocation's one method used here (a fake in unit tests). */
export type Geolocator = Pick<Geolocation, 'getCurrentPosition'>;

export class LocateSession {
  /** The request already answered with a `pick` (each is answered once). */
  private answered = 0;

  constructor(
    private readonly geo: Geolocator | undefined,
    private readonly dispatch: (intent: Intent, origin: Origin) => void,
  ) {}

  onChange(prev: AppState, next: AppState, origin: Origin): void {
    const now = next.locate;
    if (now.kind === 'asking' && (prev.locate !== now || origin === 'init')) this.ask(now.n);
    // Answered once the data is in (a position that came first waits for it).
    if (now.kind === 'found' && this.answered !== now.n && next.data) {
      this.answered = now.n;
      const point = [now.position.lon, now.position.lat] as const;
      // The user's own button: the panel takes focus and the map fits the chome, as for a search.
      this.dispatch({ type: 'pick', places: chomePickedAt(next.data.places, point), point }, 'ui');
    }
  }

  private ask(n: number): void {
    const report = (result: Extract<Intent, { type: 'locateResult' }>['result']): void =>
      this.dispatch({ type: 'locateResult', n, result }, 'effect');
    if (!this.geo) return report({ failure: 'unsupported' });
    this.geo.getCurrentPosition(
      (p) =>
        report({ lon: p.coords.longitude, lat: p.coords.latitude, accuracyM: p.coords.accuracy }),
      (e) => report({ failure: failureOf(e.code) }),
      GEOLOCATION_OPTIONS,
    );
  }
}
