// Declarative descriptions of what each bundled file must contain. The validators read these,
// and data/README.md documents the columns from the same objects.

export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/** `url`: one or more absolute http:// or https:// addresses (several separated by " ; "). */
export type FieldType = 'string' | 'number' | 'integer' | 'flag' | 'boolean' | 'url';

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  /** Required fields must be present and non-empty. */
  readonly required: boolean;
  /** Optional extra format rule for strings. */
  readonly pattern?: { readonly re: RegExp; readonly expected: Bilingual };
  readonly doc: Bilingual;
}

/** lon/lat box: [west, south, east, north]. */
export type BBox = readonly [number, number, number, number];

export type GeometryKind =
  | 'Point'
  | 'MultiPoint'
  | 'LineString'
  | 'MultiLineString'
  | 'Polygon'
  | 'MultiPolygon';

export interface GeoJsonSchema {
  readonly kind: 'geojson';
  readonly geometry: readonly GeometryKind[];
  readonly properties: readonly FieldSpec[];
  /** Properties whose combined value must be unique across features. */
  readonly uniqueKey?: readonly string[];
  readonly bbox: BBox;
}

export interface CsvSchema {
  readonly kind: 'csv';
  readonly columns: readonly FieldSpec[];
  readonly uniqueKey?: readonly string[];
  /** Columns holding latitude/longitude, checked against bbox like GeoJSON positions. */
  readonly lonLat?: { readonly lon: string; readonly lat: string; readonly bbox: BBox };
}

export type DataSchema = GeoJsonSchema | CsvSchema;

/** Ward extent (139.6954–139.7736 / 35.5849–35.6419) plus a few kilometres of margin. */
export const AREA_BBOX: BBox = [139.64, 35.55, 139.83, 35.68];
