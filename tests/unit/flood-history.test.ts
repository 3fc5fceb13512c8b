// The flood history as the app builds and describes it, on the SYNTHETIC ward and history in
// fixtures/ (the bundled figures are checked in data-contract.test.ts, not here).
import { describe, it, expect } from 'vitest';
import { assembleHistory } from '../../src/data/assemble-history';
import { NOT_GIVEN, num } from '../../src/data/figure';
import { WARD } from '../../src/data/flood-model';
import { isPlaced } from '../../src/data/locate';
import { formatProblem } from '../../src/data/problems';
import { damageByChome } from '../../src/data/time-range';
import { classLevel, COUNT_BREAKS, countLevel } from '../../src/data/damage-levels';
import { choroplethState } from '../../src/map/choropleth';
import { describeEvent } from '../../src/ui/describe-event';
import { describeHistory } from '../../src/ui/describe-history';
import { formatCount } from '../../src/i18n/format-flood';
import {
  EVENTS_FILE,
  GAZETTEER_FILE,
  RECORDS_FILE,
  SYNTHETIC_EVENT_IDS_BY_DATE,
  SYNTHETIC_RECORD_ROWS,
  syntheticHistory,
  syntheticInputs,
} from './fixtures/synthetic-history';
import { placeHistory, syntheticAppData } from './fixtures/synthetic-app-data';
import { codeOf, nameOf } from './fixtures/synthetic-ward';

const assembled = syntheticHistory();
const { history } = assembled;

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

const appData = syntheticAppData();
const historyOf = (name: string) => placeHistory(appData, { kind: 'chome', code: codeOf(name) });

