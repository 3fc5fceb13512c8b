/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy } from './src/config/content-security-policy';
import { PERMISSIONS_POLICY } from './src/config/permissions-policy';
import { manifestIcons } from './src/pwa/app-icons';
import { inOfflinePack, MAX_PACKED_FILE_BYTES } from './src/pwa/pack-files';
import { defaultTheme } from './src/theme/theme';
import { dataReleasePlugin } from './scripts/data-release-plugin';
import { deskPagePlugin } from './scripts/desk-page-plugin';
import { deskSavePlugin } from './scripts/desk-save-plugin';
import { precompressPlugin } from './scripts/deploy/precompress';
import { tourSavePlugin } from './scripts/tour-save-plugin';

/**
 * Files that exist only once staff have imported them (the offline hazard mesh). They are copied
 * into the build as `data/<name>` when present, with a manifest the app reads first, so a missing
 * layer is known without a failing request.
 */
const OPTIONAL_DATA = [
  'tokyo_jonan_depth_mesh.png',
  'tokyo_jonan_depth_mesh.json',
  'tokyo_jonan_chome_summary.csv',
];

function optionalData(): Plugin {
  const present = (): string[] => OPTIONAL_DATA.filter((f) => existsSync(resolve('data', f)));
  const manifest = (): string => JSON.stringify({ files: present() });
  return {
    name: 'fhm-optional-data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = (req.url ?? '').split('?')[0]?.replace(/^.*\/data\//, '') ?? '';
        if (!(req.url ?? '').includes('/data/')) return next();
        if (name === 'optional-data.json') {
          res.setHeader('content-type', 'application/json');
          res.end(manifest());
        } else if (present().includes(name)) {
          res.end(readFileSync(resolve('data', name)));
        } else next();
      });
    },
    generateBundle() {
      for (const name of present()) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${name}`,
          source: readFileSync(resolve('data', name)),
        });
      }
      this.emitFile({ type: 'asset', fileName: 'data/optional-data.json', source: manifest() });
    },
  };
}

/**
 * The Content-Security-Policy as a <meta> tag right after the charset, before any script or style.
 * Build only: the dev server injects CSS as inline <style> and talks to its HMR websocket, both of
 * which the policy forbids.
 */
function contentSecurityPolicyMeta(): Plugin {
  const charset = /<meta charset="UTF-8" \/>/i;
  // The site's pages only (the map and the staff desk): benchmark pages built with this config
  // keep their own inline styles.
  const sitePages = ['./index.html', './desk.html'].map((p) =>
    fileURLToPath(new URL(p, import.meta.url)),
  );
  return {
    name: 'fhm-content-security-policy',
    apply: 'build',
    transformIndexHtml(html, ctx) {
      if (!sitePages.includes(resolve(ctx.filename))) return html;
      const policy = contentSecurityPolicy();
      if (!charset.test(html) || /["&<>]/.test(policy)) {
        throw new Error(
          `${ctx.filename} needs <meta charset="UTF-8" /> and a policy without markup`,
        );
      }
      const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
      return html.replace(charset, (m) => `${m}\n    ${tag}`);
    },
  };
}

/**
 * The offline classroom pack (issue 11): a web manifest, so the site installs as an app, and a
 * service worker (Workbox, through vite-plugin-pwa 2, whose peer range includes Vite 8) that
 * precaches every file of the residents' page — code, lazily loaded chunks, data, tours, icons —
 * on the first visit. Decisions:
 * - `registerType: 'prompt'`: a new release installs in the background and waits; the page says
 *   「新しいデータがあります」 with a reload button (src/pwa/). A lesson never changes under the
 *   class, and one page never runs old code with new data (the old worker keeps serving the old
 *   release, lazily loaded chunks included, until the reload).
 * - `injectRegister: false`: src/pwa/offline-pack.ts registers the worker from the app's own
 *   module after the map is ready, so the policy keeps `script-src 'self'` (no inline script) and
 *   the pack's download does not compete with the first drawing.
 * - No runtime caching: online tiles (GSI basemaps, hazard maps) are never stored; they stay
 *   online-only, and their offline notes keep working.
 * - The data desk (desk.html, SheetJS) is online-only and left out (src/pwa/pack-files.ts).
 * Not in the desk's own nested build (scripts/desk-page-plugin.ts), which must not write a worker.
 */
function offlinePack(): Plugin[] {
  if (process.env.FHM_DESK_PAGE_BUILD) return [];
  return VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    // Before the desk's build adds its files to the same folder.
    integration: { closeBundleOrder: 'pre' },
    manifest: {
      name: '品川区 浸水の記録マップ',
      short_name: '浸水の記録',
      description:
        '品川区の過去の浸水記録と、いまのハザードマップ。Past floods in Shinagawa, Tokyo.',
      lang: 'ja',
      start_url: './',
      scope: './',
      display: 'standalone',
      theme_color: defaultTheme.ui.accent,
      background_color: defaultTheme.ui.surface,
      icons: manifestIcons(),
    },
    // The icons come with the other files below; the plugin adds the manifest itself.
    includeManifestIcons: false,
    workbox: {
      globPatterns: ['**/*'],
      globIgnores: ['manifest.webmanifest'],
      manifestTransforms: [
        (entries) => ({ manifest: entries.filter((e) => inOfflinePack(e.url)), warnings: [] }),
      ],
      maximumFileSizeToCacheInBytes: MAX_PACKED_FILE_BYTES,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/desk\.html/],
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      runtimeCaching: [],
      // Minified and quiet whatever NODE_ENV the build runs under (benches build through vite-node).
      mode: 'production',
    },
  });
}

export default defineConfig({
  // Relative base so the built site works from any folder of a static host (or a USB stick).
  base: './',
  plugins: [
    optionalData(),
    dataReleasePlugin(),
    contentSecurityPolicyMeta(),
    deskSavePlugin(),
    tourSavePlugin(),
    deskPagePlugin(),
    ...offlinePack(),
    // Last: .br and .gz copies of every text file, the desk's included (scripts/deploy/).
    precompressPlugin(),
  ],
  // Headers a meta tag cannot carry, sent by the dev and preview servers as a host should.
  server: { headers: { 'Permissions-Policy': PERMISSIONS_POLICY } },
  preview: { headers: { 'Permissions-Policy': PERMISSIONS_POLICY } },
  // The desk reads the ward's table in a module worker (src/desk/page/table-worker.ts) that
  // loads SheetJS on demand: a worker with its own chunks needs ES module output.
  worker: { format: 'es' },
  build: {
    // Data files must stay separate files (fetched, validated, cached), never inlined as data: URLs.
    assetsInlineLimit: 0,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              // MapLibre in a chunk of its own (index.html modulepreloads it): a release that
              // changes only our code leaves its ~270 kB (gzip) cached in browsers and the offline
              // pack, and scripts/bundle-budget.ts can weigh our first-load code apart from it.
              // `maplibre-gl-v6` is the bench's MapLibre 6 (bench/first-render.ts), split alike.
              // Rolldown then puts its runtime helpers, which both chunks use, in a third
              // first-load script of under 1 kB (groups cannot take it in).
              name: 'maplibre-gl',
              test: /[\\/]node_modules[\\/]maplibre-gl(?:-v6)?[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    setupFiles: ['tests/unit/setup-texts.ts'],
    environment: 'node',
    // Dates in tests are Tokyo dates, whatever machine runs them.
    env: { TZ: 'Asia/Tokyo' },
  },
});
