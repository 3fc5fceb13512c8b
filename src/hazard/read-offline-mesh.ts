// The offline hazard layer's files, once the manifest says they are there (load-offline-mesh.ts):
// the mesh metadata, the image's pixels (for point queries) and the chome summaries. Its own chunk:
// a build without the imported mesh never downloads it.
import type { Problem } from '../data/problems';
import type { CsvSchema, DocumentedField } from '../data/schema';
import { validateCsv } from '../data/validate-csv';
import {
  fetchFile,
  readJson,
  text,
  type MeshLoaderDeps,
  type OfflineMeshResult,
} from './load-offline-mesh';
import { MESH_FILES, parseMeshMeta, type MeshMeta, type Predictions } from './offline-mesh';

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
 * The mesh under `base` (the app's folder URL) whose files the manifest lists: 'broken' when its
 * metadata or image cannot be used, else 'loaded' with any summary problems.
 */
export async function readOfflineMesh(
  base: string,
  files: readonly string[],
  deps: MeshLoaderDeps,
): Promise<OfflineMeshResult> {
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

  const pixels = await (deps.decodePixels ?? decodePixels)(
    new Blob([imageFile.bytes], { type: 'image/png' }),
  );
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
