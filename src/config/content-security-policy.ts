// The Content-Security-Policy of the built site: injected as a <meta> tag by vite.config.ts and
// given as the header to send in README.md ("Build for hosting"). Scripts, styles and fonts come
// only from the site itself; the network only reaches the site and the tile hosts in src/config.
import { basemaps } from './basemaps';
import { hazardLayers } from './hazard-layers';
import { thenLayers } from './old-maps';

/** Origins of every tile template the app may request, once each, in a stable order. */
export function tileOrigins(): string[] {
  const templates = [
    ...basemaps.map((b) => b.tiles),
    ...hazardLayers.map((h) => h.tiles),
    ...thenLayers.map((l) => l.tiles),
  ];
  const origins = templates.map((t) => new URL(t.replace(/\{[xyz]\}/g, '0')).origin);
  return [...new Set(origins)].sort();
}

export function contentSecurityPolicy(): string {
  const tiles = tileOrigins().join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    // MapLibre 5 starts its worker from a blob: URL made of code in its own bundle.
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    "style-src 'self'",
    // data: and blob: are images MapLibre and the app make in the page (icons, decoded tiles).
    `img-src 'self' data: blob: ${tiles}`,
    `connect-src 'self' ${tiles}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
