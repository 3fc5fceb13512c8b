// The reader's limits (issue 19, item 7): a workbook larger than its cap, one whose parts say they
// unpack too large, and a sheet or CSV with more rows than the cap are refused with the reason,
// the ward's table is far below every cap, and the desk's worker reader answers a table whatever
// the worker does. SYNTHETIC files only, made here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatProblem } from '../../src/data/problems';
import { TABLE_LIMITS } from '../../src/desk/chome-table/limits';
import { refusedTable } from '../../src/desk/chome-table/model';
import { readChomeTable } from '../../src/desk/chome-table/read';
import { declaredUnpackedBytes } from '../../src/desk/chome-table/zip-size';
import {
  workerTableReader,
  type TableReply,
  type TableWorker,
} from '../../src/desk/page/table-reader';
import { manyRowsWorkbook } from '../fixtures/chome-table/big-workbook';
import { chomeEntries, chomeIndexFor } from '../fixtures/chome-table/chome-entries';
import { buildSyntheticTable, toXlsx } from '../fixtures/chome-table/synthetic-chome-table';

const entries = chomeEntries();
const index = chomeIndexFor(entries);
const replica = buildSyntheticTable(entries);

const refusalOf = async (name: string, bytes: Uint8Array) => {
  const t = await readChomeTable(name, bytes, index);
  expect(t.rows).toEqual([]);
  return t.refused;
};

describe('limits of the reader', () => {
  it('keep the ward’s table far below every cap', () => {
    const bytes = toXlsx(replica.grid);
    expect(bytes.length * 50).toBeLessThan(TABLE_LIMITS.workbookBytes);
    expect((declaredUnpackedBytes(bytes) ?? Infinity) * 20).toBeLessThan(
      TABLE_LIMITS.unpackedBytes,
    );
    expect(replica.grid.rows.length * 20).toBeLessThan(TABLE_LIMITS.rows);
  });

  it('refuse a workbook over its byte cap, a lower cap than text’s, before opening it', async () => {
    const bytes = new Uint8Array(TABLE_LIMITS.workbookBytes + 1);
    bytes.set([0x50, 0x4b, 0x03, 0x04]);
    const refused = await refusalOf('big.synthetic.xlsx', bytes);
    expect(refused?.params?.refusal).toBe('workbookTooLarge');
    expect(formatProblem(refused!, 'ja')).toContain(
      'Excel のブックが大きすぎます（5.0 MB、上限 5.0 MB）',
    );
    // The same size as text is read.
    const line = `合成,${'1'.repeat(6_000)}\n`;
    const text = new TextEncoder().encode(line.repeat(TABLE_LIMITS.workbookBytes / 6_000 + 1));
    expect((await refusalOf('big.synthetic.csv', text))?.params?.refusal).toBe('noHeader');
  });

  it('refuse a workbook whose parts say they unpack too large, before SheetJS reads them', async () => {
    const bytes = toXlsx(replica.grid);
    const declared = declaredUnpackedBytes(bytes);
    expect(declared).toBeGreaterThan(bytes.length);
    // The central directory's unpacked size of the first part, made 100 MB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let at = bytes.length - 22;
    while (view.getUint32(at, true) !== 0x06054b50) at--;
    const first = view.getUint32(at + 16, true);
    view.setUint32(first + 24, 100 * 1024 * 1024, true);
    const refused = await refusalOf('bomb.synthetic.xlsx', bytes);
    expect(refused?.params?.refusal).toBe('unpackedTooLarge');
    expect(formatProblem(refused!, 'en')).toMatch(
      /unpacks too large \(100\.\d MB, limit 32\.0 MB\)/u,
    );
  });

  it('refuse a sheet or a CSV with more rows than the cap, naming the sheet', async () => {
    const rows = TABLE_LIMITS.rows + 1;
    const book = await refusalOf('rows.synthetic.xlsx', manyRowsWorkbook(rows, 3));
    expect(book?.params?.refusal).toBe('tooManyRows');
    expect(book?.sheet).toBe('synthetic');
    expect(formatProblem(book!, 'ja')).toContain('1 枚に 5,000 行まで');
    const csv = new TextEncoder().encode('町丁目,床下,床上\n'.repeat(rows));
    expect((await refusalOf('rows.synthetic.csv', csv))?.params?.refusal).toBe('tooManyRows');
    const fits = new TextEncoder().encode('町丁目,床下,床上\n'.repeat(rows - 1));
    expect((await refusalOf('fits.synthetic.csv', fits))?.params?.refusal).not.toBe('tooManyRows');
  });
});

