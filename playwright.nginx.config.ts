import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The specs that need the production server (issue 20): the same browser and settings as
// playwright.config.ts, against `npm run serve:prod` (nginx with the config in deploy/) serving
// dist/. `npm run test:e2e` runs both configs; E2E_NGINX_PORT keeps checkouts apart as E2E_PORT does.
const port = Number(process.env.E2E_NGINX_PORT ?? 8180);

export default defineConfig({
  ...base,
  testDir: 'tests/e2e-nginx',
  outputDir: 'test-results/nginx',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}/` },
  webServer: {
    command: 'npx vite-node scripts/deploy/serve-prod-cli.ts',
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // SIGTERM lets serve:prod stop nginx and remove its temporary folder.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
