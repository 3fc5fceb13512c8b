// English names for the ward's towns, chome and stations, from data/place_names_en.csv: what the
// map labels, the answer and the search use in English. A chome's name is derived (town + " N-chome",
// the number read from its kanji). Pure; loaded with the files drawn after the first picture, so
// the first load carries only its type.
import { parseKanjiNumber } from './chome-name';
import { townOfChome } from './towns';
import type { CsvRow } from './validate-csv';

/** One place the romaji search can find, under every spelling it accepts. */
export interface RomajiEntry {
  readonly kind: 'town' | 'station';
  /** The Japanese name: the town's or the station's id in the app. */
  readonly nameJa: string;
  readonly nameEn: string;
  readonly spellings: readonly string[];
}

export interface EnglishNames {
  /** Chome code → "Nishi-Gotanda 2-chome". */
  readonly chome: ReadonlyMap<string, string>;
  /** Town (町) → "Nishi-Gotanda". */
  readonly town: ReadonlyMap<string, string>;
  /** Station name → "Gotanda". */
  readonly station: ReadonlyMap<string, string>;
  /** Map label per feature id (chome code or station name), for the map's global state. */
  readonly labels: Readonly<Record<string, string>>;
  readonly entries: readonly RomajiEntry[];
}

const CHOME_NUMBER = /([〇一二三四五六七八九十]+)丁目$/u;

/** "Nishi-Gotanda" + 西五反田二丁目 → "Nishi-Gotanda 2-chome"; a town without chome keeps its name. */
export function chomeNameEn(townEn: string, chomeJa: string): string {
  const kanji = CHOME_NUMBER.exec(chomeJa)?.[1];
  const n = kanji === undefined ? null : parseKanjiNumber(kanji);
  return n === null ? townEn : `${townEn} ${n}-chome`;
}

/**
 * @param rows place_names_en.csv, already checked against its schema.
 * @param chome the chome as code and Japanese name (the chome file's key_code, name_kanji).
 */
export function buildEnglishNames(
  rows: readonly CsvRow[],
  chome: readonly { readonly code: string; readonly name: string }[],
): EnglishNames {
  const entries: RomajiEntry[] = rows.map(({ values: r }) => ({
    kind: r.kind === 'station' ? 'station' : 'town',
    nameJa: r.name_ja ?? '',
    nameEn: r.name_en ?? '',
    spellings: [
      r.name_en ?? '',
      ...(r.alt_spellings ?? '')
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean),
    ],
  }));
  const byKind = (kind: RomajiEntry['kind']): Map<string, string> =>
    new Map(entries.filter((e) => e.kind === kind).map((e) => [e.nameJa, e.nameEn]));
  const town = byKind('town');
  const station = byKind('station');
  const chomeEn = new Map<string, string>();
  for (const c of chome) {
    const townEn = town.get(townOfChome(c.name));
    if (townEn !== undefined) chomeEn.set(c.code, chomeNameEn(townEn, c.name));
  }
  return {
    chome: chomeEn,
    town,
    station,
    labels: Object.fromEntries([...chomeEn, ...station]),
    entries,
  };
}

/**
 * An address in the ward as an English reader writes it, number first: 品川区西五反田6-5-32 →
 * "6-5-32 Nishi-Gotanda". Null unless it is one of our towns followed by numbers only.
 */
export function addressEn(address: string, town: ReadonlyMap<string, string>): string | null {
  const text = address.normalize('NFKC').replace(/\s+/gu, '').replace(/^(?:東京都)?品川区/u, '');
  let found: string | null = null;
  for (const name of town.keys()) {
    if (text.startsWith(name) && (found === null || name.length > found.length)) found = name;
  }
  const rest = found === null ? '' : text.slice(found.length);
  if (found === null || !/^[\d-]*$/u.test(rest)) return null;
  return [rest, town.get(found)].filter(Boolean).join(' ');
}
