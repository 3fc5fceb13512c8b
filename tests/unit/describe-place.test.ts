import { describe, expect, it } from 'vitest';
import { describePlace } from '../../src/ui/describe-place';

describe('describePlace', () => {
  it('says a chome population is unknown rather than zero when the census gives none', () => {
    const d = describePlace(
      'chome',
      [
        {
          name_kanji: '八潮四丁目',
          key_code: '13109025004',
          population_2015: null,
          households_2015: null,
        },
      ],
      'ja',
    );
    expect(d.title).toBe('八潮四丁目');
    const pop = d.rows.find(([label]) => label.startsWith('人口'));
    expect(pop?.[1]).toBe('不明（公表値なし）');
    expect(d.rows.map(([, v]) => v)).not.toContain('0人');
  });

  it('shows a recorded zero as zero', () => {
    const d = describePlace(
      'chome',
      [{ name_kanji: '東八潮', key_code: '131090270', population_2015: 0, households_2015: 0 }],
      'en',
    );
    expect(d.rows.find(([label]) => label.startsWith('Population'))?.[1]).toBe('0 people');
  });

  it('formats large numbers with digit grouping', () => {
    const d = describePlace(
      'chome',
      [
        {
          name_kanji: '中延六丁目',
          key_code: '13109019006',
          population_2015: 4120,
          households_2015: 2231,
        },
      ],
      'ja',
    );
    expect(d.rows.find(([label]) => label.startsWith('人口'))?.[1]).toBe('4,120人');
  });

  it('lists every line of a station once', () => {
    const d = describePlace(
      'station',
      [
        { label: '五反田', line: '東日本旅客鉄道山手線' },
        { label: '五反田', line: '東京都交通局浅草線' },
        { label: '五反田', line: '東日本旅客鉄道山手線' },
      ],
      'ja',
    );
    expect(d.rows.find(([l]) => l === '路線')?.[1]).toBe(
      '東日本旅客鉄道山手線、東京都交通局浅草線',
    );
    expect(d.source.file).toBe('stations_clipped.geojson');
  });

  it('names the hazards an evacuation site is designated for, and warns that it is per hazard', () => {
    const d = describePlace(
      'evacSite',
      [
        {
          label: '第三日野小学校',
          洪水: '1',
          高潮: '1',
          地震: '',
          住所: '東京都品川区上大崎1-19-19',
        },
      ],
      'en',
    );
    expect(d.rows.find(([l]) => l === 'Designated for')?.[1]).toBe('Flood, Storm surge');
    expect(d.notes.join(' ')).toMatch(/per kind of disaster/);
  });

  it('warns that assembly point positions are approximate, more strongly when flagged', () => {
    const plain = describePlace('assembly', [{ label: 'x' }], 'ja');
    const flagged = describePlace('assembly', [{ label: 'x', coord_warning: 'invalid DMS' }], 'ja');
    expect(plain.notes[0]).toMatch(/概略/);
    expect(flagged.notes[0]).toMatch(/信頼できません/);
  });

  it('always says how current the data is', () => {
    const d = describePlace('shelter', [{ label: '荏原第一中学校' }], 'ja');
    expect(d.rows.find(([l]) => l === 'データの時点')?.[1]).toMatch(/2025/);
  });
});
