// Browser adapter for the offline hazard layer: reads the manifest of optional files, then (only
// when it lists the mesh, read-offline-mesh.ts, its own chunk) the mesh metadata, the chome
// summaries and the image's pixels (for point queries). Every request is capped in size, and a
// failed one becomes a reported problem: start-up never waits on it forever.
import { readBytesCapped } from '../data/fetch-dataset';
import type { Problem } from '../data/problems';
import { formatBytes, MAX_FILE_BYTES } from '../data/validate-dataset';
import { MESH_FILES, type MeshMeta, type Predictions } from './offline-mesh';

export interface OfflineMesh {
  readonly meta: MeshMeta;
  readonly imageUrl: string;
  readonly predictions: Predictions;
  readonly pixels: ImageData | null;
}

export type OfflineMeshResult =
  | { readonly kind: 'absent' }
  | { readonly kind: 'loaded'; readonly mesh: OfflineMesh; readonly problems: Problem[] }
  | { readonly kind: 'broken'; readonly problems: Problem[] };

/** How the loader reaches the network and decodes the image; replaced in tests. */
export interface MeshLoaderDeps {
  readonly fetch: typeof fetch;
  /** Default: the browser's image decoder (read-offline-mesh.ts). */
  readonly decodePixels?: (blob: Blob) => Promise<ImageData | null>;
}

export type Fetched =
  | { readonly ok: true; readonly bytes: Uint8Array<ArrayBuffer> }
  | { readonly ok: false; readonly problem: Problem };

/** One optional file, read with the same size cap as the bundled data. Never throws. */
export async function fetchFile(
  file: string,
  url: string,
  fetchFn: typeof fetch,
): Promise<Fetched> {
  const failed = (detail: string): Fetched => ({
    ok: false,
    problem: { severity: 'error', code: 'fetchFailed', file, params: { detail } },
  });
  try {
    const response = await fetchFn(url);
    if (!response.ok) return failed(`HTTP ${response.status}`);
    const bytes = await readBytesCapped(response, MAX_FILE_BYTES);
    if (bytes === null) {
      const size = Number(response.headers.get('content-length')) || MAX_FILE_BYTES + 1;
      return {
        ok: false,
        problem: {
          severity: 'error',
          code: 'tooLarge',
          file,
          params: { size: formatBytes(size), limit: formatBytes(MAX_FILE_BYTES) },
        },
      };
    }
    return { ok: true, bytes };
  } catch (e) {
    return failed(e instanceof Error ? e.message : String(e));
  }
}

export const text = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

export function readJson(
  file: string,
  bytes: Uint8Array,
): { json: unknown } | { problem: Problem } {
  try {
    return { json: JSON.parse(text(bytes)) as unknown };
  } catch (e) {
    return { problem: { severity: 'error', code: 'notJson', file, params: { detail: String(e) } } };
  }
}

async function readManifest(base: string, fetchFn: typeof fetch): Promise<string[] | null> {
  const got = await fetchFile('optional-data.json', `${base}data/optional-data.json`, fetchFn);
  if (!got.ok) return null;
  const read = readJson('optional-data.json', got.bytes);
  if (!('json' in read) || !read.json || typeof read.json !== 'object') return null;
  const files = (read.json as { files?: unknown }).files;
  return Array.isArray(files) ? files.filter((f): f is string => typeof f === 'string') : [];
}

/**
 * The offline mesh under `base` (the app's folder URL): 'absent' when it was never imported,
 * 'broken' when its metadata or image cannot be used, else 'loaded' with any summary problems.
 */
export async function loadOfflineMesh(
  base: string,
  deps: MeshLoaderDeps = { fetch: (input, init) => fetch(input, init) },
): Promise<OfflineMeshResult> {
  const files = await readManifest(base, deps.fetch);
  if (!files || !files.includes(MESH_FILES.meta) || !files.includes(MESH_FILES.image)) {
    return { kind: 'absent' };
  }
  // Only a build with the mesh imported downloads the code that reads it.
  const { readOfflineMesh } = await import('./read-offline-mesh');
  return readOfflineMesh(base, files, deps);
}

/** RGBA of the image pixel at a point, or null outside the image. */
export function pixelAt(
  pixels: ImageData,
  col: number,
  row: number,
): [number, number, number, number] {
  const i = (row * pixels.width + col) * 4;
  const d = pixels.data;
  return [d[i] ?? 0, d[i + 1] ?? 0, d[i + 2] ?? 0, d[i + 3] ?? 0];
}
