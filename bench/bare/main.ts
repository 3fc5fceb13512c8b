// The floor for the first-render benchmark: the least a page can do to draw the same chome file
// with its labels in the same MapLibre — one GeoJSON source (fetched by MapLibre's worker), a fill,
// an outline and a label layer, local fonts — and mark the same 'fhm:map-ready' when it is idle
// (and 'fhm:map-complete': it has nothing more to draw).
import { Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import chome from '../../data/shinagawa_chome_2015_simplified.geojson?url';

const map = new MapLibreMap({
  container: 'map',
  bounds: [
    [139.6954, 35.5849],
    [139.7736, 35.6419],
  ],
  fitBoundsOptions: { padding: 16 },
  fadeDuration: 0,
  style: {
    version: 8,
    sources: { chome: { type: 'geojson', data: new URL(chome, location.href).href } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } },
      { id: 'chome-fill', type: 'fill', source: 'chome', paint: { 'fill-color': '#deebf7' } },
      { id: 'chome-line', type: 'line', source: 'chome', paint: { 'line-color': '#5f6b76' } },
      {
        id: 'chome-label',
        type: 'symbol',
        source: 'chome',
        layout: {
          'text-field': ['get', 'name_kanji'],
          'text-font': ['Noto Sans CJK JP', 'Noto Sans JP', 'sans-serif'],
          'text-size': 11,
        },
      },
    ],
  },
});
map.once('idle', () => {
  performance.mark('fhm:map-ready');
  document.documentElement.dataset.mapReady = 'true';
  performance.mark('fhm:map-complete');
  document.documentElement.dataset.mapComplete = 'true';
});
