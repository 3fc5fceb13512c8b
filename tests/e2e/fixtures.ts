// Shared set-up for browser tests: no request leaves the machine, every page error, every
// Content-Security-Policy violation and every text shown before it was loaded fails the test.
import { test as base, expect, type Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';
import { encodeRgbaPng } from '../../src/hazard/png';
import { MISSING_TEXT } from '../../src/i18n/i18n';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

export interface Watch {
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  readonly external: string[];
  /** Violations of the built page's Content-Security-Policy, in the page or in a worker. */
  readonly cspViolations: string[];
  /** Texts asked for before their language or chunk registered them (i18n.ts warns). */
  readonly missingTexts: string[];
}

/** Reports each violation event the page sees to the test (before any page script runs). */
function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    const report = (window as unknown as Record<string, (v: string) => void>).__fhmCspViolation;
    report?.(
      `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`,
    );
  });
}

/** A solid-colour 256×256 RGBA PNG: a synthetic stand-in for a basemap or hazard tile. */
export function syntheticTilePng(
  rgba: [number, number, number, number?] = [200, 220, 240],
): Buffer {
  const size = 256;
  const pixel = [rgba[0], rgba[1], rgba[2], rgba[3] ?? 255];
  const pixels = new Uint8Array(size * size * 4);
  for (let i = 0; i < pixels.length; i += 4) pixels.set(pixel, i);
  return Buffer.from(encodeRgbaPng(size, size, pixels, (d) => deflateSync(d)));
}

export const test = base.extend<{
  watch: Watch;
  tiles: 'offline' | 'fixture';
  /** Colour every hazard tile is filled with, or 'fail' for an unreachable server. */
  hazardTile: [number, number, number, number] | 'fail';
}>({
  tiles: ['offline', { option: true }],
  hazardTile: ['fail', { option: true }],
  // Automatic, so that every test runs with the network blocked and fails on uncaught errors.
  watch: [
    async ({ page, tiles, hazardTile }, use) => {
      const watch: Watch = {
        pageErrors: [],
        consoleErrors: [],
        external: [],
        cspViolations: [],
        missingTexts: [],
      };
      page.on('pageerror', (e) => watch.pageErrors.push(e.message));
      await page.exposeFunction('__fhmCspViolation', (v: string) => watch.cspViolations.push(v));
      await page.addInitScript(reportCspViolations);
      // A worker's violations reach only its own console (MapLibre's tile requests run there).
      page.on('worker', (w) =>
        w.on('console', (m) => {
          if (/Content Security Policy/i.test(m.text())) watch.cspViolations.push(m.text());
        }),
      );
      page.on('console', (m) => {
        if (m.type() === 'error') watch.consoleErrors.push(m.text());
        if (m.text().startsWith(MISSING_TEXT)) watch.missingTexts.push(m.text());
      });
      const png = syntheticTilePng();
      const hazardPng = hazardTile === 'fail' ? null : syntheticTilePng(hazardTile);
      await page.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (LOCAL_HOSTS.has(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') {
          return route.continue();
        }
        watch.external.push(url.href);
        if (tiles === 'fixture' && url.hostname === 'cyberjapandata.gsi.go.jp') {
          return route.fulfill({
            status: 200,
            contentType: 'image/png',
            headers: { 'access-control-allow-origin': '*' },
            body: png,
          });
        }
        if (hazardPng && url.hostname === 'disaportaldata.gsi.go.jp') {
          return route.fulfill({
            status: 200,
            contentType: 'image/png',
            headers: { 'access-control-allow-origin': '*' },
            body: hazardPng,
          });
        }
        return route.abort('internetdisconnected');
      });
      await use(watch);
      expect(watch.pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(watch.cspViolations, 'Content-Security-Policy violations').toEqual([]);
      expect(watch.missingTexts, 'texts shown before they were loaded').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Serves a SYNTHETIC offline mesh (for tests only): one class colour (0.5–3 m) over a box around
 * 中延六丁目, and a summary in which 中延六丁目 is predicted and 二葉一丁目 is not. `failing` makes
 * one of its files fail to arrive (a flaky school network, a half-copied USB stick).
 */
export async function serveSyntheticMesh(
  page: Page,
  failing: 'summary' | 'image' | null = null,
): Promise<void> {
  const png = syntheticTilePng([255, 216, 192, 255]);
  const meta = {
    title: { ja: '合成メッシュ（テスト用）', en: 'Synthetic mesh (test)' },
    scenario: { ja: '合成（テスト用）', en: 'synthetic (test)' },
    publisher: 'synthetic',
    licence: 'n/a',
    attribution: '合成データ（テスト用）',
    datasetUrl: '',
    generatedAt: '2026-11-25T00:00:00Z',
    imageBounds: [139.705, 35.598, 139.718, 35.607],
    width: 256,
    height: 256,
  };
  const summary =
    'chome_code,chome_name,share_flooded\n13109010006,中延六丁目,0.35\n13109022001,二葉一丁目,0\n';
  await page.route('**/data/optional-data.json', (r) =>
    r.fulfill({
      json: {
        files: [
          'tokyo_jonan_depth_mesh.png',
          'tokyo_jonan_depth_mesh.json',
          'tokyo_jonan_chome_summary.csv',
        ],
      },
    }),
  );
  await page.route('**/data/tokyo_jonan_depth_mesh.png', (r) =>
    failing === 'image'
      ? r.abort('connectionreset')
      : r.fulfill({ contentType: 'image/png', body: png }),
  );
  await page.route('**/data/tokyo_jonan_depth_mesh.json', (r) => r.fulfill({ json: meta }));
  await page.route('**/data/tokyo_jonan_chome_summary.csv', (r) =>
    failing === 'summary'
      ? r.abort('connectionreset')
      : r.fulfill({ contentType: 'text/csv', body: summary }),
  );
}

export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.locator('html')).toHaveAttribute('data-map-complete', 'true', {
    timeout: 30_000,
  });
}

export function hashParams(page: Page): URLSearchParams {
  return new URLSearchParams(new URL(page.url()).hash.slice(1));
}

export { expect };
