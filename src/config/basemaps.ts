// Online background maps (地理院タイル). URLs, zoom ranges and the credit GSI requires live here
// and nowhere else. Source: ../shared/data-sources/hazard-tiles/tile_sources.json.
import type { Bilingual } from '../data/schema';

export type BasemapId = 'pale' | 'std' | 'photo';

export interface BasemapConfig {
  readonly id: BasemapId;
  readonly title: Bilingual;
  readonly tiles: string;
  readonly tileSize: number;
  readonly minzoom: number;
  readonly maxzoom: number;
  /** Shown by the map's attribution control whenever this layer is visible (GSI terms). */
  readonly attribution: string;
  readonly termsUrl: string;
}

const gsiAttribution =
  '出典：<a href="https://maps.gsi.go.jp/development/ichiran.html" target="_blank" rel="noopener">国土地理院（地理院タイル）</a>';
const gsiTerms = 'https://www.gsi.go.jp/kikakuchousei/kikakuchousei40182.html';

export const basemaps: readonly BasemapConfig[] = [
  {
    id: 'pale',
    title: { ja: '淡色地図', en: 'Pale map' },
    tiles: 'https://cyberjapandata.gsi.go.jp/xyz/pale/{z}/{x}/{y}.png',
    tileSize: 256,
    minzoom: 5,
    maxzoom: 18,
    attribution: gsiAttribution,
    termsUrl: gsiTerms,
  },
  {
    id: 'std',
    title: { ja: '標準地図', en: 'Standard map' },
    tiles: 'https://cyberjapandata.gsi.go.jp/xyz/std/{z}/{x}/{y}.png',
    tileSize: 256,
    minzoom: 5,
    maxzoom: 18,
    attribution: gsiAttribution,
    termsUrl: gsiTerms,
  },
  {
    id: 'photo',
    title: { ja: '航空写真（全国最新写真）', en: 'Aerial photo (seamless)' },
    tiles: 'https://cyberjapandata.gsi.go.jp/xyz/seamlessphoto/{z}/{x}/{y}.jpg',
    tileSize: 256,
    minzoom: 2,
    maxzoom: 18,
    attribution: gsiAttribution,
    termsUrl: gsiTerms,
  },
];

/** Plain-text credit for the credits dialog and print. */
export const GSI_CREDIT_TEXT =
  '出典：国土地理院（地理院タイル） https://maps.gsi.go.jp/development/ichiran.html';

/** The z12 tile that covers central Shinagawa: one request tells whether the service is reachable. */
export const PROBE_TILE = { z: 12, x: 3637, y: 1613 } as const;

export function tileUrl(template: string, tile: { z: number; x: number; y: number }): string {
  return template
    .replace('{z}', String(tile.z))
    .replace('{x}', String(tile.x))
    .replace('{y}', String(tile.y));
}

/** Give up on the online background after this many tile failures, instead of retrying forever. */
export const MAX_TILE_ERRORS = 3;
/** How long the reachability probe may take before the map is drawn without it. */
export const PROBE_TIMEOUT_MS = 4000;
