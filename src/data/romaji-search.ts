// Finds a town, chome or station from its name in romaji, however it is typed: with or without
// hyphens and spaces, any case, with macrons or without (Ōi, Oi, Ohi, Ooi), "chome"/"-chōme"/"chō-me"
// or a bare number ("Nishi-Gotanda 2", "2-11-8 Nishi-Gotanda"), "Sta."/"Station" for a station.
// Pure; loaded with the first search, like the address reader.
import type { ChomeIndex } from './chome-name';
import { toKanjiNumber } from './chome-name';
import type { EnglishNames, RomajiEntry } from './english-names';
import type { SearchResult } from './search-places';

/** Lower case, no macrons or other marks, nothing but letters and digits. */
function plain(text: string): string {
  return text.normalize('NFKC').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * One spelling for the ways a romanised name is written: long vowels as one vowel (ō, ou, oo, oh
 * before a consonant or i; uu), m before b/p/m as n (Shimbamba, Shinbamba), no hyphens or spaces.
 * Applied to both sides, so it only ever compares.
 */
export function romajiKey(text: string): string {
  return plain(text)
    .replace(/[^a-z0-9]/g, '')
    .replace(/oh(?![aeou])/g, 'o')
    .replace(/o[ou]/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/m(?=[bpm])/g, 'n');
}

// "chome", "chōme", "chō-me", "choume", "-chome", after a number.
const CHOME = String.raw`(?:\s*-?\s*cho[\s-]?u?[\s-]?me)?`;
const MORE_NUMBERS = String.raw`(?:\s*-\s*\d+)*`;
/** The number after the name: "Nishi-Gotanda 2", "nishigotanda 2-chome", "Nishi-Gotanda 2-11-8". */
const NUMBER_AFTER = new RegExp(String.raw`^(.*?[a-z].*?)[\s,-]*(\d+)${CHOME}${MORE_NUMBERS}\s*$`);
/** The number first, as English addresses write it: "2-11-8 Nishi-Gotanda", "2-chome Nishi-Gotanda". */
const NUMBER_BEFORE = new RegExp(String.raw`^\s*(\d+)${MORE_NUMBERS}${CHOME}[\s,]*(.*[a-z].*)$`);
const STATION = /[\s.-]*(?:station|sta\.?|eki)\s*$/;
// What an English address adds around the name and the number: the ward, the city, the postcode.
const AROUND = /shinagawa[\s-]?(?:ku|city)|,\s*(?:tokyo(?:[\s-]?to)?|japan)\b|\b\d{3}-\d{4}\b/g;

interface Typed {
  readonly key: string;
  readonly chome: number | null;
  readonly station: boolean;
}

/** The name (as a key), the chome number and whether a station was asked for; null without a letter. */
export function readRomaji(input: string): Typed | null {
  let text = plain(input).replace(AROUND, ' ').replace(/,/g, ' ').trim();
  if (!/[a-z]/.test(text)) return null;
  const station = STATION.test(text);
  text = text.replace(STATION, '');
  const before = NUMBER_BEFORE.exec(text);
  const after = before ? null : NUMBER_AFTER.exec(text);
  const name = before?.[2] ?? after?.[1] ?? text;
  const number = before?.[1] ?? after?.[2];
  return {
    key: romajiKey(name),
    chome: number === undefined ? null : Number(number),
    station,
  };
}

const indexes = new WeakMap<EnglishNames, ReadonlyMap<string, readonly RomajiEntry[]>>();

function indexOf(names: EnglishNames): ReadonlyMap<string, readonly RomajiEntry[]> {
  let index = indexes.get(names);
  if (!index) {
    const building = new Map<string, RomajiEntry[]>();
    for (const entry of names.entries) {
      for (const key of new Set(entry.spellings.map(romajiKey))) {
        building.set(key, [...(building.get(key) ?? []), entry]);
      }
    }
    index = building;
    indexes.set(names, index);
  }
  return index;
}

/** English names whose spelling contains what was typed, or is contained in it: towns first. */
function suggest(names: EnglishNames, key: string, townsOnly: boolean): string[] {
  if (key.length < 3) return [];
  const like = (e: RomajiEntry): boolean =>
    (!townsOnly || e.kind === 'town') &&
    e.spellings.some((s) => {
      const k = romajiKey(s);
      return k.includes(key) || key.includes(k);
    });
  const hits = names.entries.filter(like).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'town' ? -1 : 1));
  return [...new Set(hits.map((e) => e.nameEn))].slice(0, 6);
}

/**
 * Finds what a romaji name stands for. Null when the input has no Latin letter (kanji, kana, a
 * postcode): the caller's other searches answer it. Latin input that names nothing is not found,
 * with English suggestions. A name that is both a town and a station finds the town, unless
 * "Sta."/"Station" follows; a number after (or before) a town finds its chome, never another town's.
 */
export function matchRomaji(input: string, names: EnglishNames, chome: ChomeIndex): SearchResult | null {
  const typed = readRomaji(input);
  if (!typed) return null;
  const hits = indexOf(names).get(typed.key) ?? [];
  const town = hits.find((e) => e.kind === 'town');
  const station = hits.find((e) => e.kind === 'station');
  if (typed.chome !== null) {
    if (town) {
      // A town without chome (Higashi-Yashio) is one chome of its own: the number is its block.
      const match =
        chome.lookup(town.nameJa) ??
        (typed.chome >= 1 && typed.chome <= 99
          ? chome.lookup(`${town.nameJa}${toKanjiNumber(typed.chome)}丁目`)
          : null);
      if (match) return { found: true, kind: 'chome', id: match.code, name: match.name };
      return { found: false, suggestions: [town.nameEn] };
    }
    return { found: false, suggestions: suggest(names, typed.key, true) };
  }
  const found = typed.station ? station : (town ?? station);
  if (found) return { found: true, kind: found.kind, id: found.nameJa, name: found.nameJa };
  return { found: false, suggestions: suggest(names, typed.key, false) };
}

/** A found place's name for an English page: "Nishi-Gotanda 2-chome (西五反田二丁目)"; else unchanged. */
export function inEnglish(result: SearchResult, names: EnglishNames): SearchResult {
  if (!result.found) return result;
  const byKind = { chome: names.chome, town: names.town, station: names.station };
  const en = byKind[result.kind].get(result.id);
  return en === undefined ? result : { ...result, name: `${en} (${result.name})` };
}
