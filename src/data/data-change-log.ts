// data/CHANGELOG-data.csv: one dated line per data file replaced by an import or by the desk, with
// how many rows it now has, what changed and where the previous version was kept.
import Papa from 'papaparse';
import { escapeFormula } from './csv-formula';

export const CHANGE_LOG_FILE = 'CHANGELOG-data.csv';
export const BACKUP_DIR = 'backups';

const HEADER = ['date', 'file', 'rows', 'change', 'source', 'backup'] as const;

export interface ChangeLogEntry {
  /** Local time with its offset, e.g. 2026-11-30T10:15:00+09:00. */
  readonly date: string;
  readonly file: string;
  readonly rows: number;
  readonly change: string;
  /** The file staff imported. */
  readonly source: string;
  /** Path of the previous version, relative to the data folder. */
  readonly backup: string;
}

export function appendChangeLog(
  existing: string | null,
  entries: readonly ChangeLogEntry[],
): string {
  // Staff open the log in Excel: a file name or change typed like a formula stays text.
  const lines = entries.map((e) => HEADER.map((h) => escapeFormula(String(e[h]))));
  const body = Papa.unparse(lines, { newline: '\n' });
  const start =
    existing === null || existing.trim() === ''
      ? `${HEADER.join(',')}\n`
      : existing.replace(/\n*$/u, '\n');
  return `${start}${body}\n`;
}

const two = (n: number): string => String(n).padStart(2, '0');

/** 2026-11-30T10:15:00+09:00 for a moment, in the machine's time zone. */
export function localTimestamp(at: Date): string {
  const offset = -at.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return (
    `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}` +
    `T${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())}` +
    `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`
  );
}

/** backups/chome_flood_records.2026-11-30T101500.csv: sorts by date, safe in every file system. */
export function backupName(file: string, at: Date): string {
  const stamp = localTimestamp(at).slice(0, 19).replace(/:/gu, '');
  const dot = file.lastIndexOf('.');
  return `${BACKUP_DIR}/${file.slice(0, dot)}.${stamp}${file.slice(dot)}`;
}
