// Every rule of the published site's nginx config (deploy/nginx/, issue 20), checked with plain
// HTTP requests against the running server: the security headers, the cache rules, the MIME types,
// brotli and gzip negotiation, 404s that are not the app, no listings, and the desk switch.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { brotliSupport, startNginx } from '../../scripts/deploy/serve-prod';
import { CACHE, headerContentSecurityPolicy, siteHeaders } from '../../scripts/deploy/site-headers';
import { freePort } from '../../scripts/free-port';
import { get } from './http';

const DIST = resolve(import.meta.dirname, '../../dist');
const base = (): string => test.info().project.use.baseURL ?? '';
const url = (path: string): string => new URL(path, base()).href;

/** Built files (not the .br/.gz copies), relative to dist/. */
function built(dir = ''): string[] {
  return readdirSync(resolve(DIST, dir), { withFileTypes: true }).flatMap((e) => {
    const path = dir ? `${dir}/${e.name}` : e.name;
    if (e.isDirectory()) return built(path);
    return /\.(br|gz)$/.test(e.name) ? [] : [path];
  });
}
const residents = (): string[] =>
  built().filter((f) => !/^(desk\.html|assets\/(desk|xlsx)-)/.test(f));
const firstOf = (re: RegExp): string => {
  const found = residents().find((f) => re.test(f));
  if (!found) throw new Error(`no built file matches ${re}`);
  return found;
};

test('pages and errors carry every security header; other files the ones that apply to them', async () => {
  const all = siteHeaders().map(([name]) => name);
  const cases: [string, readonly string[]][] = [
    ['', all],
    ['index.html', all],
    ['no-such-page', all],
    ['desk.html', all],
    ['sw.js', ['Content-Security-Policy', 'X-Content-Type-Options']],
    [firstOf(/^assets\/index-.*\.js$/), ['X-Content-Type-Options']],
    [firstOf(/^assets\/index-.*\.css$/), ['X-Content-Type-Options', 'Referrer-Policy']],
    [firstOf(/\.geojson$/), ['X-Content-Type-Options']],
    ['manifest.webmanifest', ['X-Content-Type-Options']],
  ];
  for (const [path, expected] of cases) {
    const res = await get(url(path));
    for (const [name, value] of siteHeaders()) {
      expect(res.headers[name.toLowerCase()], `${name} on /${path}`).toBe(
        expected.includes(name) ? value : undefined,
      );
    }
    expect(res.headers.server, 'no version number').toBe('nginx');
  }
});

test("the header's policy is the page's own <meta> policy plus frame-ancestors 'none'", async () => {
  const html = readFileSync(resolve(DIST, 'index.html'), 'utf8');
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(meta).toBeTruthy();
  const header = (await get(url(''))).headers['content-security-policy'];
  expect(header).toBe(`${meta}; frame-ancestors 'none'`);
  expect(header).toBe(headerContentSecurityPolicy());
});

test('hashed files are kept a year; the page, the worker, the manifest, data and icons are asked for each time', async () => {
  const hashed = [...residents().filter((f) => f.startsWith('assets/')), firstOf(/^workbox-/)];
  expect(hashed.length).toBeGreaterThan(50);
  for (const path of hashed) {
    const res = await get(url(path), {}, 'HEAD');
    expect(res.status, path).toBe(200);
    expect(res.headers['cache-control'], path).toBe(CACHE.hashed);
  }
  const revalidated = [
    '',
    'index.html',
    'sw.js',
    'manifest.webmanifest',
    'data/optional-data.json',
    'icon.svg',
    'icon-192.png',
    'icon-512.png',
    'icon-maskable-512.png',
    'apple-touch-icon.png',
  ];
  expect(
    residents()
      .filter((f) => !hashed.includes(f))
      .sort(),
  ).toEqual(revalidated.filter((p) => p !== '').sort());
  for (const path of revalidated) {
    const res = await get(url(path), {}, 'HEAD');
    expect(res.status, path).toBe(200);
    expect(res.headers['cache-control'], path).toBe(CACHE.revalidate);
  }
  // A revalidation costs a 304 without the body.
  const first = await get(url(''));
  const again = await get(url(''), { 'If-None-Match': first.headers.etag ?? '' });
  expect(again.status).toBe(304);
  expect(again.body.byteLength).toBe(0);
});

