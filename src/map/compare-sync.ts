// Then and now, from the state: makes the second map when the view is on and its server answered,
// updates it, and removes it (with its WebGL context) when the view goes off or the server fails.
// The view's code and the old layers' settings (compare-state.ts) are their own chunk, loaded the
// first time the view is switched on.
import type { CoreState } from '../state/core-state';
import type { ThenIntent, ThenState } from '../then-now/then-slice';
import type { CompareHost, CompareView } from './compare-view';

type Shown = CoreState & ThenState;

export class CompareSync {
  private view: CompareView | null = null;
  private loading: Promise<void> | null = null;
  /** The state to show, while the view is on and its server answered (null: no second map). */
  private wanted: Shown | null = null;
  private toViewState: typeof import('./compare-state').compareViewState | null = null;

  constructor(
    private readonly host: () => CompareHost,
    private readonly report: (intent: ThenIntent) => void,
  ) {}

  apply(s: Shown): void {
    this.wanted = s.then && s.thenStatus === 'ok' ? s : null;
    if (this.loading) return;
    this.sync();
  }

  private sync(): void {
    const wanted = this.wanted && this.toViewState ? this.toViewState(this.wanted) : null;
    if (!this.wanted || (this.toViewState && !wanted)) {
      this.view?.remove();
      this.view = null;
      return;
    }
    if (this.view && wanted) {
      this.view.update(wanted);
      return;
    }
    this.loading = Promise.all([import('./compare-view'), import('./compare-state')])
      .then(([{ CompareView }, { compareViewState }]) => {
        this.loading = null;
        this.toViewState = compareViewState;
        // The state may have moved on while the code loaded: build what it wants now.
        const now = this.wanted ? compareViewState(this.wanted) : null;
        if (!now) return;
        this.view = new CompareView(this.host(), now, {
          onSwipe: (swipe) => this.report({ type: 'thenSwipe', swipe }),
          onTileError: () => this.report({ type: 'thenTileError' }),
        });
      })
      .catch((e: unknown) => {
        // The chunk could not load (offline before it was ever fetched), or the second map could
        // not be made (no WebGL context left; the view has removed what it had put in the page):
        // say the layer failed.
        this.loading = null;
        console.warn('then-and-now view failed to load', e);
        this.report({ type: 'thenStatus', status: 'unavailable' });
      });
  }
}
