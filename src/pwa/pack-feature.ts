// The offline pack's view and effect, in their own chunk: the data release and the pack's status
// at the foot of the sidebar, and the service worker, registered now (the map is up).
import type { Feature, FeatureContext } from '../app/feature';
import { dataRelease } from '../data/data-release-value';
import { OfflinePack } from './offline-pack';

export function mount(ctx: FeatureContext): Feature {
  const container = ctx.doc.getElementById('pack-status');
  if (!container) throw new Error('#pack-status missing from index.html');
  const pack = new OfflinePack({
    doc: ctx.doc,
    container,
    release: dataRelease,
    dispatch: (intent) => ctx.dispatch(intent, 'effect'),
  });
  return {
    parts: { pack: (_, s) => pack.render(s) },
    ready: () => pack.start(),
  };
}
