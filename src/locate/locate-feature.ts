// 現在地's view and effect, in their own chunk (loaded once the map is up): the button's message,
// the map control, the position drawn with its accuracy (the feature's own layer on the map), and
// the session that asks the browser once per press.
import './texts';
import type { Feature, FeatureContext } from '../app/feature';
import type { AppState } from '../app/app-state';
import { boundsOf } from '../data/chome-geometry';
import { t } from '../i18n/i18n';
import { rubyShown } from '../i18n/ruby';
import { POSITION_OVERLAY, positionLayers } from '../map/position-style';
import { locateMessage } from './locate-message';
import { LocateSession } from './locate-session';
import { LocateView } from './locate-view';
import { boundsWith, NO_FEATURES, positionFeatures } from './position-shape';
import { insideArea } from './ward-distance';

export function mount(ctx: FeatureContext): Feature {
  const { doc } = ctx;
  const button = doc.getElementById('locate-button');
  const message = doc.getElementById('locate-message');
  if (!(button instanceof HTMLButtonElement) || !message) {
    throw new Error('#locate-button or #locate-message missing from index.html');
  }
  const view = new LocateView({
    doc,
    button,
    message,
    onAsk: () => ctx.dispatch({ type: 'locateAsk' }, 'ui'),
    onToSearch: () => doc.getElementById('place-search-input')?.focus(),
  });
  const session = new LocateSession(
    'geolocation' in navigator ? navigator.geolocation : undefined,
    ctx.dispatch,
  );
  let controlAdded = false;
  let drawn = false;

  const drawMap = (prev: AppState, s: AppState): void => {
    const map = ctx.mapView();
    if (!map) return;
    if (!controlAdded) {
      map.addControl(view.control);
      controlAdded = true;
    }
    const now = s.locate;
    if (now.kind !== 'found') {
      // What was drawn goes with a new request: an old dot would answer the wrong question.
      if (drawn) map.setOverlay(POSITION_OVERLAY, NO_FEATURES, () => positionLayers(ctx.theme));
      drawn = false;
      return;
    }
    const { lon, lat } = now.position;
    const label = t(s.lang, 'locate.here');
    map.setOverlay(POSITION_OVERLAY, positionFeatures(now.position, label), () =>
      positionLayers(ctx.theme),
    );
    drawn = true;
    // Outside the ward the map shows both (inside, the chome's answer brings it into view).
    const ward = s.data?.features.get('ward');
    if (prev.locate !== now && ward && !insideArea(ward, lon, lat)) {
      const b = boundsOf(ward.features);
      if (b) map.fitBounds(boundsWith(b, lon, lat));
    }
  };

  return {
    parts: {
      mapLocate: drawMap,
      locate: (_, s) =>
        view.render(
          s.lang,
          locateMessage(s.lang, s.locate, s.data?.features.get('ward') ?? null),
          rubyShown(s.lang, s.ruby),
          s.locate.kind === 'asking',
        ),
    },
    onChange: (prev, next, origin) => session.onChange(prev, next, origin),
    ready: () => {
      const s = ctx.state();
      drawMap(s, s);
    },
  };
}
