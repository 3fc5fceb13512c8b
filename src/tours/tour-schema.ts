// Columns of the two kinds of tour file in data/tours/: tours.csv (one row per tour, like the
// Options sheet of Leaflet Storymaps) and <tour id>.csv (one row per step, like its Chapters sheet).
// validateCsv checks these; parse-tour.ts then reads the cells that need more than a pattern.
import { num, oneOf, pat, str } from '../data/documented-fields';
import { AREA_BBOX, type CsvSchema, type DocumentedField } from '../data/schema';
import { THEN_IDS } from '../config/then-ids';

/** The index of tours. */
export const TOURS_INDEX_FILE = 'tours.csv';

/** Several values in one cell, as in flood_events.csv: " ; " between them. */
export const LIST_SEPARATOR = ' ; ';

const slug = {
  re: /^[a-z0-9]+(-[a-z0-9]+)*$/,
  expected: {
    ja: '英小文字・数字とハイフン（例: meguro-gotanda）',
    en: 'lower-case letters, digits and hyphens (e.g. meguro-gotanda)',
  },
};

const curriculum = {
  re: /^[0-9A-Z]{16}( ; [0-9A-Z]{16})*$/,
  expected: {
    ja: '16桁の学習指導要領コード（複数は " ; " 区切り）',
    en: '16-character curriculum codes (several separated by " ; ")',
  },
};

export const TOURS_INDEX_SCHEMA: CsvSchema<DocumentedField> = {
  kind: 'csv',
  uniqueKey: ['id'],
  columns: [
    pat(
      'id',
      true,
      slug,
      'ツアーの ID。手順のファイル名は「ID.csv」',
      'Tour id; its steps are in "<id>.csv"',
    ),
    str('title_ja', true, 'タイトル（日本語）', 'Title (Japanese)'),
    str('title_easy', false, 'タイトル（やさしい日本語）', 'Title (easy Japanese)'),
    str('title_en', false, 'タイトル（英語）', 'Title (English)'),
    str('summary_ja', true, 'ねらい・概要（日本語）', 'Aim and summary (Japanese)'),
    str('summary_easy', false, 'ねらい・概要（やさしい日本語）', 'Aim and summary (easy Japanese)'),
    str('summary_en', false, 'ねらい・概要（英語）', 'Aim and summary (English)'),
    str('audience_ja', true, '対象（例: 小4）', 'Audience as written in Japanese (e.g. 小4)'),
    str('audience_en', false, '対象（英語）', 'Audience (English)'),
    pat(
      'curriculum',
      true,
      curriculum,
      '学習指導要領コード',
      'Curriculum codes (学習指導要領コード)',
    ),
  ],
};

const year = {
  re: /^\d{4}$/,
  expected: { ja: '西暦4桁（例: 1999）', en: 'four-digit year (e.g. 1999)' },
};

export const TOUR_STEPS_SCHEMA: CsvSchema<DocumentedField> = {
  kind: 'csv',
  uniqueKey: ['step'],
  lonLat: { lon: 'lon', lat: 'lat', bbox: AREA_BBOX },
  columns: [
    pat(
      'step',
      true,
      slug,
      '手順の ID（並べ替えても変わらない）',
      'Step id (stays when steps are reordered)',
    ),
    str('title_ja', true, '見出し（日本語）', 'Heading (Japanese)'),
    str('title_easy', false, '見出し（やさしい日本語）', 'Heading (easy Japanese)'),
    str('title_en', false, '見出し（英語）', 'Heading (English)'),
    str('text_ja', true, '本文（日本語）', 'Text (Japanese)'),
    str('text_easy', false, '本文（やさしい日本語）', 'Text (easy Japanese)'),
    str('text_en', false, '本文（英語）', 'Text (English)'),
    str('question_ja', true, '児童・生徒への問い（日本語）', 'Question for pupils (Japanese)'),
    str('question_easy', false, '問い（やさしい日本語）', 'Question (easy Japanese)'),
    str('question_en', false, '問い（英語）', 'Question (English)'),
    num('lon', true, '地図の中心の経度', 'Longitude of the map centre'),
    num('lat', true, '地図の中心の緯度', 'Latitude of the map centre'),
    num('zoom', true, 'ズーム（10〜18）', 'Zoom (10–18)'),
    str(
      'layers',
      false,
      '表示するレイヤ（カンマ区切り。空欄は初期設定）',
      'Layers shown (comma-separated; empty: the defaults)',
    ),
    str(
      'hazards',
      false,
      'ハザードレイヤと不透明度（例: flood_l2_depth:70）',
      'Hazard layers with opacity (e.g. flood_l2_depth:70)',
    ),
    pat('period_from', false, year, '期間の始まりの年', 'First year of the period'),
    pat('period_to', false, year, '期間の終わりの年', 'Last year of the period'),
    oneOf(
      'period_mode',
      false,
      ['range', 'cumulative'],
      '期間の見方（空欄は range）',
      'Period mode (empty: range)',
    ),
    oneOf(
      'measure',
      false,
      ['counts', 'classes'],
      '町丁目の色分け（空欄は counts）',
      'What colours the chome (empty: counts)',
    ),
    str(
      'selection',
      false,
      '選ぶもの（chome:コード / station:駅名 / event:ID）',
      'Selection (chome:code / station:name / event:id)',
    ),
    oneOf(
      'then',
      false,
      THEN_IDS,
      '今と昔をくらべる：地図の左に出す昔の写真・地図の ID（空欄はなし）',
      'Then and now: id of the old photo or map shown left of the divider (empty: none)',
    ),
    str(
      'source_title',
      true,
      '出典の名前（複数は " ; " 区切り）',
      'Source titles (several separated by " ; ")',
    ),
    str('source_url', true, '出典の URL（出典の名前と同じ数）', 'Source URLs (as many as titles)'),
    str(
      'source_class',
      true,
      '出典の種類（official / secondary / personal / derived）',
      'Source labels (official / secondary / personal / derived)',
    ),
  ],
};

export { ZOOM_RANGE } from './tour-model';
