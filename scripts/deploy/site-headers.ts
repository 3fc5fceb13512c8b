// The HTTP headers the published site sends (issue 20), as data: scripts/deploy/nginx-site.ts
// writes them into the nginx config, docs/deploy.md lists them for other servers, and the header
// spec (tests/e2e-nginx/headers.spec.ts) checks a running nginx against them. Pure.
import { contentSecurityPolicy } from '../../src/config/content-security-policy';

/**
 * The page's own policy (the <meta> tag vite.config.ts writes, from the same function) plus what
 * only a header can carry: no other site may show the map in a frame.
 */
export function headerContentSecurityPolicy(): string {
  return `${contentSecurityPolicy()}; frame-ancestors 'none'`;
}

/** Features the residents' page uses, for the site itself only. */
const ALLOWED_FEATURES: readonly string[] = [
  // 現在地 ("where am I") asks for the position on the resident's tap.
  'geolocation',
  // The lesson maker copies a lesson's link (navigator.clipboard.writeText).
  'clipboard-write',
];

/**
 * Powerful features the site never uses, denied to the site and to anything it could embed.
 * Only names Chromium knows: an unknown name is a console error on every page load.
 */
const DENIED_FEATURES: readonly string[] = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'clipboard-read',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'gamepad',
  'gyroscope',
  'hid',
  'idle-detection',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** `Permissions-Policy`: the residents' page may use `allowed` itself; everything else is off. */
export function permissionsPolicy(allowed: readonly string[] = ALLOWED_FEATURES): string {
  const allow = allowed.map((f) => `${f}=(self)`);
  const deny = [...DENIED_FEATURES, ...ALLOWED_FEATURES]
    .filter((f) => !allowed.includes(f))
    .sort()
    .map((f) => `${f}=()`);
  return [...allow, ...deny].join(', ');
}

export type HeaderList = readonly (readonly [name: string, value: string])[];

/** Security headers of every response of the residents' site (pages, files, errors). */
export function siteHeaders(): HeaderList {
  return [
    ['Content-Security-Policy', headerContentSecurityPolicy()],
    ['X-Content-Type-Options', 'nosniff'],
    // The tile servers learn which site asks (the origin), never a page's path.
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', permissionsPolicy()],
  ];
}

/**
 * Content types (a regex on Content-Type) a header means something for; any other header goes
 * with every response. The policies apply to documents (a 404 opened as a page is a plain-text
 * document); of the scripts, only the service worker's own (sw.js) carries a policy, which
 * nginx-site.ts sends with it. Sent with every chunk, style sheet and data file, they would add
 * about 1.2 kB to each of the ~27 responses before the map is ready.
 */
export const HEADER_TYPES: Readonly<Record<string, string>> = {
  'Content-Security-Policy': '^text/(?:html|plain)',
  'Permissions-Policy': '^text/(?:html|plain)',
  // Style sheets too: requests made from a style sheet use its policy.
  'Referrer-Policy': '^text/(?:html|plain|css)',
};

/**
 * The staff desk's page, where a host serves it at all: no powerful feature, no referrer, kept out
 * of search engines and never stored by a cache (it shows the data as staff are changing it).
 */
export function deskHeaders(): HeaderList {
  return [
    ['Content-Security-Policy', headerContentSecurityPolicy()],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['Permissions-Policy', permissionsPolicy([])],
    ['X-Robots-Tag', 'noindex, nofollow'],
  ];
}

/** Cache-Control values, one per kind of file. */
export const CACHE = {
  /** Files whose name carries a hash of their content: a new release has new names. */
  hashed: 'public, max-age=31536000, immutable',
  /**
   * Everything else (index.html, sw.js, the manifest, data/optional-data.json, icons): the browser
   * may keep a copy but asks the server each time, so a release reaches residents on their next
   * visit and the offline pack sees its new worker at once.
   */
  revalidate: 'no-cache',
  /** The desk's page. */
  desk: 'no-store',
} as const;

/** Paths (from the site's folder) whose names are hashed by the build: Vite's assets, Workbox. */
export const HASHED_PATHS: readonly RegExp[] = [/^assets\/[^/]+$/, /^workbox-[0-9a-f]{8}\.js$/];

/** MIME types of every kind of file the build writes, by extension. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  js: 'text/javascript',
  mjs: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  geojson: 'application/geo+json',
  csv: 'text/csv',
  webmanifest: 'application/manifest+json',
  svg: 'image/svg+xml',
  png: 'image/png',
  txt: 'text/plain',
  map: 'application/json',
};

/** Types sent with `; charset=utf-8` (every text the build writes is UTF-8). */
export const UTF8_TYPES: readonly string[] = [
  'text/html',
  'text/javascript',
  'text/css',
  'text/csv',
  'text/plain',
  'application/json',
  'application/geo+json',
  'application/manifest+json',
  'image/svg+xml',
];
