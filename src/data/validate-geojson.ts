import { checkField, expectedParams } from './check-field';
import type { Problem } from './problems';
import type { BBox, GeoJsonSchema, GeometryKind } from './schema';

export interface GeoJsonFeature {
  readonly type: 'Feature';
  readonly geometry: { readonly type: GeometryKind; readonly coordinates: unknown };
  readonly properties: Record<string, unknown>;
}

export interface FeatureCollection {
  readonly type: 'FeatureCollection';
  readonly features: GeoJsonFeature[];
}

export interface GeoJsonResult {
  /** Features that passed every check; the others are left out and reported. */
  readonly data: FeatureCollection | null;
  readonly problems: Problem[];
  /** Number of features in the file, valid or not. */
  readonly total: number;
}

/** Report at most this many problems per file; a file with thousands of bad rows helps nobody. */
export const MAX_PROBLEMS_PER_FILE = 200;

const depthOf: Record<GeometryKind, number> = {
  Point: 0,
  MultiPoint: 1,
  LineString: 1,
  MultiLineString: 2,
  Polygon: 2,
  MultiPolygon: 3,
};

type Position = [number, number];

function isPosition(value: unknown): value is Position {
  return (
    Array.isArray(value) &&
    (value.length === 2 || value.length === 3) &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n))
  );
}

function inBox([lon, lat]: Position, box: BBox): boolean {
  return lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
}

/** Walk nested coordinate arrays of the given depth, calling back for every position. */
function collectPositions(coords: unknown, depth: number, out: Position[]): boolean {
  if (depth === 0) {
    if (!isPosition(coords)) return false;
    out.push(coords);
    return true;
  }
  if (!Array.isArray(coords) || coords.length === 0) return false;
  return coords.every((c) => collectPositions(c, depth - 1, out));
}

function rings(type: GeometryKind, coords: unknown): Position[][] {
  if (type === 'Polygon') return coords as Position[][];
  if (type === 'MultiPolygon') return (coords as Position[][][]).flat();
  return [];
}

/** Checks one geometry; returns the problem codes found (empty = fine). */
export function checkGeometry(
  geometry: unknown,
  allowed: readonly GeometryKind[],
  box: BBox,
): Pick<Problem, 'code' | 'value' | 'params'>[] {
  if (geometry === null || typeof geometry !== 'object') return [{ code: 'noGeometry' }];
  const g = geometry as { type?: unknown; coordinates?: unknown };
  const type = g.type as GeometryKind;
  if (typeof g.type !== 'string' || !(g.type in depthOf) || !allowed.includes(type)) {
    return [{ code: 'geometryType', value: g.type, params: { expected: allowed.join(', ') } }];
  }
  const positions: Position[] = [];
  if (!collectPositions(g.coordinates, depthOf[type], positions)) {
    return [{ code: 'badCoordinates' }];
  }
  for (const ring of rings(type, g.coordinates)) {
    if (ring.length < 4) return [{ code: 'ringTooShort' }];
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) {
      return [{ code: 'ringNotClosed', value: [first, last] }];
    }
  }
  for (const p of positions) {
    const [lon, lat] = p;
    if (Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      const swapped: Position = [lat, lon];
      return [{ code: inBox(swapped, box) ? 'coordsSwapped' : 'lonLatRange', value: p }];
    }
    if (!inBox(p, box)) {
      if (inBox([lat, lon], box)) return [{ code: 'coordsSwapped', value: p }];
      return [
        {
          code: 'outOfArea',
          value: p,
          params: { minLon: box[0], minLat: box[1], maxLon: box[2], maxLat: box[3] },
        },
      ];
    }
  }
  return [];
}

/** Where a JSON syntax error is, for engines whose message gives no position. */
function errorOffset(text: string, message: string): number | null {
  const pos = /position (\d+)/.exec(message);
  if (pos?.[1] !== undefined) return Number(pos[1]);
  if (/end of (JSON )?input/i.test(message)) return text.length;
  const trailingComma = /,\s*[\]}]/.exec(text);
  if (trailingComma) return trailingComma.index;
  return null;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; detail: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const offset = errorOffset(text, message);
    if (offset === null) return { ok: false, detail: message };
    const { line, column } = lineColumn(text, offset);
    return { ok: false, detail: `line ${line}, column ${column}: ${message}` };
  }
}

/** Parse and validate a GeoJSON file against its schema. Never throws on bad input. */
export function validateGeoJson(file: string, text: string, schema: GeoJsonSchema): GeoJsonResult {
  const problems: Problem[] = [];
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return { data: null, total: 0, problems: [{ severity: 'error', code: 'notJson', file, params: { detail: parsed.detail } }] };
  }
  const root = parsed.value as { type?: unknown; features?: unknown } | null;
  if (root === null || typeof root !== 'object' || root.type !== 'FeatureCollection') {
    const value = root !== null && typeof root === 'object' ? root.type : typeof root;
    return { data: null, total: 0, problems: [{ severity: 'error', code: 'notFeatureCollection', file, value }] };
  }
  if (!Array.isArray(root.features)) {
    return { data: null, total: 0, problems: [{ severity: 'error', code: 'noFeatures', file }] };
  }
  const features: GeoJsonFeature[] = [];
  const seen = new Map<string, number>();
  const report = (p: Problem): void => {
    if (problems.length < MAX_PROBLEMS_PER_FILE) problems.push(p);
  };
  root.features.forEach((raw: unknown, featureIndex: number) => {
    const f = raw as { type?: unknown; geometry?: unknown; properties?: unknown } | null;
    if (f === null || typeof f !== 'object' || f.type !== 'Feature') {
      report({ severity: 'error', code: 'notFeature', file, featureIndex });
      return;
    }
    let ok = true;
    for (const issue of checkGeometry(f.geometry, schema.geometry, schema.bbox)) {
      report({ severity: 'error', file, featureIndex, field: 'geometry', ...issue });
      ok = false;
    }
    const props =
      f.properties !== null && typeof f.properties === 'object'
        ? (f.properties as Record<string, unknown>)
        : {};
    for (const spec of schema.properties) {
      const issue = checkField(spec, props[spec.name], 'json', spec.name in props);
      if (issue) {
        report({
          severity: 'error',
          code: issue.code,
          file,
          featureIndex,
          field: spec.name,
          value: props[spec.name],
          params: expectedParams(spec),
        });
        ok = false;
      }
    }
    if (ok && schema.uniqueKey) {
      const key = schema.uniqueKey.map((k) => String(props[k])).join(' / ');
      const other = seen.get(key);
      if (other !== undefined) {
        report({
          severity: 'error',
          code: 'duplicateId',
          file,
          featureIndex,
          field: schema.uniqueKey.join('+'),
          value: key,
          params: { other: `#${other + 1}` },
        });
        ok = false;
      } else {
        seen.set(key, featureIndex);
      }
    }
    if (ok) features.push(f as GeoJsonFeature);
  });
  return { data: { type: 'FeatureCollection', features }, problems, total: root.features.length };
}
