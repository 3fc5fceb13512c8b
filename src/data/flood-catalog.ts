// The flood-history part of the catalogue: the records, the chome table, the gazetteer, Tokyo's
// Tachiai River basin table and the facts added to records later. Same shape as the map files; their
// documentation is in flood-catalog-docs.ts.
import type { DatasetMeta } from './catalog';
import { int, num, oneOf, pat, str, url } from './catalog-fields';
import type { FieldSpec } from './schema';

const isoPartial = {
  re: /^\d{4}(-\d{2}(-\d{2})?)?$/,
  expected: { ja: 'YYYY、YYYY-MM または YYYY-MM-DD', en: 'YYYY, YYYY-MM or YYYY-MM-DD' },
};
const isoDay = {
  re: /^\d{4}-\d{2}-\d{2}$/,
  expected: { ja: 'YYYY-MM-DD', en: 'YYYY-MM-DD' },
};
const countPattern = {
  re: /^[0-9０-９,，]+[?？]?$/,
  expected: {
    ja: '0 以上の整数（不確かなら末尾に ?）',
    en: 'whole number ≥ 0 (trailing ? if uncertain)',
  },
};
const eventIdPattern = {
  re: /^SH-[A-Z0-9-]+$/,
  expected: { ja: 'flood_events.csv の id', en: 'an id in flood_events.csv' },
};
const placeRefsPattern = {
  re: /^((chome|town|station|place):[^;:]+(;|$))+$/,
  expected: {
    ja: 'chome:名前 / town:名前 / station:名前 / place:名前（; 区切り）',
    en: 'chome:NAME / town:NAME / station:NAME / place:NAME (; separated)',
  },
};

/** official = ward/Tokyo records; secondary = histories, news, newsletters, third-party copies;
 * derived = our arithmetic on published figures (method given); personal = blogs, memoirs. */
export const SOURCE_CLASSES = ['official', 'secondary', 'derived', 'personal'] as const;
/** Whose figures these are: never add figures of different scopes together. */
export const SCOPES = ['ward', 'oldTown', 'local', 'basin', 'tokyo', 'otherWard', 'none'] as const;

const sourceClass: FieldSpec = oneOf('source_class', true, SOURCE_CLASSES);

/** A text column the app shows, in one language. */
const text = (name: string): FieldSpec => str(name, false);

const floodHistoryCredit =
  '出典は記録ごとに表示（品川区史〔品川区〕、品川区ホームページ、新聞各紙ほか）。表は flood-history-map の編集';

const floodEvents: DatasetMeta = {
  id: 'floodEvents',
  file: 'flood_events.csv',
  attribution: floodHistoryCredit,
  dataDate: {
    ja: '2025年10月までの記録（2026年11月に追加・訂正）',
    en: 'records up to October 2025 (additions and corrections of November 2026)',
  },
  loadedByApp: true,
  schema: {
    kind: 'csv',
    columns: [
      pat('id', true, {
        re: /^SH-[A-Z0-9-]+$/,
        expected: { ja: 'SH- で始まる ID', en: 'id starting SH-' },
      }),
      oneOf('record_type', true, [
        'event',
        'related_event',
        'recollection',
        'memorial',
        'countermeasure',
      ]),
      pat('date_start', true, isoPartial),
      pat('date_end', false, isoPartial),
      str('date_as_written', true),
      str('event_name_ja', true),
      str('event_name_en', true),
      str('cause', false),
      str('rivers', false),
      str('area_as_written', false),
      str('chome_normalized', false),
      pat('above_floor_houses', false, countPattern),
      pat('below_floor_houses', false, countPattern),
      str('flooded_houses_total_or_other', false),
      str('other_damage', false),
      str('rainfall_and_water_level_notes', false),
      str('scope', true),
      str('source_title', true),
      url('source_url', true),
      str('source_kind', true),
      str('quote', true),
      str('uncertainty_notes', false),
      pat('cause_category', false, {
        re: /^((river|inland|stormSurge|slope|heavyRain|other)(;|$))+$/,
        expected: {
          ja: 'river / inland / stormSurge / slope / heavyRain / other（; 区切り）',
          en: 'river / inland / stormSurge / slope / heavyRain / other (; separated)',
        },
      }),
      str('damage_unit', false),
      pat('total_flooded', false, countPattern),
      num('rain_max_hourly_mm', false),
      num('rain_total_mm', false),
      oneOf('source_class', true, ['official', 'secondary', 'personal']),
      pat('place_refs', false, placeRefsPattern),
      oneOf('figures_scope', false, SCOPES),
      text('cause_ja'),
      text('cause_en'),
      text('rivers_en'),
      text('area_en'),
      text('count_note_ja'),
      text('count_note_en'),
      text('other_damage_ja'),
      text('other_damage_en'),
      text('rain_notes_ja'),
      text('rain_notes_en'),
      text('scope_ja'),
      text('scope_en'),
      text('source_title_en'),
      text('source_kind_ja'),
      text('source_kind_en'),
      text('uncertainty_ja'),
      text('uncertainty_en'),
      text('quote_en'),
      text('unplaced_reason_ja'),
      text('unplaced_reason_en'),
      text('headline_easy'),
      text('damage_easy'),
    ],
    uniqueKey: ['id'],
  },
};

