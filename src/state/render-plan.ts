// The one place that decides what to redraw after a state change, and in which order: first the
// map (so what the user sees moves first), then the panels, then the URL. Pure, so it is tested
// without a browser; main.ts runs the parts it returns.
import type { AppState, Origin } from './app-state';
import { sameState } from './app-state';

export type RenderPart =
  // The map, through the MapLibre adapter
  | 'mapData'
  | 'mapLayers'
  | 'mapBasemap'
  | 'mapLang'
  | 'mapView'
  | 'mapHazards'
  | 'mapChoropleth'
  | 'mapHighlight'
  | 'mapOutside'
  | 'mapThen'
  // The page around it
  | 'texts'
  | 'controls'
  | 'hazardControls'
  | 'thenControls'
  | 'legend'
  | 'search'
  | 'panel'
  | 'status'
  | 'pack'
  | 'list'
  | 'timeline'
  | 'tour'
  | 'lesson'
  | 'hash';

/** Every part, in the order they run. */
export const RENDER_ORDER: readonly RenderPart[] = [
  'mapData',
  'mapLayers',
  'mapBasemap',
  'mapLang',
  'mapView',
  'mapHazards',
  'mapChoropleth',
  'mapHighlight',
  'mapOutside',
  'mapThen',
  'texts',
  'controls',
  'hazardControls',
  'thenControls',
  'legend',
  'search',
  'panel',
  'status',
  'pack',
  'list',
  'timeline',
  'tour',
  'lesson',
  'hash',
];

/**
 * The map's parts, in order: what a map created after the page (it waits for the data, see
 * main.ts) runs once to catch up with the state.
 */
export const MAP_PARTS: readonly RenderPart[] = RENDER_ORDER.filter((p) => p.startsWith('map'));

/** What to redraw when going from `prev` to `next` (with `prev === next` at start: everything). */
export function planRender(prev: AppState, next: AppState, origin: Origin): RenderPart[] {
  if (origin === 'init') return [...RENDER_ORDER];
  const changed = <K extends keyof AppState>(...keys: K[]): boolean =>
    keys.some((k) => prev[k] !== next[k]);
  const time = changed('range', 'rangeMode', 'measure');
  const data = changed('data');
  const mesh = changed('mesh');
  const lang = changed('lang');
  // Furigana redraw the running text that carries them (and the switch itself, in 'texts').
  const ruby = changed('ruby');
  const want: Record<RenderPart, boolean> = {
    mapData: data || mesh,
    mapLayers: changed('layers'),
    mapBasemap: changed('basemap', 'basemapStatus'),
    mapLang: lang,
    // Only a link (or the back button) moves the map; the map's own moves are already shown.
    mapView: (origin === 'hash' || origin === 'tour') && next.view !== null && changed('view'),
    mapHazards: changed('hazards', 'hazardStatus') || mesh,
    mapChoropleth: time || lang || data,
    mapHighlight: time || data || changed('selected'),
    mapOutside: time || data || mesh,
    // Then and now: the second map exists only while the view is on and its server answered.
    mapThen: lang || changed('then', 'thenStatus'),
    texts: lang || ruby,
    controls: lang || changed('layers', 'basemap'),
    hazardControls: lang || mesh || changed('hazards', 'hazardStatus'),
    thenControls: lang || changed('then', 'thenStatus'),
    legend: time || lang || data || mesh,
    search: lang || data,
    panel: lang || ruby || data || changed('selected', 'picked', 'hazardReadings'),
    status: lang || changed('basemap', 'basemapStatus', 'mapAvailable', 'problems'),
    // The data date and the offline pack's state, at the foot of the sidebar.
    pack: lang || changed('pack'),
    list: next.listOpen && (time || lang || data || changed('listOpen')),
    timeline: time || lang || data || changed('selected', 'playing', 'speed'),
    tour: lang || ruby || changed('tour', 'tours', 'lessonTour'),
    // The lesson maker: its draft, and (while open) what "add this view" would capture.
    lesson:
      lang ||
      changed('lessonEditor', 'lessonNotice', 'tour', 'lessonTour', 'lesson') ||
      (next.lessonEditor.open &&
        (data || changed('selected', 'range', 'view', 'layers', 'hazards'))),
    hash: origin !== 'hash' && !sameState(prev, next),
  };
  return RENDER_ORDER.filter((part) => want[part]);
}
