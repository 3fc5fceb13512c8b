// Builds the data desk (desk.html) in a build of its own, after the residents' page. As a second
// input of the same build it would share chunks with the residents' page, and splitting their one
// bundle into shared chunks made the residents' first download about 2–3.5 kB (gzip) larger; on
// its own the desk carries its own copy of what it reuses, and the residents' files stay exactly
// as they are without the desk. `npm run dev` serves desk.html directly.
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/** Set while the desk's own build runs, so that build does not start another one. */
const NESTED = 'FHM_DESK_PAGE_BUILD';

export function deskPagePlugin(): Plugin {
  let config: ResolvedConfig | null = null;
  return {
    name: 'fhm-desk-page',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (!config || process.env[NESTED] || config.build.watch) return;
      const { build } = await import('vite');
      process.env[NESTED] = '1';
      try {
        await build({
          root: config.root,
          configFile: config.configFile,
          mode: config.mode,
          logLevel: config.logLevel,
          build: {
            outDir: resolve(config.root, config.build.outDir),
            emptyOutDir: false,
            rolldownOptions: { input: { desk: resolve(config.root, 'desk.html') } },
          },
        });
      } finally {
        delete process.env[NESTED];
      }
    },
  };
}
