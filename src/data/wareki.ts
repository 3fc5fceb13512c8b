import { parseKanjiNumber } from './chome-name';

export type IsoPrecision = 'day' | 'month' | 'year';

export interface ParsedDate {
  /** YYYY, YYYY-MM or YYYY-MM-DD, as far as the source was precise. */
  iso: string;
  precision: IsoPrecision;
  /** 明治 … 令和 (also for H11.8.29-style input), or a pre-Meiji era as written; absent for 西暦. */
  era?: string;
  /** The input as the source wrote it, without surrounding whitespace. */
  asWritten: string;
  /** Last day (YYYY-MM-DD) when the source gives a range of days (平成11年8月29日〜30日). */
  endIso?: string;
}

export type WarekiErrorCode =
  | 'empty'
  | 'unrecognised'
  | 'unknownEra'
  | 'yearOutOfEra'
  | 'invalidDate'
  | 'beforeEraStart';

export type WarekiError = { code: WarekiErrorCode; input: string; detail?: string };

export type WarekiResult = { ok: true; value: ParsedDate } | { ok: false; error: WarekiError };

type Ymd = readonly [year: number, month: number, day: number];

interface Era {
  name: string;
  letter: string;
  start: Ymd;
}

const ERAS: readonly Era[] = [
  { name: '明治', letter: 'M', start: [1868, 1, 25] },
  { name: '大正', letter: 'T', start: [1912, 7, 30] },
  { name: '昭和', letter: 'S', start: [1926, 12, 25] },
  { name: '平成', letter: 'H', start: [1989, 1, 8] },
  { name: '令和', letter: 'R', start: [2019, 5, 1] },
];

// Japan switched to the Gregorian calendar on 明治6年1月1日; earlier 和暦 months and days are lunar.
const FIRST_GREGORIAN_YEAR = 1873;

const NUMERAL = '\\d+|[〇一二三四五六七八九十]+';
const NUM = `(${NUMERAL})`;
const POSITIONAL_DIGITS = '〇一二三四五六七八九';
const POSITIONAL_KANJI = /^[〇一二三四五六七八九]+$/u;

const GREGORIAN_WITH_UNITS = new RegExp(
  `^(?:西暦)?(\\d{4}|[〇一二三四五六七八九]{4})年(?:${NUM}月(?:${NUM}日)?)?$`,
  'u',
);
const GREGORIAN_WITH_SEPARATORS = /^(\d{4})(?:([./-])(\d{1,2})(?:\2(\d{1,2}))?)?$/u;
const ERA_WITH_UNITS = new RegExp(
  `^(\\p{Script=Han}{2,4}?|[MTSHR])(元|${NUMERAL})年(?:${NUM}月(?:${NUM}日)?)?$`,
  'iu',
);
const ERA_WITH_SEPARATORS = /^([MTSHR])\.?(元|\d{1,2})(?:([./-])(\d{1,2})(?:\3(\d{1,2}))?)?$/iu;
// Old sources add the Gregorian year in brackets: 寛保二年（一七四二）, 文政六年(1823).
const GREGORIAN_NOTE = /\((?:西暦)?(\d{1,4}|[〇一二三四五六七八九]{1,4})年?\)/u;

