// A chunk loaded once, on first use. A failed import (offline before the chunk was ever fetched,
// a broken deploy) is said once in the console and tried again on the next use: the rest of the
// page goes on working.

export interface LazyChunk<T> {
  /** Starts the import, or returns the one under way (null when it failed). */
  load(): Promise<T | null>;
  /** The import if it was started, else null (nothing is downloaded). */
  started(): Promise<T | null> | null;
}

export function lazyChunk<T>(importer: () => Promise<T>, what: string): LazyChunk<T> {
  let pending: Promise<T | null> | null = null;
  return {
    load() {
      pending ??= importer().catch((e: unknown) => {
        console.warn(`${what} could not load`, e);
        pending = null;
        return null;
      });
      return pending;
    },
    started: () => pending,
  };
}
