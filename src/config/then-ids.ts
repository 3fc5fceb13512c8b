// The then-and-now layers' ids and defaults: what the URL, the lesson files and the state need
// before any old layer is shown. Their URLs, words and credits are in old-maps.ts, loaded with the
// view (a unit test keeps the two lists the same).
export const THEN_IDS = [
  'ort_riku10',
  'ort_USA10',
  'ort_old10',
  'gazo1',
  'swale',
  'lcmfc2',
] as const;

export type ThenId = (typeof THEN_IDS)[number];

export function isThenId(id: unknown): id is ThenId {
  return typeof id === 'string' && (THEN_IDS as readonly string[]).includes(id);
}

/** Where the divider starts: the middle of the map. */
export const DEFAULT_SWIPE = 50;

/** The old layer's opacity when it is first laid over the whole map. */
export const DEFAULT_THEN_OPACITY = 60;
