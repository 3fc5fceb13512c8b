// Which release of the bundled data a build holds: a date teachers can read ("データの日付") and a
// short id that changes whenever any data file changes. Computed once at build time
// (scripts/data-release-plugin.ts) from the files themselves. Pure.

export interface DataRelease {
  /** YYYY-MM-DD in Tokyo. */
  readonly date: string;
  /** First 8 hex digits of a SHA-256 over every data file's name and bytes. */
  readonly id: string;
}

/** A Tokyo calendar date as YYYY-MM-DD (the ward's date, whatever machine builds). */
export function tokyoDate(ms: number): string {
  // Tokyo has no daylight saving time: +9 h is exact.
  return new Date(ms + 9 * 3600_000).toISOString().slice(0, 10);
}

export interface ReleaseDateInput {
  /** Committer date (ISO 8601) of the last commit touching data/, or null without git. */
  readonly lastCommit: string | null;
  /** Modification times (ms) of data files changed since that commit (e.g. saved by the desk). */
  readonly uncommittedMtimes: readonly number[];
  /** Modification times (ms) of every data file: used only when git is not there. */
  readonly allMtimes: readonly number[];
}

/**
 * The release date: the last commit that changed the data, or later when files were changed after
 * it and not yet committed (a data desk save). Without git history, the newest file time.
 */
export function releaseDate(input: ReleaseDateInput): string {
  const committed = input.lastCommit ? Date.parse(input.lastCommit) : Number.NaN;
  const times = Number.isNaN(committed) ? input.allMtimes : [committed, ...input.uncommittedMtimes];
  if (times.length === 0) throw new Error('data release: no data files found');
  return tokyoDate(Math.max(...times));
}

/** Bytes to hash for the release id: each file's name, a NUL, its bytes, in name order. */
export function releaseIdInput(
  files: readonly { readonly name: string; readonly bytes: Uint8Array }[],
): Uint8Array[] {
  const encoder = new TextEncoder();
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((f) => [encoder.encode(`${f.name}\0`), f.bytes]);
}
