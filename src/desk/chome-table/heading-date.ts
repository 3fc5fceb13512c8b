// The date over a pair of columns in the ward's table: one day (平成11年8月29日), or a storm over
// several days written as a range (平成11年8月29日〜30日, 平成11年8月31日～9月1日). A range is
// dated by its first day, as flood_events.csv dates an event, and keeps its last day (endIso) for
// the records' period; the heading keeps its text.
import { daysInMonth, parseJapaneseDate, type WarekiResult } from '../../data/wareki';

/** 〜30日 or ～9月1日 after the first day (NFKC turns ～ into ~). */
const RANGE_END = /^(.+?)[〜~]+(?:(\d{1,2})月)?(\d{1,2})日?$/u;

export function parseHeadingDate(text: string): WarekiResult {
  const whole = parseJapaneseDate(text);
  if (whole.ok) return whole;
  const m = RANGE_END.exec(text.normalize('NFKC').replace(/\s+/gu, ''));
  if (!m) return whole;
  const start = parseJapaneseDate(m[1] ?? '');
  if (!start.ok || start.value.precision !== 'day') return whole;
  const [year = 0, month = 0, day = 0] = start.value.iso.split('-').map(Number);
  const endMonth = m[2] === undefined ? month : Number(m[2]);
  const endDay = Number(m[3]);
  const ends = endMonth * 100 + endDay;
  // An end that is no day, or not after the start, leaves the heading unreadable as before.
  const isDay =
    endMonth >= 1 && endMonth <= 12 && endDay >= 1 && endDay <= daysInMonth(year, endMonth);
  if (!isDay || ends <= month * 100 + day) return whole;
  const pad = (n: number) => String(n).padStart(2, '0');
  const endIso = `${year}-${pad(endMonth)}-${pad(endDay)}`;
  return { ok: true, value: { ...start.value, asWritten: text.trim(), endIso } };
}
