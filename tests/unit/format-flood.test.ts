import { describe, it, expect } from 'vitest';
import { NO_RECORD, NOT_GIVEN, num, type Figure } from '../../src/data/figure';
import type { PartialDate } from '../../src/data/flood-model';
import { makeEvent } from './helpers/synthetic-event';
import {
  causesText,
  eventName,
  eventSummary,
  formatCount,
  formatEventDamage,
  formatFigure,
  formatPartialDate,
  formatRange,
  sourceClassLabel,
} from '../../src/i18n/format-flood';

const year = (iso: string): PartialDate => ({ iso, precision: 'year' });
const month = (iso: string): PartialDate => ({ iso, precision: 'month' });
const day = (iso: string): PartialDate => ({ iso, precision: 'day' });

describe('formatPartialDate', () => {
  it('gives a year-only date as just the year', () => {
    expect(formatPartialDate(year('1742'), 'ja')).toBe('1742年');
    expect(formatPartialDate(year('1742'), 'en')).toBe('1742');
    expect(formatPartialDate(year('1993'), 'ja')).toBe('1993年（平成5年）');
    expect(formatPartialDate(year('1993'), 'en')).toBe('1993');
  });

  it('gives a month date with its era, no day', () => {
    const ja = formatPartialDate(month('1989-08'), 'ja');
    expect(ja).toBe('1989年8月（平成元年）');
    expect(ja).not.toContain('日');
    expect(formatPartialDate(month('1989-08'), 'en')).toBe('Aug 1989');
    expect(formatPartialDate(month('1959-09'), 'ja')).toBe('1959年9月（昭和34年）');
  });

  it('gives a day date with its era in Japanese and "29 Aug 1999" in English', () => {
    expect(formatPartialDate(day('1999-08-29'), 'ja')).toBe('1999年8月29日（平成11年）');
    expect(formatPartialDate(day('1999-08-29'), 'en')).toBe('29 Aug 1999');
    expect(formatPartialDate(day('2025-09-11'), 'ja')).toBe('2025年9月11日（令和7年）');
    expect(formatPartialDate(day('1958-09-26'), 'en')).toBe('26 Sep 1958');
    expect(formatPartialDate(day('2010-12-03'), 'en')).toBe('3 Dec 2010');
  });

  it('leaves the era out on request, and before 1873 (lunar calendar)', () => {
    expect(formatPartialDate(day('1999-08-29'), 'ja', false)).toBe('1999年8月29日');
    expect(formatPartialDate(day('1885-07-01'), 'ja')).toBe('1885年7月1日（明治18年）');
    expect(formatPartialDate(year('1873'), 'ja')).toBe('1873年（明治6年）');
    expect(formatPartialDate(month('1872-05'), 'ja')).toBe('1872年5月');
    expect(formatPartialDate(year('1856'), 'ja')).toBe('1856年');
  });

  it('names a year that spans an era change by the era in force at its end', () => {
    expect(formatPartialDate(year('1989'), 'ja')).toBe('1989年（平成元年）');
    expect(formatPartialDate(year('2019'), 'ja')).toBe('2019年（令和元年）');
  });

  it('names the era of the day itself, not of the end of its year', () => {
    expect(formatPartialDate(day('1989-01-05'), 'ja')).toBe('1989年1月5日（昭和64年）');
    expect(formatPartialDate(day('2019-04-30'), 'ja')).toBe('2019年4月30日（平成31年）');
    expect(formatPartialDate(month('2019-04'), 'ja')).toBe('2019年4月（平成31年）');
    expect(formatPartialDate(day('1926-12-20'), 'ja')).toBe('1926年12月20日（大正15年）');
  });
});

describe('formatRange', () => {
  it('gives one date when there is no end or the end is the same', () => {
    expect(formatRange(day('1999-08-29'), null, 'ja')).toBe('1999年8月29日（平成11年）');
    expect(formatRange(day('1999-08-29'), day('1999-08-29'), 'en')).toBe('29 Aug 1999');
  });

  it('gives start – end without eras', () => {
    expect(formatRange(day('1947-09-13'), day('1947-09-15'), 'ja')).toBe(
      '1947年9月13日 – 1947年9月15日',
    );
    expect(formatRange(year('1991'), month('2002-10'), 'en')).toBe('1991 – Oct 2002');
  });
});

describe('formatCount', () => {
  it('writes Japanese counts with grouping and the unit attached', () => {
    expect(formatCount(1614, '棟', 'ja')).toBe('1,614棟');
    expect(formatCount(0, '件', 'ja')).toBe('0件');
    expect(formatCount(940, '戸', 'ja-easy')).toBe('940戸');
  });

  it('translates units in English, singular for 1', () => {
    expect(formatCount(1, '棟', 'en')).toBe('1 building');
    expect(formatCount(2, '棟', 'en')).toBe('2 buildings');
    expect(formatCount(1614, '棟', 'en')).toBe('1,614 buildings');
    expect(formatCount(0, '棟', 'en')).toBe('0 buildings');
    expect(formatCount(1, '戸', 'en')).toBe('1 household');
    expect(formatCount(1295, '戸', 'en')).toBe('1,295 households');
    expect(formatCount(495, '件', 'en')).toBe('495 cases');
    expect(formatCount(15, 'カ所', 'en')).toBe('15 places');
    expect(formatCount(1, 'カ所', 'en')).toBe('1 place');
  });

  it('keeps an unknown unit as written, and no trailing space without a unit', () => {
    expect(formatCount(3, '人', 'en')).toBe('3 人');
    expect(formatCount(3, '', 'en')).toBe('3');
  });
});