const chomeRecords: DatasetMeta = {
  id: 'chomeRecords',
  file: 'chome_flood_records.csv',
  attribution: '出典：品川区 町丁別浸水実績一覧／品川区 令和7年9月11日浸水実績図',
  dataDate: {
    ja: '1989年〜2020年3月の累計、2025年9月11日の浸水実績図（2026年6月版の冊子）',
    en: 'Totals 1989 – March 2020; 11 Sept 2025 damage map (booklet, June 2026 edition)',
  },
  loadedByApp: true,
  schema: {
    kind: 'csv',
    columns: [
      str('chome_as_written', true),
      str('chome_normalized', false),
      pat('event_id', false, eventIdPattern),
      pat('period_start', true, isoDay),
      pat('period_end', true, isoDay),
      str('period_as_written', true),
      pat('below_floor', false, countPattern),
      pat('above_floor', false, countPattern),
      pat('total', false, countPattern),
      str('damage_class', false),
      int('damage_class_ordinal', false),
      str('unit', true),
      oneOf('confidence', true, ['confirmed', 'likely', 'uncertain']),
      str('source_title', true),
      sourceClass,
      str('note', false),
      text('note_ja'),
      text('note_en'),
      text('method_ja'),
      text('method_en'),
      num('published_share', false),
      text('source_title_en'),
      url('source_url', false),
      text('quote'),
    ],
  },
};

const gazetteer: DatasetMeta = {
  id: 'gazetteer',
  file: 'place_gazetteer.csv',
  attribution: '地名の位置：各行の出典による（flood-history-map 編）',
  dataDate: { ja: '2026年11月 作成', en: 'compiled November 2026' },
  loadedByApp: true,
  schema: {
    kind: 'csv',
    columns: [
      str('name', true),
      str('aliases', false),
      oneOf('kind', true, [
        'historic_area',
        'historic_village',
        'bridge',
        'shrine_temple',
        'landmark',
        'street',
        'station_area',
        'old_town',
      ]),
      str('chome', false),
      str('station', false),
      str('note_ja', true),
      str('note_en', true),
      str('source_title', true),
      url('source_url', true),
      oneOf('source_kind', true, ['official', 'encyclopedia', 'secondary', 'personal']),
      str('quote', true),
      str('town', false),
      str('town_basis', false),
    ],
    uniqueKey: ['name'],
  },
};

const tachiaiBasin: DatasetMeta = {
  id: 'tachiaiBasin',
  file: 'tachiai_basin_major_floods_1974_2013.csv',
  attribution:
    '出典：東京都建設局「立会川河川整備計画」（平成27年11月）表「主要な浸水実績（東京都水害記録、観測所は品川）」',
  dataDate: {
    ja: '1974〜2013年の記録（2015年11月の計画）',
    en: 'records 1974–2013 (plan of November 2015)',
  },
  loadedByApp: true,
  schema: {
    kind: 'csv',
    columns: [
      pat('date', true, isoDay),
      str('event_ja', true),
      num('total_rain_mm', true),
      num('max_hourly_rain_mm', true),
      pat('below_floor_buildings', true, countPattern),
      pat('above_floor_buildings', true, countPattern),
      pat('total_buildings', true, countPattern),
      str('cause_ja', true),
      str('scope', true),
      str('source_title', true),
      url('source_url', true),
      str('source_kind', true),
      str('transcribed_from', true),
      str('event_en', true),
      str('cause_en', true),
      str('source_kind_ja', true),
      oneOf('scope_kind', true, ['basin']),
      str('scope_en', true),
      str('source_title_en', true),
      sourceClass,
      pat('event_id', false, eventIdPattern),
    ],
    uniqueKey: ['date'],
  },
};

const eventFacts: DatasetMeta = {
  id: 'eventFacts',
  file: 'flood_event_facts.csv',
  attribution: '出典は行ごとに表示。表は flood-history-map の編集',
  dataDate: { ja: '2026年11月 作成', en: 'compiled November 2026' },
  loadedByApp: true,
  schema: {
    kind: 'csv',
    columns: [
      pat('fact_id', true, {
        re: /^SH-[A-Z0-9-]+\/[a-z0-9-]+$/,
        expected: { ja: '記録の id / 短い名前', en: 'record id / short name' },
      }),
      pat('event_id', true, eventIdPattern),
      oneOf('kind', true, [
        'depth',
        'rain',
        'storage',
        'damage',
        'alert',
        'count',
        'correction',
        'comparison',
      ]),
      oneOf('scope', true, SCOPES),
      str('text_ja', true),
      str('text_en', true),
      text('text_easy'),
      text('where_ja'),
      text('where_en'),
      pat('place_refs', false, placeRefsPattern),
      num('depth_min_m', false),
      num('depth_max_m', false),
      oneOf('depth_more_than', false, ['true']),
      oneOf('depth_reference', false, ['ground', 'floor', 'street', 'unstated']),
      text('depth_as_written'),
      text('depth_note_ja'),
      text('depth_note_en'),
      str('source_title', true),
      str('source_title_en', true),
      url('source_url', true),
      str('source_kind_ja', true),
      str('source_kind_en', true),
      sourceClass,
      str('quote', true),
      str('quote_en', true),
      text('note_ja'),
      text('note_en'),
    ],
    uniqueKey: ['fact_id'],
  },
};

export const floodCatalog: readonly DatasetMeta[] = [
  floodEvents,
  chomeRecords,
  gazetteer,
  tachiaiBasin,
  eventFacts,
];
