// The map itself (src/map/map-sync.ts, main.ts): やさしい日本語, only the texts that need rewriting; the
// others are shown in standard Japanese (texts.ja.ts).
import type { MapTextKey } from './texts.ja';

export const mapEasy: Readonly<Partial<Record<MapTextKey, string>>> = {};
