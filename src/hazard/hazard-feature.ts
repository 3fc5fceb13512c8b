// The hazard layers' view and effects, in their own chunk: the controls in the sidebar (switch,
// opacity, legend, status, the offline layer) and the session that asks the tile servers and reads
// the layers at the answer's point.
import type { Feature, FeatureContext } from '../app/feature';
import type { AppState } from '../app/app-state';
import { DEFAULT_HAZARD_OPACITY, hazardLayers, type HazardKey } from '../config/hazard-layers';
import { probeTiles } from '../lib/tile-probe';
import { renderHazardControls, type OfflineState } from '../ui/hazard-controls';
import { HazardSession } from './hazard-session';

function renderControls(ctx: FeatureContext, container: HTMLElement, s: AppState): void {
  const dispatch = ctx.dispatch;
  const hazard = (id: HazardKey, opacity: number | null): void =>
    dispatch({ type: 'hazard', id, opacity }, 'ui');
  const offline: OfflineState =
    s.mesh === null
      ? { kind: 'loading' }
      : s.mesh.kind === 'loaded'
        ? { kind: 'loaded', meta: s.mesh.mesh.meta }
        : { kind: s.mesh.kind };
  const status = new Map(
    [...s.hazardStatus].map(([id, st]) => [id, st === 'unchecked' ? 'checking' : st] as const),
  );
  renderHazardControls(
    {
      doc: ctx.doc,
      container,
      layers: hazardLayers,
      onToggle: (id, on) => hazard(id, on ? (s.hazards.get(id) ?? DEFAULT_HAZARD_OPACITY) : null),
      onOpacity: hazard,
      onRetry: (id) => dispatch({ type: 'hazardStatus', id, status: 'unchecked' }, 'ui'),
    },
    s.lang,
    s.hazards,
    status,
    offline,
  );
}

export function mount(ctx: FeatureContext): Feature {
  const container = ctx.doc.getElementById('hazard-controls');
  if (!container) throw new Error('#hazard-controls missing from index.html');
  const session = new HazardSession({
    dispatch: (intent) => ctx.dispatch(intent, 'effect'),
    probe: (url) => probeTiles(url),
  });
  return {
    parts: { hazardControls: (_, s) => renderControls(ctx, container, s) },
    onChange: (prev, next) => session.onChange(prev, next),
  };
}
