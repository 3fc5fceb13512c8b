// Where the built app finds each bundled file. Vite copies them as separate, content-hashed assets.
import type { DatasetId } from './catalog';
import ward from '../../data/shinagawa_ward_boundary.geojson?url';
import neighbours from '../../data/neighbour_wards_clipped.geojson?url';
import chome from '../../data/shinagawa_chome_2015_simplified.geojson?url';
import chomePoints from '../../data/shinagawa_chome_points_geolonia.csv?url';
import postcodes from '../../data/shinagawa_postcodes.csv?url';
import stations from '../../data/stations_clipped.geojson?url';
import evacSites from '../../data/gsi_designated_emergency_evacuation_sites.geojson?url';
import shelters from '../../data/gsi_designated_shelters.geojson?url';
import wardShelters from '../../data/shinagawa_shelters_and_wide_area_evacuation_sites_2022.geojson?url';
import floodEvents from '../../data/flood_events.csv?url';
import chomeRecords from '../../data/chome_flood_records.csv?url';
import gazetteer from '../../data/place_gazetteer.csv?url';
import tachiaiBasin from '../../data/tachiai_basin_major_floods_1974_2013.csv?url';
import eventFacts from '../../data/flood_event_facts.csv?url';
import placeNamesEn from '../../data/place_names_en.csv?url';
import assembly from '../../data/shinagawa_temporary_assembly_points_2022.geojson?url';

export const dataUrls: Readonly<Record<DatasetId, string>> = {
  ward,
  neighbours,
  chome,
  chomePoints,
  postcodes,
  stations,
  evacSites,
  shelters,
  wardShelters,
  assembly,
  floodEvents,
  chomeRecords,
  gazetteer,
  tachiaiBasin,
  eventFacts,
  placeNamesEn,
};
