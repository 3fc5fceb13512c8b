// What the search box says after Enter and while typing, for postcodes, addresses and names, in
// the three languages (results written out by hand: the search itself is tested in postcodes.test.ts).
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../src/data/search-places';
import { answerWords, previewWords } from '../../src/ui/search-words';

const town: SearchResult = {
  found: true,
  kind: 'town',
  id: '西五反田',
  name: '西五反田',
  postcode: { code: '141-0031', said: 'found', detail: '一〜八丁目' },
};
const part: SearchResult = {
  found: true,
  kind: 'town',
  id: '北品川:1,2,3,4',
  name: '北品川一〜四丁目',
  postcode: { code: '140-0001', said: 'found', detail: '' },
};
const building: SearchResult = {
  found: true,
  kind: 'chome',
  id: '13109001002',
  name: '大崎二丁目',
  postcode: { code: '141-6001', said: 'building', detail: '大崎ThinkParkTower(1階)' },
};
const outside: SearchResult = {
  found: false,
  suggestions: [],
  postcode: { code: '100-0001', said: 'notInWard', detail: '' },
};

describe('answerWords', () => {
  it('says the code, the place and what of it the code covers, then what is shown', () => {
    expect(answerWords('ja', '〒141-0031', town)).toBe(
      '〒141-0031 は西五反田（一〜八丁目）です。 町「西五反田」（その町丁目をまとめて）を表示しています。',
    );
    expect(answerWords('ja', '1400001', part)).toMatch(/^〒140-0001 は北品川一〜四丁目です。 /u);
    expect(answerWords('en', '141-0031', town)).toMatch(
      /^Postcode 141-0031 is 西五反田 \(一〜八丁目\)\. /u,
    );
  });

  it("says a building's code is the building's, and where it stands", () => {
    expect(answerWords('ja', '141-6001', building)).toMatch(
      /^〒141-6001 は建物「大崎ThinkParkTower\(1階\)」の番号です。建物の所在地から大崎二丁目を表示しています。/u,
    );
  });

  it('says why a code finds nothing, without "nothing called"', () => {
    const said = answerWords('ja', '100-0001', outside);
    expect(said).toContain('〒100-0001 は品川区の郵便番号にありません');
    expect(said).not.toContain('見つかりません');
    expect(answerWords('ja-easy', '100-0001', outside)).toContain('品川区の 番号では ありません');
  });

  it('keeps what it said for names and addresses', () => {
    expect(
      answerWords('ja', '西五反田2-11-8', {
        found: true,
        kind: 'chome',
        id: '13109003002',
        name: '西五反田二丁目',
        depth: 'block',
      }),
    ).toBe(
      '町丁目「西五反田二丁目」を表示しています。 西五反田二丁目まで一致（番地は使っていません）',
    );
    expect(answerWords('ja', '架空', { found: false, suggestions: ['北品川'] })).toBe(
      '「架空」は見つかりません。 近い名前: 北品川',
    );
    expect(answerWords('ja', '  ', { found: false, suggestions: [] })).toBe('');
  });
});

describe('previewWords', () => {
  it('says what Enter would show', () => {
    expect(previewWords('ja', '1400001', part)).toBe(
      '〒140-0001 は北品川一〜四丁目です。 Enter で「北品川一〜四丁目」を表示します。',
    );
    expect(previewWords('en', '1400001', part)).toContain('Press Enter to show 北品川一〜四丁目.');
  });

  it('while a postcode is being typed, says it has 7 digits, not names like the digits', () => {
    for (const text of ['1', '１４１', '〒141-', '141 00']) {
      expect(previewWords('ja', text, { found: false, suggestions: ['南品川一丁目'] }), text).toBe(
        '郵便番号は7桁です（例: 141-0031）。',
      );
    }
  });

  it('otherwise the names like what was typed, or nothing', () => {
    expect(previewWords('ja', '西五', { found: false, suggestions: ['西五反田'] })).toBe(
      '近い名前: 西五反田',
    );
    expect(previewWords('ja', 'xyz', { found: false, suggestions: [] })).toBe('');
  });
});
