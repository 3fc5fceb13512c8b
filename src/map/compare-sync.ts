// Then and now, from the state: makes the second map when the view is on and its server answered,
// updates it, and removes it (with its WebGL context) when the view goes off or the server fails.
// The view's code is its own chunk, loaded the first time the view is switched on.
import { THEN_CREDIT, thenById } from '../config/old-maps';
import { pick, t } from '../i18n/i18n';
import type { CoreState } from '../state/core-state';
import type { ThenIntent, ThenState } from '../then-now/then-slice';
import type { CompareHost, CompareView, CompareViewState } from './compare-view';

/** The compare view's state for an app state, or null when no second map should exist. */
export function compareViewState(s: CoreState & ThenState): CompareViewState | null {
  const layer = s.then && s.thenStatus === 'ok' ? thenById(s.then.id) : undefined;
  if (!s.then || !layer) return null;
  const thenLabel = pick(s.lang, layer.title);
  return {
    layer,
    swipe: s.then.swipe,
    overlay: s.then.overlay,
    words: {
      slider: t(s.lang, 'then.divider'),
      position: (percent) => t(s.lang, 'then.dividerValue', { percent, then: thenLabel }),
      thenLabel,
      nowLabel: t(s.lang, 'then.now'),
      credit: THEN_CREDIT,
    },
  };
}

export class CompareSync {
  private view: CompareView | null = null;
  private loading: Promise<void> | null = null;
  private wanted: CompareViewState | null = null;

  constructor(
    private readonly host: () => CompareHost,
    private readonly report: (intent: ThenIntent) => void,
  ) {}

  apply(s: CoreState & ThenState): void {
    this.wanted = compareViewState(s);
    if (this.loading) return;
    this.sync();
  }

  private sync(): void {
    const wanted = this.wanted;
    if (!wanted) {
      this.view?.remove();
      this.view = null;
      return;
    }
    if (this.view) {
      this.view.update(wanted);
      return;
    }
    this.loading = import('./compare-view')
      .then(({ CompareView }) => {
        this.loading = null;
        // The state may have moved on while the code loaded: build what it wants now.
        if (!this.wanted) return;
        this.view = new CompareView(this.host(), this.wanted, {
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
