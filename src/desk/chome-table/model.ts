// The ward's 町丁別浸水実績一覧 as read: one row per chome, one 床下 / 床上 figure pair per flood
// event, the ward-wide row, and every problem found on the way. What the desk previews and what
// write.ts turns into the project's data files.
import type { Figure } from '../../data/figure';
import type { Problem } from '../../data/problems';
import type { ParsedDate } from '../../data/wareki';
import type { TextEncodingName } from '../../lib/text-encoding';

/** Where an event's two columns are on one sheet (0-based columns). */
export interface EventColumns {
  /** Worksheet name, or null for CSV. */
  readonly sheet: string | null;
  readonly below: number;
  readonly above: number;
  /** The date heading's cell, e.g. "F3", and its 0-based position. */
  readonly headerCell: string;
  readonly headerRow: number;
  readonly headerCol: number;
}

export interface TableEvent {
  /** Position in `ChomeTable.events`, and of this event's figures in every row. */
  readonly index: number;
  /** The date heading exactly as written (平成11年8月29日, H11.8.29 …). */
  readonly label: string;
  /** Null when the heading could not be read as a date (reported as a problem). */
  readonly date: ParsedDate | null;
  readonly columns: readonly EventColumns[];
}

/** 床下 (below floor) and 床上 (above floor): a number, or not given (empty cell). */
export interface FigurePair {
  readonly below: Figure;
  readonly above: Figure;
}

export interface TableRow {
  /** Chome code from the boundary data, or WARD for the 区内全域 row. */
  readonly chomeCode: string;
  /** The chome's name in the boundary data (kanji numerals), or the ward row's name as written. */
  readonly chomeName: string;
  /** The name cell exactly as the ward wrote it (中延１丁目, 品川区中延一丁目 …). */
  readonly nameAsWritten: string;
  readonly sheet: string | null;
  /** 0-based row on its sheet (the spreadsheet shows row + 1). */
  readonly row: number;
  readonly nameCol: number;
  /**
   * One pair per event, by event index. A cell that could not be read is "not given" here and
   * reported in `problems`; it never becomes a number.
   */
  readonly figures: readonly FigurePair[];
  /** The row's 合計 pair, when the table has one. */
  readonly total: FigurePair | null;
}

export type SkipReason = 'header' | 'note';

export interface SkippedRow {
  readonly sheet: string | null;
  readonly row: number;
  readonly reason: SkipReason;
  readonly text: string;
}

export interface ChomeTable {
  readonly file: string;
  readonly format: 'xlsx' | 'xls' | 'csv';
  /** For CSV: how the bytes were decoded. */
  readonly encoding: TextEncodingName | null;
  /** Sheets that hold the layout (for CSV: [null]). */
  readonly sheets: readonly (string | null)[];
  readonly events: readonly TableEvent[];
  /** The 合計 pair's heading and columns per sheet, if any. */
  readonly totalColumns: readonly EventColumns[];
  readonly rows: readonly TableRow[];
  readonly wardRow: TableRow | null;
  /** The unit written in the count cells (棟, 件 …), or null when counts carry no unit. */
  readonly unit: string | null;
  /** Repeated page headers, titles and notes that were recognised and not read as data. */
  readonly skipped: readonly SkippedRow[];
  readonly problems: readonly Problem[];
  /** Set when the file is not this layout at all: nothing in it may be imported. */
  readonly refused: Problem | null;
}

/** A table with nothing in it but the reason it was refused. */
export function refusedTable(
  file: string,
  format: ChomeTable['format'],
  encoding: TextEncodingName | null,
  problem: Problem,
): ChomeTable {
  return {
    file,
    format,
    encoding,
    sheets: [],
    events: [],
    totalColumns: [],
    rows: [],
    wardRow: null,
    unit: null,
    skipped: [],
    problems: [problem],
    refused: problem,
  };
}
