// Everything loaded from the bundled files, checked and indexed once, then never changed: the
// state holds it as one immutable value, so "the data changed" is a single comparison.
import { assembleHistory, chomeIndexOf } from './assemble-history';
import { datasetById, type DatasetId } from './catalog';
import { chomeAnchors, chomeAt, type LonLat } from './chome-geometry';
import type { ChomeIndex } from './chome-name';
import type { FloodHistory } from './flood-history';
import { PLACE_SOURCE, type PickedPlace, type PlaceKind } from './places';
import { problemsByFile, type ProblemsByFile } from './problems';
import { RangeIndex } from './range-index';
import type { EnglishNames } from './english-names';
import type { CsvRow } from './validate-csv';
import { townIndexOf, type TownIndex } from './towns';
import type { FeatureCollection, GeoJsonFeature } from './validate-geojson';

/** Answers "damage per chome in this period" without scanning every record. */
export interface RangeIndexes {
  readonly counts: RangeIndex;
  readonly classes: RangeIndex;
  readonly ward: RangeIndex;
}

export interface AppData {
  /** Valid features of each GeoJSON file, with `fid` and `label` added. */
  readonly features: ReadonlyMap<DatasetId, FeatureCollection>;
  readonly history: FloodHistory | null;
  readonly chomeIndex: ChomeIndex | null;
  /** A representative point per chome code. */
  readonly anchors: ReadonlyMap<string, LonLat>;
  readonly indexes: RangeIndexes | null;
  /** Problems found while loading, by file. */
  readonly problems: ProblemsByFile;
  readonly places: PlaceIndex;
  /** Towns (町): chome sharing a name once the 丁目 part is taken off. */
  readonly towns: TownIndex;
  /** English names of towns, chome and stations: null until loaded after the first picture. */
  readonly namesEn: EnglishNames | null;
}

/** Looks places up by kind and id, name or point. */
export interface PlaceIndex {
  /** Every feature of a place (a station has one point per line). */
  featuresOf(kind: PlaceKind, id: string): readonly GeoJsonFeature[];
  /** A chome's name from its code (the code itself when unknown). */
  chomeName(code: string): string;
  /** Where to centre on a place, and read hazards at. */
  pointOf(kind: PlaceKind, id: string): LonLat | null;
  /** The chome polygon under a point. */
  chomeAt(lon: number, lat: number): GeoJsonFeature | null;
  readonly stationNames: readonly string[];
  readonly chomeNames: readonly string[];
}

/**
 * The chome polygon under a point as a picked place (none outside every chome): found from the
 * polygons themselves, so a tap finds it even while the map re-lays out its labels (or with the
 * chome layer off), and 現在地 answers the same way without a tap.
 */
export function chomePickedAt(places: PlaceIndex, point: LonLat): PickedPlace[] {
  const under = places.chomeAt(point[0], point[1]);
  return under
    ? [{ kind: 'chome', id: String(under.properties.fid), label: String(under.properties.label) }]
    : [];
}

export interface LoadedFiles {
  readonly geojson: ReadonlyMap<DatasetId, FeatureCollection>;
  readonly csv: ReadonlyMap<DatasetId, readonly CsvRow[]>;
  readonly problems: ProblemsByFile;
}

function placeIndex(
  features: ReadonlyMap<DatasetId, FeatureCollection>,
  anchors: ReadonlyMap<string, LonLat>,
): PlaceIndex {
  const byId = new Map<string, GeoJsonFeature[]>();
  for (const [dataset, fc] of features) {
    for (const f of fc.features) {
      const key = `${dataset}\u0000${String(f.properties.fid)}`;
      const list = byId.get(key);
      if (list) list.push(f);
      else byId.set(key, [f]);
    }
  }
  const chome = features.get('chome');
  const names = new Map(
    (chome?.features ?? []).map((f) => [String(f.properties.key_code), String(f.properties.name_kanji)]),
  );
  const featuresOf = (kind: PlaceKind, id: string): readonly GeoJsonFeature[] =>
    byId.get(`${PLACE_SOURCE[kind]}\u0000${id}`) ?? [];
  return {
    featuresOf,
    chomeName: (code) => names.get(code) ?? code,
    pointOf: (kind, id) => {
      if (kind === 'chome') return anchors.get(id) ?? null;
      const g = featuresOf(kind, id)[0]?.geometry;
      return g?.type === 'Point' ? (g.coordinates as unknown as LonLat) : null;
    },
    chomeAt: (lon, lat) => (chome ? chomeAt(chome, lon, lat) : null),
    stationNames: [
      ...new Set((features.get('stations')?.features ?? []).map((f) => String(f.properties.name))),
    ],
    chomeNames: [...names.values()],
  };
}

/**
 * `data` with more files' features (the places drawn after the first picture): the history and
 * its indexes are kept, the place index is rebuilt, the files' problems are added.
 */
export function addFeatures(data: AppData, more: LoadedFiles): AppData {
  const features = new Map([...data.features, ...more.geojson]);
  return {
    ...data,
    features,
    places: placeIndex(features, data.anchors),
    problems: problemsByFile([...more.problems.values()].flat(), data.problems),
  };
}

/** Joins the checked files into the flood history and its indexes. */
export function buildAppData(files: LoadedFiles): AppData {
  const chome = files.geojson.get('chome');
  const anchors = chome ? chomeAnchors(chome) : new Map<string, LonLat>();
  const rows = (id: DatasetId) => {
    const r = files.csv.get(id);
    return r ? { file: datasetById(id).file, rows: r } : null;
  };
  const events = rows('floodEvents');
  const assembled =
    chome && events
      ? assembleHistory({
          chome,
          stations: files.geojson.get('stations') ?? null,
          events,
          records: rows('chomeRecords'),
          gazetteer: rows('gazetteer'),
          facts: rows('eventFacts'),
          basin: rows('tachiaiBasin'),
        })
      : null;
  const problems = problemsByFile(
    (assembled?.problems ?? []).filter((p) => p.severity === 'error'),
    files.problems,
  );
  const history = assembled?.history ?? null;
  return {
    features: files.geojson,
    history,
    chomeIndex: chome ? chomeIndexOf(chome) : null,
    anchors,
    indexes: history
      ? {
          counts: new RangeIndex(history.records, 'counts'),
          classes: new RangeIndex(history.records, 'classes'),
          ward: new RangeIndex(history.records, 'counts', true),
        }
      : null,
    problems,
    places: placeIndex(files.geojson, anchors),
    towns: townIndexOf(chome ?? { type: 'FeatureCollection', features: [] }),
    namesEn: null,
  };
}
