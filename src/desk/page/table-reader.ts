// Reads the ward's table in a Web Worker (table-worker.ts), so that the page stays responsive
// while SheetJS opens a workbook, and the memory it took is given back when the worker ends: one
// worker per file, stopped when it answers, fails or takes longer than TABLE_LIMITS.readMs.
// Whatever happens, the answer is a table: a worker that failed or was stopped is a refusal.
import type { ChomeMatch } from '../../data/chome-name';
import { detectFileKind } from '../chome-table/file-kind';
import { TABLE_LIMITS } from '../chome-table/limits';
import { refusedTable, type ChomeTable } from '../chome-table/model';
import { refusal } from '../chome-table/refusal';

/** What the page sends the worker: the file (its bytes are moved, not copied) and the chome. */
export interface TableRequest {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly chome: readonly ChomeMatch[];
}

export type TableReply =
  | { readonly ok: true; readonly table: ChomeTable }
  | { readonly ok: false; readonly detail: string };

/** Reads one file against the chome list; never rejects. */
export type TableReader = (
  file: string,
  bytes: Uint8Array,
  chome: readonly ChomeMatch[],
) => Promise<ChomeTable>;

/** The part of a Worker this module uses (a fake one in the unit tests). */
export type TableWorker = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

const startWorker = (): TableWorker =>
  new Worker(new URL('./table-worker.ts', import.meta.url), { type: 'module' });

export function workerTableReader(
  start: () => TableWorker = startWorker,
  limitMs: number = TABLE_LIMITS.readMs,
): TableReader {
  return (file, bytes, chome) => {
    const kind = detectFileKind(bytes);
    const format = kind === 'xlsx' || kind === 'xls' ? kind : 'csv';
    const refused = (problem: ReturnType<typeof refusal>): ChomeTable =>
      refusedTable(file, format, null, problem);
    return new Promise((resolve) => {
      let worker: TableWorker | null = null;
      const finish = (table: ChomeTable): void => {
        clearTimeout(timer);
        worker?.terminate();
        resolve(table);
      };
      const timer = setTimeout(() => {
        const seconds = String(Math.round(limitMs / 1000));
        finish(refused(refusal(file, 'tooSlow', { seconds })));
      }, limitMs);
      try {
        worker = start();
      } catch (error) {
        finish(refused(refusal(file, 'workbook', { detail: String(error) })));
        return;
      }
      worker.addEventListener('message', (e: MessageEvent<TableReply>) => {
        const reply = e.data;
        finish(
          reply.ok ? reply.table : refused(refusal(file, 'workbook', { detail: reply.detail })),
        );
      });
      // A worker that ran out of memory or could not load ends here.
      worker.addEventListener('error', (e: ErrorEvent) => {
        e.preventDefault();
        finish(refused(refusal(file, 'workbook', { detail: e.message || 'worker failed' })));
      });
      const request: TableRequest = { file, bytes, chome };
      worker.postMessage(request, [bytes.buffer]);
    });
  };
}
