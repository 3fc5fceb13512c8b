// The flood-history part of the catalogue: the records, the chome table, the gazetteer, Tokyo's
// Tachiai River basin table and the facts added to records later. Same shape as the map files.
import type { DatasetMeta } from './catalog';
import { num, oneOf, pat, str, url } from './catalog-fields';
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
  expected: { ja: '0 以上の整数（不確かなら末尾に ?）', en: 'whole number ≥ 0 (trailing ? if uncertain)' },
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
const scopeDoc = {
  ja: '数字の範囲: ward 区全体 / oldTown 旧町村 / local 区内の一地域 / basin 川の流域 / tokyo 東京都全体 / otherWard ほかの区 / none 数字なし',
  en: 'scope of the figures: ward / oldTown (a former town or village) / local (an area in the ward) / basin (a river basin) / tokyo (all Tokyo) / otherWard / none (no figures)',
};

const sourceClass = (required: boolean): FieldSpec =>
  oneOf(
    'source_class',
    required,
    SOURCE_CLASSES,
    '出典の確かさ（official 公的 / secondary 二次資料 / derived 本プロジェクトの計算 / personal 個人）',
    'Source class (official / secondary / derived = our arithmetic / personal)',
  );

/** A text column the app shows, in one language. */
const text = (name: string, ja: string, en: string): FieldSpec => str(name, false, ja, en);

const floodHistoryCredit =
  '出典は記録ごとに表示（品川区史〔品川区〕、品川区ホームページ、新聞各紙ほか）。表は flood-history-map の編集';

const ADDITIONS = '../shared/data-sources/flood-history/ADDITIONS_2026-11.md';

