import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/config/content-security-policy';
import { nginxSite, WARD_CONFIG_FILE, WARD_DEFAULTS } from '../../scripts/deploy/nginx-site';
import { precompressFile } from '../../scripts/deploy/precompress';
import { serveConfig } from '../../scripts/deploy/serve-prod';
import {
  CACHE,
  deskHeaders,
  headerContentSecurityPolicy,
  permissionsPolicy,
  siteHeaders,
} from '../../scripts/deploy/site-headers';

/** The body of `location <match> { … }` in a rendered config. */
function locationBody(conf: string, match: string): string {
  const start = conf.indexOf(`location ${match} {`);
  if (start < 0) throw new Error(`no location ${match}`);
  return conf.slice(start, conf.indexOf('\n    }', start));
}

describe('the nginx config', () => {
  it('in deploy/ is the one the rules make (run `npm run deploy:nginx` after changing them)', () => {
    expect(readFileSync(WARD_CONFIG_FILE, 'utf8')).toBe(nginxSite(WARD_DEFAULTS));
  });

  it("sends the page's own policy as a header, with frame-ancestors 'none'", () => {
    expect(headerContentSecurityPolicy()).toBe(
      `${contentSecurityPolicy()}; frame-ancestors 'none'`,
    );
    const conf = nginxSite(WARD_DEFAULTS);
    expect(conf).toContain(`"~^text/(?:html|plain)" "${headerContentSecurityPolicy()}";`);
    expect(conf).toContain(
      'add_header Content-Security-Policy "$fhm_content_security_policy" always;',
    );
  });

  it('allows geolocation and clipboard writing to the site only, and denies the rest', () => {
    const policy = new Map(
      permissionsPolicy()
        .split(', ')
        .map((p) => p.split('=') as [string, string]),
    );
    expect(policy.get('geolocation')).toBe('(self)');
    expect(policy.get('clipboard-write')).toBe('(self)');
    for (const feature of ['camera', 'microphone', 'payment', 'usb', 'fullscreen']) {
      expect(policy.get(feature)).toBe('()');
    }
    expect([...policy.values()].filter((v) => v !== '()')).toHaveLength(2);
    expect(permissionsPolicy().split(', ')).toHaveLength(policy.size);
    // The desk allows nothing.
    const desk = new Map(deskHeaders());
    expect(desk.get('Permissions-Policy')).not.toContain('(self)');
    expect(desk.get('Permissions-Policy')).toContain('geolocation=()');
  });

  it('keeps hashed names a year and asks again for everything else, a 404 included', () => {
    const conf = nginxSite(WARD_DEFAULTS);
    expect(conf).toContain(`default "${CACHE.revalidate}";`);
    // The regex itself is tried against real requests by tests/e2e-nginx/headers.spec.ts.
    expect(conf).toMatch(
      /^ {4}"~\^\/assets.*\|\^\/workbox-.*" "public, max-age=31536000, immutable";$/m,
    );
    expect(conf).toContain('add_header Cache-Control "$fhm_cache_control" always;');
    expect(locationBody(conf, '@not-found')).toContain(
      `add_header Cache-Control "${CACHE.revalidate}" always;`,
    );
    // Every header of the site is on the 404 too (a location with headers forgets the server's).
    for (const [name, value] of siteHeaders()) {
      expect(locationBody(conf, '@not-found')).toMatch(
        new RegExp(`add_header ${name} "\\S+" always;`),
      );
      expect(conf).toContain(`"${value}"`);
    }
  });

  it('leaves the desk out by default, and gives it its own headers when switched on', () => {
    const off = nginxSite(WARD_DEFAULTS);
    expect(locationBody(off, '= /desk.html')).toContain('return 404 "404 データの更新ページ');
    expect(locationBody(off, '~ ^/assets/(?:desk|xlsx)-')).toContain('return 404;');
    const on = nginxSite({ ...WARD_DEFAULTS, desk: true });
    const desk = locationBody(on, '= /desk.html');
    expect(desk).toContain('try_files $uri =404;');
    expect(desk).toContain(`add_header Cache-Control "${CACHE.desk}" always;`);
    expect(desk).toContain('add_header X-Robots-Tag "noindex, nofollow" always;');
    expect(on).not.toContain('(?:desk|xlsx)');
  });

  it('uses brotli only when asked (the module may be missing)', () => {
    expect(nginxSite(WARD_DEFAULTS)).toMatch(/^ {4}brotli_static on;$/m);
    const gzipOnly = nginxSite({ ...WARD_DEFAULTS, encodings: ['gzip'] });
    expect(gzipOnly).not.toContain('brotli_static');
    expect(gzipOnly).toContain('gzip_static on;');
    const prefix = '/tmp/x';
    expect(serveConfig(prefix, WARD_DEFAULTS, 'module')).toMatch(/^load_module .*brotli/m);
    expect(serveConfig(prefix, WARD_DEFAULTS, 'built-in')).not.toContain('load_module');
    expect(serveConfig(prefix, { ...WARD_DEFAULTS, encodings: ['gzip'] }, 'module')).not.toContain(
      'load_module',
    );
  });
});

describe('precompressFile', () => {
  it('writes .br and .gz copies that decompress to the file, only when smaller', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fhm-precompress-'));
    const big = join(dir, 'big.synthetic.csv');
    const text = 'chome_code,chome_name\n'.repeat(200);
    writeFileSync(big, text);
    const done = await precompressFile(big);
    expect(done.br).toBeLessThan(done.raw);
    expect(brotliDecompressSync(readFileSync(`${big}.br`)).toString()).toBe(text);
    expect(gunzipSync(readFileSync(`${big}.gz`)).toString()).toBe(text);

    const tiny = join(dir, 'tiny.synthetic.json');
    writeFileSync(tiny, '{}');
    expect(await precompressFile(tiny)).toEqual({ file: tiny, raw: 2, br: null, gzip: null });
  });
});
