// Which files of the built site go into the offline classroom pack (the service worker's
// precache). Pure, so the rule is unit-tested against the real data/ folder and applied to the
// real build by vite.config.ts. Everything the residents' page loads is kept, including the
// lazily loaded chunks (timeline, tours, worksheets, QR code), because a class must be able to
// open a lesson and print a worksheet with the network off. The ward staff's data desk is left
// out: it is used online on a computer, and its SheetJS chunk alone is ~490 kB.

/** File names (relative to the site's folder) the pack never holds. */
const LEFT_OUT: readonly RegExp[] = [
  // The data desk's page and its own bundle (desk-*.js/css, SheetJS).
  /^desk\.html$/,
  /^assets\/desk-[^/]+$/,
  /^assets\/xlsx-[^/]+$/,
  // The service worker and Workbox's runtime, which the browser keeps with the worker itself;
  // source maps are for developers.
  /^sw\.js$/,
  /^workbox-[^/]+\.js$/,
  /\.map$/,
];

/** Kinds of file the residents' page fetches: code, styles, the page, data, icons, manifest. */
const KEPT_EXTENSIONS = /\.(?:html|js|css|geojson|csv|json|png|svg|webmanifest)$/;

/** True when `url` (a path relative to the site's folder, as in the precache manifest) is packed. */
export function inOfflinePack(url: string): boolean {
  const name = url.replace(/^\.?\//, '');
  return KEPT_EXTENSIONS.test(name) && !LEFT_OUT.some((re) => re.test(name));
}

/**
 * Largest file the pack accepts. The offline hazard mesh (an optional PNG staff import into
 * data/) is the biggest file a build can hold; it must be packed, so the limit sits well above
 * Workbox's 2 MiB default.
 */
export const MAX_PACKED_FILE_BYTES = 12 * 1024 * 1024;