describe('assembleHistory (synthetic)', () => {
  it('reports no problems for consistent files', () => {
    expect(assembled.problems.map((p) => formatProblem(p, 'en'))).toEqual([]);
  });

  it('reports what does not match across files, naming file, row and field', () => {
    const inputs = syntheticInputs();
    const [firstEvent, ...events] = inputs.events.rows;
    const [firstPlace, ...places] = inputs.gazetteer?.rows ?? [];
    const [firstRecord, ...records] = inputs.records?.rows ?? [];
    if (!firstEvent || !firstPlace || !firstRecord) throw new Error('empty fixture');
    const { problems } = assembleHistory({
      ...inputs,
      events: {
        ...inputs.events,
        rows: [
          { ...firstEvent, values: { ...firstEvent.values, place_refs: 'place:無い所' } },
          ...events,
        ],
      },
      gazetteer: {
        file: GAZETTEER_FILE,
        rows: [
          {
            ...firstPlace,
            values: { ...firstPlace.values, chome: '架空七丁目', station: '無い駅' },
          },
          ...places,
        ],
      },
      records: {
        file: RECORDS_FILE,
        rows: [
          { ...firstRecord, values: { ...firstRecord.values, event_id: 'SYN-0000' } },
          ...records,
        ],
      },
    });
    expect(problems.map((p) => [p.code, p.file, p.row, p.field, p.value])).toEqual([
      ['chomeUnmatched', GAZETTEER_FILE, 2, 'chome', '架空七丁目'],
      ['unknownStation', GAZETTEER_FILE, 2, 'station', '無い駅'],
      ['unknownPlace', EVENTS_FILE, 2, 'place_refs', 'place:無い所'],
      ['unknownEvent', RECORDS_FILE, 2, 'event_id', 'SYN-0000'],
    ]);
  });

  it('keeps every event, sorted by date, each with a location', () => {
    expect(history.events.map((e) => e.id)).toEqual(SYNTHETIC_EVENT_IDS_BY_DATE);
    expect(history.locations.size).toBe(SYNTHETIC_EVENT_IDS_BY_DATE.length);
  });

  it('keeps every row of the chome records', () => {
    expect(history.records).toHaveLength(SYNTHETIC_RECORD_ROWS.length);
  });

  it('reads a period record with its figures and source (架空6丁目 → 架空六丁目)', () => {
    const period = history.records.find(
      (r) => r.chomeCode === codeOf('架空六丁目') && r.eventId === null,
    );
    expect(period).toMatchObject({
      chomeName: '架空六丁目',
      chomeAsWritten: '架空6丁目',
      start: '1989-01-01',
      end: '2020-03-31',
      total: num(240),
      aboveFloor: num(100),
      belowFloor: num(140),
      unit: '棟',
      sourceTitle: '架空区「町丁別浸水実績一覧」（synthetic）',
      sourceClass: 'official',
      confidence: 'confirmed',
    });
  });

  it('sums above + below for a record without a total: 80 = 45 + 35', () => {
    const r = history.records.find(
      (x) => x.chomeCode === codeOf('架空六丁目') && x.eventId === 'SYN-1999-08-29',
    );
    expect(r).toMatchObject({ total: num(80), aboveFloor: num(45), belowFloor: num(35) });
  });

  it('reads the ward-wide row (区内全域) as WARD: 2,400 = 1,500 above + 900 below', () => {
    const r = history.records.find((x) => x.chomeCode === WARD && x.eventId === 'SYN-1999-08-29');
    expect(r).toMatchObject({
      chomeName: '区内全域',
      total: num(2400),
      aboveFloor: num(1500),
      belowFloor: num(900),
    });
  });

  it('marks an event figure with "?" uncertain, and the summed total with it', () => {
    const e = event('SYN-1958-09-26');
    expect(e.aboveFloor).toEqual(num(1200));
    expect(e.belowFloor).toEqual({ kind: 'number', value: 700, uncertain: true });
    expect(e.total).toEqual({ kind: 'number', value: 1900, uncertain: true });
    expect(e.unit).toBe('戸');
  });

  it('keeps a month-precision total without a split as not given, from a personal source', () => {
    const e = event('SYN-1989-08');
    expect(e.start).toEqual({ iso: '1989-08', precision: 'month' });
    expect(e.total).toEqual(num(850));
    expect(e.aboveFloor).toEqual(NOT_GIVEN);
    expect(e.belowFloor).toEqual(NOT_GIVEN);
    expect(e.source.sourceClass).toBe('personal');
  });

  it('places an event in its chome, at its stations and through a gazetteer alias', () => {
    const l = location('SYN-2025-09-11');
    expect(l.chome.map(nameOf).sort()).toEqual(['架空六丁目', '見本三丁目'].sort());
    expect(l.townChome).toEqual([]);
    // 架空ばし is an alias of 架空橋, whose station is 架空公園.
    expect([...l.stations].sort()).toEqual(['架空公園', '見本町'].sort());
    expect(l.gazetteer.map((g) => g.name)).toEqual(['架空橋']);
    expect(l.unplaced).toEqual([]);
    expect(isPlaced(l)).toBe(true);
  });

  it('places a gazetteer entry in the chome it names', () => {
    const l = location('SYN-1959-09');
    expect(l.chome.map(nameOf)).toEqual(['架空四丁目']);
    expect(l.stations).toEqual(['西見本']);
  });

  it('puts a whole town in townChome, except the chome also named directly', () => {
    const l = location('SYN-1947-09-15');
    expect(l.townChome.map(nameOf).sort()).toEqual(
      ['見本二丁目', '見本三丁目', '見本四丁目'].sort(),
    );
    expect(l.chome.map(nameOf).sort()).toEqual(['架空五丁目', '見本一丁目'].sort());
    // A chome never appears in both lists.
    expect(l.townChome.filter((c) => l.chome.includes(c))).toEqual([]);
  });

  it('cannot place an event without place references: isPlaced is false', () => {
    const l = location('SYN-2010-12-03');
    expect(l).toEqual({
      chome: [],
      townChome: [],
      towns: [],
      stations: [],
      gazetteer: [],
      unplaced: [],
      unplacedGazetteer: [],
      reason: null,
    });
    expect(isPlaced(l)).toBe(false);
  });

  it('lists a gazetteer name it cannot place as unplaced (no chome, no station)', () => {
    const l = location('SYN-1750');
    expect(l.unplaced).toEqual(['旧架空宿']);
    expect(isPlaced(l)).toBe(false);
  });
});

