// The nginx `server { }` block that publishes dist/ (issue 20), written from the header and cache
// rules in site-headers.ts so the config cannot drift from the app's Content-Security-Policy.
// Pure: `npm run deploy:nginx` writes deploy/nginx/flood-history-map.conf with the ward's defaults
// (a unit test checks that file is current), and scripts/deploy/serve-prod.ts runs the same block
// on 127.0.0.1 against a build.
import {
  CACHE,
  deskHeaders,
  HASHED_PATHS,
  HEADER_TYPES,
  MIME_TYPES,
  siteHeaders,
  UTF8_TYPES,
  type HeaderList,
} from './site-headers';

export interface NginxSiteOptions {
  /** `listen` argument: `80` on a ward server, `127.0.0.1:8080` for serve:prod. */
  readonly listen: string;
  /** The folder holding the built site (dist/ copied to the server). */
  readonly root: string;
  /**
   * Serve the staff desk (desk.html and its own chunks). Off on the public site: staff save on
   * their own computer (`npm run dev`), and the public desk could only download files.
   */
  readonly desk: boolean;
  /**
   * Precompressed files the server may send: `.br` needs Debian's libnginx-mod-http-brotli-static,
   * `.gz` only nginx itself. Empty sends every file as it is (for the bench only).
   */
  readonly encodings: readonly ('br' | 'gzip')[];
}

/** What a ward server gets: port 80 behind the ward's TLS front, desk off, both encodings. */
export const WARD_DEFAULTS: NginxSiteOptions = {
  listen: '80',
  root: '/var/www/flood-history-map',
  desk: false,
  encodings: ['br', 'gzip'],
};

/** The ward's config as checked in, from the repository's root. */
export const WARD_CONFIG_FILE = 'deploy/nginx/flood-history-map.conf';

/** Body of every 404: plain text, never the app (a mistyped address must not look like a map). */
const NOT_FOUND_TEXT =
  '404 このアドレスにはページがありません。 / Not found: there is no page at this address.\n';

/** The desk's address on a site without it: the residents' header links there (staff follow it). */
const DESK_OFF_TEXT =
  '404 データの更新ページ（区の職員向け）は、この公開サイトにはありません。職員のパソコンで開きます（docs/deploy.md）。' +
  ' / The staff data desk is not on the public site: staff open it on their own computer.\n';

const quote = (value: string): string =>
  `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"').replaceAll('\n', '\\n')}"`;

/** The variable holding a header's value for the response's type (see typedHeaderMaps). */
const headerVariable = (name: string): string => `$fhm_${name.toLowerCase().replaceAll('-', '_')}`;

/**
 * `add_header` lines, with `always` so that errors carry them too. With `typed`, a header listed in
 * HEADER_TYPES is sent through its variable, which is empty (nothing sent) for other types.
 */
function headerLines(
  headers: HeaderList,
  cacheControl: string,
  indent: string,
  typed = false,
): string[] {
  return [...headers, ['Cache-Control', cacheControl] as const].map(([name, value]) => {
    const sent = typed && HEADER_TYPES[name] ? `"${headerVariable(name)}"` : quote(value);
    return `${indent}add_header ${name} ${sent} always;`;
  });
}

/** One map per header in HEADER_TYPES: its value for the types it is for, else nothing. */
function typedHeaderMaps(headers: HeaderList): string[] {
  return headers.flatMap(([name, value]) => {
    const types = HEADER_TYPES[name];
    if (!types) return [];
    return [
      `map $sent_http_content_type ${headerVariable(name)} {`,
      '    default "";',
      `    ${quote(`~${types}`)} ${quote(value)};`,
      '}',
    ];
  });
}

/** A location; one with its own `add_header` lines forgets the server's, so it repeats them all. */
function location(
  match: string,
  body: readonly string[],
  headers?: HeaderList,
  cache = '',
  typed = false,
): string[] {
  const inner = '        ';
  return [
    `    location ${match} {`,
    ...(headers ? headerLines(headers, cache, inner, typed) : []),
    ...body.map((line) => `${inner}${line}`),
    '    }',
  ];
}

