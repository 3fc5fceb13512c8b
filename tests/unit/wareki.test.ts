import { describe, it, expect } from 'vitest';
import { formatJapaneseDate, parseJapaneseDate } from '../../src/data/wareki';
import type { IsoPrecision, WarekiError } from '../../src/data/wareki';

function ok(input: string): { iso: string; precision: IsoPrecision; era?: string } {
  const result = parseJapaneseDate(input);
  if (!result.ok)
    throw new Error(`expected ${input} to parse, got ${JSON.stringify(result.error)}`);
  const { iso, precision, era } = result.value;
  return era === undefined ? { iso, precision } : { iso, precision, era };
}

function err(input: string): WarekiError {
  const result = parseJapaneseDate(input);
  if (result.ok) throw new Error(`expected ${input} to fail, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('parseJapaneseDate: 和暦 with Arabic digits', () => {
  it.each([
    ['昭和33年9月26日', '1958-09-26', '昭和'],
    ['平成11年8月29日', '1999-08-29', '平成'],
    ['大正6年10月1日', '1917-10-01', '大正'],
    ['令和7年9月11日', '2025-09-11', '令和'],
    ['明治43年8月10日', '1910-08-10', '明治'],
  ])('%s → %s', (input, iso, era) => {
    expect(ok(input)).toEqual({ iso, precision: 'day', era });
  });

  it('keeps month and year precision', () => {
    expect(ok('明治43年8月')).toEqual({ iso: '1910-08', precision: 'month', era: '明治' });
    expect(ok('昭和22年')).toEqual({ iso: '1947', precision: 'year', era: '昭和' });
  });

  it('reads 元年 as year 1', () => {
    expect(ok('平成元年8月1日')).toEqual({ iso: '1989-08-01', precision: 'day', era: '平成' });
    expect(ok('令和元年')).toEqual({ iso: '2019', precision: 'year', era: '令和' });
    expect(ok('昭和元年12月25日').iso).toBe('1926-12-25');
  });

  it('reads full-width digits and ignores whitespace', () => {
    expect(ok('令和７年９月１１日').iso).toBe('2025-09-11');
    expect(ok('平成１１年８月２９日').iso).toBe('1999-08-29');
    expect(ok(' 平成 11 年\u30008 月 29 日 ').iso).toBe('1999-08-29');
  });

  it('reads the single-character era ligatures', () => {
    expect(ok('㍻11年8月29日').iso).toBe('1999-08-29');
  });

  it('keeps the input as written', () => {
    const result = parseJapaneseDate('  令和７年９月１１日 ');
    expect(result.ok && result.value.asWritten).toBe('令和７年９月１１日');
  });
});

describe('parseJapaneseDate: kanji numerals', () => {
  it('reads numerals with 十', () => {
    expect(ok('昭和三十三年九月二十六日')).toEqual({
      iso: '1958-09-26',
      precision: 'day',
      era: '昭和',
    });
    expect(ok('平成十一年八月二十九日').iso).toBe('1999-08-29');
    expect(ok('大正十年十月十日').iso).toBe('1921-10-10');
  });

  it('reads digit-by-digit numerals, including 〇 and its stand-ins', () => {
    expect(ok('一九五八年九月二十六日')).toEqual({ iso: '1958-09-26', precision: 'day' });
    expect(ok('一九〇八年').iso).toBe('1908');
    expect(ok('一九○八年').iso).toBe('1908');
    expect(ok('昭和三三年').iso).toBe('1958');
  });
});

describe('parseJapaneseDate: letter abbreviations', () => {
  it.each([
    ['H11.8.29', '1999-08-29', '平成'],
    ['R7.9.11', '2025-09-11', '令和'],
    ['S33.9.26', '1958-09-26', '昭和'],
    ['T6-10-1', '1917-10-01', '大正'],
    ['M43/8/10', '1910-08-10', '明治'],
    ['h11.8.29', '1999-08-29', '平成'],
    ['Ｈ１１．８．２９', '1999-08-29', '平成'],
    ['H11年8月29日', '1999-08-29', '平成'],
  ])('%s → %s', (input, iso, era) => {
    expect(ok(input)).toEqual({ iso, precision: 'day', era });
  });

  it('reads year and month only', () => {
    expect(ok('S33.9')).toEqual({ iso: '1958-09', precision: 'month', era: '昭和' });
    expect(ok('H11')).toEqual({ iso: '1999', precision: 'year', era: '平成' });
  });

  it('rejects mixed separators', () => {
    expect(err('H11.8-29').code).toBe('unrecognised');
  });
});

describe('parseJapaneseDate: 西暦', () => {
  it.each([
    ['1999年8月29日', '1999-08-29', 'day'],
    ['1999/8/29', '1999-08-29', 'day'],
    ['1999-08-29', '1999-08-29', 'day'],
    ['１９９９／８／２９', '1999-08-29', 'day'],
    ['西暦1999年8月', '1999-08', 'month'],
    ['1999年', '1999', 'year'],
    ['1999', '1999', 'year'],
  ])('%s → %s', (input, iso, precision) => {
    expect(ok(input)).toEqual({ iso, precision });
  });
});

describe('parseJapaneseDate: era boundaries', () => {
  it('accepts the last day of 平成 and the first of 令和', () => {
    expect(ok('平成31年4月30日').iso).toBe('2019-04-30');
    expect(ok('令和元年5月1日').iso).toBe('2019-05-01');
  });

  it('rejects 平成31年5月1日 and says it is 令和元年', () => {
    const error = err('平成31年5月1日');
    expect(error.code).toBe('yearOutOfEra');
    expect(error.input).toBe('平成31年5月1日');
    expect(error.detail).toContain('令和元年5月1日');
    expect(err('平成31年5月').code).toBe('yearOutOfEra');
    expect(ok('平成31年4月').iso).toBe('2019-04');
  });

  it('checks the end of 昭和 to the day', () => {
    expect(ok('昭和64年1月7日').iso).toBe('1989-01-07');
    expect(err('昭和64年1月8日').code).toBe('yearOutOfEra');
    expect(ok('昭和64年').iso).toBe('1989');
  });

  it('rejects years past the end of an era', () => {
    expect(ok('明治45年7月29日').iso).toBe('1912-07-29');
    for (const input of ['明治46年', '大正16年', '昭和65年', '平成32年', '昭和0年']) {
      expect(err(input).code).toBe('yearOutOfEra');
    }
    expect(ok('令和99年').iso).toBe('2117');
  });

  it('rejects dates before an era began', () => {
    const error = err('平成1年1月7日');
    expect(error.code).toBe('beforeEraStart');
    expect(error.detail).toContain('昭和64年1月7日');
    expect(ok('平成元年1月8日').iso).toBe('1989-01-08');
    expect(err('令和元年4月30日').code).toBe('beforeEraStart');
    expect(err('令和元年4月').code).toBe('beforeEraStart');
    expect(err('大正元年7月29日').code).toBe('beforeEraStart');
  });

  it('does not check the start of 明治, whose early dates are lunar', () => {
    expect(ok('明治元年1月1日')).toEqual({ iso: '1868-01-01', precision: 'day', era: '明治' });
    expect(ok('明治5年12月2日').iso).toBe('1872-12-02');
  });
});

describe('parseJapaneseDate: invalid dates', () => {
  it('knows leap years', () => {
    expect(ok('平成12年2月29日').iso).toBe('2000-02-29');
    expect(err('平成11年2月29日').code).toBe('invalidDate');
    expect(err('1900/2/29').code).toBe('invalidDate');
    expect(ok('2000/2/29').iso).toBe('2000-02-29');
  });

  it('rejects impossible months and days', () => {
    expect(err('昭和33年13月1日').code).toBe('invalidDate');
    expect(err('昭和33年0月').code).toBe('invalidDate');
    expect(err('1999/13/1').code).toBe('invalidDate');
    expect(err('平成11年4月31日').code).toBe('invalidDate');
    expect(err('平成11年8月0日').code).toBe('invalidDate');
  });

  it('reports empty input', () => {
    expect(err('').code).toBe('empty');
    expect(err(' \u3000 ').code).toBe('empty');
  });

  it('reports text that is not a date', () => {
    for (const input of ['昭和の頃', 'abc', '33年', '平成11年8月29日頃', '昭和十十年', '99/8/29']) {
      expect(err(input).code).toBe('unrecognised');
    }
  });
});

describe('parseJapaneseDate: eras before 明治', () => {
  it('rejects them without a Gregorian year', () => {
    const error = err('寛保二年');
    expect(error.code).toBe('unknownEra');
    expect(error.detail).toContain('寛保');
    expect(err('安政2年10月2日').code).toBe('unknownEra');
  });

  it('uses the Gregorian year given in brackets', () => {
    expect(ok('寛保二年（一七四二）')).toEqual({ iso: '1742', precision: 'year', era: '寛保' });
    expect(ok('文政六年(1823)')).toEqual({ iso: '1823', precision: 'year', era: '文政' });
    expect(ok('安政二年十月二日（1855年）')).toEqual({
      iso: '1855',
      precision: 'year',
      era: '安政',
    });
  });

  it('checks a bracketed year against a modern era', () => {
    expect(ok('昭和33年(1958)').iso).toBe('1958');
    expect(err('昭和33年(1959)').code).toBe('invalidDate');
  });
});

describe('formatJapaneseDate', () => {
  it('writes 和暦 at each precision', () => {
    expect(formatJapaneseDate('1999-08-29', 'day')).toBe('平成11年8月29日');
    expect(formatJapaneseDate('1958-09', 'month')).toBe('昭和33年9月');
    expect(formatJapaneseDate('1947', 'year')).toBe('昭和22年');
    expect(formatJapaneseDate('1999-08-29', 'year')).toBe('平成11年');
  });

  it('uses 元年 and the era in force on the day', () => {
    expect(formatJapaneseDate('2019', 'year')).toBe('令和元年');
    expect(formatJapaneseDate('2019-04-30', 'day')).toBe('平成31年4月30日');
    expect(formatJapaneseDate('2019-05-01', 'day')).toBe('令和元年5月1日');
    expect(formatJapaneseDate('1989-01-07', 'day')).toBe('昭和64年1月7日');
    expect(formatJapaneseDate('1989-01-08', 'day')).toBe('平成元年1月8日');
  });

  it('names a year or month that spans an era change by the era at its end', () => {
    expect(formatJapaneseDate('1989', 'year')).toBe('平成元年');
    expect(formatJapaneseDate('2019-04', 'month')).toBe('平成31年4月');
    expect(formatJapaneseDate('2019-05', 'month')).toBe('令和元年5月');
  });

  it('gives only the Gregorian year before 明治6年', () => {
    expect(formatJapaneseDate('1873-01-01', 'day')).toBe('明治6年1月1日');
    expect(formatJapaneseDate('1872-12-31', 'day')).toBe('1872年');
    expect(formatJapaneseDate('1742', 'year')).toBe('1742年');
  });

  it('throws RangeError for malformed ISO dates', () => {
    expect(() => formatJapaneseDate('1999-8-29', 'day')).toThrow(RangeError);
    expect(() => formatJapaneseDate('1999', 'day')).toThrow(RangeError);
    expect(() => formatJapaneseDate('1999-02-29', 'day')).toThrow(RangeError);
    expect(() => formatJapaneseDate('1999-13', 'month')).toThrow(RangeError);
  });
});

describe('round trip', () => {
  it.each([
    '昭和33年9月26日',
    '平成元年8月1日',
    '平成31年4月30日',
    '令和元年5月1日',
    '昭和64年1月7日',
    '大正6年10月1日',
    '明治43年8月',
    '昭和22年',
    '令和7年9月11日',
  ])('format(parse(%s)) gives it back', (input) => {
    const result = parseJapaneseDate(input);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(formatJapaneseDate(result.value.iso, result.value.precision)).toBe(input);
    }
  });

  it('writes other notations in the canonical form', () => {
    for (const [input, expected] of [
      ['H11.8.29', '平成11年8月29日'],
      ['令和７年９月１１日', '令和7年9月11日'],
      ['昭和三十三年九月二十六日', '昭和33年9月26日'],
      ['1999/8/29', '平成11年8月29日'],
    ] as const) {
      const result = parseJapaneseDate(input);
      expect(result.ok && formatJapaneseDate(result.value.iso, result.value.precision)).toBe(
        expected,
      );
    }
  });

  it('round-trips every day from 明治6年 to 令和', () => {
    const mismatches: string[] = [];
    const day = new Date(Date.UTC(1873, 0, 1));
    const end = Date.UTC(2030, 0, 1);
    for (; day.getTime() < end; day.setUTCDate(day.getUTCDate() + 1)) {
      const iso = day.toISOString().slice(0, 10);
      const wareki = formatJapaneseDate(iso, 'day');
      const result = parseJapaneseDate(wareki);
      if (!result.ok || result.value.iso !== iso) mismatches.push(`${iso} → ${wareki}`);
    }
    expect(mismatches).toEqual([]);
  });
});
