/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './src/config/content-security-policy';
import { deskPagePlugin } from './scripts/desk-page-plugin';
import { deskSavePlugin } from './scripts/desk-save-plugin';

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
  // The app's page only: benchmark pages built with this config keep their own inline styles.
  const appPage = fileURLToPath(new URL('./index.html', import.meta.url));
  return {
    name: 'fhm-content-security-policy',
    apply: 'build',
    transformIndexHtml(html, ctx) {
      if (resolve(ctx.filename) !== appPage) return html;
      const policy = contentSecurityPolicy();
      if (!charset.test(html) || /["&<>]/.test(policy)) {
        throw new Error('index.html needs <meta charset="UTF-8" /> and a policy without markup');
      }
      const tag = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
      return html.replace(charset, (m) => `${m}\n    ${tag}`);
    },
  };
}

export default defineConfig({
  // Relative base so the built site works from any folder of a static host (or a USB stick).
  base: './',
  plugins: [optionalData(), contentSecurityPolicyMeta(), deskSavePlugin(), deskPagePlugin()],
  build: {
    // Data files must stay separate files (fetched, validated, cached), never inlined as data: URLs.
    assetsInlineLimit: 0,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Dates in tests are Tokyo dates, whatever machine runs them.
    env: { TZ: 'Asia/Tokyo' },
  },
});
