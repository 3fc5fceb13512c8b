// Towns (町): the chome that share a name once the 丁目 part is taken off (北品川一〜六丁目 → 北品川).
// Derived from the chome names, not from an official list of towns; the map shows a town by
// selecting its chome together. Pure.
import { parseKanjiNumber, toKanjiNumber } from './chome-name';
import type { FeatureCollection } from './validate-geojson';

const CHOME_PART = /[〇一二三四五六七八九十]+丁目$/u;

/** 北品川三丁目 → 北品川; a town without chome (東八潮) is its own name. */
export function townOfChome(chomeName: string): string {
  const name = chomeName.normalize('NFKC').trim();
  const town = name.replace(CHOME_PART, '');
  return town === '' ? name : town;
}

export interface Town {
  readonly name: string;
  /** Chome codes, in the order of the chome file. */
  readonly codes: readonly string[];
  readonly chomeNames: readonly string[];
}

export interface TownIndex {
  readonly towns: ReadonlyMap<string, Town>;
  /** The town of a chome code, or null for an unknown code. */
  townOf(code: string): Town | null;
}

export function buildTownIndex(chome: readonly { readonly code: string; readonly name: string }[]): TownIndex {
  const building = new Map<string, { codes: string[]; chomeNames: string[] }>();
  const byCode = new Map<string, string>();
  for (const { code, name } of chome) {
    const town = townOfChome(name);
    const entry = building.get(town) ?? { codes: [], chomeNames: [] };
    entry.codes.push(code);
    entry.chomeNames.push(name);
    building.set(town, entry);
    byCode.set(code, town);
  }
  const towns = new Map<string, Town>(
    [...building].map(([name, t]) => [name, { name, codes: t.codes, chomeNames: t.chomeNames }]),
  );
  return {
    towns,
    townOf: (code) => {
      const name = byCode.get(code);
      return name === undefined ? null : (towns.get(name) ?? null);
    },
  };
}

/** The town index of the chome file (key_code, name_kanji). */
export function townIndexOf(chome: FeatureCollection): TownIndex {
  return buildTownIndex(
    chome.features.map((f) => ({ code: String(f.properties.key_code), name: String(f.properties.name_kanji) })),
  );
}

/** 北品川三丁目 → 3; null for a name without 丁目. */
export function chomeNumber(chomeName: string): number | null {
  const part = CHOME_PART.exec(chomeName)?.[0];
  return part ? parseKanjiNumber(part.slice(0, -2)) : null;
}

/** 北品川 + [1, 2, 3, 4] → 北品川一〜四丁目; [5, 6] → 北品川五・六丁目 (a run of three or more is a range). */
export function chomeSpan(town: string, chome: readonly number[]): string {
  const first = chome[0];
  const last = chome[chome.length - 1];
  const run = first !== undefined && last !== undefined && chome.length > 2 && last - first === chome.length - 1;
  const k = chome.map(toKanjiNumber);
  return `${town}${run ? `${k[0]}〜${k[k.length - 1]}` : k.join('・')}丁目`;
}

/**
 * A town selection: the town's name, or the name, ':' and some of its chome numbers, for the part
 * of a town a postcode covers ("北品川:1,2,3,4", answered as 北品川一〜四丁目). Null when the town,
 * or one of the chome, does not exist.
 */
export function townOfSelection(index: TownIndex, id: string): Town | null {
  const [name = '', list] = id.split(':');
  const town = index.towns.get(name) ?? null;
  if (!town || list === undefined) return town;
  const wanted = list.split(',').map(Number);
  const at = wanted.map((n) => town.chomeNames.findIndex((c) => chomeNumber(c) === n));
  if (at.some((i) => i < 0)) return null;
  return {
    name: chomeSpan(name, wanted),
    codes: at.map((i) => town.codes[i] ?? ''),
    chomeNames: at.map((i) => town.chomeNames[i] ?? ''),
  };
}
