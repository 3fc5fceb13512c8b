import type { DatasetMeta } from './catalog';
import type { Problem } from './problems';
import { validateCsv, type CsvRow } from './validate-csv';
import { validateGeoJson, type FeatureCollection } from './validate-geojson';

/** Bundled files are small; anything bigger than this is a mistake (or a wrong file). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type DatasetResult =
  | { readonly kind: 'geojson'; readonly data: FeatureCollection | null; readonly problems: Problem[]; readonly total: number }
  | { readonly kind: 'csv'; readonly rows: CsvRow[] | null; readonly problems: Problem[]; readonly total: number };

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${bytes} B`;
}

export function tooLarge(meta: DatasetMeta, bytes: number): Problem {
  return {
    severity: 'error',
    code: 'tooLarge',
    file: meta.file,
    params: { size: formatBytes(bytes), limit: formatBytes(MAX_FILE_BYTES) },
  };
}

/** The one validation entry point, shared by `npm run data:check` and the app's loader. */
export function validateDataset(meta: DatasetMeta, text: string): DatasetResult {
  // A UTF-8 character is at most 3 bytes here, so short texts need no encoding to be measured.
  const bytes = text.length * 3 <= MAX_FILE_BYTES ? 0 : new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_FILE_BYTES) {
    const problems = [tooLarge(meta, bytes)];
    return meta.schema.kind === 'csv'
      ? { kind: 'csv', rows: null, problems, total: 0 }
      : { kind: 'geojson', data: null, problems, total: 0 };
  }
  if (meta.schema.kind === 'csv') {
    const r = validateCsv(meta.file, text, meta.schema);
    return { kind: 'csv', ...r };
  }
  const r = validateGeoJson(meta.file, text, meta.schema);
  return { kind: 'geojson', ...r };
}
