// What the second map shows for a state: the old layer, the divider or overlay, and its words.
// Loaded with the view (compare-sync.ts), with the old layers' settings.
// Its texts first: registered before any of its views is drawn.
import '../then-now/texts';
import { THEN_CREDIT, thenById } from '../config/old-maps';
import { pick, t } from '../i18n/i18n';
import type { CoreState } from '../state/core-state';
import type { ThenState } from '../then-now/then-slice';
import type { CompareViewState } from './compare-view';

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
