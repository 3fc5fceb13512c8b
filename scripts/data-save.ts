// How a save reaches data/ (the desk's and the lesson maker's endpoints, and the CLI import):
// the whole set checked before and after (src/data/whole-set-check.ts, lessons included), the
// version each file was read at compared with the disk, and every file of the save, its backups
// and the change-log line written all or nothing.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { catalog, type DatasetId } from '../src/data/catalog';
import {
  appendChangeLog,
  backupName,
  CHANGE_LOG_FILE,
  localTimestamp,
  type ChangeLogEntry,
} from '../src/data/data-change-log';
import {
  checkDataSet,
  newErrors,
  type FileTexts,
  type SaveProblem,
} from '../src/data/whole-set-check';
import { parseCsvTable } from '../src/desk/chome-table/csv-table';
import { textVersion } from '../src/lib/text-version';
import { tourCheck, type TourTexts } from '../src/tours/tour-check';
import { TOURS_INDEX_FILE } from '../src/tours/tour-schema';

/** The file-system calls a save makes, passed in so a test can make one of them fail. */
export interface SaveFs {
  readonly writeFileSync: (path: string, text: string) => void;
  readonly copyFileSync: (from: string, to: string) => void;
  readonly renameSync: (from: string, to: string) => void;
  readonly unlinkSync: (path: string) => void;
  readonly mkdirSync: (path: string, opts: { recursive: true }) => string | undefined;
  readonly rmdirSync: (path: string) => void;
}

export const nodeFs: SaveFs = {
  writeFileSync,
  copyFileSync,
  renameSync,
  unlinkSync,
  mkdirSync,
  rmdirSync,
};

/** Today's text of every catalogue file in the folder (a missing file is left out). */
export function readDataTexts(dataDir: string): Map<DatasetId, string> {
  const out = new Map<DatasetId, string>();
  for (const meta of catalog) {
    const path = join(dataDir, meta.file);
    if (existsSync(path)) out.set(meta.id, readFileSync(path, 'utf8'));
  }
  return out;
}

export const TOURS_DIR = 'tours';

/** data/tours/ as texts (an empty index when the folder is missing, as data:check reports it). */
export function readTourTexts(dataDir: string): TourTexts {
  const dir = join(dataDir, TOURS_DIR);
  const index = join(dir, TOURS_INDEX_FILE);
  const files = existsSync(dir) ? readdirSync(dir) : [];
  return {
    index: existsSync(index) ? readFileSync(index, 'utf8') : '',
    steps: new Map(
      files
        .filter((f) => f.endsWith('.csv') && f !== TOURS_INDEX_FILE)
        .map((f): [string, string] => [f, readFileSync(join(dir, f), 'utf8')]),
    ),
  };
}

/** The errors `replaced` would bring into the folder's set, lessons included. */
export function checkSave(dataDir: string, replaced: FileTexts): SaveProblem[] {
  const current = readDataTexts(dataDir);
  const lessons = tourCheck(readTourTexts(dataDir));
  const after = new Map([...current, ...replaced]);
  return newErrors(checkDataSet(current, lessons), checkDataSet(after, lessons));
}

/** A file whose text on disk is no longer the version a save started from. */
export interface ChangedFile {
  readonly file: string;
  /** The version on disk now ('' when the file is gone). */
  readonly version: string;
  /** Its text now, for the desk to start again from. */
  readonly text: string;
}

/** Files named in `base` (file name → version read) whose text on disk differs from it. */
export function changedSince(
  dataDir: string,
  base: Readonly<Record<string, string>>,
): ChangedFile[] {
  const out: ChangedFile[] = [];
  for (const [file, version] of Object.entries(base)) {
    const path = join(dataDir, file);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const now = existsSync(path) ? textVersion(text) : '';
    if (now !== version) out.push({ file, version: now, text });
  }
  return out;
}

/** One file of a save, relative to the data folder. */
export interface FileWrite {
  readonly name: string;
  readonly text: string;
}

/**
 * Writes every file or none: each is written beside its target first (and the file it replaces
 * copied aside), then all are renamed into place; when a rename fails, the ones already renamed
 * are put back and the folders made for the save removed, and the error is thrown.
 */
