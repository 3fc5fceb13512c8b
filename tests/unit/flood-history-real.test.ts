import Papa from 'papaparse';
import { csv, geojson, read } from './helpers/bundled-data';
import { describe, it, expect } from 'vitest';
import { assembleHistory } from '../../src/data/assemble-history';
import { chomeAnchors, nearbyCodes, nearbyStations } from '../../src/data/chome-geometry';
import { NOT_GIVEN, num } from '../../src/data/figure';
import { chomeHistory } from '../../src/data/flood-history';
import { damageByChome } from '../../src/data/time-range';
import { formatCount } from '../../src/ui/format-flood';
import { WARD } from '../../src/data/flood-model';
import { isPlaced } from '../../src/data/locate';
import { formatProblem } from '../../src/data/problems';
import { choroplethState, classLevel, COUNT_BREAKS, countLevel } from '../../src/map/choropleth';
import { describeEvent } from '../../src/ui/describe-event';
import { describeHistory } from '../../src/ui/describe-history';

const chomeData = geojson('chome');
const stationData = geojson('stations');
const assembled = assembleHistory({
  chome: chomeData,
  stations: stationData,
  events: csv('floodEvents'),
  records: csv('chomeRecords'),
  gazetteer: csv('gazetteer'),
});
const { history } = assembled;

const nameOf = new Map(
  chomeData.features.map((f) => [String(f.properties.key_code), String(f.properties.name_kanji)]),
);
/** Code of a chome, straight from the chome file (not through the name index). */
function codeOf(name: string): string {
  const f = chomeData.features.find((x) => x.properties.name_kanji === name);
  if (!f) throw new Error(`${name} is not in the chome file`);
  return String(f.properties.key_code);
}
const chomeName = (code: string): string => nameOf.get(code) ?? code;

