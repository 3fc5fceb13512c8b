import { PROBE_TILE, PROBE_TIMEOUT_MS, tileUrl } from '../config/basemaps';

/**
 * Whether a tile service can be reached: one request for the tile over central Shinagawa. Any HTTP
 * answer counts (a hazard layer answers 404 where it has no data); no answer within the timeout
 * does not. An offline classroom then sees one failed request and a note, not a storm of errors.
 */
export async function probeTiles(
  template: string,
  fetchFn: typeof fetch = fetch,
): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
  try {
    await fetchFn(tileUrl(template, PROBE_TILE), {
      signal: controller.signal,
      mode: 'cors',
      cache: 'force-cache',
    });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
