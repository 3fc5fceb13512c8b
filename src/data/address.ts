// Addresses as residents write them (品川区西五反田2-11-8, 西五反田２－１１－８,
// 東京都品川区西五反田二丁目11番8号) reduced to the chome they lie in. Offline and pure: the town is
// the longest known town name at the start, the chome number follows; 番・号 are never used, since
// every answer the app gives is per chome. Readings in kana are not accepted: no data we hold
// gives a reading for every town.
import type { ChomeIndex } from './chome-name';
import { parseKanjiNumber, toKanjiNumber } from './chome-name';

/** How much of what was typed the answer uses: the town only, the chome, or the chome with the block number after it left out. */
export type AddressDepth = 'town' | 'chome' | 'block';

export type AddressResult =
  | {
      readonly found: true;
      readonly kind: 'chome' | 'town';
      /** Chome code, or the town's name. */
      readonly id: string;
      readonly name: string;
      readonly depth: AddressDepth;
    }
  | { readonly found: false; readonly suggestions: readonly string[] };

// Every dash people type between address numbers (hyphen, minus, dashes, the long vowel mark
// that Japanese keyboards give for "-"), after NFKC has turned the full-width ones half-width.
const DASHES = /[‐‑‒–—―−ー-]/gu;

// A postcode, the prefecture and the ward add nothing: everything here is in 品川区.
const PREFIX = /^(?:〒?\d{3}-?\d{4})?(?:東京都)?(?:品川区)?/u;

const KANJI_RUN = /^[〇一二三四五六七八九十]+/u;

/**
 * One spelling for the variants a town name is written in: ケ・ヵ for ヶ (桐ケ谷) and ノ for の
 * (旗ノ台). Applied to both sides, so a name is never changed, only compared.
 */
function foldTown(text: string): string {
  return text.replace(/[ケヵ]/gu, 'ヶ').replace(/ノ/gu, 'の');
}

/** NFKC, no spaces, one dash, no postcode/東京都/品川区. */
export function cleanAddress(input: string): string {
  const compact = input.normalize('NFKC').replace(/\s+/gu, '').replace(DASHES, '-');
  return foldTown(compact).replace(PREFIX, '');
}

/** The chome number at the start of what follows the town, and whether anything comes after it. */
function readChome(rest: string): { chome: number; more: boolean } | null {
  const arabic = /^\d+/u.exec(rest);
  const kanji = arabic ? null : KANJI_RUN.exec(rest);
  const digits = arabic?.[0] ?? kanji?.[0];
  if (digits === undefined) return null;
  const chome = arabic ? Number(digits) : parseKanjiNumber(digits);
  if (chome === null) return null;
  let after = rest.slice(digits.length);
  const suffix = /^丁目?/u.exec(after);
  if (suffix) {
    after = after.slice(suffix[0].length);
  } else if (after !== '' && !/^[-の]/u.test(after)) {
    // 西五反田2番地 or 西五反田2号: that number is not a chome.
    return null;
  }
  return { chome, more: after.replace(/^[-の]/u, '') !== '' };
}

/**
 * Finds the chome (or town) an address lies in. Null when it does not start with one of our towns
 * followed by nothing or a number (a station, a landmark): the caller tries its other searches.
 * A town with a number it has no chome for (西五反田9丁目) is not found, with suggestions: the
 * town, then its nearest chome; it never falls back to another town's chome.
 * @param towns town names (towns.ts), among them those without chome (東八潮).
 */
export function matchAddress(
  input: string,
  chome: ChomeIndex,
  towns: readonly string[],
): AddressResult | null {
  const text = cleanAddress(input);
  // The longest town wins, so 東大井 is never read as 東 + 大井, nor 小山台 as 小山.
  let town: string | null = null;
  for (const name of towns) {
    if (text.startsWith(foldTown(name)) && (town === null || name.length > town.length)) {
      town = name;
    }
  }
  if (town === null) return null;
  const rest = text.slice(town.length);
  if (rest === '') return { found: true, kind: 'town', id: town, name: town, depth: 'town' };
  const read = readChome(rest);
  if (!read) return null;
  // A town without chome (東八潮) is one chome of its own: the number is its 番地.
  const whole = chome.lookup(town);
  if (whole) return { found: true, kind: 'chome', id: whole.code, name: whole.name, depth: 'block' };
  const match =
    read.chome >= 1 && read.chome <= 99
      ? chome.lookup(`${town}${toKanjiNumber(read.chome)}丁目`)
      : null;
  if (match) {
    return {
      found: true,
      kind: 'chome',
      id: match.code,
      name: match.name,
      depth: read.more ? 'block' : 'chome',
    };
  }
  const near = chome
    .suggest(`${town}${read.chome}丁目`, 4)
    .map((m) => m.name)
    .filter((name) => name.startsWith(town));
  return { found: false, suggestions: [town, ...near] };
}
