import { describe, it, expect } from 'vitest';
import {
  createChomeIndex,
  normaliseChomeName,
  parseKanjiNumber,
  toKanjiNumber,
} from '../../src/data/chome-name';

describe('toKanjiNumber', () => {
  it('writes 1..99 the way chome names do', () => {
    expect(toKanjiNumber(1)).toBe('一');
    expect(toKanjiNumber(6)).toBe('六');
    expect(toKanjiNumber(10)).toBe('十');
    expect(toKanjiNumber(11)).toBe('十一');
    expect(toKanjiNumber(20)).toBe('二十');
    expect(toKanjiNumber(23)).toBe('二十三');
    expect(toKanjiNumber(99)).toBe('九十九');
  });

  it('throws RangeError outside 1..99 or for fractions', () => {
    for (const n of [0, -1, 100, 1.5, Number.NaN]) {
      expect(() => toKanjiNumber(n)).toThrow(RangeError);
    }
  });
});

describe('parseKanjiNumber', () => {
  it('reads single numerals, including 〇', () => {
    expect(parseKanjiNumber('一')).toBe(1);
    expect(parseKanjiNumber('九')).toBe(9);
    expect(parseKanjiNumber('〇')).toBe(0);
  });

  it('reads forms with 十', () => {
    expect(parseKanjiNumber('十')).toBe(10);
    expect(parseKanjiNumber('十一')).toBe(11);
    expect(parseKanjiNumber('二十')).toBe(20);
    expect(parseKanjiNumber('二十一')).toBe(21);
    expect(parseKanjiNumber('九十九')).toBe(99);
  });

  it('reads digit-by-digit forms', () => {
    expect(parseKanjiNumber('二〇')).toBe(20);
    expect(parseKanjiNumber('一一')).toBe(11);
  });

  it('returns null for anything else', () => {
    for (const s of ['', '中延', '1', '十十', '百', '二十一二', '〇五', '十〇', '一二三', '〇十']) {
      expect(parseKanjiNumber(s)).toBeNull();
    }
  });

  it('round-trips every value toKanjiNumber writes', () => {
    for (let n = 1; n <= 99; n += 1) {
      expect(parseKanjiNumber(toKanjiNumber(n))).toBe(n);
    }
  });
});

describe('normaliseChomeName', () => {
  // Every way the same chome turns up in ward spreadsheets, for digit d (full-width fw, kanji k).
  const writings = (d: string, fw: string, k: string): string[] => [
    `中延${fw}丁目`,
    `中延${d}丁目`,
    `中延${k}丁目`,
    `中延 ${d}`,
    `中延${fw}`,
    `中延${d}`,
    `中延 ${k} 丁目`,
    `中延\u3000${fw}\u3000丁目`,
    `\u3000中延${k}丁目\u3000`,
    `中延${d}丁`,
    `中延${k}丁`,
    `東京都品川区中延${d}丁目`,
    `品川区中延${k}丁目`,
    `東京都中延${fw}丁目`,
    `東京都 品川区 中延 ${fw} 丁目`,
  ];

  it.each(writings('1', '１', '一'))('%s → 中延一丁目', (input) => {
    expect(normaliseChomeName(input)).toBe('中延一丁目');
  });

  it.each(writings('6', '６', '六'))('%s → 中延六丁目', (input) => {
    expect(normaliseChomeName(input)).toBe('中延六丁目');
  });

  it('keeps numerals that belong to the town name', () => {
    expect(normaliseChomeName('二葉１丁目')).toBe('二葉一丁目');
    expect(normaliseChomeName('二葉一丁目')).toBe('二葉一丁目');
    expect(normaliseChomeName('西五反田３丁目')).toBe('西五反田三丁目');
    expect(normaliseChomeName('西五反田 3')).toBe('西五反田三丁目');
    expect(normaliseChomeName('東京都品川区東五反田2丁目')).toBe('東五反田二丁目');
    expect(normaliseChomeName('八潮５丁目')).toBe('八潮五丁目');
  });

  it('leaves names without a chome number as the cleaned town name', () => {
    expect(normaliseChomeName('五反田')).toBe('五反田');
    expect(normaliseChomeName('二葉')).toBe('二葉');
    expect(normaliseChomeName('品川区 勝島')).toBe('勝島');
    // A kanji numeral without 丁目 could be part of the town, so it is not read as a chome.
    expect(normaliseChomeName('中延一')).toBe('中延一');
    expect(normaliseChomeName('中延1-2')).toBe('中延1-2');
    expect(normaliseChomeName('中延1-2-3')).toBe('中延1-2-3');
    expect(normaliseChomeName('中延-2丁目')).toBe('中延-2丁目');
    expect(normaliseChomeName('中延1丁目2番')).toBe('中延1丁目2番');
    expect(normaliseChomeName('')).toBe('');
    expect(normaliseChomeName('東京都 品川区')).toBe('東京都品川区');
  });

  it('handles 十 and above in both directions', () => {
    expect(normaliseChomeName('大井10丁目')).toBe('大井十丁目');
    expect(normaliseChomeName('大井１１')).toBe('大井十一丁目');
    expect(normaliseChomeName('大井十丁目')).toBe('大井十丁目');
    expect(normaliseChomeName('大井十一丁目')).toBe('大井十一丁目');
    expect(normaliseChomeName('大井二十一丁目')).toBe('大井二十一丁目');
    expect(normaliseChomeName('大井二一丁目')).toBe('大井二十一丁目');
  });

  it('does not invent chome numbers outside 1..99', () => {
    expect(normaliseChomeName('中延0丁目')).toBe('中延0丁目');
    expect(normaliseChomeName('中延100')).toBe('中延100');
    expect(normaliseChomeName('中延〇丁目')).toBe('中延〇丁目');
  });

  it('is idempotent', () => {
    for (const s of ['中延１丁目', '西五反田 3', '五反田', '東京都品川区東五反田2丁目']) {
      const once = normaliseChomeName(s);
      expect(normaliseChomeName(once)).toBe(once);
    }
  });
});

