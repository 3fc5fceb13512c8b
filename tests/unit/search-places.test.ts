// Finding a chome or station from what a person types, on the SYNTHETIC ward in fixtures/.
import { describe, it, expect } from 'vitest';
import { chomeIndexOf } from '../../src/data/assemble-history';
import { searchPlaces } from '../../src/data/search-places';
import { codeOf, SYNTHETIC_STATION_NAMES, syntheticChome } from './fixtures/synthetic-ward';

const chome = chomeIndexOf(syntheticChome);
const stations = SYNTHETIC_STATION_NAMES;

const search = (text: string, list: readonly string[] = stations) =>
  searchPlaces(text, chome, list);

describe('searchPlaces: chome', () => {
  it('finds 架空六丁目 however the number is written', () => {
    const expected = { found: true, kind: 'chome', id: codeOf('架空六丁目'), name: '架空六丁目' };
    for (const text of ['架空6丁目', '架空６丁目', '架空六丁目', ' 架空 6 ', '架空６', '架空6']) {
      expect(search(text), text).toEqual(expected);
    }
  });

  it('suggests 架空六丁目 first for a chome that does not exist (架空七丁目)', () => {
    const r = search('架空七丁目');
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.suggestions[0]).toBe('架空六丁目');
    expect(r.suggestions).toContain('架空五丁目');
  });

  it('suggests the chome of a bare town name that is not a station, then stations like it', () => {
    expect(search('見本')).toEqual({
      found: false,
      suggestions: ['見本一丁目', '見本二丁目', '見本三丁目', '見本四丁目', '見本町', '西見本'],
    });
  });

  it('does not take an address (架空1-2) for a chome, but suggests 架空 chome', () => {
    const r = search('架空1-2');
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.suggestions[0]).toBe('架空一丁目');
  });
});

describe('searchPlaces: stations', () => {
  it('finds 見本町 with or without 駅', () => {
    const expected = { found: true, kind: 'station', id: '見本町', name: '見本町' };
    expect(search('見本町駅')).toEqual(expected);
    expect(search('見本町')).toEqual(expected);
    expect(search(' 見本町 駅 ')).toEqual(expected);
  });

  it('finds other stations and lists stations containing a partial name as suggestions', () => {
    expect(search('架空公園駅')).toMatchObject({ found: true, kind: 'station', id: '架空公園' });
    const r = search('公園');
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.suggestions).toContain('架空公園');
    expect(r.suggestions).not.toContain('見本町');
  });
});

describe('searchPlaces: town only (架空)', () => {
  // 架空 is both a town (架空一〜六丁目) and a station, as 中延 is in the ward. The station lookup
  // runs first, so '架空' finds the station; without it, the town's chome are suggested.
  it('with a station of that name, finds the station', () => {
    expect(stations).toContain('架空');
    expect(search('架空')).toEqual({ found: true, kind: 'station', id: '架空', name: '架空' });
  });

  it('without a station of that name, is not found and suggests 架空 chome', () => {
    const r = search(
      '架空',
      stations.filter((s) => s !== '架空'),
    );
    expect(r.found).toBe(false);
    if (r.found) return;
    expect(r.suggestions.slice(0, 4)).toEqual([
      '架空一丁目',
      '架空二丁目',
      '架空三丁目',
      '架空四丁目',
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
