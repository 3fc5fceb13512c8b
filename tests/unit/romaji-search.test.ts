// Romaji names as an English-speaking resident types them, on the real files (data/): each spelling
// lands on one town, chome or station, or on nothing, never on a neighbour. And every town and
// station we show has an English name with a source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chomeIndexOf } from '../../src/data/assemble-history';
import { datasetById } from '../../src/data/catalog';
import { addressEn, buildEnglishNames, chomeNameEn } from '../../src/data/english-names';
import { inEnglish, matchRomaji, readRomaji, romajiKey } from '../../src/data/romaji-search';
import { searchPlaces } from '../../src/data/search-places';
import { townIndexOf } from '../../src/data/towns';
import { validateDataset } from '../../src/data/validate-dataset';
import type { CsvRow } from '../../src/data/validate-csv';
import type { FeatureCollection } from '../../src/data/validate-geojson';

const chomeFile = JSON.parse(
  readFileSync('data/shinagawa_chome_2015_simplified.geojson', 'utf8'),
) as FeatureCollection;
const stationFile = JSON.parse(
  readFileSync('data/stations_clipped.geojson', 'utf8'),
) as FeatureCollection;
const checked = validateDataset(
  datasetById('placeNamesEn'),
  readFileSync('data/place_names_en.csv', 'utf8'),
);
const rows: readonly CsvRow[] = checked.kind === 'csv' ? (checked.rows ?? []) : [];
const chomeList = chomeFile.features.map((f) => ({
  code: String(f.properties.key_code),
  name: String(f.properties.name_kanji),
}));
const names = buildEnglishNames(rows, chomeList);
const chome = chomeIndexOf(chomeFile);
const towns = [...townIndexOf(chomeFile).towns.keys()];
const stations = [...new Set(stationFile.features.map((f) => String(f.properties.name)))];
const nameOf = (code: string): string => chomeList.find((c) => c.code === code)?.name ?? code;

/** What a search finds, as its Japanese name (a chome by its name), or null. */
function lands(typed: string): string | null {
  const r = matchRomaji(typed, names, chome);
  if (!r?.found) return null;
  return r.kind === 'chome' ? nameOf(r.id) : `${r.kind}:${r.id}`;
}

// [what a resident types, where it lands: a chome's name, town:…, station:…]
const LANDS: readonly (readonly [string, string])[] = [
  ['Gotanda', 'station:五反田'],
  ['gotanda', 'station:五反田'],
  ['GOTANDA', 'station:五反田'],
  ['Gotanda Sta.', 'station:五反田'],
  ['Gotanda Station', 'station:五反田'],
  ['gotanda-eki', 'station:五反田'],
  ['Oimachi', 'station:大井町'],
  ['Ōimachi', 'station:大井町'],
  ['Ohimachi', 'station:大井町'],
  ['Oi', 'town:大井'],
  ['Ōi', 'town:大井'],
  ['Ohi', 'town:大井'],
  ['Ooi', 'town:大井'],
  ['OI', 'town:大井'],
  ['Ōi 3', '大井三丁目'],
  ['Ohi 3-chome', '大井三丁目'],
  ['Nishi-Gotanda 2', '西五反田二丁目'],
  ['nishigotanda 2-chome', '西五反田二丁目'],
  ['Nishi Gotanda 2 chome', '西五反田二丁目'],
  ['Nishi-Gotanda 2-chōme', '西五反田二丁目'],
  ['Nishi-Gotanda 2-chō-me', '西五反田二丁目'],
  ['nishigotanda2choume', '西五反田二丁目'],
  ['Nishi-Gotanda 2-chome', '西五反田二丁目'],
  ['Nishi-Gotanda ２', '西五反田二丁目'],
  ['2-11-8 Nishi-Gotanda', '西五反田二丁目'],
  ['2-11-8 Nishi-Gotanda, Shinagawa-ku, Tokyo 141-0031', '西五反田二丁目'],
  ['Nishi-Gotanda 2-11-8', '西五反田二丁目'],
  ['2-chome Nishi-Gotanda', '西五反田二丁目'],
  ['Nishi-Gotanda', 'town:西五反田'],
  ['Kita-Shinagawa', 'town:北品川'],
  ['Kitashinagawa', 'town:北品川'],
  ['Kitashinagawa Sta.', 'station:北品川'],
  ['Kita-Shinagawa 5', '北品川五丁目'],
  ['Osaki', 'town:大崎'],
  ['Ōsaki Station', 'station:大崎'],
  ['Kami-Ōsaki 1', '上大崎一丁目'],
  ['kamiosaki 1', '上大崎一丁目'],
  ['Shinbamba', 'station:新馬場'],
  ['Shimbamba', 'station:新馬場'],
  ['Togoshi-Ginza', 'station:戸越銀座'],
  ['togoshiginza', 'station:戸越銀座'],
  ['Togoshi', 'town:戸越'],
  ['Togoshi Sta.', 'station:戸越'],
  ['Togoshi-koen', 'station:戸越公園'],
  ['Yutakacho 4', '豊町四丁目'],
  ['Yutakachō 4-chōme', '豊町四丁目'],
  ['Yutaka-cho 4', '豊町四丁目'],
  ['Higashi-Yashio 1', '東八潮'],
  ['Higashiyashio', 'town:東八潮'],
  ['Hatanodai 3', '旗の台三丁目'],
  ['Hatanodai', 'town:旗の台'],
  ['Nakanobu 6', '中延六丁目'],
];