const floodEvents: DatasetMeta = {
  id: 'floodEvents',
  file: 'flood_events.csv',
  title: { ja: '品川区の水害の記録（1742〜2025年）', en: 'Flood history of Shinagawa, 1742–2025' },
  publisher: {
    ja: '各記録の出典による（品川区史、品川区ホームページ、港区史、新聞、区議会議員の広報・ブログ等）。表の編集は本プロジェクト',
    en: 'Per record (Shinagawa City history, ward web pages, Minato City history, newspapers, councillor newsletters and blogs); compiled by this project',
  },
  sourceUrl: 'https://adeac.jp/shinagawa-city/texthtml/d000010/mp000010/ht000490',
  obtainedFrom: `../shared/data-sources/flood-history/shinagawa_flood_history.csv (compiled 2025 from stored copies of public pages); 2 rows from ${ADDITIONS}`,
  licence: {
    name: '事実の編集（各記録の出典を表示すること。quote 列は検証のための短い引用）',
  },
  attribution: floodHistoryCredit,
  dataDate: { ja: '2025年10月までの記録（2026年11月に追加・訂正）', en: 'records up to October 2025 (additions and corrections of November 2026)' },
  certainty: 'secondary',
  caveats: [
    {
      ja: '多くの数字は二次資料（区史・新聞・広報）からです。source_class が personal の記録（ブログ・回想）は未確認として扱ってください。',
      en: 'Many figures come from secondary sources (municipal histories, newspapers, newsletters). Records with source_class personal (blogs, memoirs) are unverified.',
    },
    {
      ja: '1958年（狩野川台風）の数字は、出典の本文では2つとも「床上浸水」と書かれています（2つめは床下の誤りと推定）。',
      en: '1958 (Kanogawa typhoon): the source prints 床上浸水 (above floor) twice; the second figure is probably below floor (our inference).',
    },
    {
      ja: '2025年9月11日の数字は9月25日時点の速報値です。',
      en: 'The 11 Sept 2025 figures are provisional (as of 25 Sept 2025).',
    },
    {
      ja: '単位（戸・棟・件・カ所）と範囲（figures_scope）は出典によって違い、そのまま比較したり足したりはできません。',
      en: 'Units (戸 households, 棟 buildings, 件 cases, カ所 places) and scopes (figures_scope) differ between sources: figures are not directly comparable and must not be added up.',
    },
    {
      ja: '1999年8月29日の訂正（2026年11月）：元の列の「都内では2009軒」は、東京都の立会川流域の表と数が一致するので流域の数と考えられます（本プロジェクトの推定）。表示用の列（*_ja / *_en）はこの訂正を反映し、元の22列は変えていません。',
      en: 'Correction of 29 Aug 1999 (Nov 2026): the “2,009 in Tokyo” in the original columns matches Tokyo’s Tachiai River basin table and is probably the basin figure (our inference). The display columns (*_ja / *_en) carry the correction; the 22 original columns are unchanged.',
    },
  ],
  changes: {
    ja: '元の22列はそのまま。本プロジェクトが各行の本文・引用から符号化した列（cause_category・damage_unit・total_flooded・rain_max_hourly_mm・rain_total_mm・source_class・place_refs、2026年11月に figures_scope）と、表示用の日本語・英語・やさしい日本語の列（*_ja・*_en・*_easy。元が英語の列は和訳、日本語の列は英訳、いずれも本プロジェクトの訳。quote は訳さず、quote_en に本プロジェクトの訳）を付け加えた。推計はしていない（1908年の total_flooded は出典の 52戸＋37戸 の和）。2026年11月：SH-2014-06-29・SH-2024-08-21 の2行を追加（全列を本プロジェクトが記入）、SH-1989-08 の place_refs を「JR五反田駅」に。',
    en: 'The 22 original columns unchanged. We added coded columns from each row’s own text and quote (cause_category, damage_unit, total_flooded, rain_max_hourly_mm, rain_total_mm, source_class, place_refs; figures_scope in Nov 2026) and display columns in Japanese, English and easy Japanese (*_ja, *_en, *_easy: English originals translated to Japanese and Japanese ones to English, all translations ours; quotes are not translated, quote_en is our translation beside them). Nothing estimated (1908 total_flooded = the source’s 52 + 37). Nov 2026: added rows SH-2014-06-29 and SH-2024-08-21 (all columns written by us); SH-1989-08 place_refs now name JR五反田駅.',
  },
  maintenance: {
    ja: '新しい水害があれば1行追加。id は SH-YYYY-MM-DD。出典・引用・不確かさの注記を必ず書き、表示用の列（*_ja・*_en・headline_easy・damage_easy）も埋める。あとから分かった事実は flood_event_facts.csv に。',
    en: 'Add one row per new flood; id SH-YYYY-MM-DD; always fill source, quote and uncertainty notes, and the display columns (*_ja, *_en, headline_easy, damage_easy). Facts found later go to flood_event_facts.csv.',
  },
  breaking: {
    ja: 'id の変更（URL #event= が変わる）、列名の変更、cause_category・figures_scope の値の追加。',
    en: 'Changing an id (breaks #event= links), renaming columns, new cause_category or figures_scope values.',
  },
  loadedByApp: true,
  schema: {
    kind: 'csv',
    columns: [
      pat('id', true, { re: /^SH-[A-Z0-9-]+$/, expected: { ja: 'SH- で始まる ID', en: 'id starting SH-' } }, '記録の ID（URL に使う）', 'Record id (used in URLs)'),
      oneOf('record_type', true, ['event', 'related_event', 'recollection', 'memorial', 'countermeasure'], '記録の種類', 'Kind of record'),
      pat('date_start', true, isoPartial, '開始日（年だけ・年月だけも可）', 'Start date (year or year-month allowed)'),
      pat('date_end', false, isoPartial, '終了日（期間がある場合）', 'End date (for events with a duration)'),
      str('date_as_written', true, '出典の日付の書き方（和暦）', 'Date as written in the source'),
      str('event_name_ja', true, '名前（日本語）', 'Name (Japanese)'),
      str('event_name_en', true, '名前（英語、本プロジェクト訳）', 'Name (English, ours)'),
      str('cause', false, '原因（出典の記述。英語と日本語が混在）', 'Cause as described (mixed English and Japanese)'),
      str('rivers', false, '関係する河川', 'Rivers involved'),
      str('area_as_written', false, '場所（出典の表記のまま）', 'Places as written'),
      str('chome_normalized', false, '出典が町丁目を挙げる場合の現在の町丁目名', "Today's chome names, when the source names chome"),
      pat('above_floor_houses', false, countPattern, '床上浸水の数', 'Flooded above floor'),
      pat('below_floor_houses', false, countPattern, '床下浸水の数', 'Flooded below floor'),
      str('flooded_houses_total_or_other', false, '合計などの記述（出典どおり）', 'Total or other count, as written'),
      str('other_damage', false, 'その他の被害', 'Other damage'),
      str('rainfall_and_water_level_notes', false, '雨量・水位の記述', 'Rainfall and water level notes'),
      str('scope', true, '数字の範囲（区・旧町・都全体）', 'Scope of the figures (ward, old town, all Tokyo)'),
      str('source_title', true, '出典名', 'Source title'),
      url('source_url', true, '出典 URL（複数は " ; " 区切り）', 'Source URL(s), separated by " ; "'),
      str('source_kind', true, '出典の種類（記述）', 'Source kind, as described'),
      str('quote', true, '根拠となる短い引用（訳さない）', 'Short supporting quote (never translated)'),
      str('uncertainty_notes', false, '不確かさの注記', 'Uncertainty notes'),
      pat('cause_category', false, { re: /^((river|inland|stormSurge|slope|heavyRain|other)(;|$))+$/, expected: { ja: 'river / inland / stormSurge / slope / heavyRain / other（; 区切り）', en: 'river / inland / stormSurge / slope / heavyRain / other (; separated)' } }, '原因の分類（本プロジェクト付加）', 'Cause categories (added by us)'),
      str('damage_unit', false, '数の単位（戸・棟・件・カ所）', 'Unit of the counts'),
      pat('total_flooded', false, countPattern, '浸水の合計（出典が合計だけを示す場合）', 'Total flooded, when the source gives only a total'),
      num('rain_max_hourly_mm', false, '最大1時間雨量 (mm)', 'Maximum hourly rainfall (mm)'),
      num('rain_total_mm', false, '総雨量・日雨量 (mm)', 'Total / daily rainfall (mm)'),
      oneOf('source_class', true, ['official', 'secondary', 'personal'], '出典の確かさ（official 公的 / secondary 二次資料 / personal 個人）', 'Source class'),
      pat('place_refs', false, placeRefsPattern, '地図上の位置の手がかり（本プロジェクト付加）', 'Where to place it on the map (added by us)'),
      oneOf('figures_scope', false, SCOPES, `この記録の数字の範囲（本プロジェクト付加）。${scopeDoc.ja}`, `Scope of this record's figures (added by us): ${scopeDoc.en}`),
      text('cause_ja', '原因（日本語）', 'Cause (Japanese)'),
      text('cause_en', '原因（英語）', 'Cause (English)'),
      text('rivers_en', '関係する河川（英語。日本語は rivers）', 'Rivers (English; Japanese in rivers)'),
      text('area_en', '場所（英語訳。日本語は area_as_written）', 'Places (English translation; Japanese in area_as_written)'),
      text('count_note_ja', '資料の数の書き方（日本語）', 'How the source counts (Japanese)'),
      text('count_note_en', '資料の数の書き方（英語）', 'How the source counts (English)'),
      text('other_damage_ja', 'その他の被害（日本語）', 'Other damage (Japanese)'),
      text('other_damage_en', 'その他の被害（英語）', 'Other damage (English)'),
      text('rain_notes_ja', '雨量・水位（日本語）', 'Rainfall and water levels (Japanese)'),
      text('rain_notes_en', '雨量・水位（英語）', 'Rainfall and water levels (English)'),
      text('scope_ja', '数字の範囲（日本語）', 'Scope of the figures (Japanese)'),
      text('scope_en', '数字の範囲（英語）', 'Scope of the figures (English)'),
      text('source_title_en', '出典名の英語訳（出典名そのものは source_title）', 'Source title in English (the title itself is source_title)'),
      text('source_kind_ja', '出典の種類（日本語）', 'Source kind (Japanese)'),
      text('source_kind_en', '出典の種類（英語）', 'Source kind (English)'),
      text('uncertainty_ja', '不確かさの注記（日本語）', 'Uncertainty notes (Japanese)'),
      text('uncertainty_en', '不確かさの注記（英語）', 'Uncertainty notes (English)'),
      text('quote_en', '引用の英語訳（本プロジェクト訳。引用そのものは quote）', 'English translation of the quote (ours; the quote itself is quote)'),
      text('unplaced_reason_ja', '地図上に置けない理由（日本語）', 'Why it cannot be placed on the map (Japanese)'),
      text('unplaced_reason_en', '地図上に置けない理由（英語）', 'Why it cannot be placed on the map (English)'),
      text('headline_easy', 'やさしい日本語の見出し（1文）', 'Headline in easy Japanese (one sentence)'),
      text('damage_easy', 'やさしい日本語の被害の文', 'Damage sentence in easy Japanese'),
    ],
    uniqueKey: ['id'],
  },
};

