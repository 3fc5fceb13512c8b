// The one description of every bundled data file: where it comes from, under which licence, how to
// credit it, how current it is, and what it must contain. The credits dialog, data/README.md
// (`npm run data:readme`) and the validator (`npm run data:check`) are all generated from this.
import { flag, int, str } from './catalog-fields';
import { floodCatalog } from './flood-catalog';
import { AREA_BBOX, type Bilingual, type DataSchema, type FieldSpec } from './schema';

export type DatasetId =
  | 'ward'
  | 'neighbours'
  | 'chome'
  | 'chomePoints'
  | 'stations'
  | 'evacSites'
  | 'shelters'
  | 'wardShelters'
  | 'assembly'
  | 'floodEvents'
  | 'chomeRecords'
  | 'gazetteer'
  | 'tachiaiBasin'
  | 'eventFacts';

export type Certainty = 'official' | 'secondary' | 'unverified-licence';

export interface DatasetMeta {
  readonly id: DatasetId;
  /** File name inside data/. */
  readonly file: string;
  readonly title: Bilingual;
  readonly publisher: Bilingual;
  /** Where the original is published. */
  readonly sourceUrl: string;
  /** Where our copy was taken from, if not the publisher directly. */
  readonly obtainedFrom: string;
  readonly licence: { readonly name: string; readonly url?: string };
  /** Credit line to show, exactly as the licence or publisher asks. */
  readonly attribution: string;
  /** How current the content is, e.g. the census date or the retrieval date. */
  readonly dataDate: Bilingual;
  readonly certainty: Certainty;
  readonly caveats: readonly Bilingual[];
  readonly changes: Bilingual;
  readonly maintenance: Bilingual;
  readonly breaking: Bilingual;
  /** Loaded by the app at start-up (the others are only validated and documented for now). */
  readonly loadedByApp: boolean;
  readonly schema: DataSchema;
}

const chomeCode: FieldSpec = {
  name: 'key_code',
  type: 'string',
  required: true,
  pattern: {
    re: /^13109\d{3}(\d{3}|0)$/,
    expected: {
      ja: '13109 で始まる11桁（丁目のない町は9桁）の町丁目コード',
      en: 'chome code starting 13109: 11 digits (9 for a town without chome)',
    },
  },
  doc: {
    ja: '町丁目コード（区 13109 + 町 3桁 + 丁目 3桁。丁目のない町は 町 3桁 + 0）。変わらない ID',
    en: 'Chome code (ward 13109 + town 3 digits + chome 3 digits, or + 0 for a town without chome); the stable id',
  },
};

const wardCredit =
  '『歴史的行政区域データセットβ版』（CODH作成）, CC BY-SA 4.0／国土交通省「国土数値情報（行政区域データ）」をもとに NII が加工／Conv4Japan Contributors';

const wardProps: FieldSpec[] = [
  str('N03_001', true, '都道府県名', 'Prefecture'),
  str('N03_004', true, '区名', 'Ward name'),
  str('N03_007', true, '行政区域コード', 'Municipality code'),
  str('name_en', true, '英語名（追加）', 'English name (added)'),
];

const gsiCommon: FieldSpec[] = [
  int('NO', true, 'GSI データの通し番号', 'Serial number in the GSI data'),
  str('共通ID', true, '共通 ID', 'Common id'),
  str('都道府県名及び市町村名', true, '都道府県名及び市町村名', 'Prefecture and municipality'),
  str('施設・場所名', true, '施設・場所名', 'Facility or place name'),
  str('住所', true, '住所', 'Address'),
  str('備考', false, '備考', 'Remarks'),
  str('municipality_code', true, '市区町村コード（追加）', 'Municipality code (added)'),
];

const gsiTerms = {
  name: '国土地理院コンテンツ利用規約（CC BY 4.0 互換）',
  url: 'https://www.gsi.go.jp/kikakuchousei/kikakuchousei40182.html',
};

const wardCatalogueUnverified: Bilingual = {
  ja: 'ライセンスは未確認（東京都オープンデータカタログの多くは CC BY 4.0）。公開前に確認が必要。',
  en: 'Licence not verified (most Tokyo open-data catalogue datasets are CC BY 4.0); verify before release.',
};

