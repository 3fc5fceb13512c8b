import { describe, it, expect } from 'vitest';
import {
  NO_RECORD,
  NOT_GIVEN,
  num,
  parseFigure,
  sumAsFigure,
  sumFigures,
  type Figure,
} from '../../src/data/figure';

// Three different "nothing"s: a recorded zero (a number), "not given" (the source tells of the flood
// but gives no number) and "no record" (we hold nothing). Arithmetic must never merge them.

describe('parseFigure', () => {
  it('reads an empty cell as "not given", never as zero', () => {
    expect(parseFigure('')).toEqual({ kind: 'notGiven' });
    expect(parseFigure('   ')).toEqual({ kind: 'notGiven' });
    expect(parseFigure('')).not.toEqual(num(0));
  });

  it('reads "0" as a recorded zero (a number, certain)', () => {
    expect(parseFigure('0')).toEqual({ kind: 'number', value: 0, uncertain: false });
    expect(parseFigure('０')).toEqual({ kind: 'number', value: 0, uncertain: false });
  });

  it('reads plain digits', () => {
    expect(parseFigure('218')).toEqual(num(218));
    expect(parseFigure(' 135 ')).toEqual(num(135));
  });

  it('reads a trailing question mark as an uncertain number', () => {
    expect(parseFigure('940?')).toEqual({ kind: 'number', value: 940, uncertain: true });
    // Full-width question mark, as typed in a Japanese spreadsheet.
    expect(parseFigure('９４０？')).toEqual({ kind: 'number', value: 940, uncertain: true });
    expect(parseFigure('0?')).toEqual({ kind: 'number', value: 0, uncertain: true });
  });

  it('reads full-width digits and thousands commas', () => {
    expect(parseFigure('１,２３４')).toEqual(num(1234));
    expect(parseFigure('１，２３４')).toEqual(num(1234));
    expect(parseFigure('5,097')).toEqual(num(5097));
    expect(parseFigure('1,614?')).toEqual(num(1614, true));
  });

  it('rejects anything that is not a whole number ≥ 0 (null = invalid, not "not given")', () => {
    for (const bad of ['abc', '12a', '-5', '1.5', '?', '??', '940??', '約940', '940戸', 'NaN']) {
      expect(parseFigure(bad), bad).toBeNull();
    }
  });
});

describe('num / constants', () => {
  it('builds certain numbers by default', () => {
    expect(num(3)).toEqual({ kind: 'number', value: 3, uncertain: false });
    expect(num(3, true)).toEqual({ kind: 'number', value: 3, uncertain: true });
  });

  it('keeps "not given" and "no record" distinct from each other and from zero', () => {
    expect(NOT_GIVEN).toEqual({ kind: 'notGiven' });
    expect(NO_RECORD).toEqual({ kind: 'noRecord' });
    expect(NOT_GIVEN).not.toEqual(NO_RECORD);
    expect(NOT_GIVEN).not.toEqual(num(0));
    expect(NO_RECORD).not.toEqual(num(0));
  });
});

describe('sumFigures', () => {
  it('sums nothing to zero known, zero counted, zero not given', () => {
    expect(sumFigures([])).toEqual({ known: 0, counted: 0, notGiven: 0, uncertain: false });
  });

  it('ignores "no record" parts entirely', () => {
    expect(sumFigures([NO_RECORD, NO_RECORD])).toEqual({
      known: 0,
      counted: 0,
      notGiven: 0,
      uncertain: false,
    });
    expect(sumFigures([num(7), NO_RECORD])).toEqual({
      known: 7,
      counted: 1,
      notGiven: 0,
      uncertain: false,
    });
  });

  it('counts "not given" parts separately instead of adding zero', () => {
    expect(sumFigures([NOT_GIVEN])).toEqual({
      known: 0,
      counted: 0,
      notGiven: 1,
      uncertain: false,
    });
    expect(sumFigures([num(99), NOT_GIVEN, num(119), NOT_GIVEN, NO_RECORD])).toEqual({
      known: 218,
      counted: 2,
      notGiven: 2,
      uncertain: false,
    });
  });

  it('counts a recorded zero as a counted part', () => {
    expect(sumFigures([num(0), num(0)])).toEqual({
      known: 0,
      counted: 2,
      notGiven: 0,
      uncertain: false,
    });
    expect(sumFigures([num(0), NOT_GIVEN])).toEqual({
      known: 0,
      counted: 1,
      notGiven: 1,
      uncertain: false,
    });
  });

  it('propagates uncertainty from any numeric part', () => {
    expect(sumFigures([num(1295), num(940, true)])).toEqual({
      known: 2235,
      counted: 2,
      notGiven: 0,
      uncertain: true,
    });
    expect(sumFigures([num(940, true), num(1)]).uncertain).toBe(true);
    expect(sumFigures([num(1), num(940, true), num(2)]).uncertain).toBe(true);
  });

  it('is order-independent', () => {
    const parts: Figure[] = [num(5, true), NOT_GIVEN, NO_RECORD, num(0), num(12)];
    const expected = sumFigures(parts);
    expect(sumFigures([...parts].reverse())).toEqual(expected);
    expect(sumFigures([parts[2]!, parts[0]!, parts[4]!, parts[1]!, parts[3]!])).toEqual(expected);
  });
});

describe('sumAsFigure', () => {
  it('gives "no record" for no parts or only "no record" parts', () => {
    expect(sumAsFigure([])).toEqual(NO_RECORD);
    expect(sumAsFigure([NO_RECORD])).toEqual(NO_RECORD);
    expect(sumAsFigure([NO_RECORD, NO_RECORD, NO_RECORD])).toEqual(NO_RECORD);
  });

  it('gives "not given" when only unknown parts exist (never 0)', () => {
    expect(sumAsFigure([NOT_GIVEN])).toEqual(NOT_GIVEN);
    expect(sumAsFigure([NOT_GIVEN, NOT_GIVEN])).toEqual(NOT_GIVEN);
    // "Not given" wins over "no record": the source told of a flood.
    expect(sumAsFigure([NO_RECORD, NOT_GIVEN, NO_RECORD])).toEqual(NOT_GIVEN);
  });

  it('gives a recorded zero only when zeros were recorded', () => {
    expect(sumAsFigure([num(0)])).toEqual(num(0));
    expect(sumAsFigure([num(0), num(0)])).toEqual(num(0));
    expect(sumAsFigure([num(0), NO_RECORD])).toEqual(num(0));
  });

  it('sums numbers', () => {
    expect(sumAsFigure([num(99), num(119)])).toEqual(num(218));
    expect(sumAsFigure([num(1614), num(1137)])).toEqual(num(2751));
  });

  it('propagates uncertainty into the sum', () => {
    expect(sumAsFigure([num(1295), num(940, true)])).toEqual(num(2235, true));
    expect(sumAsFigure([num(0, true), num(0)])).toEqual(num(0, true));
  });

  it('with numbers and "not given" parts is not given: an unknown part makes the total unknown', () => {
    // The Figure type cannot say "at least 5"; sumFigures keeps the known part and the count.
    expect(sumAsFigure([num(5), NOT_GIVEN])).toEqual(NOT_GIVEN);
    expect(sumFigures([num(5), NOT_GIVEN])).toEqual({
      known: 5,
      counted: 1,
      notGiven: 1,
      uncertain: false,
    });
  });
});