const chomeRecords: DatasetMeta = {
  id: 'chomeRecords',
  file: 'chome_flood_records.csv',
  title: { ja: '町丁目別の浸水実績（一部）', en: 'Flood damage per chome (partial)' },
  publisher: { ja: '品川区', en: 'Shinagawa City' },
  sourceUrl: 'https://www.city.shinagawa.tokyo.jp/PC/bosai/bosai2/taihu/hpg000020939.html',
  obtainedFrom: `../shared/data-sources/flood-history/shinagawa_chome_inundation_1989_2020_partial.csv, shinagawa_inundation_2025_09_11_classes_partial.csv and shinagawa_chome_1999_08_29_derived.csv (transcribed in the public repository junhongo-ccs/naisui); one ward row from ${ADDITIONS}`,
  licence: { name: '品川区の公表資料（利用条件は未確認） / published by the ward (terms not verified)' },
  attribution: '出典：品川区 町丁別浸水実績一覧／品川区 令和7年9月11日浸水実績図',
  dataDate: {
    ja: '1989年〜2020年3月の累計、2025年9月11日の浸水実績図（2026年6月版の冊子）',
    en: 'Totals 1989 – March 2020; 11 Sept 2025 damage map (booklet, June 2026 edition)',
  },
  certainty: 'official',
  caveats: [
    {
      ja: '中延一〜六丁目・二葉一〜四丁目と区全体の分だけです。ほかの町丁目は「記録なし」で、「浸水ゼロ」ではありません。',
      en: 'Only 中延 1–6, 二葉 1–4 and the ward total. Other chome show "no record", which does not mean "no flooding".',
    },
    {
      ja: '区の PDF そのものではなく、公開リポジトリでの書き写しからです。2025年の値は区分（件数の範囲）で、中延三丁目は読み取りが不確かです。',
      en: 'Transcribed from the ward PDFs in a public repository, not read from the PDFs here. 2025 values are classes (ranges of cases); 中延三丁目 is uncertain.',
    },
    {
      ja: '1999年8月29日の7町丁目の数は source_class が derived（本プロジェクトの計算）：公開された割合（小数3桁）を再現する整数が1つだけなので、それを示しています（method 列）。中延四丁目は割合が公表されておらず不明（0ではない）。公的な数として示さないでください。',
      en: 'The 29 Aug 1999 counts of 7 chome have source_class derived (our arithmetic): for each, exactly one whole number reproduces the published three-decimal share (method column). 中延四丁目 is unknown (not zero): its share is not published. Never show them as official figures.',
    },
  ],
  changes: {
    ja: '2つの CSV を1つの形式にまとめ、区の表の注記にある平成11年8月29日の内訳（中延六丁目 66・69、区全体 1,137・1,614）を行として加えた。数値は変更なし。2026年11月：1999年8月29日の町丁目別の数（derived、計算方法つき）と、区全体の2008〜2017年の床上浸水106棟（東京都の記録、二次資料）を追加。注記を日本語・英語の列に。',
    en: 'Merged the two CSVs into one layout and turned the 29 Aug 1999 breakdowns given in the notes (中延六丁目 66/69; ward 1,137/1,614) into rows. No figures changed. Nov 2026: added the 29 Aug 1999 counts per chome (derived, with their method) and the ward’s 106 buildings flooded above floor in 2008–2017 (Tokyo’s record, secondary); notes in Japanese and English columns.',
  },
  maintenance: {
    ja: '区の町丁別浸水実績一覧が新しくなったら更新。町丁目名は中延１丁目・中延1丁目・中延一丁目のどれでも可（検査で照合）。',
    en: 'Update from the ward table; chome may be written 中延１丁目, 中延1丁目 or 中延一丁目 (the check matches them).',
  },
  breaking: { ja: '列名の変更、source_class の値の追加。', en: 'Renamed columns; new source_class values.' },
  loadedByApp: true,
  schema: {
    kind: 'csv',
    columns: [
      str('chome_as_written', true, '町丁目（出典の表記。区全体は 区内全域）', 'Chome as written (区内全域 = ward total)'),
      str('chome_normalized', false, '町丁目（漢数字）。区全体の行は空欄', 'Chome, kanji numerals; empty for the ward row'),
      pat('event_id', false, eventIdPattern, '対応する水害の id（期間の累計なら空欄）', 'Event id (empty for a period total)'),
      pat('period_start', true, isoDay, '期間の始め', 'Period start'),
      pat('period_end', true, isoDay, '期間の終わり', 'Period end'),
      str('period_as_written', true, '期間（出典の表記）', 'Period as written'),
      pat('below_floor', false, countPattern, '床下浸水（棟）', 'Below floor'),
      pat('above_floor', false, countPattern, '床上浸水（棟）', 'Above floor'),
      pat('total', false, countPattern, '合計', 'Total'),
      str('damage_class', false, '被害の区分（件数の範囲）', 'Damage class (range of cases)'),
      { name: 'damage_class_ordinal', type: 'integer', required: false, doc: { ja: '区分の順番（0〜6）', en: 'Class order (0–6)' } },
      str('unit', true, '単位', 'Unit'),
      oneOf('confidence', true, ['confirmed', 'likely', 'uncertain'], '読み取りの確かさ', 'Confidence of the reading'),
      str('source_title', true, '出典', 'Source'),
      sourceClass(true),
      str('note', false, '注記（元の英語）', 'Note (original, English)'),
      text('note_ja', '注記（日本語）', 'Note (Japanese)'),
      text('note_en', '注記（英語）', 'Note (English)'),
      text('method_ja', 'derived の数の求め方（日本語）', 'How a derived figure was computed (Japanese)'),
      text('method_en', 'derived の数の求め方（英語）', 'How a derived figure was computed (English)'),
      num('published_share', false, '出典が公表した割合（1989〜2020年の合計のうち、この日の分）', 'Share published by the source (this day’s part of the 1989–2020 total)'),
      text('source_title_en', '出典名の英語訳', 'Source title in English'),
      url('source_url', false, '出典 URL（書き写し・計算の出どころ）', 'Source URL (where it was transcribed or computed from)'),
      text('quote', '根拠の引用（訳さない）', 'Supporting quote (never translated)'),
    ],
  },
};

