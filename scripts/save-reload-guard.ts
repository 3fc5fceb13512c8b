// Keeps the dev server from reloading the page that just saved: the files a save writes into
// data/ are imported by the page (`?url`, `?raw`), so Vite would answer their change with a full
// reload, and the page would lose what it says about the save (and what happens next). While a
// save runs and for a moment after it, changes under the data folder are not sent to the browser;
// the page itself takes the saved files as today's. Other pages open in `npm run dev` see the new
// data when reloaded (the desk says so).
import type { ServerResponse } from 'node:http';
import { relative, isAbsolute } from 'node:path';
import type { HotUpdateOptions } from 'vite';

/** How long after a save's answer its file-change events are still its own (ms). */
export const QUIET_AFTER_SAVE_MS = 3000;

export interface ReloadGuard {
  /** Call when a save request starts; quiet until shortly after its answer is sent. */
  saving(res: ServerResponse): void;
  /** The plugin's `hotUpdate` hook. */
  hotUpdate(options: HotUpdateOptions): [] | undefined;
}

export function reloadGuard(dataDir: string, now: () => number = Date.now): ReloadGuard {
  let quietUntil = 0;
  return {
    saving(res) {
      quietUntil = Number.POSITIVE_INFINITY;
      res.on('close', () => {
        quietUntil = now() + QUIET_AFTER_SAVE_MS;
      });
    },
    hotUpdate({ file }) {
      const inside = relative(dataDir, file);
      const inData = inside !== '' && !inside.startsWith('..') && !isAbsolute(inside);
      return inData && now() < quietUntil ? [] : undefined;
    },
  };
}
