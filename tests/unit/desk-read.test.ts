// A file given to the desk: the ward's table (SYNTHETIC replica) proposes the two flood files,
// a table with an error or a refused file proposes nothing, a bundled file is compared by id.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DatasetId } from '../../src/data/catalog';
import { datasetById } from '../../src/data/catalog';
import { readDeskFile } from '../../src/desk/page/read';
import { readChomeTable } from '../../src/desk/chome-table/read';
import { brokenVariants } from '../fixtures/chome-table/broken-variants';
import { chomeEntries, chomeIndexFor } from '../fixtures/chome-table/chome-entries';
import { buildSyntheticTable, toCsv, toXlsx } from '../fixtures/chome-table/synthetic-chome-table';

const entries = chomeEntries();
const chome = chomeIndexFor(entries);
const readTable = (name: string, bytes: Uint8Array) => readChomeTable(name, bytes, chome);
const table = buildSyntheticTable(entries);
const today = (id: DatasetId): string =>
  readFileSync(join(import.meta.dirname, '..', '..', 'data', datasetById(id).file), 'utf8');

describe('readDeskFile', () => {
  it('plans the replica (.xlsx) into flood_events.csv and chome_flood_records.csv', async () => {
    const r = await readDeskFile(
      't.synthetic.xlsx',
      toXlsx(table.grid),
      today,
      readTable,
      '2026-11-30',
    );
    expect(r.refused).toBe(false);
    expect([...r.replaced.keys()].sort()).toEqual(['chomeRecords', 'floodEvents']);
    expect(r.changes?.kind).toBe('table');
    expect(r.replaced.get('chomeRecords')?.change).toMatch(
      /^町丁別浸水実績一覧の取り込み: 記録 \d+ 行/,
    );
  });

  it('proposes nothing for a table with an error, and names its cell', async () => {
    const broken = brokenVariants(table).find((v) => v.name === 'negative-count')!;
    const csv = toCsv(broken.grid!, 'shift_jis');
    const r = await readDeskFile('t.synthetic.csv', csv, today, readTable, '2026-11-30');
    expect(r.replaced.size).toBe(0);
    expect(r.changes).toBeNull();
    expect(r.problems.find((p) => p.severity === 'error')).toMatchObject({
      code: broken.expect.code,
      cell: broken.expect.cell,
    });
  });

  it('refuses a file that is not the layout', async () => {
    const bytes = new TextEncoder().encode('名前,住所\n合成,品川区\n');
    const r = await readDeskFile('t.synthetic.csv', bytes, today, readTable, '2026-11-30');
    expect(r.refused).toBe(true);
    expect(r.replaced.size).toBe(0);
  });

  it('compares a bundled file by id and proposes it when it passes the checks', async () => {
    const fc = JSON.parse(today('shelters')) as { features: unknown[] };
    const fewer = JSON.stringify({ ...fc, features: fc.features.slice(1) });
    const r = await readDeskFile(
      'gsi_designated_shelters.geojson',
      new TextEncoder().encode(fewer),
      today,
      readTable,
      '2026-11-30',
    );
    expect(r.changes?.kind === 'file' && r.changes.diff.removed.length).toBe(1);
    expect(r.replaced.get('shelters')?.change).toBe('差し替え: 追加 0・削除 1・変更 0');
  });
});
