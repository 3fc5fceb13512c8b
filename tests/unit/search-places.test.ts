import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { chomeIndexOf } from '../../src/data/assemble-history';
import { datasetById, type DatasetId } from '../../src/data/catalog';
import { searchPlaces } from '../../src/data/search-places';
import { validateDataset } from '../../src/data/validate-dataset';
import type { FeatureCollection } from '../../src/data/validate-geojson';

const read = (file: string): string =>
  readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8');
function geojson(id: DatasetId): FeatureCollection {
  const r = validateDataset(datasetById(id), read(datasetById(id).file));
  if (r.kind !== 'geojson' || !r.data) throw new Error(`${id} did not load`);
  return r.data;
}

const chomeData = geojson('chome');
const chome = chomeIndexOf(chomeData);
const stations = [...new Set(geojson('stations').features.map((f) => String(f.properties.name)))];
const codeOf = (name: string): string => {
  const f = chomeData.features.find((x) => x.properties.name_kanji === name);
  if (!f) throw new Error(`${name} is not in the chome file`);
  return String(f.properties.key_code);
};

const search = (text: string, list: readonly string[] = stations) =>
  searchPlaces(text, chome, list);

describe('searchPlaces: chome', () => {
  it('finds 中延六丁目 however the number is written', () => {
    const expected = { found: true, kind: 'chome', id: codeOf('中延六丁目'), name: '中延六丁目' };
    for (const text of ['中延6丁目', '中延６丁目', '中延六丁目', ' 中延 6 ', '中延６', '中延6']) {
      expect(search(text), text).toEqual(expected);
    }
  });

  it('suggests 中延六丁目 first for a chome that does not exist (中延七丁目)', () => {
    const r = search('中延七丁目');
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.suggestions[0]).toBe('中延六丁目');
    expect(r.suggestions).toContain('中延五丁目');
  });

  it('suggests the chome of a bare town name that is not a station', () => {
    const r = search('二葉');
    expect(r).toEqual({
      found: false,
      suggestions: ['二葉一丁目', '二葉二丁目', '二葉三丁目', '二葉四丁目'],
    });
  });

  it('does not take an address (中延1-2) for a chome, but suggests 中延 chome', () => {
    const r = search('中延1-2');
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.suggestions[0]).toBe('中延一丁目');
  });
});

describe('searchPlaces: stations', () => {
  it('finds 五反田 with or without 駅', () => {
    const expected = { found: true, kind: 'station', id: '五反田', name: '五反田' };
    expect(search('五反田駅')).toEqual(expected);
    expect(search('五反田')).toEqual(expected);
    expect(search(' 五反田 駅 ')).toEqual(expected);
  });

  it('finds other stations and lists similar stations as suggestions', () => {
    expect(search('戸越銀座駅')).toMatchObject({ found: true, kind: 'station', id: '戸越銀座' });
    const r = search('大井');
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.suggestions).toEqual(expect.arrayContaining(['大井一丁目', '大井町', '西大井']));
  });
});

describe('searchPlaces: town only (中延)', () => {
  // 中延 is both a town (中延一〜六丁目) and a station (東急大井町線・浅草線 中延). The source comment
  // says 'A bare town name ("中延") is not a chome: offer its chome', but the station lookup runs
  // first, so with the bundled stations '中延' finds the station. Pinned here; see the report.
  it('with the bundled stations, finds the station 中延', () => {
    expect(stations).toContain('中延');
    expect(search('中延')).toEqual({ found: true, kind: 'station', id: '中延', name: '中延' });
  });

  it('without a station of that name, is not found and suggests 中延 chome', () => {
    const r = search(
      '中延',
      stations.filter((s) => s !== '中延'),
    );
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.suggestions.slice(0, 4)).toEqual([
      '中延一丁目',
      '中延二丁目',
      '中延三丁目',
      '中延四丁目',
    ]);
  });
});

describe('searchPlaces: nothing typed', () => {
  it('finds nothing and suggests nothing for empty or blank input', () => {
    expect(search('')).toEqual({ found: false, suggestions: [] });
    expect(search('   ')).toEqual({ found: false, suggestions: [] });
    expect(search('\u3000')).toEqual({ found: false, suggestions: [] });
  });
});
