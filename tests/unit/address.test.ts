// Addresses as residents write them, on the ward's real chome list (data/): each spelling lands on
// one chome or town, or on nothing with suggestions, never on a neighbour's chome.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchAddress } from '../../src/data/address';
import { chomeIndexOf } from '../../src/data/assemble-history';
import { searchPlaces } from '../../src/data/search-places';
import { townIndexOf } from '../../src/data/towns';
import type { FeatureCollection } from '../../src/data/validate-geojson';

const chomeFile = JSON.parse(
  readFileSync('data/shinagawa_chome_2015_simplified.geojson', 'utf8'),
) as FeatureCollection;
const chome = chomeIndexOf(chomeFile);
const towns = [...townIndexOf(chomeFile).towns.keys()];
const nameOf = (code: string): string =>
  String(
    chomeFile.features.find((f) => String(f.properties.key_code) === code)?.properties.name_kanji,
  );

// [what a resident types, the chome or town it lands on, how far it matched]
const LANDS: readonly (readonly [string, string, 'town' | 'chome' | 'block'])[] = [
  ['品川区西五反田2-11-8', '西五反田二丁目', 'block'],
  ['西五反田２－１１－８', '西五反田二丁目', 'block'],
  ['東京都品川区西五反田二丁目11番8号', '西五反田二丁目', 'block'],
  ['西五反田2丁目11-8', '西五反田二丁目', 'block'],
  ['西五反田2-11-8', '西五反田二丁目', 'block'],
  ['西五反田2―11―8', '西五反田二丁目', 'block'],
  ['西五反田2‐11‐8', '西五反田二丁目', 'block'],
  ['西五反田2ー11ー8', '西五反田二丁目', 'block'],
  ['西五反田2−11−8', '西五反田二丁目', 'block'],
  ['東京都 品川区 西五反田 2-11-8', '西五反田二丁目', 'block'],
  ['東京都品川区西五反田２丁目１１番８号', '西五反田二丁目', 'block'],
  ['〒141-0031 東京都品川区西五反田2-11-8', '西五反田二丁目', 'block'],
  ['西五反田二丁目十一番八号', '西五反田二丁目', 'block'],
  ['西五反田2丁目11番地8', '西五反田二丁目', 'block'],
  ['西五反田2の11の8', '西五反田二丁目', 'block'],
  ['品川区西五反田2丁目', '西五反田二丁目', 'chome'],
  ['西五反田2-', '西五反田二丁目', 'chome'],
  ['品川区西五反田', '西五反田', 'town'],
  // The shelters' own addresses (data/shinagawa_shelters_and_wide_area_evacuation_sites_2022.geojson).
  ['品川区南品川6-8-8', '南品川六丁目', 'block'],
  ['品川区北品川2-1-1', '北品川二丁目', 'block'],
  ['品川区東大井1-1-1', '東大井一丁目', 'block'],
  ['品川区大井1-14-1', '大井一丁目', 'block'],
  ['品川区南大井3-2-1', '南大井三丁目', 'block'],
  ['品川区西大井4-1-1', '西大井四丁目', 'block'],
  ['品川区小山台1-2-3', '小山台一丁目', 'block'],
  ['品川区小山1-2-3', '小山一丁目', 'block'],
  ['品川区八潮5-1', '八潮五丁目', 'block'],
  ['品川区東八潮3-1', '東八潮', 'block'],
  ['品川区旗の台2-3-4', '旗の台二丁目', 'block'],
  ['品川区旗ノ台2-3-4', '旗の台二丁目', 'block'],
  ['品川区戸越6-1-1', '戸越六丁目', 'block'],
  ['品川区上大崎4-1-1', '上大崎四丁目', 'block'],
  ['品川区大崎1-6-1', '大崎一丁目', 'block'],
  ['品川区東五反田5-10-1', '東五反田五丁目', 'block'],
  ['品川区二葉1-1-1', '二葉一丁目', 'block'],
  ['品川区豊町6-2-1', '豊町六丁目', 'block'],
  ['品川区中延6-7-1', '中延六丁目', 'block'],
  ['品川区東中延2-1-1', '東中延二丁目', 'block'],
  ['品川区西中延1-1-1', '西中延一丁目', 'block'],
  ['品川区勝島1-1-1', '勝島一丁目', 'block'],
  ['品川区荏原7-1-1', '荏原七丁目', 'block'],
  ['荏原七丁目', '荏原七丁目', 'chome'],
];

