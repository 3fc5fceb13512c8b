import { PROBE_TILE, PROBE_TIMEOUT_MS, tileUrl, type BasemapConfig } from '../config/basemaps';

/**
 * One tile request decides whether the online background is reachable, so that an offline
 * classroom gets a single failed request and a note instead of a storm of tile errors.
 */
export async function probeBasemap(
  config: BasemapConfig,
  fetchFn: typeof fetch = fetch,
): Promise<boolean> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), PROBE_TIMEOUT_MS);
  try {
    const response = await fetchFn(tileUrl(config.tiles, PROBE_TILE), {
      signal: controller.signal,
      mode: 'cors',
      cache: 'force-cache',
    });
    return response.ok;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
