// End to end on a temporary copy of data/ (never data/ itself): the SYNTHETIC replica is written to
// disk, imported with the CLI, and the result must pass `npm run data:check`; --dry-run, a refused
// file and a table with errors must leave every file of the copy exactly as it was.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvTable } from '../../src/desk/chome-table/csv-table';
import { brokenVariants } from '../fixtures/chome-table/broken-variants';
import { chomeEntries } from '../fixtures/chome-table/chome-entries';
import { buildSyntheticTable, toCsv, toXlsx } from '../fixtures/chome-table/synthetic-chome-table';

const root = fileURLToPath(new URL('../..', import.meta.url));
const viteNode = join(root, 'node_modules/.bin/vite-node');

function run(script: string, args: string[]) {
  const r = spawnSync(viteNode, [script, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file under a folder with a hash of its bytes: "unchanged" means this is equal. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}

const replica = buildSyntheticTable(chomeEntries());
let tmp = '';
let fresh = 0;
/** A new copy of data/ for one test. */
function dataCopy(): string {
  const dir = join(tmp, `data-${fresh++}`);
  cpSync(join(root, 'data'), dir, { recursive: true });
  return dir;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'fhm-chome-cli-'));
  writeFileSync(join(tmp, 'replica.synthetic.xlsx'), toXlsx(replica.grid));
  writeFileSync(join(tmp, 'replica.synthetic.csv'), toCsv(replica.grid, 'shift_jis'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run data:import-chome-table', () => {
  it('imports the .xlsx replica: every chome with a figure, backups, a change log, and data:check passes', () => {
    const dir = dataCopy();
    const before = snapshot(dir);
    const r = run('scripts/import-chome-table.ts', [
      join(tmp, 'replica.synthetic.xlsx'),
      '--data-dir',
      dir,
      '--lang',
      'en',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'replica.synthetic.xlsx: xlsx (町丁別浸水実績), 130 chome rows × 30 events, ward-wide row yes',
    );
    expect(r.stdout).toContain('Columns joined to events in the history (5)');
    expect(r.stdout).toContain('平成11年8月29日 → SH-1999-08-29 (sameDate)');
    expect(r.stdout).toContain('New events known only from this table (25)');

    const records = parseCsvTable(readFileSync(join(dir, 'chome_flood_records.csv'), 'utf8')).rows;
    const imported = records.filter((row) =>
      (row.note ?? '').startsWith('imported from replica.synthetic.xlsx'),
    );
    const withFigures = replica.truth.rows.filter(
      (t) => t.below.some((v) => v !== null) || t.above.some((v) => v !== null),
    );
    expect(
      new Set(
        imported.filter((row) => row.chome_normalized !== '').map((row) => row.chome_normalized),
      ).size,
    ).toBe(withFigures.length);
    const cells = replica.truth.rows.reduce(
      (n, t) => n + t.below.filter((v, i) => v !== null || t.above[i] !== null).length,
      0,
    );
    // One row per chome and event with a figure, one per event for the ward, one 合計 row per chome and the ward.
    expect(imported).toHaveLength(cells + 30 + withFigures.length + 1);

    const after = snapshot(dir);
    const changed = Object.keys(after)
      .filter((f) => before[f] !== after[f])
      .sort();
    expect(changed.filter((f) => !f.includes('backups'))).toEqual([
      '/CHANGELOG-data.csv',
      '/chome_flood_records.csv',
      '/flood_events.csv',
    ]);
    const backups = readdirSync(join(dir, 'backups')).sort();
    expect(backups).toHaveLength(2);
    expect(readFileSync(join(dir, 'backups', backups[0]!), 'utf8')).toBe(
      readFileSync(join(root, 'data', 'chome_flood_records.csv'), 'utf8'),
    );
    const log = readFileSync(join(dir, 'CHANGELOG-data.csv'), 'utf8').trim().split('\n');
    expect(log[0]).toBe('date,file,rows,change,source,backup');
    expect(log.slice(1).map((l) => l.split(',')[1])).toEqual([
      'flood_events.csv',
      'chome_flood_records.csv',
    ]);

    const check = run('scripts/data-check.ts', ['--dir', dir, '--lang', 'en']);
    expect(check.stdout).toMatch(/\n0 error\(s\), \d+ warning\(s\) in \d+ files\n$/u);
    expect(check.status).toBe(0);
  }, 120_000);

  it('--dry-run reads the Shift_JIS CSV, prints the summary and writes nothing', () => {
    const dir = dataCopy();
    const before = snapshot(dir);
    const r = run('scripts/import-chome-table.ts', [
      join(tmp, 'replica.synthetic.csv'),
      '--data-dir',
      dir,
      '--dry-run',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('CSV shift_jis、町丁目 130 行 × 30 回');
    expect(r.stdout).toContain('新しい水害（この表だけが出典）25');
    expect(r.stdout).toContain('--dry-run: 何も書き込んでいません。');
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('refuses a file that is not the table (a PDF named .csv), exits 1 and writes nothing', () => {
    const dir = dataCopy();
    const before = snapshot(dir);
    const pdf = join(tmp, 'scan.synthetic.csv');
    writeFileSync(pdf, brokenVariants(replica).find((v) => v.name === 'pdf')!.bytes!);
    const r = run('scripts/import-chome-table.ts', [pdf, '--data-dir', dir, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'scan.synthetic.csv: not read: this is not the layout of the 町丁別浸水実績一覧 (this is a PDF',
    );
    expect(r.stderr).toContain('Refused. Nothing written.');
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  }, 60_000);

  it('stops on a table with errors, naming the cell, exits 1 and writes nothing', () => {
    const dir = dataCopy();
    const before = snapshot(dir);
    const variant = brokenVariants(replica).find((v) => v.name === 'dash-count')!;
    const file = join(tmp, 'dash.synthetic.xlsx');
    writeFileSync(file, toXlsx(variant.grid!));
    const r = run('scripts/import-chome-table.ts', [file, '--data-dir', dir, '--lang', 'en']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `error dash.synthetic.xlsx, 町丁別浸水実績!${variant.expect.cell}, field`,
    );
    expect(r.stderr).toContain('1 error(s): fix the table and run again. Nothing written.');
    expect(snapshot(dir)).toEqual(before);
  }, 60_000);

  it('exits 2 on a wrong command line', () => {
    const r = run('scripts/import-chome-table.ts', ['--dry-run']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no table file given');
  }, 60_000);
});
