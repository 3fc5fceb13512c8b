// Stand-in for src/map/maplibre-setup.ts in the MapLibre 6 build of bench/first-render.ts.
// MapLibre 6 no longer inlines its worker: by default it looks for maplibre-gl-worker.mjs next to
// its own module URL, which Vite's bundling breaks. Importing the worker with `?url` makes Vite
// emit it as a hashed asset and gives us its final URL to hand to MapLibre.
// 'maplibre-gl' (and its dist/ paths) are aliased to the maplibre-gl-v6 package in that build;
// the specifiers stay as the app would write them after a real upgrade.
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

export function configureMapLibre(): void {
  setWorkerUrl(workerUrl);
}
