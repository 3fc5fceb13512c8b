// Finds a chome or station from what a person types: 中延6丁目, 中延６, 中延六丁目, 五反田駅 …
import type { ChomeIndex } from './chome-name';
import { normaliseChomeName } from './chome-name';

export type SearchResult =
  | { readonly found: true; readonly kind: 'chome' | 'station'; readonly id: string; readonly name: string }
  | { readonly found: false; readonly suggestions: readonly string[] };

function cleanStation(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/駅$/, '');
}

export function searchPlaces(
  input: string,
  chome: ChomeIndex,
  stations: readonly string[],
): SearchResult {
  const text = input.trim();
  if (text === '') return { found: false, suggestions: [] };
  const match = chome.lookup(text);
  if (match) return { found: true, kind: 'chome', id: match.code, name: match.name };
  const station = cleanStation(text);
  if (stations.includes(station)) return { found: true, kind: 'station', id: station, name: station };
  // A bare town name ("二葉") is not a chome: offer its chome and similar names instead.
  // (Some towns share their name with a station, e.g. 中延: the station is found above.)
  const normalised = normaliseChomeName(text);
  const stationHits = stations.filter((s) => s.includes(station) || station.includes(s)).slice(0, 3);
  return { found: false, suggestions: [...chome.suggest(normalised, 4).map((m) => m.name), ...stationHits] };
}