describe('formatFigure', () => {
  it('keeps the three nothings apart', () => {
    expect(formatFigure(num(0), '棟', 'ja')).toBe('0棟');
    expect(formatFigure(NOT_GIVEN, '棟', 'ja')).toBe('被害の数は資料に記載なし');
    expect(formatFigure(NO_RECORD, '棟', 'ja')).toBe('記録なし（浸水ゼロではありません）');
    expect(formatFigure(NOT_GIVEN, '棟', 'en')).toBe('number not given in the source');
    expect(formatFigure(NO_RECORD, '棟', 'en')).toBe('no record (not the same as no flooding)');
  });

  it('marks an uncertain number with a question mark', () => {
    expect(formatFigure(num(940, true), '戸', 'ja')).toBe('940戸?');
    expect(formatFigure(num(940, true), '戸', 'en')).toBe('940 households?');
  });
});

describe('formatEventDamage', () => {
  it('gives the split and the total', () => {
    expect(formatEventDamage(makeEvent(), 'ja')).toBe('床上 1,614棟・床下 1,137棟、計 2,751棟');
    expect(formatEventDamage(makeEvent(), 'en')).toBe(
      '1,614 buildings above floor, 1,137 buildings below floor; 2,751 buildings in all',
    );
  });

  it('gives only the total when there is no split', () => {
    const e = makeEvent({ aboveFloor: NOT_GIVEN, belowFloor: NOT_GIVEN, total: num(853) });
    expect(formatEventDamage(e, 'ja')).toBe('計 853棟');
  });

  it('says "not given" rather than zero when the source gives no numbers', () => {
    const e = makeEvent({ aboveFloor: NOT_GIVEN, belowFloor: NOT_GIVEN, total: NOT_GIVEN });
    expect(formatEventDamage(e, 'ja')).toBe('被害の数は資料に記載なし');
    expect(formatEventDamage(e, 'en')).toBe('number not given in the source');
  });

  it('keeps a half that is not given as "not given"', () => {
    const e = makeEvent({ aboveFloor: num(40), belowFloor: NOT_GIVEN, total: NOT_GIVEN });
    const text = formatEventDamage(e, 'ja');
    expect(text).toBe('床上 40棟・床下 被害の数は資料に記載なし');
    expect(text).not.toContain('計');
  });

  it('shows a recorded zero as 0', () => {
    const e = makeEvent({ aboveFloor: num(0), belowFloor: num(0), total: num(0) });
    expect(formatEventDamage(e, 'ja')).toBe('床上 0棟・床下 0棟、計 0棟');
  });

  it('adds the uncertainty note when a split figure is uncertain', () => {
    const e = makeEvent({
      aboveFloor: num(1295),
      belowFloor: num(940, true),
      total: num(2235, true),
      unit: '戸',
    });
    expect(formatEventDamage(e, 'ja')).toBe(
      '床上 1,295戸・床下 940戸?、計 2,235戸? （数字は不確か）',
    );
    expect(formatEventDamage(e, 'en')).toContain('(figures uncertain)');
  });
});

describe('labels', () => {
  it('names causes, source classes and events in each language', () => {
    const e = makeEvent({ causes: ['river', 'inland'] });
    expect(causesText(e, 'ja')).toBe('川の氾濫（外水氾濫）、内水氾濫（下水や水路からあふれる）');
    expect(causesText(e, 'en')).toBe(
      'River overflow, Inland flooding (drains and sewers overflowing)',
    );
    expect(causesText(makeEvent({ causes: [] }), 'en')).toBe('');
    expect(sourceClassLabel('personal', 'ja')).toBe('個人の記録（未確認）');
    expect(sourceClassLabel('official', 'en')).toBe('official record');
    expect(eventName(e, 'ja')).toBe('平成11年8月29日 集中豪雨');
    expect(eventName(e, 'en')).toBe('Localized downpour, 29 Aug 1999');
  });
});

describe('eventSummary', () => {
  it('has date, name and damage in one line', () => {
    const ja = eventSummary(makeEvent(), 'ja');
    expect(ja).toContain('1999年8月29日（平成11年）');
    expect(ja).toContain('平成11年8月29日 集中豪雨');
    expect(ja).toContain('床上 1,614棟・床下 1,137棟');
    expect(ja).toBe(
      '1999年8月29日（平成11年） 平成11年8月29日 集中豪雨 — 床上 1,614棟・床下 1,137棟、計 2,751棟',
    );
    const en = eventSummary(makeEvent(), 'en');
    expect(en).toContain('29 Aug 1999');
    expect(en).toContain('Localized downpour');
    expect(en).toContain('2,751 buildings in all');
  });

  it('says "not given" for an event without numbers', () => {
    const figures: Record<'aboveFloor' | 'belowFloor' | 'total', Figure> = {
      aboveFloor: NOT_GIVEN,
      belowFloor: NOT_GIVEN,
      total: NOT_GIVEN,
    };
    const e = makeEvent({
      start: year('1742'),
      name: { ja: '寛保二年の高潮', en: 'Storm surge' },
      ...figures,
    });
    expect(eventSummary(e, 'ja')).toBe('1742年 寛保二年の高潮 — 被害の数は資料に記載なし');
    expect(eventSummary(e, 'en')).toBe('1742 Storm surge — number not given in the source');
  });
});