// [typed, why it must find nothing]
const NOTHING: readonly (readonly [string, string])[] = [
  ['Nishi-Gotanda 9', 'no ninth chome: never another town'],
  ['Gotanda 2', 'a station has no chome, and there is no town called Gotanda'],
  ['Oimachi 2', 'a station, not a town'],
  ['Osaka', 'not Osaki'],
  ['Gotenda', 'a typo is not guessed'],
  ['Shinjuku', 'not in the ward'],
  ['Nishi', 'only part of a name'],
  ['Kita-Shinagawa 0', 'no chome 0'],
  ['Nishi-Gotanda 200', 'no chome 200'],
];

describe('romaji search on the ward’s names', () => {
  it.each(LANDS)('%s → %s', (typed, where) => {
    expect(lands(typed)).toBe(where);
  });

  it.each(NOTHING)('%s finds nothing (%s)', (typed) => {
    const r = matchRomaji(typed, names, chome);
    expect(r?.found).toBe(false);
  });

  it('answers nothing without a Latin letter, so kanji, kana and postcodes go to the other searches', () => {
    expect(matchRomaji('西五反田2', names, chome)).toBeNull();
    expect(matchRomaji('141-0031', names, chome)).toBeNull();
    expect(matchRomaji('〒141-0031', names, chome)).toBeNull();
    expect(matchRomaji('ごたんだ', names, chome)).toBeNull();
  });

  it('suggests English names like what was typed, towns first', () => {
    const r = matchRomaji('Nishi-Gotanda 9', names, chome);
    expect(r).toEqual({ found: false, suggestions: ['Nishi-Gotanda'] });
    const gotanda = matchRomaji('Gotanda 2', names, chome);
    expect(gotanda).toEqual({ found: false, suggestions: ['Nishi-Gotanda', 'Higashi-Gotanda'] });
    const part = matchRomaji('Shinagaw', names, chome);
    expect(part?.found === false && part.suggestions.slice(0, 2)).toEqual([
      'Kita-Shinagawa',
      'Nishi-Shinagawa',
    ]);
  });

  it('folds long vowels, hyphens, case and m/n before b the same way on both sides', () => {
    expect(romajiKey('Ōi')).toBe(romajiKey('Ohi'));
    expect(romajiKey('Ōi')).toBe(romajiKey('OOI'));
    expect(romajiKey('Yutakachō')).toBe(romajiKey('yutaka-chou'));
    expect(romajiKey('Shimbamba')).toBe(romajiKey('Shin-bamba'));
    expect(romajiKey('Osaki')).not.toBe(romajiKey('Osaka'));
    expect(readRomaji('Nishi-Gotanda 2-11-8')).toEqual({
      key: 'nishigotanda',
      chome: 2,
      station: false,
    });
  });

  it('is one step of searchPlaces: the kanji names still win, romaji works in any language', () => {
    const romaji = (typed: string) => matchRomaji(typed, names, chome);
    const found = searchPlaces('Nishi-Gotanda 2', chome, stations, towns, null, null, romaji);
    expect(found).toMatchObject({ found: true, kind: 'chome', name: '西五反田二丁目' });
    expect(searchPlaces('五反田', chome, stations, towns, null, null, romaji)).toMatchObject({
      found: true,
      kind: 'station',
      id: '五反田',
    });
    // Without the English names loaded, romaji finds nothing (as before).
    expect(searchPlaces('Gotanda', chome, stations, towns).found).toBe(false);
  });

  it('names a found place in English with its Japanese name beside it', () => {
    const r = matchRomaji('nishigotanda 2', names, chome);
    expect(r && inEnglish(r, names)).toMatchObject({
      name: 'Nishi-Gotanda 2-chome (西五反田二丁目)',
    });
    const station = matchRomaji('Gotanda Sta.', names, chome);
    expect(station && inEnglish(station, names)).toMatchObject({ name: 'Gotanda (五反田)' });
  });
});

