// Postcodes of the ward (data/shinagawa_postcodes.csv, from Japan Post's table) read as a place:
// 〒141-0031 → 西五反田 (all its chome), 140-0001 → 北品川一〜四丁目 (part of a town), 141-6001 →
// 大崎二丁目 (a building's floor code). Pure; loaded with the search (postcode-chunk.ts), not at start.
import type { ChomeIndex } from './chome-name';
import type { SearchResult } from './search-places';
import { chomeNumber, chomeSpan, townOfSelection, type TownIndex } from './towns';
import type { CsvRow } from './validate-csv';

/** What a postcode answer says besides the place: the code, and what it covers of it. */
export interface PostcodeSaid {
  /** 141-0031 */
  readonly code: string;
  /**
   * found: a place; building: a building's own code, answered with the chome it stands in (from its
   * address, not from Japan Post); wardWide: 140-0000, which names no town; notInWard: not one of
   * the ward's codes.
   */
  readonly said: 'found' | 'building' | 'wardWide' | 'notInWard';
  /** What of the place the code covers, in Japan Post's or the chome's words (一〜八丁目, 大崎ThinkParkTower(1階)). */
  readonly detail: string;
}

export type PostcodeResult = SearchResult & { readonly postcode: PostcodeSaid };

// Every dash a postcode is typed with, after NFKC (hyphen, dashes, minus, ー from a Japanese keyboard).
const POSTCODE = /^(?:〒|郵便番号)?(\d{3})[‐‑‒–—―−ー-]?(\d{4})$/u;

/** The 7 digits of something typed as a postcode (〒 optional, any dash, full-width digits), or null. */
export function postcodeDigits(input: string): string | null {
  const m = POSTCODE.exec(input.normalize('NFKC').replace(/\s+/gu, ''));
  return m ? `${m[1]}${m[2]}` : null;
}

const hyphenated = (digits: string): string => `${digits.slice(0, 3)}-${digits.slice(3)}`;

/**
 * A postcode reader over the file's rows (already validated) and the places they name: null for
 * text that is not a postcode, so the search goes on; a place, or "not found" saying why.
 */
export function createPostcodeMatcher(
  rows: readonly CsvRow[],
  towns: TownIndex,
  chome: ChomeIndex,
): (input: string) => PostcodeResult | null {
  const byCode = new Map(rows.map((r) => [r.values.postcode ?? '', r.values]));
  return (input) => {
    const digits = postcodeDigits(input);
    if (digits === null) return null;
    const code = hyphenated(digits);
    const row = byCode.get(digits);
    const town = row?.town ?? '';
    if (!row || town === '') {
      return {
        found: false,
        suggestions: [],
        postcode: { code, said: row ? 'wardWide' : 'notInWard', detail: '' },
      };
    }
    const list = row.chome ?? '';
    const numbers = list === 'all' ? [] : list.split(';').map(Number);
    const area = (row.japan_post_area ?? '').normalize('NFKC').replace(/^品川区/u, '');
    const whole = towns.towns.get(town);
    // A town without chome (東八潮) is a chome of its own; a building's code, the chome it stands in.
    const single = whole && whole.codes.length === 1 && list === 'all' ? chome.lookup(town) : null;
    const one = numbers.length === 1 && numbers[0] !== undefined ? chome.lookup(chomeSpan(town, numbers)) : null;
    const match = single ?? one;
    if (match) {
      const building = row.source_class === 'secondary';
      return {
        found: true,
        kind: 'chome',
        id: match.code,
        name: match.name,
        postcode: { code, said: building ? 'building' : 'found', detail: building ? area : '' },
      };
    }
    const id = list === 'all' ? town : `${town}:${numbers.join(',')}`;
    const place = townOfSelection(towns, id);
    if (!place) return { found: false, suggestions: [], postcode: { code, said: 'notInWard', detail: '' } };
    const all = place.chomeNames.flatMap((n) => chomeNumber(n) ?? []).sort((a, b) => a - b);
    return {
      found: true,
      kind: 'town',
      id,
      name: place.name,
      postcode: { code, said: 'found', detail: list === 'all' && all.length > 0 ? chomeSpan('', all) : '' },
    };
  };
}
