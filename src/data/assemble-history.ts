// Builds the flood history from the validated files and checks them against each other (chome
// names, event ids, gazetteer chome and stations). Shared by `npm run data:check` and the app.
import { createChomeIndex, type ChomeIndex } from './chome-name';
import { buildHistory, type FloodHistory } from './flood-history';
import { parseChomeRecords, parseFloodEvents } from './flood-parse';
import { gazetteerMap, type GazetteerEntry, type PlaceContext } from './locate';
import type { Problem } from './problems';
import type { CsvRow } from './validate-csv';
import type { FeatureCollection } from './validate-geojson';

export interface HistoryInputs {
  readonly chome: FeatureCollection;
  readonly stations: FeatureCollection | null;
  readonly events: { readonly file: string; readonly rows: readonly CsvRow[] };
  readonly records: { readonly file: string; readonly rows: readonly CsvRow[] } | null;
  readonly gazetteer: { readonly file: string; readonly rows: readonly CsvRow[] } | null;
}

export interface AssembledHistory {
  readonly history: FloodHistory;
  readonly places: PlaceContext;
  readonly problems: Problem[];
}

export function chomeIndexOf(chome: FeatureCollection): ChomeIndex {
  return createChomeIndex(
    chome.features.map((f) => ({ code: String(f.properties.key_code), name: String(f.properties.name_kanji) })),
  );
}

function split(text: string | undefined): string[] {
  return (text ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function assembleHistory(inputs: HistoryInputs): AssembledHistory {
  const problems: Problem[] = [];
  const chome = chomeIndexOf(inputs.chome);
  const towns = new Map<string, string[]>();
  for (const f of inputs.chome.features) {
    const town = String(f.properties.town);
    const list = towns.get(town) ?? [];
    list.push(String(f.properties.key_code));
    towns.set(town, list);
  }
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
    const station = (v.station ?? '').trim() || null;
    if (station && inputs.stations && !stations.has(station)) {
      problems.push({ severity: 'error', code: 'unknownStation', file, row: line, field: 'station', value: station });
    }
    gazetteer.push({
      name: v.name ?? '',
      aliases: split(v.aliases),
      chome: names.filter((n) => !unknown.includes(n)),
      station,
      note: { ja: v.note_ja ?? '', en: v.note_en ?? '' },
      sourceTitle: v.source_title ?? '',
      sourceUrl: v.source_url ?? '',
    });
  }
  const places: PlaceContext = { chome, towns, stations, gazetteer: gazetteerMap(gazetteer) };

  const events = parseFloodEvents(inputs.events.file, inputs.events.rows);
  problems.push(...events.problems);
  for (const e of events.items) {
    for (const ref of e.placeRefs) {
      const known =
        ref.type === 'chome'
          ? chome.lookup(ref.name) !== null
          : ref.type === 'town'
            ? towns.has(ref.name)
            : ref.type === 'station'
              ? !inputs.stations || stations.has(ref.name)
              : !inputs.gazetteer || places.gazetteer.has(ref.name);
      if (!known) {
        problems.push({
          severity: 'warning',
          code: 'unknownPlace',
          file: inputs.events.file,
          row: e.line,
          field: 'place_refs',
          value: `${ref.type}:${ref.name}`,
        });
      }
    }
  }
  const eventIds = new Set(events.items.map((e) => e.id));
  const records = inputs.records
    ? parseChomeRecords(inputs.records.file, inputs.records.rows, chome, eventIds)
    : { items: [], problems: [] };
  problems.push(...records.problems);
  return { history: buildHistory(events.items, records.items, places), places, problems };
}