export function writeAllOrNothing(
  dataDir: string,
  writes: readonly FileWrite[],
  fs: SaveFs = nodeFs,
): void {
  const stamp = `${process.pid}-${Date.now().toString(36)}`;
  const made: string[] = [];
  const staged: { target: string; temp: string; keep: string | null }[] = [];
  const quietly = (work: () => void): void => {
    try {
      work();
    } catch {
      // Cleaning up after a failure: the first error is the one reported.
    }
  };
  const removeMade = (): void => {
    for (const dir of [...made].reverse()) quietly(() => fs.rmdirSync(dir));
  };
  try {
    for (const w of writes) {
      const target = join(dataDir, w.name);
      const dir = fs.mkdirSync(dirname(target), { recursive: true });
      if (dir !== undefined) made.push(...dirsFrom(dir, dirname(target)));
      const temp = `${target}.${stamp}.tmp`;
      fs.writeFileSync(temp, w.text);
      const keep = existsSync(target) ? `${target}.${stamp}.keep` : null;
      staged.push({ target, temp, keep });
      if (keep) fs.copyFileSync(target, keep);
    }
  } catch (e) {
    for (const s of staged) {
      quietly(() => fs.unlinkSync(s.temp));
      if (s.keep) quietly(() => fs.unlinkSync(s.keep!));
    }
    removeMade();
    throw e;
  }
  let renamed = 0;
  try {
    for (const s of staged) {
      fs.renameSync(s.temp, s.target);
      renamed++;
    }
  } catch (e) {
    staged.forEach((s, i) => {
      if (i < renamed) {
        if (s.keep) quietly(() => fs.renameSync(s.keep!, s.target));
        else quietly(() => fs.unlinkSync(s.target));
      } else {
        quietly(() => fs.unlinkSync(s.temp));
        if (s.keep) quietly(() => fs.unlinkSync(s.keep!));
      }
    });
    removeMade();
    throw e;
  }
  for (const s of staged) if (s.keep) quietly(() => fs.unlinkSync(s.keep!));
}

/** The folders mkdir -p created: from the first one it made down to `leaf`. */
function dirsFrom(first: string, leaf: string): string[] {
  const out = [leaf];
  for (let d = leaf; d !== first && dirname(d) !== d;) {
    d = dirname(d);
    out.unshift(d);
  }
  return out;
}

/** A file to replace, with its change-log line's words. */
export interface SavedFile {
  readonly name: string;
  readonly text: string;
  readonly rows: number;
  /** What changed, in words a reviewer reads in the log. */
  readonly change: string;
  /** The file staff read, "desk form" or "lesson maker". */
  readonly source: string;
}

/**
 * Replaces the files that differ from the disk, each with a dated backup, and logs one line per
 * file in CHANGELOG-data.csv: all of it or, on any failure, nothing. Returns the log lines.
 */
export function commitSave(
  dataDir: string,
  files: readonly SavedFile[],
  at: Date,
  fs: SaveFs = nodeFs,
): ChangeLogEntry[] {
  // The files first, then their backups and the log: whichever rename fails, a replaced file is
  // among what is put back.
  const writes: FileWrite[] = [];
  const backups: FileWrite[] = [];
  const entries: ChangeLogEntry[] = [];
  const taken = new Set<string>();
  for (const f of files) {
    const target = join(dataDir, f.name);
    const before = existsSync(target) ? readFileSync(target, 'utf8') : null;
    if (before === f.text) continue;
    let backup = '';
    if (before !== null) {
      backup = backupName(f.name, at);
      for (let n = 2; existsSync(join(dataDir, backup)) || taken.has(backup); n++) {
        backup = backupName(f.name, at).replace(/(\.\w+)$/u, `-${n}$1`);
      }
      taken.add(backup);
      backups.push({ name: backup, text: before });
    }
    writes.push({ name: f.name, text: f.text });
    entries.push({
      date: localTimestamp(at),
      file: f.name,
      rows: f.rows,
      change: f.change,
      source: f.source,
      backup,
    });
  }
  if (entries.length === 0) return entries;
  const log = join(dataDir, CHANGE_LOG_FILE);
  writes.push(...backups, {
    name: CHANGE_LOG_FILE,
    text: appendChangeLog(existsSync(log) ? readFileSync(log, 'utf8') : null, entries),
  });
  writeAllOrNothing(dataDir, writes, fs);
  return entries;
}

/** Rows of a CSV file (its header aside) or features of a GeoJSON file, for the change log. */
export function rowCount(name: string, text: string): number {
  return name.endsWith('.csv')
    ? parseCsvTable(text).rows.length
    : ((JSON.parse(text) as { features?: unknown[] }).features?.length ?? 0);
}