const gazetteer: DatasetMeta = {
  id: 'gazetteer',
  file: 'place_gazetteer.csv',
  title: { ja: '歴史的な地名の位置（小さな地名辞典）', en: 'Historical place names (small gazetteer)' },
  publisher: {
    ja: '行ごとの出典による（国立国会図書館、日本歴史地名大系、しながわ観光協会、品川区教育委員会の説明板、個人サイト等）。表の編集は本プロジェクト',
    en: 'Per row (National Diet Library, 日本歴史地名大系, Shinagawa tourism association, ward board of education signs, personal sites); compiled by this project',
  },
  sourceUrl: 'https://kotobank.jp/',
  obtainedFrom: 'compiled for this project from stored copies of public web pages (2026-11); each row names its source and quote',
  licence: { name: '事実の編集（各行の出典を表示すること） / compilation of facts; cite each row' },
  attribution: '地名の位置：各行の出典による（flood-history-map 編）',
  dataDate: { ja: '2026年11月 作成', en: 'compiled November 2026' },
  certainty: 'secondary',
  caveats: [
    {
      ja: '旧村・旧宿の範囲は「おおよそ」です。多くの行は個人サイトや事典の写しに基づきます（source_kind を参照）。',
      en: 'Old village and post-town extents are approximate; many rows rest on personal sites or encyclopedia copies (see source_kind).',
    },
    {
      ja: '出典が丁目を示さない地名は、町（town 列、根拠は town_basis）、駅、または「位置不明」として扱い、推定はしていません。',
      en: 'Where the source gives no chome, the place is tied to a town (town column, basis in town_basis), a station, or left unplaced; nothing is guessed.',
    },
  ],
  changes: {
    ja: '新規作成。2026年11月：town・town_basis 列と「不動前」の行を追加、品川宿・品川町を町に対応づけた。',
    en: 'New compilation. Nov 2026: added the town and town_basis columns and the 不動前 row; 品川宿 and 品川町 tied to their towns.',
  },
  maintenance: {
    ja: '新しい地名が記録に出てきたら、出典と引用を付けて1行追加。',
    en: 'Add a row, with its source and quote, when a record names a new place.',
  },
  breaking: { ja: 'name の変更（flood_events.csv の place_refs が参照）。', en: 'Renaming name (place_refs in flood_events.csv refer to it).' },
  loadedByApp: true,
  schema: {
    kind: 'csv',
    columns: [
      str('name', true, '地名（記録の表記）', 'Place name as written in records'),
      str('aliases', false, '別の書き方（; 区切り）', 'Other spellings (; separated)'),
      oneOf('kind', true, ['historic_area', 'historic_village', 'bridge', 'shrine_temple', 'landmark', 'street', 'station_area', 'old_town'], '種類', 'Kind'),
      str('chome', false, '出典が示す現在の町丁目（; 区切り）', "Today's chome the source names (; separated)"),
      str('station', false, '出典が示す最寄り駅', 'Station the source places it at'),
      str('note_ja', true, '精度についての注記', 'Precision note (Japanese)'),
      str('note_en', true, '精度についての注記（英語）', 'Precision note (English)'),
      str('source_title', true, '出典', 'Source'),
      url('source_url', true, '出典 URL', 'Source URL'),
      oneOf('source_kind', true, ['official', 'encyclopedia', 'secondary', 'personal'], '出典の種類', 'Source kind'),
      str('quote', true, '根拠の引用', 'Supporting quote'),
      str('town', false, '地名が対応する現在の町（丁目の部分を除いた町丁目名、; 区切り）。丁目は不明', 'Today’s town(s) the place corresponds to (chome name without its 丁目 part; ; separated); chome unknown'),
      str('town_basis', false, '町との対応の根拠（引用と出典。行の出典と同じなら「同じ出典」）', 'Basis of the town correspondence (quote and source; “同じ出典” when it is the row’s own source)'),
    ],
    uniqueKey: ['name'],
  },
};

