// The writer behind every save (desk, lesson maker, CLI import): which files changed on disk since
// they were read (the CLI's check just before it writes), and all-or-nothing writes into folders
// that do not exist yet. On a synthetic folder, not data/.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedSince, nodeFs, writeAllOrNothing, type SaveFs } from '../../scripts/data-save';
import { textVersion } from '../../src/lib/text-version';
import { failingRename } from './helpers/failing-rename';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fhm-data-save-'));
  writeFileSync(join(dir, 'a.synthetic.csv'), 'id\n1\n');
  writeFileSync(join(dir, 'b.synthetic.csv'), 'id\n2\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('changedSince', () => {
  it('names a file written after it was read, with its text now, and not the others', () => {
    const base = {
      'a.synthetic.csv': textVersion('id\n1\n'),
      'b.synthetic.csv': textVersion('id\n2\n'),
    };
    expect(changedSince(dir, base)).toEqual([]);
    // Another import, the desk or a git pull, while this one ran.
    writeFileSync(join(dir, 'b.synthetic.csv'), 'id\n2\n3\n');
    expect(changedSince(dir, base)).toEqual([
      { file: 'b.synthetic.csv', version: textVersion('id\n2\n3\n'), text: 'id\n2\n3\n' },
    ]);
  });

  it('reads a BOM as the browser does (dropped), and a removed file as changed', () => {
    writeFileSync(join(dir, 'a.synthetic.csv'), '\uFEFFid\n1\n');
    expect(changedSince(dir, { 'a.synthetic.csv': textVersion('id\n1\n') })).toEqual([]);
    expect(changedSince(dir, { 'gone.synthetic.csv': textVersion('') })).toEqual([
      { file: 'gone.synthetic.csv', version: '', text: '' },
    ]);
  });
});

describe('writeAllOrNothing', () => {
  const writes = [
    { name: 'a.synthetic.csv', text: 'id\n10\n' },
    { name: 'new/deep/c.synthetic.csv', text: 'id\n3\n' },
    { name: 'b.synthetic.csv', text: 'id\n20\n' },
  ];

  it('writes every file and leaves nothing beside them', () => {
    writeAllOrNothing(dir, writes);
    expect(readFileSync(join(dir, 'a.synthetic.csv'), 'utf8')).toBe('id\n10\n');
    expect(readFileSync(join(dir, 'new/deep/c.synthetic.csv'), 'utf8')).toBe('id\n3\n');
    expect(readdirSync(dir).sort()).toEqual(['a.synthetic.csv', 'b.synthetic.csv', 'new']);
  });

  it.each([1, 2, 3])('rename %i failing: every file as it was, the new folders gone', (nth) => {
    const { fs } = failingRename(nth, 'EACCES: synthetic');
    expect(() => writeAllOrNothing(dir, writes, fs)).toThrow('EACCES');
    expect(readFileSync(join(dir, 'a.synthetic.csv'), 'utf8')).toBe('id\n1\n');
    expect(readFileSync(join(dir, 'b.synthetic.csv'), 'utf8')).toBe('id\n2\n');
    expect(existsSync(join(dir, 'new'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(['a.synthetic.csv', 'b.synthetic.csv']);
  });

  it('a write failing before any rename leaves the folder as it was', () => {
    const fs: SaveFs = {
      ...nodeFs,
      writeFileSync: (path, text) => {
        if (path.includes('b.synthetic')) throw new Error('ENOSPC: synthetic');
        nodeFs.writeFileSync(path, text);
      },
    };
    expect(() => writeAllOrNothing(dir, writes, fs)).toThrow('ENOSPC');
    expect(readdirSync(dir).sort()).toEqual(['a.synthetic.csv', 'b.synthetic.csv']);
    expect(readFileSync(join(dir, 'a.synthetic.csv'), 'utf8')).toBe('id\n1\n');
  });
});