describe('place_names_en.csv', () => {
  it('is valid against its schema', () => {
    expect(checked.problems).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each([
    ['town', towns],
    ['station', stations],
  ] as const)('gives every %s we show exactly one English name and a source', (kind, shown) => {
    const ours = rows.filter((r) => r.values.kind === kind).map((r) => r.values);
    expect(ours.map((r) => r.name_ja).sort()).toEqual([...shown].sort());
    for (const row of ours) {
      expect(row.name_en, row.name_ja).toMatch(/[A-Za-z]/);
      expect(row.source, row.name_ja).not.toBe('');
      expect(row.source_class, row.name_ja).toMatch(/^(official|common spelling)/);
    }
  });

  it('calls official only what cites the ward or an operator', () => {
    for (const r of rows.filter((x) => x.values.source_class === 'official')) {
      expect(r.values.source).toMatch(/品川区|operator/);
    }
  });

  it('derives every chome’s English name from its town and its kanji number', () => {
    expect(names.chome.size).toBe(chomeList.length);
    expect(names.chome.get(chome.lookup('西五反田二丁目')?.code ?? '')).toBe(
      'Nishi-Gotanda 2-chome',
    );
    expect(chomeNameEn('Kita-Shinagawa', '北品川六丁目')).toBe('Kita-Shinagawa 6-chome');
    expect(chomeNameEn('Higashi-Yashio', '東八潮')).toBe('Higashi-Yashio');
    expect(names.labels['五反田']).toBe('Gotanda');
  });

  it('writes an address in the ward number first, and leaves any other as it is', () => {
    expect(addressEn('品川区西五反田6-5-32', names.town)).toBe('6-5-32 Nishi-Gotanda');
    expect(addressEn('東京都品川区東大井２－１０－１４', names.town)).toBe('2-10-14 Higashi-Oi');
    // The longest town wins: 東大井 is not 東 + 大井, 西大井 not 西 + 大井.
    expect(addressEn('品川区西大井5-6-8', names.town)).toBe('5-6-8 Nishi-Oi');
    expect(addressEn('品川区八潮5-2-1', names.town)).toBe('5-2-1 Yashio');
    expect(addressEn('品川区広町', names.town)).toBe('Hiromachi');
    expect(addressEn('港区高輪、品川区北品川', names.town)).toBeNull();
    expect(addressEn('目黒区大岡山2-12-1', names.town)).toBeNull();
    expect(addressEn('品川区二葉1丁目3番40号', names.town)).toBeNull();
  });
});
