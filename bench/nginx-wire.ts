// What a resident downloads from the published site (issue 20): nginx with the config in deploy/
// (scripts/deploy/serve-prod.ts) on loopback, serving the build in dist/.
// - First visit to map-ready, with brotli, with gzip only and with nothing compressed: the bytes on
//   the wire (Resource Timing's transferSize: headers and encoded bodies, the page included) of
//   nginx's own count ($bytes_sent: headers and bodies as sent) for the requests that finished
//   before the app's `fhm:map-ready` mark (Resource Timing says which), and for all it had served
//   when the bench looked, just after. Online tiles are blocked (they come from GSI).
// - Second visit, the same browser profile: without the offline pack (HTTP cache only) and with it;
//   nginx's log says which files reached the server by map-ready.
// Usage: npx vite build && npx vite-node bench/nginx-wire.ts
// Results: bench/README.md ("Publishing with nginx (issue 20)").
import { chromium, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.config';
import { startNginx, type RunningNginx } from '../scripts/deploy/serve-prod';
import { freePort, ROOT } from './harness';

const MODES = [
  { name: 'brotli', encodings: ['br', 'gzip'] },
  { name: 'gzip', encodings: ['gzip'] },
  { name: 'none', encodings: [] },
] as const;

interface Visit {
  requests: number;
  bytes: number;
  nginxRequests: number;
  nginxBytes: number;
}

async function newContext(serviceWorkers: 'allow' | 'block'): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    serviceWorkers,
  });
  return context;
}

/** Opens the site in `context` and counts what reached map-ready. */
async function visit(
  context: BrowserContext,
  server: RunningNginx,
  waitPack = false,
): Promise<Visit> {
  const logBefore = server.log();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: 60_000 });
  const log = server.log().slice(logBefore.length);
  const counted = await page.evaluate(() => {
    const ready = performance.getEntriesByName('fhm:map-ready', 'mark')[0]?.startTime ?? Infinity;
    const entries = [
      ...performance.getEntriesByType('navigation'),
      ...performance.getEntriesByType('resource'),
    ] as PerformanceResourceTiming[];
    const mine = entries.filter(
      (e) => new URL(e.name).hostname === '127.0.0.1' && e.responseEnd <= ready,
    );
    return mine.map((e) => {
      const u = new URL(e.name);
      return { uri: `${u.pathname}${u.search}`, fromCache: e.transferSize === 0 };
    });
  });
  if (process.argv.includes('--paths'))
    console.log(log.map((e) => `${e.status} ${e.uri}`).join('\n'));
  if (waitPack) {
    await page.waitForSelector('html[data-offline-pack="saved"]', {
      state: 'attached',
      timeout: 120_000,
    });
  }
  await page.close();
  // Resource Timing's transferSize counts a fixed 300 B for headers: nginx's count is the truth.
  const ready = new Set(counted.filter((c) => !c.fromCache).map((c) => c.uri));
  const sent = log.filter((e) => ready.has(e.uri));
  return {
    requests: sent.length,
    bytes: sent.reduce((sum, e) => sum + e.bytes, 0),
    nginxRequests: log.length,
    nginxBytes: log.reduce((sum, e) => sum + e.bytes, 0),
  };
}

// Other hosts (GSI's tiles) fail to resolve: a route would turn the HTTP cache off.
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
const rows: string[][] = [];
try {
  for (const mode of MODES) {
    const server = await startNginx({
      root: `${ROOT}/dist`,
      port: await freePort(),
      encodings: mode.encodings,
    });
    try {
      const cached = await newContext('block');
      const first = await visit(cached, server);
      const second = await visit(cached, server);
      await cached.close();
      const packed = await newContext('allow');
      await visit(packed, server, true);
      const fromPack = await visit(packed, server);
      await packed.close();
      const row = (what: string, v: Visit): string[] => [
        mode.name,
        what,
        String(v.requests),
        v.bytes.toLocaleString('en-US'),
        String(v.nginxRequests),
        v.nginxBytes.toLocaleString('en-US'),
      ];
      rows.push(
        row('first visit', first),
        row('second, HTTP cache', second),
        row('second, offline pack', fromPack),
      );
    } finally {
      await server.stop();
    }
  }
} finally {
  await browser.close();
}
console.log(
  '| encoding | visit | requests to map-ready | bytes to map-ready | nginx requests | nginx bytes |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
