// Then and now's view and effects, in their own chunk: the controls (which old layer, swipe or
// overlay, its source, its status) and the session that asks the old layer's tile server once.
// The second map itself is the map's part (src/map/compare-sync.ts).
// Its texts first: registered before any of its views is drawn.
import './texts';
import type { Feature, FeatureContext } from '../app/feature';
import { probeTiles } from '../lib/tile-probe';
import { CompareSession } from '../map/compare-session';
import { renderThenNowControls } from './then-now-controls';

export function mount(ctx: FeatureContext): Feature {
  const { doc } = ctx;
  const container = doc.getElementById('then-now');
  const mapNote = doc.getElementById('then-note');
  if (!container || !mapNote) throw new Error('#then-now or #then-note missing from index.html');
  const session = new CompareSession(
    (intent) => ctx.dispatch(intent, 'effect'),
    (url) => probeTiles(url),
  );
  const dispatch = (intent: Parameters<FeatureContext['dispatch']>[0]): void =>
    ctx.dispatch(intent, 'ui');
  return {
    parts: {
      thenControls: (_, s) =>
        renderThenNowControls(
          {
            doc,
            container,
            mapNote,
            onChoose: (id) => dispatch({ type: 'then', id }),
            onOverlay: (opacity) => dispatch({ type: 'thenOverlay', opacity }),
            onRetry: () => dispatch({ type: 'thenStatus', status: 'unchecked' }),
            onShowSource: () => ctx.openCredits('old-maps'),
          },
          s.lang,
          s.then,
          s.thenStatus,
        ),
    },
    onChange: (prev, next) => session.onChange(prev, next),
  };
}