const tachiaiBasin: DatasetMeta = {
  id: 'tachiaiBasin',
  file: 'tachiai_basin_major_floods_1974_2013.csv',
  title: {
    ja: '立会川流域の主な浸水実績（1974〜2013年、流域であって区ではない）',
    en: 'Major floods in the Tachiai River basin, 1974–2013 (a basin, not the ward)',
  },
  publisher: { ja: '東京都建設局「立会川河川整備計画」（平成27年11月）', en: 'Tokyo Metropolitan Government, Bureau of Construction: Tachiai River improvement plan (Nov 2015)' },
  sourceUrl: 'https://www.kensetsu.metro.tokyo.lg.jp/documents/d/kensetsu/000020618',
  obtainedFrom:
    '../shared/data-sources/flood-history/tachiai_basin_major_floods_1974_2013.csv, transcribed from the public repository junhongo-ccs/naisui (data/naisui_poc/04_llm_knowledge/region_background.md; no LICENSE file there, so Tokyo’s plan is cited as the source)',
  licence: { name: '東京都の公表資料（利用条件は未確認） / published by Tokyo (terms not verified)' },
  attribution: '出典：東京都建設局「立会川河川整備計画」（平成27年11月）表「主要な浸水実績（東京都水害記録、観測所は品川）」',
  dataDate: { ja: '1974〜2013年の記録（2015年11月の計画）', en: 'records 1974–2013 (plan of November 2015)' },
  certainty: 'secondary',
  caveats: [
    {
      ja: '範囲は立会川の流域（品川区と目黒区にまたがる 8.06 km²、約13万4千人）で、品川区ではありません。区の数と足したり、区の合計に入れたりしてはいけません。区の数の横に「立会川流域」として示します。',
      en: 'The scope is the Tachiai River basin (8.06 km² across Shinagawa and Meguro wards, about 134,000 people), not the ward. Never add these figures to ward figures or totals; show them beside the ward’s as “Tachiai River basin”.',
    },
    {
      ja: '東京都の計画そのものではなく、公開リポジトリでの書き写しからです（source_class は secondary）。',
      en: 'Transcribed in a public repository, not read from Tokyo’s plan here (source_class secondary).',
    },
    {
      ja: '同じ計画によると、立会川は延長7.41 km。月見橋（東大井六丁目付近）より上流の6.66 km は1969〜72年に下水道の「立会川幹線」として暗渠になり、下流の0.75 km だけが開いた川で、1時間50 mm の雨に対応する設計です（公開リポジトリの写しによる）。',
      en: 'Per the same plan (secondary copy): the river is 7.41 km long; the 6.66 km above 月見橋 (near 東大井六丁目) was put underground in 1969–72 as the sewer trunk 立会川幹線; only the 0.75 km below is open; the channel is designed for 50 mm/h.',
    },
  ],
  changes: {
    ja: '元の13列はそのまま。event_en・cause_en・source_kind_ja・scope_en・source_title_en（本プロジェクト訳）、scope_kind（常に basin）、source_class（secondary）、event_id（flood_events.csv に同じ日の記録があるとき）を付け加えた。',
    en: 'The 13 original columns unchanged. Added event_en, cause_en, source_kind_ja, scope_en, source_title_en (our translations), scope_kind (always basin), source_class (secondary) and event_id (when flood_events.csv has a record of the same day).',
  },
  maintenance: {
    ja: '東京都の計画や水害記録が新しくなったら行を追加。scope_kind は basin のまま。',
    en: 'Add rows when Tokyo publishes a newer plan or flood record; scope_kind stays basin.',
  },
  breaking: { ja: '列名の変更、scope_kind を basin 以外にすること。', en: 'Renamed columns; any scope_kind other than basin.' },
  loadedByApp: true,
  schema: {
    kind: 'csv',
    columns: [
      pat('date', true, isoDay, '日付（複数日の雨は始めの日）', 'Date (first day of a multi-day rain)'),
      str('event_ja', true, '雨の名前（出典の表記）', 'Name of the rain, as written'),
      num('total_rain_mm', true, '総雨量 (mm、観測所は品川)', 'Total rainfall (mm, Shinagawa gauge)'),
      num('max_hourly_rain_mm', true, '最大1時間雨量 (mm)', 'Maximum hourly rainfall (mm)'),
      pat('below_floor_buildings', true, countPattern, '床下浸水（棟、流域）', 'Buildings flooded below floor (basin)'),
      pat('above_floor_buildings', true, countPattern, '床上浸水（棟、流域）', 'Buildings flooded above floor (basin)'),
      pat('total_buildings', true, countPattern, '合計（棟、流域）', 'Total buildings (basin)'),
      str('cause_ja', true, '原因（溢水・内水）', 'Cause as written (溢水 overflow / 内水 inland)'),
      str('scope', true, '範囲（出典の表記）', 'Scope as written'),
      str('source_title', true, '出典', 'Source'),
      url('source_url', true, '出典 URL', 'Source URL'),
      str('source_kind', true, '出典の種類（英語）', 'Source kind (English)'),
      str('transcribed_from', true, '書き写しの出どころ', 'Where it was transcribed from'),
      str('event_en', true, '雨の名前（英語、本プロジェクト訳）', 'Name of the rain (English, ours)'),
      str('cause_en', true, '原因（英語）', 'Cause (English)'),
      str('source_kind_ja', true, '出典の種類（日本語）', 'Source kind (Japanese)'),
      oneOf('scope_kind', true, ['basin'], '範囲の種類。常に basin（区の数と足さない）', 'Kind of scope: always basin (never added to ward figures)'),
      str('scope_en', true, '範囲（英語）', 'Scope (English)'),
      str('source_title_en', true, '出典名の英語訳', 'Source title in English'),
      sourceClass(true),
      pat('event_id', false, eventIdPattern, 'flood_events.csv の同じ日の記録', 'Record of the same day in flood_events.csv'),
    ],
    uniqueKey: ['date'],
  },
};