const event = (id: string) => {
  const e = history.events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const location = (id: string) => {
  const l = history.locations.get(id);
  if (!l) throw new Error(`no location for ${id}`);
  return l;
};

const anchors = chomeAnchors(chomeData);
const historyOf = (name: string) => {
  const code = codeOf(name);
  return chomeHistory(
    history,
    code,
    nearbyCodes(code, anchors),
    nearbyStations(code, anchors, stationData),
  );
};

describe('assembleHistory on the bundled data', () => {
  it('reports no problems at all', () => {
    expect(assembled.problems.map((p) => formatProblem(p, 'en'))).toEqual([]);
  });

  it('keeps all 26 records of flood_events.csv, sorted by date', () => {
    const raw = Papa.parse<Record<string, string>>(read('flood_events.csv'), {
      header: true,
      skipEmptyLines: true,
    });
    const ids = raw.data.map((r) => r.id);
    expect(ids).toHaveLength(26);
    expect(history.events).toHaveLength(26);
    expect(new Set(history.events.map((e) => e.id))).toEqual(new Set(ids));
    expect(history.events[0]?.id).toBe('SH-1742');
    expect(history.events.at(-1)?.id).toBe('SH-C-2025-10');
    expect(history.locations.size).toBe(26);
  });

  it('keeps every row of chome_flood_records.csv', () => {
    expect(history.records).toHaveLength(csv('chomeRecords').rows.length);
  });

  it('has the 1989–2020 record for 中延六丁目 with its figures and source', () => {
    const code = codeOf('中延六丁目');
    const period = history.records.find((r) => r.chomeCode === code && r.eventId === null);
    expect(period).toMatchObject({
      chomeName: '中延六丁目',
      start: '1989-01-01',
      end: '2020-03-31',
      total: num(218),
      aboveFloor: num(99),
      belowFloor: num(119),
      unit: '棟',
      sourceTitle: '品川区「町丁別浸水実績一覧」',
      sourceClass: 'official',
      confidence: 'confirmed',
    });
  });

  it('has the 1999-08-29 record for 中延六丁目: 135 = 69 above + 66 below', () => {
    const code = codeOf('中延六丁目');
    const r = history.records.find((x) => x.chomeCode === code && x.eventId === 'SH-1999-08-29');
    expect(r).toMatchObject({ total: num(135), aboveFloor: num(69), belowFloor: num(66) });
  });

  it('has the ward-wide 1999 row: 2,751 = 1,614 above + 1,137 below', () => {
    const r = history.records.find((x) => x.chomeCode === WARD && x.eventId === 'SH-1999-08-29');
    expect(r).toMatchObject({
      chomeName: '区内全域',
      total: num(2751),
      aboveFloor: num(1614),
      belowFloor: num(1137),
    });
  });

  it('marks the 1958 below-floor figure 940 uncertain (and the summed total with it)', () => {
    const e = event('SH-1958-09-26');
    expect(e.aboveFloor).toEqual(num(1295));
    expect(e.belowFloor).toEqual({ kind: 'number', value: 940, uncertain: true });
    expect(e.total).toEqual({ kind: 'number', value: 2235, uncertain: true });
    expect(e.unit).toBe('戸');
  });

  it('gives 1989 a total of 853 from a personal source, with no split', () => {
    const e = event('SH-1989-08');
    expect(e.start).toEqual({ iso: '1989-08', precision: 'month' });
    expect(e.total).toEqual(num(853));
    expect(e.aboveFloor).toEqual(NOT_GIVEN);
    expect(e.belowFloor).toEqual(NOT_GIVEN);
    expect(e.source.sourceClass).toBe('personal');
  });

  it('places SH-2025-09-11 in its four chome and at its stations', () => {
    const l = location('SH-2025-09-11');
    expect(l.chome.map(chomeName).sort()).toEqual(
      ['東大井三丁目', '平塚一丁目', '小山五丁目', '小山六丁目'].sort(),
    );
    expect(l.townChome).toEqual([]);
    expect(l.stations).toEqual(expect.arrayContaining(['西小山', '西大井']));
    // The two gazetteer places (戸越銀座商店街, 立会川橋) add their stations.
    expect([...l.stations].sort()).toEqual(['戸越銀座', '立会川', '西大井', '西小山'].sort());
    expect(l.unplaced).toEqual([]);
    expect(isPlaced(l)).toBe(true);
  });

  it('puts the town-level 南大井 of SH-1947-09-15 in townChome, not chome', () => {
    const l = location('SH-1947-09-15');
    const town = l.townChome.map(chomeName);
    const named = l.chome.map(chomeName);
    for (const n of ['一', '二', '三', '四', '五', '六']) {
      expect(town).toContain(`南大井${n}丁目`);
      expect(named).not.toContain(`南大井${n}丁目`);
    }
    expect(named).toContain('小山五丁目');
    expect(named).toContain('西大井五丁目');
    // A chome never appears in both lists.
    expect(l.townChome.filter((c) => l.chome.includes(c))).toEqual([]);
  });

  it('cannot place SH-2010-12-03 (no chome, no station): isPlaced is false', () => {
    const l = location('SH-2010-12-03');
    expect(l).toEqual({ chome: [], townChome: [], stations: [], gazetteer: [], unplaced: [] });
    expect(isPlaced(l)).toBe(false);
  });

  it('lists a gazetteer name it cannot place as unplaced (品川宿 has no chome)', () => {
    const l = location('SH-1742');
    expect(l.unplaced).toEqual(['品川宿']);
    expect(isPlaced(l)).toBe(false);
  });
});

describe('the choropleth on the bundled data (all time, as the app computes it)', () => {
  // What src/main.ts applyChoropleth hands to the map: damage per chome, labelled.
  const shown = (measure: 'counts' | 'classes') =>
    new Map(
      [...damageByChome(history.records, null, measure)].map(([code, v]) => [
        code,
        { value: v.value, label: v.label ?? formatCount(v.value, v.unit, 'ja') },
      ]),
    );

  it('gives 218 for 中延六丁目 in building counts and class 4 (31-50件) in the 2025 classes', () => {
    const code = codeOf('中延六丁目');
    expect(shown('counts').get(code)).toEqual({ value: 218, label: '218棟' });
    expect(shown('classes').get(code)).toEqual({ value: 4, label: '31-50件' });
  });

  it('gives chome without records no value at all (no record, not zero)', () => {
    const values = shown('counts');
    expect(values.size).toBe(10);
    expect(values.has(codeOf('荏原一丁目'))).toBe(false);
    expect(values.get(codeOf('中延一丁目'))).toEqual({ value: 0, label: '0棟' });
  });

  it('has a ward-wide total of 5,097 buildings over 1989–2020', () => {
    expect(damageByChome(history.records, null, 'counts', true).get(WARD)?.value).toBe(5097);
  });

  it('colours counts by level, a recorded zero at level 0', () => {
    const { levels, labels } = choroplethState('counts', shown('counts'));
    const level = (name: string) => levels[codeOf(name)];
    expect(level('中延一丁目')).toBe(0); // 0
    expect(level('中延四丁目')).toBe(1); // 9
    expect(level('中延三丁目')).toBe(2); // 36
    expect(level('中延二丁目')).toBe(3); // 51
    expect(level('二葉二丁目')).toBe(4); // 133
    expect(level('中延五丁目')).toBe(5); // 167
    expect(level('中延六丁目')).toBe(6); // 218
    expect(level('荏原一丁目')).toBeUndefined();
    expect(labels[codeOf('中延六丁目')]).toBe('218棟');
  });

  it('colours the 2025 classes by class ordinal', () => {
    const { levels, labels } = choroplethState('classes', shown('classes'));
    expect(levels[codeOf('中延一丁目')]).toBe(0);
    expect(levels[codeOf('中延三丁目')]).toBe(1);
    expect(levels[codeOf('中延六丁目')]).toBe(4);
    expect(levels[codeOf('二葉一丁目')]).toBe(6);
    expect(labels[codeOf('二葉一丁目')]).toBe('76-110件');
  });
});

describe('countLevel / classLevel', () => {
  it('puts a recorded zero at level 0 and counts into 1–6 at the breaks', () => {
    expect(COUNT_BREAKS).toEqual([24, 49, 99, 149, 199]);
    const cases: [number, number][] = [
      [0, 0],
      [1, 1],
      [24, 1],
      [25, 2],
      [49, 2],
      [50, 3],
      [99, 3],
      [100, 4],
      [149, 4],
      [150, 5],
      [199, 5],
      [200, 6],
      [5097, 6],
    ];
    for (const [value, level] of cases) expect(countLevel(value), String(value)).toBe(level);
  });

  it('maps class ordinals one to one, clamped to 0–6', () => {
    for (let i = 0; i <= 6; i++) expect(classLevel(i)).toBe(i);
    expect(classLevel(-1)).toBe(0);
    expect(classLevel(9)).toBe(6);
    expect(classLevel(3.6)).toBe(4);
  });
});

describe('describeHistory on the bundled data', () => {
  it('describes 中延六丁目 in Japanese: period total, "of which" 1999, 2025 class', () => {
    const d = describeHistory(historyOf('中延六丁目'), 'ja');
    expect(d.noRecords).toBeNull();
    expect(d.records).toHaveLength(3);
    const [period, of1999, class2025] = d.records;
    expect(period?.text).toContain('218棟');
    expect(period?.text).toContain('床上 99棟・床下 119棟');
    expect(period?.source).toContain('品川区「町丁別浸水実績一覧」');
    expect(period?.partOf).toBe(false);
    expect(of1999?.partOf).toBe(true);
    expect(of1999?.text).toContain('135棟');
    expect(of1999?.text).toContain('床上 69棟・床下 66棟');
    expect(class2025?.text).toContain('31-50件');
    expect(class2025?.partOf).toBe(false);
    expect(class2025?.source).toContain('品川区「令和7年9月11日浸水実績図」');
  });

  it('describes 中延六丁目 in English', () => {
    const d = describeHistory(historyOf('中延六丁目'), 'en');
    const [period, of1999, class2025] = d.records;
    expect(period?.text).toContain('218 buildings');
    expect(period?.text).toContain('99 buildings above floor, 119 buildings below floor');
    expect(period?.source).toContain('品川区「町丁別浸水実績一覧」');
    expect(of1999?.text).toContain('of which');
    expect(of1999?.text).toContain('135 buildings');
    expect(class2025?.text).toContain('31-50件');
  });

  it('lists the 1999 flood under 中延六丁目 itself, since the ward table records it there', () => {
    const d = describeHistory(historyOf('中延六丁目'), 'ja');
    expect(d.events.map((l) => l.id)).toContain('SH-1999-08-29');
    expect(d.nearby.map((l) => l.id)).not.toContain('SH-1999-08-29');
    expect(d.nearby.map((l) => l.id)).toContain('SH-2002-08-04');
  });

  it('says "no record ≠ no flooding" for a chome without records, and never says 0', () => {
    for (const lang of ['ja', 'en'] as const) {
      const d = describeHistory(historyOf('荏原一丁目'), lang);
      expect(d.records).toEqual([]);
      expect(d.noRecords).toBeTruthy();
      if (lang === 'ja') {
        expect(d.noRecords).toContain('記録がない＝浸水がなかった、ではありません');
      } else {
        expect(d.noRecords).toContain('No record does not mean no flooding');
      }
      const lines = [...d.events, ...d.nearby, ...d.related].map((l) => l.text);
      for (const text of lines) {
        expect(text).not.toMatch(/(^|[^0-9,.])0\s?(棟|件|戸|カ所|buildings?|cases?)/);
        expect(text).not.toContain('記録された 0');
        expect(text).not.toContain('recorded as zero');
      }
    }
  });

  it('shows the recorded zero of 中延一丁目 as a recorded zero', () => {
    const d = describeHistory(historyOf('中延一丁目'), 'ja');
    expect(d.records[0]?.text).toContain('0（記録された 0）');
    expect(d.noRecords).toBeNull();
  });

  it('notes events placed only by town (南大井 in 1947)', () => {
    const d = describeHistory(historyOf('南大井三丁目'), 'ja');
    const kathleen = d.events.find((l) => l.id === 'SH-1947-09-15');
    expect(kathleen?.note).toBe('資料は町名だけで丁目は不明');
  });
});

describe('describeEvent on the bundled data', () => {
  const describe1 = (id: string, lang: 'ja' | 'en') =>
    describeEvent(event(id), history.locations.get(id), chomeName, lang);
  const row = (d: ReturnType<typeof describe1>, label: string) =>
    d.rows.find(([l]) => l === label)?.[1];

  it('describes SH-1999-08-29 with its damage, quote and sources', () => {
    const ja = describe1('SH-1999-08-29', 'ja');
    const damage = row(ja, '浸水した建物');
    expect(damage).toContain('1,614');
    expect(damage).toContain('1,137');
    expect(damage).toContain('2,751');
    expect(damage).not.toContain('不確か');
    expect(ja.quote).toContain('2751');
    expect(ja.urls.length).toBe(3);
    for (const u of ja.urls) expect(u).toMatch(/^https?:\/\//);
    expect(ja.sourceClass).toBe('公的な記録');
    expect(ja.placed).toBe(true);
    expect(row(ja, '日付')).toBe('1999年8月29日（平成11年）');
    expect(row(ja, '地図上の位置')).toContain('荏原町駅');

    const en = describe1('SH-1999-08-29', 'en');
    expect(row(en, 'Buildings flooded')).toContain('1,614 buildings above floor');
    expect(row(en, 'On the map')).toContain('荏原町 Sta.');
  });

  it('marks the 1958 figures uncertain', () => {
    const ja = describe1('SH-1958-09-26', 'ja');
    const damage = row(ja, '浸水した建物');
    expect(damage).toContain('1,295戸');
    expect(damage).toContain('940戸?');
    expect(damage).toContain('（数字は不確か）');
    expect(ja.quote).toContain('九四〇戸');
    expect(ja.urls).toHaveLength(2);
    expect(ja.uncertainty).not.toBe('');
    const en = describe1('SH-1958-09-26', 'en');
    expect(row(en, 'Buildings flooded')).toContain('(figures uncertain)');
  });

  it('says an event with no location cannot be placed', () => {
    for (const id of ['SH-2010-12-03', 'SH-1958-09-26']) {
      const ja = describe1(id, 'ja');
      expect(ja.placed).toBe(false);
      expect(row(ja, '地図上の位置')).toBe(
        '場所を地図上に特定できません（区全体、または場所不明）',
      );
      const en = describe1(id, 'en');
      expect(en.placed).toBe(false);
      expect(row(en, 'On the map')).toBe(
        'Cannot be placed on the map (ward-wide, or place unknown)',
      );
    }
    // Without any location at all, too.
    expect(describeEvent(event('SH-2010-12-03'), undefined, chomeName, 'en').placed).toBe(false);
  });

  it('names the gazetteer places it could not locate', () => {
    const ja = describe1('SH-1989-08', 'ja');
    expect(ja.rows.some(([, v]) => v === '位置を特定できない地名: 旧荏原市場')).toBe(true);
    expect(ja.placed).toBe(true);
    expect(row(ja, '浸水した建物')).toBe('計 853棟');
  });
});