function typesBlock(): string[] {
  const byType = new Map<string, string[]>();
  for (const [ext, type] of Object.entries(MIME_TYPES)) {
    byType.set(type, [...(byType.get(type) ?? []), ext]);
  }
  return [
    '    # Every kind of file the build writes (this list replaces mime.types for this site).',
    '    types {',
    ...[...byType].map(([type, exts]) => `        ${type} ${exts.join(' ')};`),
    '    }',
    '    default_type application/octet-stream;',
  ];
}

/** A regex for the paths whose names carry a hash (HASHED_PATHS, from the site's root). */
const hashedPattern = (): string =>
  HASHED_PATHS.map((re) => re.source.replace(/^\^/, '^/')).join('|');

export function nginxSite(options: NginxSiteOptions): string {
  const site = siteHeaders();
  const notFound = 'try_files $uri =404;';
  const brotli = options.encodings.includes('br');
  const lines = [
    "# flood-history-map: the residents' site, as built by `npm run build` into dist/.",
    '# Written by scripts/deploy/nginx-site.ts (`npm run deploy:nginx`): change the rules there,',
    '# not here. How to install it on a ward server: docs/deploy.md.',
    '',
    '# Cache-Control by path. A name carrying a hash of its content is kept a year (a new release',
    '# has new names); anything else (index.html, sw.js, the manifest, data/optional-data.json,',
    '# the icons) is asked for each time, so a release reaches residents on their next visit.',
    'map $uri $fhm_cache_control {',
    `    default ${quote(CACHE.revalidate)};`,
    `    ${quote(`~${hashedPattern()}`)} ${quote(CACHE.hashed)};`,
    '}',
    '',
    '# The policies go with the responses they mean something for (HEADER_TYPES in site-headers.ts).',
    ...typedHeaderMaps(site),
    '',
    'server {',
    `    listen ${options.listen};`,
    '    server_name _;',
    `    root ${options.root};`,
    '    index index.html;',
    '    autoindex off;',
    '    server_tokens off;',
    '',
    ...typesBlock(),
    '    charset utf-8;',
    // nginx always counts text/html in; naming it again is a warning.
    `    charset_types ${UTF8_TYPES.filter((t) => t !== 'text/html').join(' ')};`,
    '',
    '    # The build writes .br and .gz beside each text file (scripts/deploy/precompress.ts);',
    '    # nothing is compressed on the fly.',
    '    gzip off;',
    `    gzip_static ${options.encodings.includes('gzip') ? 'on' : 'off'};`,
    ...(brotli
      ? [
          '    # Needs libnginx-mod-http-brotli-static; without it, delete this line.',
          '    brotli_static on;',
        ]
      : []),
    '    gzip_vary on;',
    '',
    '    # Every response, errors included (a location with add_header lines of its own repeats them).',
    ...headerLines(site, '$fhm_cache_control', '    ', true),
    '',
    '    # A missing file is a plain 404, never the app (the app keeps its state in the #hash), and',
    '    # is never kept: a file missing for a moment during an upload must not stay missing.',
    '    error_page 404 @not-found;',
    ...location(
      '@not-found',
      [
        // Plain text whatever the missing name ends with.
        'types { }',
        'default_type text/plain;',
        `return 404 ${quote(NOT_FOUND_TEXT)};`,
      ],
      site,
      CACHE.revalidate,
      true,
    ),
    '',
    '    # A folder is its index.html or nothing (no listings).',
    ...location('~ /$', ['try_files ${uri}index.html =404;']),
    '',
    ...(options.desk
      ? [
          '    # The staff desk, with headers of its own (deskHeaders in site-headers.ts).',
          ...location('= /desk.html', [notFound], deskHeaders(), CACHE.desk),
        ]
      : [
          '    # The staff desk is not on this site (desk: false): its page and its own chunks.',
          ...location('= /desk.html', [
            'types { }',
            'default_type text/plain;',
            `return 404 ${quote(DESK_OFF_TEXT)};`,
          ]),
          ...location('~ ^/assets/(?:desk|xlsx)-', ['return 404;']),
        ]),
    '',
    '    # The service worker: its script carries the policy that applies inside the worker.',
    ...location(
      '= /sw.js',
      [notFound],
      site.filter(([name]) => ['Content-Security-Policy', 'X-Content-Type-Options'].includes(name)),
      CACHE.revalidate,
    ),
    '',
    ...location('/', [notFound]),
    '}',
  ];
  return `${lines.join('\n')}\n`;
}