/** Arabic digits, digit-by-digit kanji (一九五八) or kanji with 十 (三十三). */
function parseNumeral(s: string | undefined): number | null {
  if (s === undefined) return null;
  if (s === '元') return 1;
  if (/^\d+$/u.test(s)) return Number(s);
  if (POSITIONAL_KANJI.test(s)) {
    return Array.from(s).reduce((total, c) => total * 10 + POSITIONAL_DIGITS.indexOf(c), 0);
  }
  return parseKanjiNumber(s);
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** Days in a Gregorian month (1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dayKey([year, month, day]: Ymd): number {
  return year * 10000 + month * 100 + day;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function toIso(year: number, month?: number, day?: number): string {
  if (month === undefined) return pad(year, 4);
  if (day === undefined) return `${pad(year, 4)}-${pad(month, 2)}`;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function precisionOf(month?: number, day?: number): IsoPrecision {
  return day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
}

function dayBefore([year, month, day]: Ymd): Ymd {
  if (day > 1) return [year, month, day - 1];
  if (month > 1) return [year, month - 1, daysInMonth(year, month - 1)];
  return [year - 1, 12, 31];
}

/** The first and last day a possibly partial date could mean. */
function span(year: number, month?: number, day?: number): [Ymd, Ymd] {
  const lastMonth = month ?? 12;
  return [
    [year, month ?? 1, day ?? 1],
    [year, lastMonth, day ?? daysInMonth(year, lastMonth)],
  ];
}

function findEra(written: string): Era | undefined {
  const upper = written.toUpperCase();
  return ERAS.find((era) => era.name === written || era.letter === upper);
}

/** Month and day read from the text; undefined when absent, null when present but unreadable. */
interface RawParts {
  era?: string;
  year: number | null;
  month?: number | null;
  day?: number | null;
  gregorianNote?: number | null;
}

function optionalNumeral(s: string | undefined): number | null | undefined {
  return s === undefined ? undefined : parseNumeral(s);
}

function matchGregorian(text: string): RawParts | null {
  const units = GREGORIAN_WITH_UNITS.exec(text);
  if (units) {
    return {
      year: parseNumeral(units[1]),
      month: optionalNumeral(units[2]),
      day: optionalNumeral(units[3]),
    };
  }
  const separated = GREGORIAN_WITH_SEPARATORS.exec(text);
  if (separated) {
    return {
      year: parseNumeral(separated[1]),
      month: optionalNumeral(separated[3]),
      day: optionalNumeral(separated[4]),
    };
  }
  return null;
}

function matchEra(text: string): RawParts | null {
  const note = GREGORIAN_NOTE.exec(text);
  const rest = note ? text.slice(0, note.index) + text.slice(note.index + note[0].length) : text;
  const gregorianNote = note ? parseNumeral(note[1]) : undefined;
  const units = ERA_WITH_UNITS.exec(rest);
  if (units && units[1] !== '西暦') {
    return {
      era: units[1],
      year: parseNumeral(units[2]),
      month: optionalNumeral(units[3]),
      day: optionalNumeral(units[4]),
      gregorianNote,
    };
  }
  const separated = ERA_WITH_SEPARATORS.exec(rest);
  if (separated) {
    return {
      era: separated[1],
      year: parseNumeral(separated[2]),
      month: optionalNumeral(separated[4]),
      day: optionalNumeral(separated[5]),
      gregorianNote,
    };
  }
  return null;
}

function fail(code: WarekiErrorCode, input: string, detail?: string): WarekiResult {
  return { ok: false, error: detail === undefined ? { code, input } : { code, input, detail } };
}

function calendarProblem(year: number, month?: number, day?: number): string | null {
  if (month !== undefined && (month < 1 || month > 12)) return `${month}月はありません`;
  if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
    return `${year}年${month}月${day}日はありません`;
  }
  return null;
}

/**
 * Read a date as ward staff and old sources write it: 昭和33年9月26日, 平成元年8月1日,
 * 昭和三十三年九月二十六日, H11.8.29, 1999/8/29, 寛保二年（一七四二）… Partial dates keep their
 * precision (明治43年8月 → 1910-08).
 */
export function parseJapaneseDate(input: string): WarekiResult {
  const text = input
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[‐‑‒–—―−ー]/gu, '-')
    // Typed stand-ins for 〇 in dates written digit by digit (一九○八, 一九零八).
    .replace(/[○零]/gu, '〇');
  if (text === '') return fail('empty', input);
  const asWritten = input.trim();

  const parts = matchGregorian(text) ?? matchEra(text);
  if (!parts) return fail('unrecognised', input);
  const { era: writtenEra, year, month, day, gregorianNote } = parts;
  if (year === null || month === null || day === null || gregorianNote === null) {
    return fail('unrecognised', input, '数字が読めません');
  }

  if (writtenEra === undefined) {
    if (year < 1) return fail('invalidDate', input, '0年はありません');
    const problem = calendarProblem(year, month, day);
    if (problem) return fail('invalidDate', input, problem);
    return {
      ok: true,
      value: { iso: toIso(year, month, day), precision: precisionOf(month, day), asWritten },
    };
  }

  const era = findEra(writtenEra);
  if (!era) {
    if (gregorianNote === undefined) {
      return fail('unknownEra', input, `${writtenEra}は明治より前の元号です。西暦を（1742）のように添えてください`);
    }
    // Month and day are lunar in these eras, so only the year can be trusted as Gregorian.
    if (gregorianNote < 1) return fail('invalidDate', input, '0年はありません');
    if ((month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 30))) {
      return fail('invalidDate', input);
    }
    return {
      ok: true,
      value: { iso: toIso(gregorianNote), precision: 'year', era: writtenEra, asWritten },
    };
  }

  if (year < 1) return fail('yearOutOfEra', input, `${era.name}は元年から始まります`);
  const gregorianYear = era.start[0] + year - 1;
  if (gregorianNote !== undefined && gregorianNote !== gregorianYear) {
    return fail('invalidDate', input, `${era.name}${year}年は${gregorianYear}年です（${gregorianNote}年ではありません）`);
  }
  const problem = calendarProblem(gregorianYear, month, day);
  if (problem) return fail('invalidDate', input, problem);

  const iso = toIso(gregorianYear, month, day);
  const precision = precisionOf(month, day);
  const [first, last] = span(gregorianYear, month, day);
  // 明治 began on a lunar date, and early 明治 months and days are lunar too, so only its
  // end is checked.
  if (era.name !== '明治' && dayKey(last) < dayKey(era.start)) {
    const startsOn = formatJapaneseDate(toIso(...era.start), 'day');
    const actually = formatJapaneseDate(iso, precision);
    return fail('beforeEraStart', input, `${era.name}は${startsOn}から。この日付は${actually}です`);
  }
  const next = ERAS[ERAS.indexOf(era) + 1];
  if (next && dayKey(first) >= dayKey(next.start)) {
    const endsOn = formatJapaneseDate(toIso(...dayBefore(next.start)), 'day');
    const actually = formatJapaneseDate(iso, precision);
    return fail('yearOutOfEra', input, `${era.name}は${endsOn}まで。この日付は${actually}です`);
  }
  return { ok: true, value: { iso, precision, era: era.name, asWritten } };
}

/**
 * 和暦 for an ISO date, e.g. 平成11年8月29日, 昭和22年, 令和元年. A year or month that spans an era
 * change is named by the era in force at its end (1989 → 平成元年), as is customary. Before
 * 明治6年 the 和暦 month and day would be lunar, so only the Gregorian year is given (1870年).
 */
export function formatJapaneseDate(iso: string, precision: IsoPrecision): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(iso);
  const year = match ? Number(match[1]) : Number.NaN;
  const month = match?.[2] === undefined ? undefined : Number(match[2]);
  const day = match?.[3] === undefined ? undefined : Number(match[3]);
  const needsMonth = precision !== 'year';
  const needsDay = precision === 'day';
  if (
    !match ||
    year < 1 ||
    (needsMonth && month === undefined) ||
    (needsDay && day === undefined) ||
    calendarProblem(year, month, day) !== null
  ) {
    throw new RangeError(`formatJapaneseDate: "${iso}" is not a valid ${precision} date`);
  }
  if (year < FIRST_GREGORIAN_YEAR) return `${year}年`;

  const shownMonth = needsMonth ? month : undefined;
  const shownDay = needsDay ? day : undefined;
  const [, last] = span(year, shownMonth, shownDay);
  const era = ERAS.filter((e) => dayKey(e.start) <= dayKey(last)).at(-1);
  if (!era) throw new RangeError(`formatJapaneseDate: no era for "${iso}"`);
  const eraYear = year - era.start[0] + 1;
  return (
    `${era.name}${eraYear === 1 ? '元' : eraYear}年` +
    (shownMonth === undefined ? '' : `${shownMonth}月`) +
    (shownDay === undefined ? '' : `${shownDay}日`)
  );
}
