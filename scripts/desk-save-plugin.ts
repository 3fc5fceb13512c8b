// Registers the data desk's "save" endpoint on the dev server (npm run dev only; the built site
// has no server and downloads the files instead). The handler (desk-save-handler.ts) loads through
// Vite's module runner on the first save, so the config itself stays free of the data modules.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { reloadGuard } from './save-reload-guard';

/** Options and their defaults, declared once. */
export const DESK_SAVE = {
  /** Where the desk posts to (same origin as the dev server). */
  path: '/__desk/save',
  /** Largest request accepted: every data file together is well under this. */
  maxBytes: 40 * 1024 * 1024,
};

/** The data folder it writes; FHM_DESK_DATA_DIR points a test's dev server at a copy. */
export function deskSavePlugin(dataDir = resolve(process.env.FHM_DESK_DATA_DIR ?? 'data')): Plugin {
  const guard = reloadGuard(dataDir);
  return {
    name: 'fhm-desk-save',
    apply: 'serve',
    hotUpdate: (options) => guard.hotUpdate(options),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.url ?? '').split('?')[0] !== DESK_SAVE.path) return next();
        guard.saving(res);
        server
          .ssrLoadModule('/scripts/desk-save-handler.ts')
          .then((m) =>
            (m as typeof import('./desk-save-handler')).deskSaveHandler(dataDir)(req, res, next),
          )
          .catch((e: unknown) => {
            res.statusCode = 500;
            res.end(JSON.stringify({ ok: false, error: String(e) }));
          });
      });
    },
  };
}
