// The official hazard layers' tiles (ハザードマップポータルサイト): ids, URLs, zoom range and credit,
// what the map, the URL and the state need before any layer is described. Their names, scenarios
// and legends are in hazard-layers.ts, loaded with the controls and the answers (a unit test keeps
// the two lists the same). Source: ../shared/data-sources/hazard-tiles/tile_sources.json.

const base = 'https://disaportaldata.gsi.go.jp/raster';

/** Each layer's id and its folder on the portal's tile server. */
const PATHS = {
  flood_l2_depth: '01_flood_l2_shinsuishin_data',
  flood_l1_depth: '01_flood_l1_shinsuishin_newlegend_data',
  flood_l2_duration: '01_flood_l2_keizoku_data',
  flood_l2_collapse_flow: '01_flood_l2_kaokutoukai_hanran_data',
  flood_l2_collapse_erosion: '01_flood_l2_kaokutoukai_kagan_data',
  naisui: '02_naisui_data',
  hightide_l2: '03_hightide_l2_shinsuishin_data',
  tsunami: '04_tsunami_newlegend_data',
  dosha_steep_slope: '05_kyukeishakeikaikuiki',
  dosha_debris_flow: '05_dosekiryukeikaikuiki',
  dosha_landslide: '05_jisuberikeikaikuiki',
} as const;

export type HazardId = keyof typeof PATHS;

/** The offline layer imported from Tokyo's mesh (not a tile layer; see src/hazard/offline-mesh.ts). */
export const OFFLINE_MESH_ID = 'tokyo_mesh';

/** Opacity (percent) a hazard layer gets when switched on. */
export const DEFAULT_HAZARD_OPACITY = 70;
/** A hazard layer the user can switch on: an online tile layer or the offline mesh. */
export type HazardKey = HazardId | typeof OFFLINE_MESH_ID;

export const HAZARD_ATTRIBUTION =
  '出典：<a href="https://disaportal.gsi.go.jp/hazardmapportal/hazardmap/copyright/opendata.html" target="_blank" rel="noopener">ハザードマップポータルサイト</a>';

export interface HazardTiles {
  readonly id: HazardId;
  readonly tiles: string;
  readonly minzoom: number;
  readonly maxzoom: number;
  readonly attribution: string;
}

export const hazardTiles: readonly HazardTiles[] = (Object.keys(PATHS) as HazardId[]).map((id) => ({
  id,
  tiles: `${base}/${PATHS[id]}/{z}/{x}/{y}.png`,
  minzoom: 2,
  maxzoom: 17,
  attribution: HAZARD_ATTRIBUTION,
}));

export function isHazardId(id: string): id is HazardId {
  return Object.hasOwn(PATHS, id);
}

/** The tiles of a layer by id. */
export function hazardTilesOf(id: HazardId): HazardTiles {
  const found = hazardTiles.find((h) => h.id === id);
  if (!found) throw new Error(`no hazard tiles for ${id}`);
  return found;
}
