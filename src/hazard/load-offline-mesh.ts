// Browser adapter for the offline hazard layer: reads the manifest of optional files, then the
// mesh metadata, the chome summaries and the image's pixels (for point queries).
import type { CsvSchema } from '../data/schema';
import { validateCsv } from '../data/validate-csv';
import type { Problem } from '../data/problems';
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

const SUMMARY_SCHEMA: CsvSchema = {
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

export async function loadOfflineMesh(base: string): Promise<OfflineMeshResult> {
  let files: string[] = [];
  try {
    const manifest = (await (await fetch(`${base}data/optional-data.json`)).json()) as {
      files?: unknown;
    };
    files = Array.isArray(manifest.files)
      ? manifest.files.filter((f): f is string => typeof f === 'string')
      : [];
  } catch {
    return { kind: 'absent' };
  }
  if (!files.includes(MESH_FILES.meta) || !files.includes(MESH_FILES.image))
    return { kind: 'absent' };
  const problems: Problem[] = [];
  let meta: MeshMeta;
  try {
    const parsed = parseMeshMeta(await (await fetch(`${base}data/${MESH_FILES.meta}`)).json());
    if (!parsed.ok) {
      return {
        kind: 'broken',
        problems: [
          { severity: 'error', code: 'missingField', file: MESH_FILES.meta, field: parsed.field },
        ],
      };
    }
    meta = parsed.meta;
  } catch (e) {
    return {
      kind: 'broken',
      problems: [
        {
          severity: 'error',
          code: 'notJson',
          file: MESH_FILES.meta,
          params: { detail: String(e) },
        },
      ],
    };
  }
  const imageUrl = `${base}data/${MESH_FILES.image}`;
  const pixels = await fetch(imageUrl)
    .then((r) => (r.ok ? r.blob() : null))
    .then((b) => (b ? decodePixels(b) : null))
    .catch(() => null);
  const predictions = new Map<string, number | null>();
  if (files.includes(MESH_FILES.summary)) {
    const text = await fetch(`${base}data/${MESH_FILES.summary}`).then((r) => r.text());
    const result = validateCsv(MESH_FILES.summary, text, SUMMARY_SCHEMA);
    problems.push(...result.problems);
    for (const { values } of result.rows ?? []) {
      const share =
        values.share_flooded === '' || values.share_flooded === undefined
          ? null
          : Number(values.share_flooded);
      predictions.set(values.chome_code ?? '', share);
    }
  }
  return { kind: 'loaded', mesh: { meta, imageUrl, predictions, pixels }, problems };
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