const eventFacts: DatasetMeta = {
  id: 'eventFacts',
  file: 'flood_event_facts.csv',
  title: {
    ja: '水害の記録に加えた事実（深さ・雨量・訂正など）',
    en: 'Facts added to flood records (depths, rainfall, corrections …)',
  },
  publisher: {
    ja: '行ごとの出典による（品川区史、区議会議員のニュース、新聞、東京都・港区のページ）。表の編集は本プロジェクト',
    en: 'Per row (Shinagawa City history, councillor newsletters, newspapers, Tokyo and Minato City pages); compiled by this project',
  },
  sourceUrl: 'https://adeac.jp/shinagawa-city/texthtml/d000010/mp000010/ht000500',
  obtainedFrom: `${ADDITIONS} and the depth figures already quoted in flood_events.csv; quotes re-read in stored copies of the pages (2026-11)`,
  licence: { name: '事実の編集（各行の出典を表示すること。quote 列は検証のための短い引用） / compilation of facts; cite each row' },
  attribution: '出典は行ごとに表示。表は flood-history-map の編集',
  dataDate: { ja: '2026年11月 作成', en: 'compiled November 2026' },
  certainty: 'secondary',
  caveats: [
    {
      ja: '各行の scope（区・流域・東京都・ほかの区…）が違う数は、足したり比べたりしないでください。',
      en: 'Figures with different scope (ward, basin, Tokyo, another ward …) must not be added or compared.',
    },
    {
      ja: '尺の深さは 1尺＝10/33 m で換算しています（本プロジェクトの換算）。83 cm・37 cm は店の人の話で、何からの深さかは書かれていません（depth_reference = unstated）。',
      en: 'Depths in shaku are converted at 1 shaku = 10/33 m (ours). The 83 cm and 37 cm are a shopkeeper’s account and do not say what they were measured from (depth_reference = unstated).',
    },
    {
      ja: '2025年9月19日時点の東京都全体の数（消防庁、床上914＋床下310＝1,224）は、引用元のページを確かめられなかったので入れていません。',
      en: 'The Tokyo-wide count as of 19 Sept 2025 (FDMA, 914 above + 310 below = 1,224) is left out: the page stating it could not be checked.',
    },
  ],
  changes: { ja: '新規作成。', en: 'New compilation.' },
  maintenance: {
    ja: '記録についての新しい事実は1行追加（event_id で結ぶ）。出典・URL・引用・source_class を必ず書く。',
    en: 'Add a row per new fact about a record (joined by event_id), always with source, URL, quote and source_class.',
  },
  breaking: { ja: 'fact_id の変更、列名の変更、kind・scope・depth_reference の値の追加。', en: 'Changing fact_id, renamed columns, new kind, scope or depth_reference values.' },
  loadedByApp: true,
  schema: {
    kind: 'csv',
    columns: [
      pat('fact_id', true, { re: /^SH-[A-Z0-9-]+\/[a-z0-9-]+$/, expected: { ja: '記録の id / 短い名前', en: 'record id / short name' } }, '事実の ID', 'Fact id'),
      pat('event_id', true, eventIdPattern, '対応する記録の id', 'Record it belongs to'),
      oneOf('kind', true, ['depth', 'rain', 'storage', 'damage', 'alert', 'count', 'correction', 'comparison'], '事実の種類', 'Kind of fact'),
      oneOf('scope', true, SCOPES, scopeDoc.ja, scopeDoc.en),
      str('text_ja', true, '事実（日本語）', 'The fact (Japanese)'),
      str('text_en', true, '事実（英語）', 'The fact (English)'),
      text('text_easy', '事実（やさしい日本語）', 'The fact (easy Japanese)'),
      text('where_ja', '場所（日本語）', 'Where (Japanese)'),
      text('where_en', '場所（英語）', 'Where (English)'),
      pat('place_refs', false, placeRefsPattern, '地図上の位置の手がかり（記録の位置に加える）', 'Where to place it (added to the record’s places)'),
      num('depth_min_m', false, '水の深さ（m）。範囲なら下限', 'Water depth (m); the lower bound of a range'),
      num('depth_max_m', false, '範囲の上限（m）。1つの値なら depth_min_m と同じ、上限なしは空欄', 'Upper bound (m); equal to depth_min_m for a single value, empty when open-ended'),
      oneOf('depth_more_than', false, ['true'], '「〜余」（それより深い）なら true', 'true for “more than” (〜余)'),
      oneOf('depth_reference', false, ['ground', 'floor', 'street', 'unstated'], '何からの深さか（ground 地面 / floor 床の上 / street 路上 / unstated 書かれていない）', 'Measured from: ground / floor (above floor) / street / unstated'),
      text('depth_as_written', '深さの出典の書き方', 'Depth as written'),
      text('depth_note_ja', '深さの注記（換算など、日本語）', 'Depth note (conversion etc., Japanese)'),
      text('depth_note_en', '深さの注記（英語）', 'Depth note (English)'),
      str('source_title', true, '出典', 'Source'),
      str('source_title_en', true, '出典名の英語訳', 'Source title in English'),
      url('source_url', true, '出典 URL（複数は " ; " 区切り）', 'Source URL(s), separated by " ; "'),
      str('source_kind_ja', true, '出典の種類（日本語）', 'Source kind (Japanese)'),
      str('source_kind_en', true, '出典の種類（英語）', 'Source kind (English)'),
      sourceClass(true),
      str('quote', true, '根拠となる短い引用（訳さない）', 'Short supporting quote (never translated)'),
      str('quote_en', true, '引用の英語訳（本プロジェクト訳）', 'English translation of the quote (ours)'),
      text('note_ja', '注記（日本語）', 'Note (Japanese)'),
      text('note_en', '注記（英語）', 'Note (English)'),
    ],
    uniqueKey: ['fact_id'],
  },
};

export const floodCatalog: readonly DatasetMeta[] = [floodEvents, chomeRecords, gazetteer, tachiaiBasin, eventFacts];
