// The offline hazard layer made by `npm run data:import-hazard` from Tokyo's 浸水予想区域図 mesh:
// a PNG on a regular lon/lat grid plus metadata, and per-chome summaries. Pure: reading the
// metadata, finding the pixel of a point, and comparing records with the predicted area.
import type { Bilingual } from '../data/schema';

/** Files the importer writes into data/, bundled when present. */
export const MESH_FILES = {
  image: 'tokyo_jonan_depth_mesh.png',
  meta: 'tokyo_jonan_depth_mesh.json',
  summary: 'tokyo_jonan_chome_summary.csv',
} as const;

export interface MeshMeta {
  readonly title: Bilingual;
  readonly publisher: string;
  readonly licence: string;
  readonly attribution: string;
  readonly scenario: Bilingual;
  readonly datasetUrl: string;
  readonly generatedAt: string;
  /** [west, south, east, north] of the image's outer edges. */
  readonly imageBounds: readonly [number, number, number, number];
  readonly width: number;
  readonly height: number;
}

function bilingual(v: unknown): Bilingual | null {
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.ja === 'string' && typeof o.en === 'string') return { ja: o.ja, en: o.en };
  }
  return null;
}

/** Reads the metadata JSON; null with the missing field when it is not what the importer writes. */
export function parseMeshMeta(
  json: unknown,
): { ok: true; meta: MeshMeta } | { ok: false; field: string } {
  if (!json || typeof json !== 'object') return { ok: false, field: '(root)' };
  const o = json as Record<string, unknown>;
  const title = bilingual(o.title);
  const scenario = bilingual(o.scenario);
  const b = o.imageBounds;
  if (!title) return { ok: false, field: 'title' };
  if (!scenario) return { ok: false, field: 'scenario' };
  if (
    !Array.isArray(b) ||
    b.length !== 4 ||
    !b.every((n) => typeof n === 'number' && Number.isFinite(n))
  ) {
    return { ok: false, field: 'imageBounds' };
  }
  const [w, s, e, n] = b as number[];
  if (!(w! < e! && s! < n!)) return { ok: false, field: 'imageBounds' };
  for (const key of ['width', 'height'] as const) {
    if (typeof o[key] !== 'number' || !Number.isInteger(o[key]) || (o[key] as number) <= 0)
      return { ok: false, field: key };
  }
  const str = (k: string): string => (typeof o[k] === 'string' ? (o[k] as string) : '');
  return {
    ok: true,
    meta: {
      title,
      scenario,
      publisher: str('publisher'),
      licence: str('licence'),
      attribution: str('attribution'),
      datasetUrl: str('datasetUrl'),
      generatedAt: str('generatedAt'),
      imageBounds: [w!, s!, e!, n!],
      width: o.width as number,
      height: o.height as number,
    },
  };
}

/** Column and row of the image pixel under a point, or null outside the image. */
export function meshPixel(
  meta: MeshMeta,
  lon: number,
  lat: number,
): { col: number; row: number } | null {
  const [w, s, e, n] = meta.imageBounds;
  if (lon < w || lon >= e || lat <= s || lat > n) return null;
  return {
    col: Math.min(meta.width - 1, Math.floor(((lon - w) / (e - w)) * meta.width)),
    row: Math.min(meta.height - 1, Math.floor(((n - lat) / (n - s)) * meta.height)),
  };
}

/** Share of a chome's mesh points predicted to flood, from the summary CSV (null: no points). */
export type Predictions = ReadonlyMap<string, number | null>;

export { compareWithPrediction, type RecordsVsPrediction } from '../data/records-vs-prediction';
