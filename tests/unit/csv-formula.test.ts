import { describe, expect, it } from 'vitest';
import { escapeFormula, unescapeFormula } from '../../src/data/csv-formula';

describe('escapeFormula', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1+1', "'+1+1"],
    ['-1+1', "'-1+1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['\u0000=1', "'\u0000=1"],
    ['＝1+1', "'＝1+1"],
    ['－cmd', "'－cmd"],
    ["'=1", "''=1"],
  ])('marks %j as text', (cell, escaped) => {
    expect(escapeFormula(cell)).toBe(escaped);
  });

  it.each(['-3', '+2.5', '-.5', '0', '中延六丁目', "it's", "'plain", '', 'a=1', ' =1'])(
    'leaves %j as it is',
    (cell) => {
      expect(escapeFormula(cell)).toBe(cell);
    },
  );

  it('is undone by unescapeFormula for every cell, apostrophes of its own included', () => {
    const cells = ['=1', "'=1", "''=1", "'plain", '-3', '-3?', '@', '\t', "'", '＠x', 'x'];
    for (const c of cells) expect(unescapeFormula(escapeFormula(c)), c).toBe(c);
  });
});
