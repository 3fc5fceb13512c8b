// What replacing one bundled file changes, by id: features (or rows) added, removed and changed.
// GeoJSON features are matched by the same `fid` the map and the URL use (data/place-ids.ts);
// CSV rows by the file's unique key from the catalogue, or by their whole content when it has none.
import type { DatasetId } from '../../data/catalog';
import { datasetById } from '../../data/catalog';
import { withIds } from '../../data/place-ids';
import type { CsvRow } from '../../data/validate-csv';
import { validateDataset } from '../../data/validate-dataset';
import type { FeatureCollection } from '../../data/validate-geojson';

export interface FileDiff {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  readonly unchanged: number;
}

function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** Every item as id → content; items sharing an id (a station's points) are compared together. */
function keyed(id: DatasetId, text: string): Map<string, string[]> | null {
  const meta = datasetById(id);
  const result = validateDataset(meta, text);
  const out = new Map<string, string[]>();
  const put = (key: string, content: string): void => {
    const list = out.get(key);
    if (list) list.push(content);
    else out.set(key, [content]);
  };
  if (result.kind === 'geojson') {
    if (!result.data) return null;
    const fc: FeatureCollection = withIds(id, result.data);
    for (const f of fc.features) {
      const { fid, label: _label, primary: _primary, ...props } = f.properties;
      put(String(fid), stable({ props, geometry: f.geometry }));
    }
    return out;
  }
  if (!result.rows) return null;
  const keyCols = meta.schema.uniqueKey ?? [];
  result.rows.forEach((row: CsvRow) => {
    const content = stable(row.values);
    put(
      keyCols.length > 0 ? keyCols.map((k) => String(row.values[k] ?? '')).join(' / ') : content,
      content,
    );
  });
  return out;
}

/** Null when either text does not load at all (its problems say why). */
export function diffDataFile(id: DatasetId, before: string, after: string): FileDiff | null {
  const a = keyed(id, before);
  const b = keyed(id, after);
  if (!a || !b) return null;
  const added: string[] = [];
  const removed: string[] = [];
  const changed: string[] = [];
  let unchanged = 0;
  for (const [key, items] of b) {
    const was = a.get(key);
    if (!was) added.push(key);
    else if (was.join('\n') !== items.join('\n')) changed.push(key);
    else unchanged++;
  }
  for (const key of a.keys()) if (!b.has(key)) removed.push(key);
  return { added, removed, changed, unchanged };
}
