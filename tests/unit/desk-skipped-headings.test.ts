// @vitest-environment jsdom
// The repeated page headings the reader skipped, as the desk and the CLI say them: "見出しの繰り返し
// N 行" with the rows as a spreadsheet numbers them.
import { describe, expect, it } from 'vitest';
import type { SkippedRow } from '../../src/desk/chome-table/model';
import { skippedRowRuns } from '../../src/desk/chome-table/skipped-rows';
import { skippedHeadings } from '../../src/desk/page/report';

const at = (row: number, sheet: string | null = null, reason: SkippedRow['reason'] = 'header') => ({
  sheet,
  row,
  reason,
  text: 'synthetic',
});

describe('skipped heading rows', () => {
  it('are listed as runs of spreadsheet rows, a blank line inside a run not breaking it', () => {
    const rows = [at(47), at(48), at(50), at(97), at(120, null, 'note')];
    expect(skippedRowRuns(rows, 'header')).toBe('48–51, 98');
    const pages = [at(4, 'p1'), at(5, 'p1'), at(9, 'p1'), at(0, 'p2')];
    expect(skippedRowRuns(pages, 'header')).toBe('p1!5–6, 10, p2!1');
    expect(skippedRowRuns(rows, 'note')).toBe('121');
  });

  it('are said in the desk with their count and rows, and not at all when there are none', () => {
    const rows = [at(47), at(48), at(49), at(50), at(120, null, 'note')];
    expect(skippedHeadings(document, 'ja', rows)?.textContent).toBe(
      '見出しの繰り返し 4 行を読み飛ばしました（48–51 行目）',
    );
    expect(skippedHeadings(document, 'en', rows)?.textContent).toBe(
      'Repeated headings, 4 rows, skipped (rows 48–51)',
    );
    expect(skippedHeadings(document, 'ja', [at(3, null, 'note')])).toBeNull();
  });
});