test('each kind of file has its MIME type, text in UTF-8', async () => {
  const expected: [RegExp, string][] = [
    [/^index\.html$/, 'text/html; charset=utf-8'],
    [/^assets\/index-.*\.js$/, 'text/javascript; charset=utf-8'],
    [/^sw\.js$/, 'text/javascript; charset=utf-8'],
    [/^assets\/.*\.css$/, 'text/css; charset=utf-8'],
    [/^assets\/.*\.geojson$/, 'application/geo+json; charset=utf-8'],
    [/^assets\/.*\.csv$/, 'text/csv; charset=utf-8'],
    [/^manifest\.webmanifest$/, 'application/manifest+json; charset=utf-8'],
    [/^data\/optional-data\.json$/, 'application/json; charset=utf-8'],
    [/^icon\.svg$/, 'image/svg+xml; charset=utf-8'],
    [/^icon-192\.png$/, 'image/png'],
  ];
  for (const [re, type] of expected) {
    const path = firstOf(re);
    expect((await get(url(path), {}, 'HEAD')).headers['content-type'], path).toBe(type);
  }
  expect((await get(url(''))).headers['x-content-type-options']).toBe('nosniff');
});

test('brotli and gzip are the build’s own copies, chosen by Accept-Encoding', async () => {
  const path = firstOf(/^assets\/maplibre-gl-.*\.js$/);
  const raw = readFileSync(resolve(DIST, path));
  const plain = await get(url(path));
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.headers.vary).toBe('Accept-Encoding');
  expect(plain.body.equals(raw)).toBe(true);

  const gz = await get(url(path), { 'Accept-Encoding': 'gzip' });
  expect(gz.headers['content-encoding']).toBe('gzip');
  expect(gz.headers.vary).toBe('Accept-Encoding');
  expect(gz.body.equals(readFileSync(resolve(DIST, `${path}.gz`)))).toBe(true);
  expect(gunzipSync(gz.body).equals(raw)).toBe(true);

  const both = await get(url(path), { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
  if (brotliSupport() === null) {
    // Without Debian's brotli module the same config sends gzip (docs/deploy.md).
    expect(both.headers['content-encoding']).toBe('gzip');
    return;
  }
  expect(both.headers['content-encoding']).toBe('br');
  expect(both.headers.vary).toBe('Accept-Encoding');
  expect(both.body.equals(readFileSync(resolve(DIST, `${path}.br`)))).toBe(true);
  expect(brotliDecompressSync(both.body).equals(raw)).toBe(true);
  expect(both.body.byteLength).toBeLessThan(gz.body.byteLength);
  // The page itself too.
  const page = await get(url(''), { 'Accept-Encoding': 'br' });
  expect(page.headers['content-encoding']).toBe('br');
});

test('a missing file is a plain 404, never the app, and is not kept', async () => {
  for (const path of [
    'no-such-page',
    'places/nakanobu.html',
    'assets/index-00000000.js',
    'data/x.csv',
  ]) {
    const res = await get(url(path), { 'Accept-Encoding': 'gzip, br' });
    expect(res.status, path).toBe(404);
    expect(res.headers['content-type'], path).toBe('text/plain; charset=utf-8');
    expect(res.headers['cache-control'], path).toBe(CACHE.revalidate);
    expect(res.body.toString('utf8'), path).toContain('Not found');
    expect(res.body.toString('utf8'), path).not.toContain('<');
  }
});

test('no folder is listed', async () => {
  for (const path of ['assets/', 'assets', 'data/', 'data', 'assets/../data/']) {
    const res = await get(url(path));
    expect(res.status, path).toBe(404);
    expect(res.body.toString('utf8'), path).not.toMatch(/Index of|\.js/);
  }
});

test('the desk is off on the public site, and sent with its own headers when switched on', async () => {
  const off = await get(url('desk.html'));
  expect(off.status).toBe(404);
  expect(off.headers['content-type']).toBe('text/plain; charset=utf-8');
  expect(off.headers['cache-control']).toBe(CACHE.revalidate);
  expect(off.body.toString('utf8')).toContain('The staff data desk is not on the public site');
  const deskChunk = built().find((f) => /^assets\/(desk|xlsx)-.*\.js$/.test(f));
  expect(deskChunk).toBeTruthy();
  expect((await get(url(deskChunk!))).status).toBe(404);

  const staff = await startNginx({ root: DIST, port: await freePort(), desk: true });
  try {
    const desk = await get(new URL('desk.html', staff.url).href);
    expect(desk.status).toBe(200);
    expect(desk.headers['cache-control']).toBe(CACHE.desk);
    expect(desk.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(desk.headers['referrer-policy']).toBe('no-referrer');
    expect(desk.headers['permissions-policy']).toContain('geolocation=()');
    expect(desk.headers['content-security-policy']).toBe(headerContentSecurityPolicy());
    expect((await get(new URL(deskChunk!, staff.url).href)).status).toBe(200);
  } finally {
    await staff.stop();
  }
});
