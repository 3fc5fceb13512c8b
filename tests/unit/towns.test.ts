// Towns derived from chome names, on the SYNTHETIC ward (架空 / 見本). Nothing here comes from
// data/.
import { describe, expect, it } from 'vitest';
import { buildTownIndex, townIndexOf, townOfChome } from '../../src/data/towns';
import { syntheticChome } from './fixtures/synthetic-ward';

describe('townOfChome', () => {
  it('takes off the 丁目 part, whatever its number', () => {
    expect(townOfChome('北品川三丁目')).toBe('北品川');
    expect(townOfChome('西五反田八丁目')).toBe('西五反田');
    expect(townOfChome('架空十二丁目')).toBe('架空');
    expect(townOfChome(' 見本一丁目 ')).toBe('見本');
  });

  it('keeps a name without chome as its own town, and never returns an empty name', () => {
    expect(townOfChome('東八潮')).toBe('東八潮');
    expect(townOfChome('丁目')).toBe('丁目');
    expect(townOfChome('一丁目')).toBe('一丁目');
  });
});

describe('buildTownIndex', () => {
  const index = townIndexOf(syntheticChome);

  it('groups the chome of each town, in file order', () => {
    expect([...index.towns.keys()]).toEqual(['架空', '見本']);
    expect(index.towns.get('架空')?.codes).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6']);
    expect(index.towns.get('見本')?.chomeNames).toEqual([
      '見本一丁目',
      '見本二丁目',
      '見本三丁目',
      '見本四丁目',
    ]);
  });

  it('finds the town of a chome code, and nothing for an unknown code', () => {
    expect(index.townOf('M3')?.name).toBe('見本');
    expect(index.townOf('nope')).toBeNull();
  });

  it('treats each chome-less name as a town of one', () => {
    const i = buildTownIndex([
      { code: 'A', name: '甲一丁目' },
      { code: 'B', name: '乙' },
    ]);
    expect(i.towns.get('乙')?.codes).toEqual(['B']);
    expect(i.towns.get('甲')?.codes).toEqual(['A']);
  });
});
