// The layers that draw where I stand (現在地, src/locate/): the accuracy circle, the dot and its
// label. Pure, a function of the theme like style.ts, and checked by the style spec in a unit
// test; loaded only with the locate feature's chunk, so the first load does not carry them.
import type { LayerSpecification } from 'maplibre-gl';
import type { Theme } from '../theme/theme';
import { TEXT_FONT } from './style';

/** The overlay's source id (MapView.setOverlay). */
export const POSITION_OVERLAY = 'position';

export function positionLayers(theme: Theme): LayerSpecification[] {
  const source = POSITION_OVERLAY;
  const { dot, label } = theme.position;
  return [
    {
      id: 'position-accuracy',
      type: 'fill',
      source,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': dot, 'fill-opacity': 0.12 },
    },
    {
      // A dashed edge: the circle is a margin of error, not a boundary.
      id: 'position-accuracy-line',
      type: 'line',
      source,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': dot, 'line-width': 1.5, 'line-dasharray': [2, 2] },
    },
    {
      id: 'position-dot',
      type: 'circle',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 7,
        'circle-color': dot,
        'circle-stroke-color': theme.symbolOutline,
        'circle-stroke-width': 2.5,
      },
    },
    {
      // Named in words beside the dot, so it is not told by its colour alone.
      id: 'position-label',
      type: 'symbol',
      source,
      filter: ['==', ['geometry-type'], 'Point'],
      layout: {
        'text-field': ['get', 'label'],
        'text-font': TEXT_FONT,
        'text-size': 13,
        'text-offset': [0, 1.2],
        'text-anchor': 'top',
        'text-allow-overlap': true,
      },
      paint: { 'text-color': label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 2 },
    },
  ];
}