describe('the choropleth (synthetic, all time, as the app computes it)', () => {
  // What the app hands to the map: damage per chome, labelled.
  const shown = (measure: 'counts' | 'classes') =>
    new Map(
      [...damageByChome(history.records, null, measure)].map(([code, v]) => [
        code,
        { value: v.value, label: v.label ?? formatCount(v.value, v.unit, 'ja') },
      ]),
    );

  it('gives 240 for 架空六丁目 in counts (not 320: the 1999 record is inside) and class 4', () => {
    const code = codeOf('架空六丁目');
    expect(shown('counts').get(code)).toEqual({ value: 240, label: '240棟' });
    expect(shown('classes').get(code)).toEqual({ value: 4, label: '31-50件' });
  });

  it('gives chome without records no value at all (no record, not zero)', () => {
    const values = shown('counts');
    expect(values.size).toBe(7);
    expect(values.has(codeOf('見本二丁目'))).toBe(false);
    expect(values.get(codeOf('架空一丁目'))).toEqual({ value: 0, label: '0棟' });
  });

  it('has a ward-wide total apart from the chome (5,000)', () => {
    expect(damageByChome(history.records, null, 'counts', true).get(WARD)?.value).toBe(5000);
  });

  it('colours counts by level, a recorded zero at level 0', () => {
    const { levels, labels } = choroplethState('counts', shown('counts'));
    const level = (name: string) => levels[codeOf(name)];
    expect(level('架空一丁目')).toBe(0); // 0
    expect(level('架空二丁目')).toBe(1); // 10
    expect(level('架空三丁目')).toBe(2); // 30
    expect(level('架空四丁目')).toBe(3); // 60
    expect(level('架空五丁目')).toBe(4); // 120
    expect(level('見本一丁目')).toBe(5); // 160
    expect(level('架空六丁目')).toBe(6); // 240
    expect(level('見本二丁目')).toBeUndefined();
    expect(labels[codeOf('架空六丁目')]).toBe('240棟');
  });

  it('colours the classes by class ordinal', () => {
    const { levels, labels } = choroplethState('classes', shown('classes'));
    expect(levels[codeOf('架空一丁目')]).toBe(0);
    expect(levels[codeOf('架空三丁目')]).toBe(1);
    expect(levels[codeOf('架空六丁目')]).toBe(4);
    expect(levels[codeOf('見本一丁目')]).toBe(6);
    expect(labels[codeOf('見本一丁目')]).toBe('76-110件');
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
      [5000, 6],
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

describe('describeHistory (synthetic)', () => {
  it('describes 架空六丁目 in Japanese: period total, "of which" 1999, 2025 class', () => {
    const d = describeHistory(historyOf('架空六丁目'), 'ja');
    expect(d.noRecords).toBeNull();
    expect(d.records).toHaveLength(3);
    const [period, of1999, class2025] = d.records;
    expect(period?.text).toContain('240棟');
    expect(period?.text).toContain('床上 100棟・床下 140棟');
    expect(period?.source).toContain('架空区「町丁別浸水実績一覧」（synthetic）');
    expect(period?.partOf).toBe(false);
    expect(of1999?.partOf).toBe(true);
    expect(of1999?.text).toContain('80棟');
    expect(of1999?.text).toContain('床上 45棟・床下 35棟');
    expect(class2025?.text).toContain('31-50件');
    expect(class2025?.partOf).toBe(false);
    expect(class2025?.source).toContain('架空区「浸水実績図」（synthetic）');
  });

  it('describes 架空六丁目 in English', () => {
    const d = describeHistory(historyOf('架空六丁目'), 'en');
    const [period, of1999, class2025] = d.records;
    expect(period?.text).toContain('240 buildings');
    expect(period?.text).toContain('100 buildings above floor, 140 buildings below floor');
    expect(period?.source).toContain('架空区「町丁別浸水実績一覧」（synthetic）');
    expect(of1999?.text).toContain('of which');
    expect(of1999?.text).toContain('80 buildings');
    expect(class2025?.text).toContain('31-50件');
  });

  it('lists an event under a chome whose records name it, though the event is placed nearby', () => {
    const d = describeHistory(historyOf('架空六丁目'), 'ja');
    expect(d.events.map((l) => l.id)).toContain('SYN-1999-08-29');
    expect(d.nearby.map((l) => l.id)).not.toContain('SYN-1999-08-29');
    expect(d.nearby.map((l) => l.id)).toContain('SYN-2002-08-04');
  });

  it('says "no record ≠ no flooding" for a chome without records, and never says 0', () => {
    for (const lang of ['ja', 'en'] as const) {
      const d = describeHistory(historyOf('見本二丁目'), lang);
      expect(d.records).toEqual([]);
      expect(d.noRecords).toBeTruthy();
      if (lang === 'ja') {
        expect(d.noRecords).toContain('記録がない＝浸水がなかった、ではありません');
      } else {
        expect(d.noRecords).toContain('No record does not mean no flooding');
      }
      const lines = [...d.events, ...d.nearby, ...d.related].map((l) => l.text);
      // The town-level 1947 event and the 2025 flood next door are there to be read.
      expect(lines.length).toBeGreaterThan(1);
      for (const text of lines) {
        expect(text).not.toMatch(/(^|[^0-9,.])0\s?(棟|件|戸|カ所|buildings?|cases?)/);
        expect(text).not.toContain('記録された 0');
        expect(text).not.toContain('recorded as zero');
      }
    }
  });

  it('shows the recorded zero of 架空一丁目 as a recorded zero', () => {
    const d = describeHistory(historyOf('架空一丁目'), 'ja');
    expect(d.records[0]?.text).toContain('0（記録された 0）');
    expect(d.noRecords).toBeNull();
  });

  it('notes events placed only by town (見本 in 1947)', () => {
    const d = describeHistory(historyOf('見本四丁目'), 'ja');
    const byTown = d.events.find((l) => l.id === 'SYN-1947-09-15');
    expect(byTown?.note).toBe('資料は町名だけで丁目は不明');
  });
});

describe('describeEvent (synthetic)', () => {
  const describe1 = (id: string, lang: 'ja' | 'en') =>
    describeEvent(event(id), history.locations.get(id), nameOf, lang);
  const row = (d: ReturnType<typeof describe1>, label: string) =>
    d.rows.find(([l]) => l === label)?.[1];

  it('describes an event with its damage, quote and sources', () => {
    const ja = describe1('SYN-1999-08-29', 'ja');
    const damage = row(ja, '浸水した建物');
    expect(damage).toContain('1,500');
    expect(damage).toContain('900');
    expect(damage).toContain('2,400');
    expect(damage).not.toContain('不確か');
    expect(ja.quote).toContain('2400');
    expect(ja.urls).toEqual([
      'https://example.org/synthetic/1',
      'https://example.org/synthetic/2',
      'https://example.org/synthetic/3',
    ]);
    expect(ja.sourceClass).toBe('公的な記録');
    expect(ja.placed).toBe(true);
    expect(row(ja, '日付')).toBe('1999年8月29日（平成11年）');
    expect(row(ja, '地図上の位置')).toContain('架空駅');

    const en = describe1('SYN-1999-08-29', 'en');
    expect(row(en, 'Buildings flooded')).toContain('1,500 buildings above floor');
    expect(row(en, 'On the map')).toContain('架空 Sta.');
  });

  it('marks uncertain figures', () => {
    const ja = describe1('SYN-1958-09-26', 'ja');
    const damage = row(ja, '浸水した建物');
    expect(damage).toContain('1,200戸');
    expect(damage).toContain('700戸?');
    expect(damage).toContain('（数字は不確か）');
    expect(ja.quote).toContain('七〇〇戸');
    expect(ja.urls).toHaveLength(2);
    expect(ja.uncertainty).not.toBe('');
    const en = describe1('SYN-1958-09-26', 'en');
    expect(row(en, 'Buildings flooded')).toContain('(figures uncertain)');
  });

  it('says an event with no location cannot be placed', () => {
    for (const id of ['SYN-2010-12-03', 'SYN-1958-09-26']) {
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
    expect(describeEvent(event('SYN-2010-12-03'), undefined, nameOf, 'en').placed).toBe(false);
  });

  it('names the gazetteer places it could not locate', () => {
    const ja = describe1('SYN-1989-08', 'ja');
    // The gazetteer note says why (here: approximate, no chome or station in the synthetic row).
    expect(
      ja.rows.some(
        ([, v]) => v === '位置を特定できない地名: 旧架空市場（おおよその位置（synthetic））',
      ),
    ).toBe(true);
    expect(ja.placed).toBe(true);
    expect(row(ja, '浸水した建物')).toBe('計 850棟');
  });
});
