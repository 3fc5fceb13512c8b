// Declarative descriptions of what each bundled file must contain. The validators read these; what
// each column means is kept apart (src/data/catalog-docs.ts for the bundled files) so the residents'
// first load carries the rules and not the documentation.

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
  /** Optional extra format rule for strings; `expected` is named in problem messages. */
  readonly pattern?: { readonly re: RegExp; readonly expected: Bilingual };
}

/** A field documented beside its rule (the tour files, whose editor shows the doc in problems). */
export interface DocumentedField extends FieldSpec {
  readonly doc: Bilingual;
}

/** lon/lat box: [west, south, east, north]. */
export type BBox = readonly [number, number, number, number];

export type GeometryKind =
  'Point' | 'MultiPoint' | 'LineString' | 'MultiLineString' | 'Polygon' | 'MultiPolygon';

export interface GeoJsonSchema {
  readonly kind: 'geojson';
  readonly geometry: readonly GeometryKind[];
  readonly properties: readonly FieldSpec[];
  /** Properties whose combined value must be unique across features. */
  readonly uniqueKey?: readonly string[];
  readonly bbox: BBox;
}

export interface CsvSchema<F extends FieldSpec = FieldSpec> {
  readonly kind: 'csv';
  readonly columns: readonly F[];
  readonly uniqueKey?: readonly string[];
  /** Columns holding latitude/longitude, checked against bbox like GeoJSON positions. */
  readonly lonLat?: { readonly lon: string; readonly lat: string; readonly bbox: BBox };
}

export type DataSchema = GeoJsonSchema | CsvSchema;

/** Ward extent (139.6954–139.7736 / 35.5849–35.6419) plus a few kilometres of margin. */
export const AREA_BBOX: BBox = [139.64, 35.55, 139.83, 35.68];
