// The map itself (src/map/map-sync.ts, main.ts): English, key for key with texts.ja.ts.
import type { MapTextKey } from './texts.ja';

export const mapEn: Readonly<Record<MapTextKey, string>> = {
  'map.label': 'Map of Shinagawa showing chome, stations and evacuation sites.',
  'map.attribution.data': 'Shinagawa City, e-Stat, MLIT and others (see Data sources)',
};