describe('the CLI', () => {
  it('refuses a workbook over the cap by its size, with the desk’s reason, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fhm-limits-'));
    try {
      const file = join(dir, 'big.synthetic.xlsx');
      const bytes = new Uint8Array(TABLE_LIMITS.workbookBytes + 1);
      bytes.set([0x50, 0x4b, 0x03, 0x04]);
      writeFileSync(file, bytes);
      const root = join(import.meta.dirname, '..', '..');
      const r = spawnSync(
        join(root, 'node_modules/.bin/vite-node'),
        ['scripts/import-chome-table.ts', '--', file, '--dry-run', '--lang', 'ja'],
        { cwd: root, encoding: 'utf8' },
      );
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('Excel のブックが大きすぎます（5.0 MB、上限 5.0 MB）');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the desk’s worker reader', () => {
  afterEach(() => vi.useRealTimers());

  /** A worker that answers (or fails, or never answers) as told. */
  function fakeWorker(behaviour: (post: (reply: TableReply) => void, fail: () => void) => void) {
    const listeners = new Map<string, (e: unknown) => void>();
    const worker = {
      terminated: 0,
      sent: [] as unknown[],
      addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, fn),
      postMessage(message: unknown, transfer: unknown[]) {
        this.sent.push(message, transfer);
        behaviour(
          (reply) => listeners.get('message')?.({ data: reply }),
          () => listeners.get('error')?.({ message: 'out of memory', preventDefault: () => {} }),
        );
      },
      terminate() {
        this.terminated++;
      },
    };
    return worker;
  }
  const bytes = () => new TextEncoder().encode('a,b\n');
  const table = refusedTable('t.synthetic.csv', 'csv', 'utf-8', {
    severity: 'error',
    code: 'tableRefused',
    file: 't.synthetic.csv',
  });

  it('gives the worker the bytes (moved) and the chome, and answers its table', async () => {
    const w = fakeWorker((post) => post({ ok: true, table }));
    const read = workerTableReader(() => w as unknown as TableWorker);
    const b = bytes();
    expect(await read('t.synthetic.csv', b, [{ code: '1', name: '中延一丁目' }])).toBe(table);
    expect(w.sent[1]).toEqual([b.buffer]);
    expect(w.terminated).toBe(1);
  });

  it('answers a refusal when the worker fails, cannot start, or takes too long', async () => {
    const failing = fakeWorker((_, fail) => fail());
    const failed = await workerTableReader(() => failing as unknown as TableWorker)(
      'x.xlsx',
      bytes(),
      [],
    );
    expect(failed.refused?.params?.refusal).toBe('workbook');
    expect(formatProblem(failed.refused!, 'en')).toContain('out of memory');
    const cannot = await workerTableReader(() => {
      throw new Error('blocked');
    })('x.xlsx', bytes(), []);
    expect(cannot.refused?.params?.refusal).toBe('workbook');

    vi.useFakeTimers();
    const silent = fakeWorker(() => {});
    const pending = workerTableReader(() => silent as unknown as TableWorker, 60_000)(
      'x.xlsx',
      bytes(),
      [],
    );
    vi.advanceTimersByTime(60_000);
    const slow = await pending;
    expect(slow.refused?.params?.refusal).toBe('tooSlow');
    expect(formatProblem(slow.refused!, 'ja')).toContain('（60 秒）');
    expect(silent.terminated).toBe(1);
  });
});
