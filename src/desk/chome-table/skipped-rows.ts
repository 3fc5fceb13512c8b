// The rows the reader skipped, said the way a spreadsheet numbers them: runs of rows as 5–8, each
// sheet's rows after its name (workbooks only). Shared by the desk and the CLI.
import type { SkippedRow, SkipReason } from './model';

/** "5–8, 50–53" for a CSV file, "p1!5–8, 50–53, p2!1–4" for a workbook; '' when none. */
export function skippedRowRuns(skipped: readonly SkippedRow[], reason: SkipReason): string {
  const runs: { sheet: string | null; from: number; to: number }[] = [];
  for (const s of skipped) {
    if (s.reason !== reason) continue;
    const last = runs.at(-1);
    // A blank row inside a run (never reported) does not break it.
    if (last && last.sheet === s.sheet && s.row - last.to <= 2) last.to = s.row;
    else runs.push({ sheet: s.sheet, from: s.row, to: s.row });
  }
  return runs
    .map(({ sheet, from, to }, i) => {
      const rows = from === to ? `${from + 1}` : `${from + 1}–${to + 1}`;
      // The sheet is named where its rows start.
      return sheet === null || runs[i - 1]?.sheet === sheet ? rows : `${sheet}!${rows}`;
    })
    .join(', ');
}
