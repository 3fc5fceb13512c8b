// What the app shows, as domain lists: the kinds of place a user can pick, the data each comes
// from, and the layers a user can switch. The map style, the URL, the state and the UI all read
// these; none of them owns them.

/** Layers the user can switch on and off. */
export type ToggleLayerId =
  'records' | 'chome' | 'stations' | 'evacSites' | 'shelters' | 'wideArea' | 'assembly';
export const TOGGLE_LAYERS: readonly ToggleLayerId[] = [
  'records',
  'chome',
  'stations',
  'evacSites',
  'shelters',
  'wideArea',
  'assembly',
];

/** GeoJSON data drawn on the map, filled by the app once each file is loaded and validated. */
export type DataSourceId =
  | 'ward'
  | 'neighbours'
  | 'chome'
  | 'stations'
  | 'evacSites'
  | 'shelters'
  | 'wardShelters'
  | 'assembly';

/** Kinds of place a user can pick on the map, find by search, or link to (`sel=kind:id`). */
export type PlaceKind = 'chome' | 'station' | 'evacSite' | 'shelter' | 'wideArea' | 'assembly';
export const PLACE_KINDS: readonly PlaceKind[] = [
  'chome',
  'station',
  'evacSite',
  'shelter',
  'wideArea',
  'assembly',
];

/** The data source (and data file) each kind of place comes from. */
export const PLACE_SOURCE: Readonly<Record<PlaceKind, DataSourceId>> = {
  chome: 'chome',
  station: 'stations',
  evacSite: 'evacSites',
  shelter: 'shelters',
  wideArea: 'wardShelters',
  assembly: 'assembly',
};

/** A place found under a tap, with the name to list it by. */
export interface PickedPlace {
  readonly kind: PlaceKind;
  readonly id: string;
  readonly label: string;
}