const mapCatalog: DatasetMeta[] = [
  {
    id: 'ward',
    file: 'shinagawa_ward_boundary.geojson',
    title: { ja: '品川区の区域（境界）', en: 'Shinagawa ward boundary' },
    publisher: {
      ja: '国土交通省 国土数値情報（行政区域 N03）、NII/CODH Geoshape',
      en: 'MLIT National Land Numerical Information (N03), via NII/CODH Geoshape',
    },
    sourceUrl: 'https://geoshape.ex.nii.ac.jp/city/',
    obtainedFrom: 'GitHub conv4ja/geoshapes-jp-static src/geojson/13109.geojson (commit 7671820b, 2024-06-15)',
    licence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
    attribution: wardCredit,
    dataDate: { ja: '2020年1月1日（N03 基準日）', en: '1 January 2020 (N03 reference date)' },
    certainty: 'official',
    caveats: [
      {
        ja: 'ShareAlike：この形状から作ったものも CC BY-SA 4.0 で公開する必要があります。',
        en: 'ShareAlike: anything derived from this geometry must also be CC BY-SA 4.0.',
      },
    ],
    changes: {
      ja: '1地物のみ。属性を N03_001, N03_004, N03_007 に絞り name_en を追加、座標を小数6桁に丸め。',
      en: 'Single feature; kept N03_001, N03_004, N03_007, added name_en; coordinates rounded to 6 decimals.',
    },
    maintenance: {
      ja: '区域が変わったときのみ、新しい N03 から作り直す。',
      en: 'Only when the ward boundary changes: rebuild from a newer N03 release.',
    },
    breaking: {
      ja: '地物が1つでなくなる、N03_007 が 13109 でなくなる。',
      en: 'More than one feature, or N03_007 other than 13109.',
    },
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
    title: { ja: '周辺の区（港・目黒・大田・渋谷、切り抜き）', en: 'Neighbouring wards (clipped)' },
    publisher: {
      ja: '国土交通省 国土数値情報（行政区域 N03）、NII/CODH Geoshape',
      en: 'MLIT National Land Numerical Information (N03), via NII/CODH Geoshape',
    },
    sourceUrl: 'https://geoshape.ex.nii.ac.jp/city/',
    obtainedFrom: 'GitHub conv4ja/geoshapes-jp-static src/geojson/13103, 13110, 13111, 13113 (2024-06-15)',
    licence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
    attribution: wardCredit,
    dataDate: { ja: '2020年1月1日（N03 基準日）', en: '1 January 2020 (N03 reference date)' },
    certainty: 'official',
    caveats: [
      {
        ja: '背景（灰色）として表示するためだけに、品川区周辺の四角い範囲で切り抜いています。',
        en: 'Cut to a box around Shinagawa; shown only as grey context.',
      },
    ],
    changes: {
      ja: '各区の形状を経度139.68–139.79・緯度35.575–35.65 の範囲で切り抜き、clipped_to_bbox を追加。',
      en: 'Each ward intersected with lon 139.68–139.79 / lat 35.575–35.65; added clipped_to_bbox.',
    },
    maintenance: {
      ja: '区域が変わったときのみ作り直す。',
      en: 'Only when a boundary changes.',
    },
    breaking: { ja: '属性名の変更。', en: 'Renamed properties.' },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Polygon', 'MultiPolygon'],
      properties: [...wardProps, { name: 'clipped_to_bbox', type: 'boolean', required: true, doc: { ja: '切り抜き済みなら true', en: 'true when clipped' } }],
      uniqueKey: ['N03_007'],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'chome',
    file: 'shinagawa_chome_2015_simplified.geojson',
    title: { ja: '町丁目の境界（130町丁目）', en: 'Chome (city block) boundaries, 130 chome' },
    publisher: {
      ja: '総務省統計局 政府統計の総合窓口（e-Stat）統計LOD「平成27年国勢調査 小地域」',
      en: 'Statistics Bureau of Japan, e-Stat statistical LOD, 2015 census small areas',
    },
    sourceUrl: 'https://data.e-stat.go.jp/lodw/',
    obtainedFrom: 'GitHub frogcat/japan-small-area docs/13.json (commit 4b6a819, 2022-03-27)',
    licence: {
      name: '政府標準利用規約（CC BY 4.0 互換）',
      url: 'https://www.e-stat.go.jp/estat/html/spec.html',
    },
    attribution:
      '出典：政府統計の総合窓口(e-Stat) 統計LOD「平成27年国勢調査 小地域」境界・人口（frogcat/japan-small-area により GeoJSON 化・簡略化したものを加工）',
    dataDate: { ja: '2015年（平成27年国勢調査）', en: '2015 census' },
    certainty: 'official',
    caveats: [
      {
        ja: '形状は簡略化されているため、隣り合う町丁目の間に小さなすき間や重なりがあります。',
        en: 'Simplified geometry: small gaps or overlaps between neighbouring chome.',
      },
      {
        ja: '2015年の境界です。その後の変更は確認していません。e-Stat の正確な出典表記も再確認が必要です。',
        en: '2015 boundaries; later changes not checked. The exact e-Stat credit wording should be re-checked.',
      },
    ],
    changes: {
      ja: '品川区の130地物を選び、key_code・name_kanji などを追加。八潮４丁目の自己交差を修復（geometry_repaired）。',
      en: 'Selected the 130 Shinagawa features; added key_code, name_kanji etc.; repaired 八潮４丁目 (geometry_repaired).',
    },
    maintenance: {
      ja: '新しい国勢調査の境界が出たら作り直す（key_code は変えない）。',
      en: 'Rebuild when newer census boundaries are available (keep key_code stable).',
    },
    breaking: {
      ja: 'key_code または name_kanji の変更・削除（浸水記録はこれで結び付けます）。',
      en: 'Changing or removing key_code or name_kanji (flood records join on them).',
    },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Polygon', 'MultiPolygon'],
      properties: [
        chomeCode,
        str('name', true, '町丁目名（出典の表記、全角数字）', 'Chome name as in the source (full-width digits)'),
        str('name_kanji', true, '町丁目名（漢数字。結合に使う）', 'Chome name with kanji numerals (join key)'),
        str('town', true, '町名', 'Town name'),
        str('ward', true, '区名', 'Ward name'),
        str('ward_code', true, '区コード', 'Ward code'),
        int('population_2015', false, '人口（2015）。空欄は不明（0 とは別）', 'Population 2015; null = unknown (not zero)'),
        int('households_2015', false, '世帯数（2015）。空欄は不明', 'Households 2015; null = unknown'),
        { ...str('estat_lod_uri', true, 'e-Stat LOD の URI', 'e-Stat LOD URI'), type: 'url' },
        { name: 'geometry_repaired', type: 'boolean', required: false, doc: { ja: '形状を修復した地物は true', en: 'true where the geometry was repaired' } },
      ],
      uniqueKey: ['key_code'],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'chomePoints',
    file: 'shinagawa_chome_points_geolonia.csv',
    title: { ja: '町丁目の代表点', en: 'Chome representative points' },
    publisher: {
      ja: 'Geolonia（国土交通省「位置参照情報」をもとに作成）',
      en: 'Geolonia Inc. (based on MLIT location reference data)',
    },
    sourceUrl: 'https://github.com/geolonia/japanese-addresses',
    obtainedFrom: 'GitHub geolonia/japanese-addresses api/ja/東京都/品川区.json (commit c3999f7, 2024-01-15)',
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    attribution: 'Geolonia 住所データ（CC BY 4.0）、国土交通省 位置参照情報をもとに作成',
    dataDate: { ja: '2024年1月15日（取得時点）', en: '15 January 2024 (snapshot)' },
    certainty: 'official',
    caveats: [],
    changes: {
      ja: 'JSON から CSV に変換し、名前順に並べ、ward・ward_code 列を追加。',
      en: 'JSON to CSV, sorted by name; added ward and ward_code columns.',
    },
    maintenance: {
      ja: '町丁目が変わったときに更新。town は境界データの name_kanji と一致させる。',
      en: 'Update when chome change; town must match name_kanji in the boundaries.',
    },
    breaking: { ja: '列名の変更、town の表記の変更。', en: 'Renamed columns; changed town spelling.' },
    loadedByApp: false,
    schema: {
      kind: 'csv',
      columns: [
        str('ward', true, '区名', 'Ward'),
        str('ward_code', true, '区コード', 'Ward code'),
        str('town', true, '町丁目名（漢数字）', 'Chome name (kanji numerals)'),
        str('koaza', false, '小字', 'Koaza (sub-area)'),
        { name: 'lat', type: 'number', required: true, doc: { ja: '緯度', en: 'Latitude' } },
        { name: 'lng', type: 'number', required: true, doc: { ja: '経度', en: 'Longitude' } },
      ],
      uniqueKey: ['town'],
      lonLat: { lon: 'lng', lat: 'lat', bbox: AREA_BBOX },
    },
  },
  {
    id: 'stations',
    file: 'stations_clipped.geojson',
    title: { ja: '駅', en: 'Railway stations' },
    publisher: {
      ja: '鉄道駅LOD（国土数値情報 鉄道データ N02 由来と思われる）',
      en: 'Railway station LOD (believed to derive from MLIT N02 railway data)',
    },
    sourceUrl: 'https://uedayou.net/jrslod/',
    obtainedFrom: 'GitHub zaiyingzhao/Jinshin_Visualization data/station_only.geojson (commit bd11aa6, 2023-02-23)',
    licence: { name: 'ライセンス不明（要確認） / licence unclear (to verify)' },
    attribution: '駅位置：鉄道駅LOD（uedayou.net）／国土数値情報（鉄道データ）（国土交通省）を加工して作成と推定',
    dataDate: { ja: '2020年以降の版（高輪ゲートウェイ駅を含む）', en: '2020 or later (includes Takanawa Gateway)' },
    certainty: 'unverified-licence',
    caveats: [
      {
        ja: 'ライセンスが不明です。目印として仮に使っています。公開前に国土数値情報 N02 に置き換えてください。',
        en: 'Licence unclear: kept as a placeholder for orientation; replace with MLIT N02 before release.',
      },
    ],
    changes: {
      ja: '範囲内の点だけを残し、railname を line に改名。',
      en: 'Kept points inside the box; renamed railname to line.',
    },
    maintenance: {
      ja: '同じ属性（name, line）を持つ点の GeoJSON に差し替えれば、そのまま使えます。',
      en: 'Replace with any point GeoJSON that has the same properties (name, line).',
    },
    breaking: { ja: 'name・line の変更。', en: 'Renaming name or line.' },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Point'],
      properties: [
        str('name', true, '駅名', 'Station name'),
        str('line', true, '事業者名＋路線名（N02 の表記）', 'Operator + line name (N02 spelling)'),
        { ...str('jrslod_uri', false, '鉄道駅LOD の URI', 'Station LOD URI'), type: 'url' },
      ],
      uniqueKey: ['name', 'line'],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'evacSites',
    file: 'gsi_designated_emergency_evacuation_sites.geojson',
    title: { ja: '指定緊急避難場所', en: 'Designated emergency evacuation sites' },
    publisher: {
      ja: '国土地理院「指定緊急避難場所データ」（各市区町村の提供）',
      en: 'GSI "designated emergency evacuation sites" data (provided by each municipality)',
    },
    sourceUrl: 'https://www.gsi.go.jp/bousaichiri/hinanbasho.html',
    obtainedFrom: 'GitHub motohasystem/jp-shelter-api docs/api/v0/emergency/{131091,131032,131105,131113}.json (retrieved 2025-10-27)',
    licence: gsiTerms,
    attribution: '出典：国土地理院「指定緊急避難場所データ」を加工して作成',
    dataDate: { ja: '2025年10月27日（取得時点）', en: '27 October 2025 (retrieved)' },
    certainty: 'official',
    caveats: [
      {
        ja: '避難場所は災害の種類ごとに指定されています（洪水・高潮など）。最新の情報は区で確認してください。',
        en: 'Sites are designated per kind of hazard (flood, storm surge …). Check the ward for the latest details.',
      },
    ],
    changes: {
      ja: '4区のファイルを結合し、範囲内の点だけを残した。属性は変更なし（municipality_code を追加）。',
      en: 'Merged the four municipal files and kept points in the box; attributes unchanged (added municipality_code).',
    },
    maintenance: {
      ja: '国土地理院の新しいデータで置き換える（年1回程度）。',
      en: 'Replace with newer GSI data (about yearly).',
    },
    breaking: { ja: '属性名（GSI の列名）の変更。', en: 'Renamed properties (GSI column names).' },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Point'],
      properties: [
        ...gsiCommon,
        flag('洪水', '洪水に対応（"1"）', 'Designated for floods ("1")'),
        flag('崖崩れ、土石流及び地滑り', '崖崩れ等に対応', 'Designated for slope failure'),
        flag('高潮', '高潮に対応', 'Designated for storm surge'),
        flag('地震', '地震に対応', 'Designated for earthquakes'),
        flag('津波', '津波に対応', 'Designated for tsunami'),
        flag('大規模な火事', '大規模な火事に対応', 'Designated for large fires'),
        flag('内水氾濫', '内水氾濫に対応', 'Designated for inland flooding'),
        flag('火山現象', '火山現象に対応', 'Designated for volcanic events'),
        flag('指定避難所との住所同一', '指定避難所と同じ住所', 'Same address as a designated shelter'),
      ],
      uniqueKey: ['共通ID'],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'shelters',
    file: 'gsi_designated_shelters.geojson',
    title: { ja: '指定避難所', en: 'Designated shelters' },
    publisher: {
      ja: '国土地理院「指定避難所データ」（各市区町村の提供）',
      en: 'GSI "designated shelters" data (provided by each municipality)',
    },
    sourceUrl: 'https://www.gsi.go.jp/bousaichiri/hinanbasho.html',
    obtainedFrom: 'GitHub motohasystem/jp-shelter-api docs/api/v0/evacuation/{131091,131032,131105,131113}.json (retrieved 2025-10-27)',
    licence: gsiTerms,
    attribution: '出典：国土地理院「指定避難所データ」を加工して作成',
    dataDate: { ja: '2025年10月27日（取得時点）', en: '27 October 2025 (retrieved)' },
    certainty: 'official',
    caveats: [
      {
        ja: '最新の開設状況・対象は区で確認してください。',
        en: 'Check the ward for current opening status and who each shelter serves.',
      },
    ],
    changes: {
      ja: '4区のファイルを結合し、範囲内の点だけを残した（municipality_code を追加）。',
      en: 'Merged the four municipal files, kept points in the box (added municipality_code).',
    },
    maintenance: {
      ja: '国土地理院の新しいデータで置き換える。',
      en: 'Replace with newer GSI data.',
    },
    breaking: { ja: '属性名の変更。', en: 'Renamed properties.' },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Point'],
      properties: [
        ...gsiCommon,
        flag('指定緊急避難場所との住所同一', '指定緊急避難場所と同じ住所', 'Same address as an emergency evacuation site'),
        str('その他市町村長が必要と認める事項', false, 'その他', 'Other notes'),
        str('受入対象者', false, '受入対象者', 'Who is accepted'),
      ],
      uniqueKey: ['共通ID'],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'wardShelters',
    file: 'shinagawa_shelters_and_wide_area_evacuation_sites_2022.geojson',
    title: {
      ja: '品川区 災害時等の避難所・広域避難場所（2022年の写し）',
      en: 'Shinagawa shelters and wide-area evacuation sites (2022 copy)',
    },
    publisher: { ja: '品川区（東京都オープンデータカタログ）', en: 'Shinagawa City (Tokyo open data catalogue)' },
    sourceUrl: 'https://catalog.data.metro.tokyo.lg.jp/dataset/t131091d0000000138',
    obtainedFrom: 'GitHub satoshiyamamoto/shinagawa-shelter resources/doc/hinanjo.csv (commit 8474570, 2022-12-27)',
    licence: { name: '未確認（CC BY 4.0 と思われる） / unverified (probably CC BY 4.0)' },
    attribution: '出典：品川区「災害時等の避難所・広域避難場所」（東京都オープンデータカタログ）',
    dataDate: { ja: '2022年12月の写し（古い可能性）', en: 'December 2022 copy (may be outdated)' },
    certainty: 'unverified-licence',
    caveats: [
      wardCatalogueUnverified,
      { ja: '2022年の写しのため、現在と違う可能性があります。', en: 'A 2022 copy: may differ from today.' },
    ],
    changes: {
      ja: 'CSV（UTF-8 BOM 付き）を緯度・経度から点の GeoJSON に変換し、空欄を削除。',
      en: 'CSV (UTF-8 with BOM) converted to point GeoJSON from 緯度/経度; empty fields dropped.',
    },
    maintenance: {
      ja: '区のオープンデータが更新されたら置き換える。',
      en: "Replace when the ward's open data is updated.",
    },
    breaking: { ja: '施設名・カテゴリの列名の変更。', en: 'Renaming 施設名 or カテゴリ.' },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Point'],
      properties: [
        str('施設名', true, '施設名', 'Facility name'),
        str('施設名(英語)', false, '施設名（英語）', 'Facility name (English)'),
        {
          name: 'カテゴリ',
          type: 'string',
          required: true,
          pattern: {
            re: /^(避難所|広域避難場所)$/,
            expected: { ja: '「避難所」または「広域避難場所」', en: '"避難所" or "広域避難場所"' },
          },
          doc: { ja: '避難所 または 広域避難場所', en: 'Shelter (避難所) or wide-area site (広域避難場所)' },
        },
        str('住所', false, '住所', 'Address'),
        str('電話番号', false, '電話番号', 'Phone'),
        str('対象地区', false, '対象地区', 'Areas served'),
        str('対象に対する記述', false, '対象の説明', 'Description of areas served'),
        str('説明(日本語)', false, '説明', 'Description'),
      ],
      uniqueKey: ['施設名', 'カテゴリ'],
      bbox: AREA_BBOX,
    },
  },
  {
    id: 'assembly',
    file: 'shinagawa_temporary_assembly_points_2022.geojson',
    title: {
      ja: '品川区 一時集合場所（2022年の写し、位置は概略）',
      en: 'Shinagawa temporary assembly points (2022 copy, approximate positions)',
    },
    publisher: { ja: '品川区（東京都オープンデータカタログ）', en: 'Shinagawa City (Tokyo open data catalogue)' },
    sourceUrl: 'https://catalog.data.metro.tokyo.lg.jp/dataset/t131091d0000000002',
    obtainedFrom: 'GitHub satoshiyamamoto/shinagawa-shelter resources/doc/ittokishugobasho.csv (commit 3ca75ee, 2022-12-29)',
    licence: { name: '未確認（CC BY 4.0 と思われる） / unverified (probably CC BY 4.0)' },
    attribution: '出典：品川区「一時集合場所」（東京都オープンデータカタログ）',
    dataDate: { ja: '2022年12月の写し（古い可能性）', en: 'December 2022 copy (may be outdated)' },
    certainty: 'unverified-licence',
    caveats: [
      wardCatalogueUnverified,
      {
        ja: '元データの座標（度分秒を詰めた形式）を変換したため、位置は概略です（よくて ±30m）。coord_warning のある22地点は信頼できません。',
        en: 'Positions converted from packed degrees-minutes-seconds: approximate (±30 m at best); the 22 points with coord_warning are unreliable.',
      },
    ],
    changes: {
      ja: 'Shift_JIS から UTF-8 に変換。座標を DD.MMSSss として変換し、元の値を 緯度_原データ・経度_原データ に残した。',
      en: 'Shift_JIS to UTF-8; coordinates converted as DD.MMSSss, originals kept in 緯度_原データ / 経度_原データ.',
    },
    maintenance: {
      ja: '区のオープンデータが更新されたら置き換える。',
      en: "Replace when the ward's open data is updated.",
    },
    breaking: { ja: '施設名の列名の変更。', en: 'Renaming 施設名.' },
    loadedByApp: true,
    schema: {
      kind: 'geojson',
      geometry: ['Point'],
      properties: [
        str('施設名', true, '場所の名前', 'Place name'),
        str('カテゴリ', true, 'カテゴリ（一時集合場所）', 'Category'),
        str('対象地区', false, '対象地区', 'Area'),
        str('説明(日本語)', false, '説明（町会名など）', 'Description (neighbourhood association)'),
        str('緯度_原データ', true, '元データの緯度（度分秒を詰めた形式）', 'Source latitude (packed DMS)'),
        str('経度_原データ', true, '元データの経度', 'Source longitude (packed DMS)'),
        str('coord_warning', false, '座標の警告（あれば位置は信頼できない）', 'Coordinate warning (position unreliable)'),
      ],
      bbox: AREA_BBOX,
    },
  },
];

export const catalog: readonly DatasetMeta[] = [...mapCatalog, ...floodCatalog];

export function datasetById(id: DatasetId): DatasetMeta {
  const found = catalog.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown dataset ${id}`);
  return found;
}
