import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { basemaps } from '../../src/config/basemaps';
import { contentSecurityPolicy, tileOrigins } from '../../src/config/content-security-policy';
import { hazardLayers } from '../../src/config/hazard-layers';
import { thenLayers } from '../../src/config/old-maps';
import { PERMISSIONS_POLICY } from '../../src/config/permissions-policy';

const directives = new Map(
  contentSecurityPolicy()
    .split('; ')
    .map((d) => {
      const [name = '', ...sources] = d.split(' ');
      return [name, sources] as const;
    }),
);

describe('contentSecurityPolicy', () => {
  it('allows scripts and styles only from the site: no inline, no eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(contentSecurityPolicy()).not.toMatch(/unsafe-|\*/);
  });

  it('reaches every tile host in src/config, and nothing else', () => {
    const hosts = [...basemaps, ...hazardLayers, ...thenLayers].map(
      (l) => new URL(l.tiles.split('{')[0]!).origin,
    );
    expect(tileOrigins()).toEqual([...new Set(hosts)].sort());
    expect(tileOrigins()).toEqual([
      'https://cyberjapandata.gsi.go.jp',
      'https://disaportaldata.gsi.go.jp',
    ]);
    expect(directives.get('connect-src')).toEqual(["'self'", ...tileOrigins()]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:', ...tileOrigins()]);
  });

  it('lets MapLibre start its worker from a blob: URL', () => {
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
  });

  it('allows geolocation on the site itself, as the hosting notes in README.md ask', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(PERMISSIONS_POLICY).toBe('geolocation=(self)');
    expect(readme).toContain(`Permissions-Policy: ${PERMISSIONS_POLICY}\n`);
  });

  it('is the header the hosting notes in README.md ask for', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`Content-Security-Policy: ${contentSecurityPolicy()}\n`);
  });
});