describe('matchAddress: spellings that land', () => {
  for (const [typed, expected, depth] of LANDS) {
    it(`${typed} → ${expected} (${depth})`, () => {
      const r = matchAddress(typed, chome, towns);
      expect(r?.found).toBe(true);
      if (!r?.found) return;
      expect(r.kind === 'town' ? r.id : nameOf(r.id)).toBe(expected);
      expect(r.name).toBe(expected);
      expect(r.depth).toBe(depth);
    });
  }
});

// [what a resident types, suggestions must start with] — a chome that does not exist, or a number
// that is not a chome: not found, and no other town's chome offered first.
const MISSES: readonly (readonly [string, string])[] = [
  ['西五反田9丁目', '西五反田'],
  ['西五反田9-1-1', '西五反田'],
  ['品川区西五反田九丁目', '西五反田'],
  ['大井8丁目', '大井'],
  ['東大井7-1', '東大井'],
  ['南大井7丁目', '南大井'],
  ['北品川7-1', '北品川'],
  ['戸越7丁目', '戸越'],
];

describe('matchAddress: spellings that must not land', () => {
  for (const [typed, town] of MISSES) {
    it(`${typed} is not found; ${town} and its own chome are suggested`, () => {
      const r = matchAddress(typed, chome, towns);
      expect(r).not.toBeNull();
      if (r === null || r.found) throw new Error(`${typed} landed`);
      expect(r.suggestions[0]).toBe(town);
      for (const s of r.suggestions) expect(s.startsWith(town)).toBe(true);
    });
  }

  it('the nearest chome of the same town comes right after the town (西五反田9 → 八丁目)', () => {
    const r = matchAddress('西五反田9丁目', chome, towns);
    if (r === null || r.found) throw new Error('西五反田9丁目 landed');
    expect(r.suggestions.slice(0, 2)).toEqual(['西五反田', '西五反田八丁目']);
  });

  it.each([
    ['品川1-2-3'], // no town 品川: 北品川 and 南品川 are not guessed
    ['下神明1-1'], // a station's name, not a town
    ['五反田2-11-8'], // 西 or 東? not guessed
    ['にしごたんだ2'], // readings: no source gives one per town
    ['大井町'], // the station, left to the station search
    ['戸越公園'],
    ['西五反田2番地'], // a number with 番地 is not a chome
    ['西五反田2号'],
    ['目黒区西五反田2-1'], // prefix that is not ours stays in front of the town
    ['東京都品川区'], // the ward alone
  ])('%s is not an address of ours', (typed) => {
    expect(matchAddress(typed, chome, towns)).toBeNull();
  });
});

describe('searchPlaces with addresses', () => {
  const stations = ['大井町', '戸越公園', '五反田', '下神明', '大崎'];
  const search = (text: string) => searchPlaces(text, chome, stations, towns, matchAddress);

  it('lands 東京都品川区西五反田二丁目11番8号 on 西五反田二丁目, saying the block was not used', () => {
    expect(search('東京都品川区西五反田二丁目11番8号')).toMatchObject({
      found: true,
      kind: 'chome',
      name: '西五反田二丁目',
      depth: 'block',
    });
  });

  it('keeps stations and plain chome names as they were', () => {
    expect(search('大井町')).toMatchObject({ found: true, kind: 'station', id: '大井町' });
    expect(search('戸越公園駅')).toMatchObject({ found: true, kind: 'station', id: '戸越公園' });
    expect(search('大崎')).toMatchObject({ found: true, kind: 'town', id: '大崎' });
    const plain = search('西五反田2丁目');
    expect(plain).toMatchObject({ found: true, kind: 'chome', name: '西五反田二丁目' });
    expect(plain.found && plain.depth).toBeUndefined();
  });

  it('does not land 西五反田9丁目 anywhere', () => {
    expect(search('西五反田9丁目')).toMatchObject({ found: false });
  });
});
