// Shared set-up for browser tests: no request leaves the machine, every page error fails the test.
import { test as base, expect, type Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

export interface Watch {
  readonly pageErrors: string[];
  readonly consoleErrors: string[];
  readonly external: string[];
}

/** A solid-colour 256×256 RGBA PNG: a synthetic stand-in for a basemap or hazard tile. */
export function syntheticTilePng(
  rgba: [number, number, number, number?] = [200, 220, 240],
): Buffer {
  const pixel = [rgba[0], rgba[1], rgba[2], rgba[3] ?? 255];
  const size = 256;
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer): number => {
    let c = 0xffffffff;
    for (const b of buf) c = (crcTable[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.writeUInt8(8, 8); // bit depth
  ihdr.writeUInt8(6, 9); // RGBA
  const row = Buffer.concat([
    Buffer.from([0]),
    Buffer.from(Array.from({ length: size }, () => pixel).flat()),
  ]);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
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
      const watch: Watch = { pageErrors: [], consoleErrors: [], external: [] };
      page.on('pageerror', (e) => watch.pageErrors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error') watch.consoleErrors.push(m.text());
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
    },
    { auto: true },
  ],
});

export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.locator('html')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
}

export function hashParams(page: Page): URLSearchParams {
  return new URLSearchParams(new URL(page.url()).hash.slice(1));
}

export { expect };
