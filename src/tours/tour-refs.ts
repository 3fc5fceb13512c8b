// What a tour step may select: the chome codes, town names, station names and flood record ids in
// the bundled data. Built from the same loaded files the app and `npm run data:check` use.
import type { AppData } from '../data/app-data';
import { townIndexOf } from '../data/towns';
import type { FeatureCollection } from '../data/validate-geojson';
import type { CsvRow } from '../data/validate-csv';
import type { TourRefs } from './parse-tour';

function propertyValues(fc: FeatureCollection | null, key: string): Set<string> {
  const out = new Set<string>();
  for (const f of fc?.features ?? []) {
    const value: unknown = f.properties?.[key];
    if (typeof value === 'string' || typeof value === 'number') out.add(String(value));
  }
  return out;
}

export function tourRefs(
  chome: FeatureCollection | null,
  stations: FeatureCollection | null,
  eventRows: readonly CsvRow[] | null,
): TourRefs {
  return {
    chome: propertyValues(chome, 'key_code'),
    towns: new Set(chome ? townIndexOf(chome).towns.keys() : []),
    stations: propertyValues(stations, 'name'),
    events: new Set((eventRows ?? []).map((r) => r.values.id ?? '')),
  };
}

/** The same from the app's loaded data, to check tours in the browser once the data is in. */
export function tourRefsFromAppData(data: AppData): TourRefs {
  const refs = tourRefs(
    data.features.get('chome') ?? null,
    data.features.get('stations') ?? null,
    null,
  );
  return { ...refs, events: new Set((data.history?.events ?? []).map((e) => e.id)) };
}