describe('createChomeIndex', () => {
  const kanji = ['一', '二', '三', '四', '五', '六'];
  const entries = [
    ...kanji.map((k, i) => ({ code: `nakanobu-${i + 1}`, name: `中延${k}丁目` })),
    ...kanji
      .slice(0, 6)
      .map((k, i) => ({ code: `higashi-nakanobu-${i + 1}`, name: `東中延${k}丁目` })),
    ...kanji.slice(0, 4).map((k, i) => ({ code: `futaba-${i + 1}`, name: `二葉${k}丁目` })),
    ...kanji
      .slice(0, 5)
      .map((k, i) => ({ code: `nishigotanda-${i + 1}`, name: `西五反田${k}丁目` })),
    { code: 'katsushima-1', name: '勝島一丁目' },
    { code: 'yashio-5', name: '八潮五丁目' },
    // A town without chome, and short enough to be closest to many typos by edit distance alone.
    { code: 'higashi-yashio', name: '東八潮' },
  ];
  const index = createChomeIndex(entries);

  it('finds a chome however it is written', () => {
    expect(index.lookup('中延1')).toEqual({ code: 'nakanobu-1', name: '中延一丁目' });
    expect(index.lookup('東京都品川区中延６丁目')).toEqual({
      code: 'nakanobu-6',
      name: '中延六丁目',
    });
    expect(index.lookup('二葉 ３')).toEqual({ code: 'futaba-3', name: '二葉三丁目' });
    expect(index.lookup('品川区 東八潮')).toEqual({ code: 'higashi-yashio', name: '東八潮' });
  });

  it('returns null for a chome that does not exist', () => {
    expect(index.lookup('中延七丁目')).toBeNull();
    expect(index.lookup('中延')).toBeNull();
    expect(index.lookup('')).toBeNull();
  });

  it('suggests the same town’s nearest chome first', () => {
    const names = index.suggest('中延七丁目').map((m) => m.name);
    expect(names).toEqual(['中延六丁目', '中延五丁目', '中延四丁目']);
    expect(index.suggest('中延7', 1)).toEqual([{ code: 'nakanobu-6', name: '中延六丁目' }]);
  });

  it('suggests towns that contain the one given before unrelated short names', () => {
    expect(index.suggest('五反田').map((m) => m.name)).toEqual([
      '西五反田一丁目',
      '西五反田二丁目',
      '西五反田三丁目',
    ]);
    expect(index.suggest('五反田3丁目')[0]?.name).toBe('西五反田三丁目');
  });

  it('suggests by edit distance when the town is misspelt', () => {
    expect(index.suggest('中廷二丁目')[0]?.name).toBe('中延二丁目');
  });

  it('gives suggestions for unrelated text without throwing', () => {
    for (const s of ['xyz', '', '???', '大阪府大阪市']) {
      const suggestions = index.suggest(s);
      expect(suggestions).toHaveLength(3);
    }
    expect(index.suggest('xyz', 0)).toEqual([]);
    expect(index.suggest('xyz', 100)).toHaveLength(entries.length);
  });

  it('rejects entries that collide once normalised', () => {
    expect(() =>
      createChomeIndex([
        { code: 'a', name: '中延一丁目' },
        { code: 'b', name: '中延１丁目' },
      ]),
    ).toThrow(/same name/);
  });
});
