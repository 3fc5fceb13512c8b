// Builds the flood history from the validated files and checks them against each other (chome
// names, towns, event ids, gazetteer chome and stations, texts in both languages, a reason for
// every record that cannot be placed: recordTextProblems). Shared by `npm run data:check` and the app.
import { createChomeIndex, type ChomeIndex, type ChomeMatch } from './chome-name';
import { parseBasinRecords, parseEventFacts } from './fact-parse';
import { buildHistory, type FloodHistory } from './flood-history';
import { parseChomeRecords, parseFloodEvents } from './flood-parse';
import { gazetteerMap, isPlaced, type GazetteerEntry, type PlaceContext } from './locate';
import type { Problem } from './problems';
import { townIndexOf, type TownIndex } from './towns';
import type { CsvRow } from './validate-csv';
import type { FeatureCollection } from './validate-geojson';

type CsvFile = { readonly file: string; readonly rows: readonly CsvRow[] };

export interface HistoryInputs {
  readonly chome: FeatureCollection;
  readonly stations: FeatureCollection | null;
  readonly events: CsvFile;
  readonly records: CsvFile | null;
  readonly gazetteer: CsvFile | null;
  /** flood_event_facts.csv (depths, added facts, corrections). */
  readonly facts?: CsvFile | null;
  /** tachiai_basin_major_floods_1974_2013.csv (a basin, never added to ward figures). */
  readonly basin?: CsvFile | null;
}

export interface AssembledHistory {
  readonly history: FloodHistory;
  readonly places: PlaceContext;
  readonly towns: TownIndex;
  readonly problems: Problem[];
}

/** The chome as the index takes them: code and name (kanji numerals), by boundary feature. */
export function chomeEntriesOf(chome: FeatureCollection): ChomeMatch[] {
  return chome.features.map((f) => ({ code: String(f.properties.key_code), name: String(f.properties.name_kanji) }));
}

export function chomeIndexOf(chome: FeatureCollection): ChomeIndex {
  return createChomeIndex(chomeEntriesOf(chome));
}

