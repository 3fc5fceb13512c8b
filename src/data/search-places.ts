// Finds a place from what a person types: a chome in any digit style (中延6丁目, 中延６, 中延六丁目),
// a town (北品川: its chome together), a station with or without 駅 (五反田, 五反田駅), an address
// (品川区西五反田2-11-8: its chome, saying how much of it was used), a postcode (〒141-0031: its town,
// part of a town or chome), a name in romaji (Nishi-Gotanda 2).
import type { AddressDepth, matchAddress } from './address';
import type { ChomeIndex } from './chome-name';
import { normaliseChomeName } from './chome-name';
import type { PostcodeSaid } from './postcodes';

export type SearchKind = 'chome' | 'town' | 'station';

export type SearchResult =
  | {
      readonly found: true;
      readonly kind: SearchKind;
      readonly id: string;
      readonly name: string;
      /** Only for an address: how much of it the answer uses. */
      readonly depth?: AddressDepth;
      /** Only for a postcode: the code and what of the place it covers. */
      readonly postcode?: PostcodeSaid;
    }
  | {
      readonly found: false;
      readonly suggestions: readonly string[];
      /** Only for a postcode: why nothing was found. */
      readonly postcode?: PostcodeSaid;
    };

function clean(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/**
 * @param towns town names (see towns.ts). A name that is both a town and a station (北品川) finds
 *   the town; typed with 駅 it finds the station.
 * @param address address.ts's matcher, passed in rather than imported so the app can load it with
 *   the first search instead of in the first load; without it addresses are not read.
 * @param romaji romaji-search.ts's matcher over the English names, passed in for the same reason;
 *   it answers only what has a Latin letter in it.
 */
export function searchPlaces(
  input: string,
  chome: ChomeIndex,
  stations: readonly string[],
  towns: readonly string[] = [],
  address: typeof matchAddress | null = null,
  postcode: ((text: string) => SearchResult | null) | null = null,
  romaji: ((text: string) => SearchResult | null) | null = null,
): SearchResult {
  const text = input.trim();
  if (text === '') return { found: false, suggestions: [] };
  const match = chome.lookup(text);
  if (match) return { found: true, kind: 'chome', id: match.code, name: match.name };
  const typed = clean(text);
  const station = typed.replace(/駅$/, '');
  const town = towns.find((t) => clean(t) === typed);
  if (town && !typed.endsWith('駅')) return { found: true, kind: 'town', id: town, name: town };
  if (stations.includes(station)) return { found: true, kind: 'station', id: station, name: station };
  const coded = postcode?.(text) ?? null;
  if (coded) return coded;
  const roman = romaji?.(text) ?? null;
  if (roman) return roman;
  // Addresses come after the names, so a station that starts like a town (戸越公園) stays a station.
  const located = address?.(text, chome, towns) ?? null;
  if (located) return located;
  // Otherwise suggest: chome like it, towns and stations whose name contains it (or the reverse).
  const normalised = normaliseChomeName(text);
  const like = (name: string): boolean => name.includes(station) || station.includes(name);
  return {
    found: false,
    suggestions: [
      ...towns.filter((t) => t !== station && like(t)).slice(0, 3),
      ...chome.suggest(normalised, 4).map((m) => m.name),
      ...stations.filter(like).slice(0, 3),
    ],
  };
}
