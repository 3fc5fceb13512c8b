// Dates over the ward table's columns, ranges of days included. SYNTHETIC headings.
import { describe, expect, it } from 'vitest';
import { parseHeadingDate } from '../../src/desk/chome-table/heading-date';
import { periodOf } from '../../src/desk/chome-table/write';

const iso = (text: string) => {
  const r = parseHeadingDate(text);
  return r.ok ? r.value.iso : null;
};

describe('parseHeadingDate', () => {
  it('reads one day as the date parser does', () => {
    expect(iso('平成11年8月29日')).toBe('1999-08-29');
    expect(iso('H11.8.29')).toBe('1999-08-29');
  });

  it('reads a storm over several days as its first day, keeping the heading as written', () => {
    expect(iso('平成11年8月29日〜30日')).toBe('1999-08-29');
    expect(iso('平成11年8月31日～9月1日')).toBe('1999-08-31');
    expect(iso('H11.8.29~30')).toBe('1999-08-29');
    expect(iso('平成11年8月29日 〜 30日')).toBe('1999-08-29');
    const r = parseHeadingDate(' 平成11年8月29日〜30日 ');
    expect(r.ok && r.value.asWritten).toBe('平成11年8月29日〜30日');
    expect(r.ok && r.value.precision).toBe('day');
    expect(r.ok && r.value.endIso).toBe('1999-08-30');
    const months = parseHeadingDate('平成11年8月31日～9月1日');
    expect(months.ok && months.value.endIso).toBe('1999-09-01');
  });

  it('leaves a range unreadable when its end is no day or not after its start', () => {
    expect(iso('平成11年8月29日〜32日')).toBeNull();
    expect(iso('平成11年8月29日〜28日')).toBeNull();
    expect(iso('平成11年8月29日〜29日')).toBeNull();
    expect(iso('平成11年8月29日〜13月1日')).toBeNull();
    expect(iso('平成11年8月〜9月')).toBeNull();
    expect(iso('平成11年8月頃')).toBeNull();
  });

  it('gives the records the whole range as their period', () => {
    const r = parseHeadingDate('平成11年8月29日〜30日');
    if (!r.ok) throw new Error('unread');
    expect(periodOf(r.value)).toEqual(['1999-08-29', '1999-08-30']);
    const one = parseHeadingDate('平成11年8月29日');
    if (!one.ok) throw new Error('unread');
    expect(periodOf(one.value)).toEqual(['1999-08-29', '1999-08-29']);
  });
});
