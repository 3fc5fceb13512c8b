// Towns (町): the chome that share a name once the 丁目 part is taken off (北品川一〜六丁目 → 北品川).
// Derived from the chome names, not from an official list of towns; the map shows a town by
// selecting its chome together. Pure.
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
