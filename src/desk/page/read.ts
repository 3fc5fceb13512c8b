// A file given to the desk, decided by its name: a bundled data file (same name as in data/)
// is validated and compared with today's by id; anything else is read as the ward's chome table
// and planned into flood_events.csv and chome_flood_records.csv. Pure apart from the table reader
// it is given (the desk's runs in a worker): the desk shows the result, and only a result without
// errors proposes files to save.
import type { DatasetId } from '../../data/catalog';
import { hasErrors, type Problem } from '../../data/problems';
import { validateDataset } from '../../data/validate-dataset';
import { planImport, type ImportPlan } from '../chome-table/plan';
import type { ChomeTable, SkippedRow } from '../chome-table/model';
import { neutraliseCsv } from '../chome-table/csv-table';
import { diffDataFile, type FileDiff } from './data-file-diff';
import { datasetForFile } from './files';

/** A replaced file waiting to be saved, with its change-log line. */
export interface Pending {
  readonly text: string;
  readonly source: string;
  readonly change: string;
}

export interface DeskRead {
  readonly problems: readonly Problem[];
  /** Not the table's layout at all (the first problem says why). */
  readonly refused: boolean;
  readonly changes:
    | { readonly kind: 'table'; readonly plan: ImportPlan }
    | { readonly kind: 'file'; readonly diff: FileDiff }
    | null;
  /** Files to save; empty when the file has errors or was refused. */
  readonly replaced: ReadonlyMap<DatasetId, Pending>;
  /** Rows of the ward's table that were not read as data (repeated headings, notes). */
  readonly skipped: readonly SkippedRow[];
}

/** A file refused before it was read (too large): nothing changes. */
export function refusedRead(problem: Problem): DeskRead {
  return { problems: [problem], refused: true, changes: null, replaced: new Map(), skipped: [] };
}

export async function readDeskFile(
  name: string,
  bytes: Uint8Array,
  /** The text a change starts from: the unsaved one if any, else today's. */
  base: (id: DatasetId) => string,
  /** How the ward's table is read: readChomeTable, which the desk runs in a worker. */
  readTable: (name: string, bytes: Uint8Array) => Promise<ChomeTable>,
  /** YYYY-MM-DD, for the notes of the imported rows. */
  today: string,
): Promise<DeskRead> {
  const replaced = new Map<DatasetId, Pending>();
  const meta = datasetForFile(name);
  if (meta) {
    const decoded = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/u, '');
    // Staff open data/ in Excel: a cell typed as =HYPERLINK(…) elsewhere is kept as text here.
    const text = meta.schema.kind === 'csv' ? neutraliseCsv(decoded) : decoded;
    const problems = validateDataset(meta, text).problems;
    const diff = diffDataFile(meta.id, base(meta.id), text);
    if (!hasErrors(problems) && diff) {
      const counts = `追加 ${diff.added.length}・削除 ${diff.removed.length}・変更 ${diff.changed.length}`;
      replaced.set(meta.id, { text, source: name, change: `差し替え: ${counts}` });
    }
    return {
      problems,
      refused: false,
      changes: diff && { kind: 'file', diff },
      replaced,
      skipped: [],
    };
  }
  const table = await readTable(name, bytes);
  const refused = table.refused !== null;
  const { skipped } = table;
  if (refused || hasErrors(table.problems)) {
    return { problems: table.problems, refused, changes: null, replaced, skipped };
  }
  const plan = planImport(
    table,
    { events: base('floodEvents'), records: base('chomeRecords') },
    { file: name, date: today },
  );
  const s = plan.summary;
  const what = '町丁別浸水実績一覧の取り込み';
  replaced.set('floodEvents', {
    text: plan.texts.events,
    source: name,
    change: `${what}: 新しい水害 ${s.newEvents} 件`,
  });
  replaced.set('chomeRecords', {
    text: plan.texts.records,
    source: name,
    change: `${what}: 記録 ${s.recordRows} 行、値 追加 ${s.added}・変更 ${s.changed}・削除 ${s.removed}`,
  });
  return {
    problems: table.problems,
    refused,
    changes: { kind: 'table', plan },
    replaced,
    skipped,
  };
}
