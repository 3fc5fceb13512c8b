// The core's render parts: the map's and the page's, each with when it must be redrawn. Slices add
// their own (slice.ts) and may ask for a core part too (the hazard readings redraw the panel);
// compose.ts orders them all and plans what to redraw after each change. Pure, so it is tested
// without a browser; main.ts runs the parts the plan returns.
import type { CoreState } from './core-state';
import type { PartSpec } from './slice';

const time = (changed: (...k: (keyof CoreState)[]) => boolean): boolean =>
  changed('range', 'rangeMode', 'measure');

export const CORE_PARTS = [
  // The map, through the MapLibre adapter
  { name: 'mapData', stage: 'map', when: (_p, _n, _o, changed) => changed('data', 'mesh') },
  { name: 'mapLayers', stage: 'map', when: (_p, _n, _o, changed) => changed('layers') },
  {
    name: 'mapBasemap',
    stage: 'map',
    when: (_p, _n, _o, changed) => changed('basemap', 'basemapStatus'),
  },
  { name: 'mapLang', stage: 'map', when: (_p, _n, _o, changed) => changed('lang') },
  {
    name: 'mapView',
    stage: 'map',
    // Only a link (or the back button) moves the map; the map's own moves are already shown.
    when: (_p, next, origin, changed) =>
      (origin === 'hash' || origin === 'tour') && next.view !== null && changed('view'),
  },
  {
    name: 'mapChoropleth',
    stage: 'map',
    when: (_p, _n, _o, changed) => time(changed) || changed('lang', 'data'),
  },
  {
    name: 'mapHighlight',
    stage: 'map',
    when: (_p, _n, _o, changed) => time(changed) || changed('data', 'selected'),
  },
  {
    name: 'mapOutside',
    stage: 'map',
    when: (_p, _n, _o, changed) => time(changed) || changed('data', 'mesh'),
  },
  // The page around it. Furigana redraw the running text that carries them (and the switch).
  { name: 'texts', stage: 'page', when: (_p, _n, _o, changed) => changed('lang', 'ruby') },
  {
    name: 'controls',
    stage: 'page',
    when: (_p, _n, _o, changed) => changed('lang', 'layers', 'basemap'),
  },
  {
    name: 'legend',
    stage: 'page',
    when: (_p, _n, _o, changed) => time(changed) || changed('lang', 'data', 'mesh'),
  },
  { name: 'search', stage: 'page', when: (_p, _n, _o, changed) => changed('lang', 'data') },
  {
    name: 'panel',
    stage: 'page',
    when: (_p, _n, _o, changed) => changed('lang', 'ruby', 'data', 'selected', 'picked'),
  },
  {
    name: 'status',
    stage: 'page',
    when: (_p, _n, _o, changed) =>
      changed('lang', 'basemap', 'basemapStatus', 'mapAvailable', 'problems'),
  },
  {
    name: 'list',
    stage: 'page',
    when: (_p, next, _o, changed) =>
      next.listOpen && (time(changed) || changed('lang', 'data', 'listOpen')),
  },
  {
    name: 'timeline',
    stage: 'page',
    when: (_p, _n, _o, changed) =>
      time(changed) || changed('lang', 'data', 'selected', 'playing', 'speed'),
  },
] as const satisfies readonly PartSpec<CoreState>[];

export type CorePart = (typeof CORE_PARTS)[number]['name'];
