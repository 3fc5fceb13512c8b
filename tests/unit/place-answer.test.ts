// "What happened here?" for any place, on the SYNTHETIC ward and history in fixtures/ (the figures
// are invented for the tests; nothing here comes from data/).
import { describe, expect, it } from 'vitest';
import type { AppData } from '../../src/data/app-data';
import { answerFor, firstYear, worstHere, type AnswerQuery } from '../../src/data/place-answer';
import { searchPlaces } from '../../src/data/search-places';
import type { FeatureCollection } from '../../src/data/validate-geojson';
import { describeAnswer, distanceText } from '../../src/ui/describe-answer';
import { plainText } from '../../src/i18n/ruby';
import { syntheticAppData } from './fixtures/synthetic-app-data';
import { CELL, codeOf, SYNTHETIC_STATION_NAMES } from './fixtures/synthetic-ward';

/** SYNTHETIC evacuation sites: one for floods far off, one not for floods next to 架空六丁目. */
const evacSites: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [2.5 * CELL, 1.6 * CELL] },
      properties: { 共通ID: 'E-NEAR', '施設・場所名': '架空小学校', 洪水: '' },
    },
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [0.5 * CELL, 0.5 * CELL] },
      properties: { 共通ID: 'E-FLOOD', '施設・場所名': '架空公園広場', 洪水: '1' },
    },
  ],
} as unknown as FeatureCollection;

const data: AppData = syntheticAppData({ evacSites });
const townName = (code: string): string | null => data.towns.townOf(code)?.name ?? null;
const answer = (q: AnswerQuery) => {
  const a = answerFor(q, data, townName);
  if (!a) throw new Error('no answer');
  return a;
};
const towns = [...data.towns.towns.keys()];

describe('search the way people type', () => {
  it('a town name finds the town, even when a station shares it; with 駅 it finds the station', () => {
    expect(searchPlaces('架空', data.chomeIndex!, SYNTHETIC_STATION_NAMES, towns)).toEqual({
      found: true,
      kind: 'town',
      id: '架空',
      name: '架空',
    });
    expect(searchPlaces('架空駅', data.chomeIndex!, SYNTHETIC_STATION_NAMES, towns)).toMatchObject({
      found: true,
      kind: 'station',
      id: '架空',
    });
    expect(searchPlaces('見本', data.chomeIndex!, SYNTHETIC_STATION_NAMES, towns)).toMatchObject({
      found: true,
      kind: 'town',
      id: '見本',
    });
  });

  it('"did you mean" offers towns first, then chome and stations', () => {
    const r = searchPlaces('見', data.chomeIndex!, SYNTHETIC_STATION_NAMES, towns);
    expect(r.found).toBe(false);
    if (!r.found) expect(r.suggestions[0]).toBe('見本');
  });
});

describe('answerFor', () => {
  it('a chome: its own figure for a storm placed only by a station, and the worst is that figure', () => {
    const a = answer({ kind: 'chome', code: codeOf('架空六丁目') });
    const storm = a.here.find((x) => x.event.id === 'SYN-1999-08-29');
    expect(storm?.tie).toBe('figure');
    expect(storm?.here?.figure).toEqual({ kind: 'number', value: 80, uncertain: false });
    expect(worstHere(a)).toMatchObject({ local: true, entry: { event: { id: 'SYN-1999-08-29' } } });
    expect(firstYear(a)).not.toBeNull();
  });

  it('a recorded zero does not put a flood in a chome', () => {
    const a = answer({ kind: 'chome', code: codeOf('架空一丁目') });
    expect(
      a.here.some(
        (x) => x.tie === 'figure' && x.here?.figure.kind === 'number' && x.here.figure.value === 0,
      ),
    ).toBe(false);
  });

  it('a town is its chome together', () => {
    const town = data.towns.towns.get('架空');
    if (!town) throw new Error('no town');
    const a = answer({ kind: 'town', town });
    expect(a.place).toMatchObject({ kind: 'town', name: '架空' });
    expect(a.place.codes).toHaveLength(6);
    expect(a.here.map((x) => x.event.id)).toContain('SYN-1999-08-29');
  });

  it('a station covers the chome around it and the records that name it', () => {
    const a = answer({ kind: 'station', name: '架空' });
    expect(a.place.kind).toBe('station');
    expect(a.place.codes.length).toBeGreaterThan(0);
    expect(a.here.map((x) => x.event.id)).toContain('SYN-1999-08-29');
  });

  it('a point far from everything finds nothing here or nearby, and says so without a zero', () => {
    const a = answer({ kind: 'point', point: [1, 1], name: '' });
    expect(a.here).toEqual([]);
    expect(a.nearby).toEqual([]);
    const d = describeAnswer(a, 'ja', (c) => c, []);
    expect(d.summary[0]).toContain('浸水の記録は見つかりません');
    expect(d.summary[0]).toContain('記録がないことは、浸水しなかったことではありません');
  });

  it('nearby records come with their distance, nearest first', () => {
    const a = answer({ kind: 'chome', code: codeOf('見本一丁目') });
    const distances = a.nearby.map((x) => x.distanceM ?? Infinity);
    expect([...distances].sort((x, y) => x - y)).toEqual(distances);
  });

  it('the nearest evacuation site designated for floods comes before a closer one that is not', () => {
    const a = answer({ kind: 'chome', code: codeOf('架空六丁目') });
    expect(a.nearestShelter).toMatchObject({ id: 'E-FLOOD', forFloods: true });
  });
});

describe('describeAnswer: the summary in three languages', () => {
  const a = answer({ kind: 'chome', code: codeOf('架空六丁目') });

  it('Japanese: count since a year, the worst with its figure and source kind, hazard, shelter', () => {
    const d = describeAnswer(a, 'ja', (c) => c, ['想定最大規模の大雨で 0.5〜3m の浸水']);
    expect(d.summary[0]).toMatch(
      /^架空六丁目と歩いて10分ほど（800m）の範囲に、\d{4}年から \d+ 件の浸水の記録があります/,
    );
    expect(d.summary[1]).toContain('ここで 80棟');
    expect(d.summary[1]).toContain('公的な記録');
    expect(d.summary[2]).toBe('いまの想定: 想定最大規模の大雨で 0.5〜3m の浸水。');
    expect(d.summary[3]).toContain('架空公園広場');
  });

  it('English and やさしい日本語 say the same in their words', () => {
    const en = describeAnswer(a, 'en', (c) => c, []);
    expect(en.summary[0]).toMatch(/floods are recorded since \d{4}/);
    // No other layer switched on: the summary leaves the prediction to its own block.
    expect(en.summary).toHaveLength(3);
    expect(en.summary.join(' ')).not.toContain('Switch on a layer');
    const easy = describeAnswer(a, 'ja-easy', (c) => c, []);
    // The summary keeps the messages' furigana markup for the panel to draw (ui/ruby-text.ts).
    expect(easy.summary[0]).toContain('{記録|きろく}が あります');
    expect(plainText(easy.summary[0] ?? '')).toContain('記録が あります');
  });

  it('distances are rounded as people say them', () => {
    expect(distanceText(337, 'ja')).toBe('約 350 m');
    expect(distanceText(10, 'en')).toBe('about 50 m');
  });
});