function split(text: string | undefined): string[] {
  return (text ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Each original text column whose content the app shows, with the columns holding it in Japanese
 * and English: when the original says something, both must say it.
 */
const EVENT_TEXTS: readonly (readonly [original: string, ja: string, en: string])[] = [
  ['cause', 'cause_ja', 'cause_en'],
  ['rivers', 'rivers', 'rivers_en'],
  ['area_as_written', 'area_as_written', 'area_en'],
  ['flooded_houses_total_or_other', 'count_note_ja', 'count_note_en'],
  ['other_damage', 'other_damage_ja', 'other_damage_en'],
  ['rainfall_and_water_level_notes', 'rain_notes_ja', 'rain_notes_en'],
  ['scope', 'scope_ja', 'scope_en'],
  ['source_kind', 'source_kind_ja', 'source_kind_en'],
  ['uncertainty_notes', 'uncertainty_ja', 'uncertainty_en'],
  ['quote', 'quote', 'quote_en'],
  ['event_name_ja', 'event_name_ja', 'headline_easy'],
];

/**
 * Texts missing in a language, and records that cannot be placed without saying why: a data
 * quality check for the bundled files (`npm run data:check`), not needed to build the history.
 */
export function recordTextProblems(events: CsvFile, history: FloodHistory): Problem[] {
  const problems = checkEventTexts(events.file, events.rows);
  for (const e of history.events) {
    const loc = history.locations.get(e.id);
    if (!loc || isPlaced(loc)) continue;
    for (const field of ['unplaced_reason_ja', 'unplaced_reason_en'] as const) {
      const text = field.endsWith('ja') ? e.text.unplacedReason.ja : e.text.unplacedReason.en;
      if (text === '') {
        problems.push({ severity: 'warning', code: 'emptyField', file: events.file, row: e.line, field, value: '' });
      }
    }
  }
  return problems;
}

function checkEventTexts(file: string, rows: readonly CsvRow[]): Problem[] {
  const problems: Problem[] = [];
  for (const { line, values: v } of rows) {
    if ((v.figures_scope ?? '') === '') {
      problems.push({ severity: 'warning', code: 'emptyField', file, row: line, field: 'figures_scope', value: '' });
    }
    for (const [original, ja, en] of EVENT_TEXTS) {
      if ((v[original] ?? '') === '') continue;
      for (const field of [ja, en]) {
        if ((v[field] ?? '') === '') {
          problems.push({ severity: 'warning', code: 'emptyField', file, row: line, field, value: '' });
        }
      }
    }
  }
  return problems;
}

export function assembleHistory(inputs: HistoryInputs): AssembledHistory {
  const problems: Problem[] = [];
  const chome = chomeIndexOf(inputs.chome);
  const townIndex = townIndexOf(inputs.chome);
  const towns = new Map([...townIndex.towns].map(([name, t]) => [name, t.codes]));
  // Towns are derived from the chome names; the file's own town column must agree with them.
  inputs.chome.features.forEach((f, featureIndex) => {
    const derived = townIndex.townOf(String(f.properties.key_code))?.name;
    if (derived !== undefined && f.properties.town !== derived) {
      problems.push({ severity: 'warning', code: 'chomeNameMismatch', file: 'shinagawa_chome_2015_simplified.geojson', featureIndex, field: 'town', value: f.properties.town, params: { expected: derived } });
    }
  });
  const stations = new Set((inputs.stations?.features ?? []).map((f) => String(f.properties.name)));

  const gazetteer: GazetteerEntry[] = [];
  for (const { line, values: v } of inputs.gazetteer?.rows ?? []) {
    const file = inputs.gazetteer?.file ?? '';
    const names = split(v.chome);
    const unknown = names.filter((n) => !chome.lookup(n));
    for (const name of unknown) {
      problems.push({
        severity: 'error',
        code: 'chomeUnmatched',
        file,
        row: line,
        field: 'chome',
        value: name,
        params: { suggestions: chome.suggest(name).map((m) => m.name).join('、') },
      });
    }
    const townNames = split(v.town);
    for (const name of townNames.filter((n) => !towns.has(n))) {
      problems.push({ severity: 'error', code: 'unknownPlace', file, row: line, field: 'town', value: name });
    }
    if (townNames.length > 0 && (v.town_basis ?? '') === '') {
      problems.push({ severity: 'error', code: 'emptyField', file, row: line, field: 'town_basis', value: '' });
    }
    const station = (v.station ?? '').trim() || null;
    if (station && inputs.stations && !stations.has(station)) {
      problems.push({ severity: 'error', code: 'unknownStation', file, row: line, field: 'station', value: station });
    }
    gazetteer.push({
      name: v.name ?? '',
      aliases: split(v.aliases),
      chome: names.filter((n) => !unknown.includes(n)),
      station,
      towns: townNames.filter((n) => towns.has(n)),
      townBasis: v.town_basis ?? '',
      note: { ja: v.note_ja ?? '', en: v.note_en ?? '' },
      sourceTitle: v.source_title ?? '',
      sourceUrl: v.source_url ?? '',
    });
  }
  const places: PlaceContext = { chome, towns, stations, gazetteer: gazetteerMap(gazetteer) };

  const events = parseFloodEvents(inputs.events.file, inputs.events.rows);
  problems.push(...events.problems);
  const eventIds = new Set(events.items.map((e) => e.id));
  const facts = inputs.facts
    ? parseEventFacts(inputs.facts.file, inputs.facts.rows, eventIds)
    : { items: [], problems: [] };
  problems.push(...facts.problems);
  const knownRef = (ref: { type: string; name: string }): boolean =>
    ref.type === 'chome'
      ? chome.lookup(ref.name) !== null
      : ref.type === 'town'
        ? towns.has(ref.name)
        : ref.type === 'station'
          ? !inputs.stations || stations.has(ref.name)
          : !inputs.gazetteer || places.gazetteer.has(ref.name);
  const refSources = [
    ...events.items.map((e) => ({ file: inputs.events.file, line: e.line, refs: e.placeRefs })),
    ...facts.items.map((f) => ({ file: inputs.facts?.file ?? '', line: f.line, refs: f.placeRefs })),
  ];
  for (const { file, line, refs } of refSources) {
    for (const ref of refs.filter((r) => !knownRef(r))) {
      problems.push({
        severity: 'warning',
        code: 'unknownPlace',
        file,
        row: line,
        field: 'place_refs',
        value: `${ref.type}:${ref.name}`,
      });
    }
  }
  const records = inputs.records
    ? parseChomeRecords(inputs.records.file, inputs.records.rows, chome, eventIds)
    : { items: [], problems: [] };
  problems.push(...records.problems);
  const basin = inputs.basin
    ? parseBasinRecords(inputs.basin.file, inputs.basin.rows, eventIds)
    : { items: [], problems: [] };
  problems.push(...basin.problems);
  const history = buildHistory(events.items, records.items, places, facts.items, basin.items);
  return { history, places, towns: townIndex, problems };
}
