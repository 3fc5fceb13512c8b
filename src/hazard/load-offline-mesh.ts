// Browser adapter for the offline hazard layer: reads the manifest of optional files, then the
// mesh metadata, the chome summaries and the image's pixels (for point queries). Every request is
// capped in size, and a failed one becomes a reported problem: start-up never waits on it forever.
import { readBytesCapped } from '../data/fetch-dataset';
import type { Problem } from '../data/problems';
import type { CsvSchema, DocumentedField } from '../data/schema';
import { validateCsv } from '../data/validate-csv';
import { formatBytes, MAX_FILE_BYTES } from '../data/validate-dataset';
import { MESH_FILES, parseMeshMeta, type MeshMeta, type Predictions } from './offline-mesh';

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
  readonly decodePixels: (blob: Blob) => Promise<ImageData | null>;
}

const SUMMARY_SCHEMA: CsvSchema<DocumentedField> = {
  kind: 'csv',
  columns: [
    {
      name: 'chome_code',
      type: 'string',
      required: true,
      doc: { ja: '町丁目コード', en: 'Chome code' },
    },
    {
      name: 'share_flooded',
      type: 'number',
      required: false,
      doc: { ja: '浸水する点の割合', en: 'Share of points flooded' },
    },
  ],
  uniqueKey: ['chome_code'],
};

async function decodePixels(blob: Blob): Promise<ImageData | null> {
  try {
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    ctx.drawImage(bitmap, 0, 0);
    return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
  } catch {
    return null;
  }
}

type Fetched =
  | { readonly ok: true; readonly bytes: Uint8Array<ArrayBuffer> }
  | { readonly ok: false; readonly problem: Problem };

/** One optional file, read with the same size cap as the bundled data. Never throws. */
async function fetchFile(file: string, url: string, fetchFn: typeof fetch): Promise<Fetched> {
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

const text = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);

function readJson(file: string, bytes: Uint8Array): { json: unknown } | { problem: Problem } {
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

function readSummary(bytes: Uint8Array): { predictions: Predictions; problems: Problem[] } {
  const result = validateCsv(MESH_FILES.summary, text(bytes), SUMMARY_SCHEMA);
  const predictions = new Map<string, number | null>();
  for (const { values } of result.rows ?? []) {
    const share =
      values.share_flooded === '' || values.share_flooded === undefined
        ? null
        : Number(values.share_flooded);
    predictions.set(values.chome_code ?? '', share);
  }
  return { predictions, problems: result.problems };
}

/**
 * The offline mesh under `base` (the app's folder URL): 'absent' when it was never imported,
 * 'broken' when its metadata or image cannot be used, else 'loaded' with any summary problems.
 */
export async function loadOfflineMesh(
  base: string,
  deps: MeshLoaderDeps = { fetch: (input, init) => fetch(input, init), decodePixels },
): Promise<OfflineMeshResult> {
  const files = await readManifest(base, deps.fetch);
  if (!files || !files.includes(MESH_FILES.meta) || !files.includes(MESH_FILES.image)) {
    return { kind: 'absent' };
  }
  const url = (file: string): string => `${base}data/${file}`;
  const [metaFile, imageFile, summaryFile] = await Promise.all([
    fetchFile(MESH_FILES.meta, url(MESH_FILES.meta), deps.fetch),
    fetchFile(MESH_FILES.image, url(MESH_FILES.image), deps.fetch),
    files.includes(MESH_FILES.summary)
      ? fetchFile(MESH_FILES.summary, url(MESH_FILES.summary), deps.fetch)
      : null,
  ]);
  const broken: Problem[] = [];
  let meta: MeshMeta | null = null;
  if (!metaFile.ok) broken.push(metaFile.problem);
  else {
    const read = readJson(MESH_FILES.meta, metaFile.bytes);
    const parsed = 'json' in read ? parseMeshMeta(read.json) : null;
    if ('problem' in read) broken.push(read.problem);
    else if (parsed && !parsed.ok) {
      broken.push({
        severity: 'error',
        code: 'missingField',
        file: MESH_FILES.meta,
        field: parsed.field,
      });
    } else if (parsed?.ok) meta = parsed.meta;
  }
  if (!imageFile.ok) broken.push(imageFile.problem);
  if (!meta || !imageFile.ok) return { kind: 'broken', problems: broken };

  const pixels = await deps.decodePixels(new Blob([imageFile.bytes], { type: 'image/png' }));
  const problems: Problem[] = [];
  let predictions: Predictions = new Map();
  if (summaryFile && !summaryFile.ok) problems.push(summaryFile.problem);
  else if (summaryFile) {
    const summary = readSummary(summaryFile.bytes);
    predictions = summary.predictions;
    problems.push(...summary.problems);
  }
  return {
    kind: 'loaded',
    mesh: { meta, imageUrl: url(MESH_FILES.image), predictions, pixels },
    problems,
  };
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
