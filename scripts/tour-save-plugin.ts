// Registers the lesson maker's "save into data/tours/" endpoint on the dev server (npm run dev
// only; the built site has no server and the editor downloads the files instead). Modelled on
// desk-save-plugin.ts: the handler (tour-save-handler.ts) loads through Vite's module runner on
// the first save, so the config stays free of the data modules.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { reloadGuard } from './save-reload-guard';

/** Options and their defaults, declared once. */
export const TOUR_SAVE = {
  /** Where the lesson maker posts to (same origin as the dev server). */
  path: '/__tours/save',
  /** Largest request accepted: a lesson of many steps is a few tens of kB. */
  maxBytes: 2 * 1024 * 1024,
};

/** The data folder it writes; FHM_DESK_DATA_DIR points a test's dev server at a copy. */
export function tourSavePlugin(dataDir = resolve(process.env.FHM_DESK_DATA_DIR ?? 'data')): Plugin {
  const guard = reloadGuard(dataDir);
  return {
    name: 'fhm-tour-save',
    apply: 'serve',
    hotUpdate: (options) => guard.hotUpdate(options),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== TOUR_SAVE.path) return next();
        guard.saving(res);
        server
          .ssrLoadModule('/scripts/tour-save-handler.ts')
          .then((m) =>
            (m as typeof import('./tour-save-handler')).tourSaveHandler(dataDir)(req, res, next),
          )
          .catch((e: unknown) => {
            res.statusCode = 500;
            res.end(JSON.stringify({ ok: false, error: String(e) }));
          });
      });
    },
  };
}
