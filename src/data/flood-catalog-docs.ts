// What the flood-history files are, where they come from and what their columns mean: the
// documentation half of flood-catalog.ts, for the credits dialog, data/README.md and the desk (never
// in the residents' first load). Keyed by dataset id and by field name; catalog-docs.test.ts checks both.
import type { DatasetDocs } from './catalog-docs';

const ADDITIONS = '../shared/data-sources/flood-history/ADDITIONS_2026-11.md';

const scopeDoc = {
  ja: '数字の範囲: ward 区全体 / oldTown 旧町村 / local 区内の一地域 / basin 川の流域 / tokyo 東京都全体 / otherWard ほかの区 / none 数字なし',
  en: 'scope of the figures: ward / oldTown (a former town or village) / local (an area in the ward) / basin (a river basin) / tokyo (all Tokyo) / otherWard / none (no figures)',
};

const sourceClassDoc = {
  ja: '出典の確かさ（official 公的 / secondary 二次資料 / derived 本プロジェクトの計算 / personal 個人）',
  en: 'Source class (official / secondary / derived = our arithmetic / personal)',
};

export const floodCatalogDocs = {
  floodEvents: {
    title: {
      ja: '品川区の水害の記録（1742〜2025年）',
      en: 'Flood history of Shinagawa, 1742–2025',
    },
    publisher: {
      ja: '各記録の出典による（品川区史、品川区ホームページ、港区史、新聞、区議会議員の広報・ブログ等）。表の編集は本プロジェクト',
      en: 'Per record (Shinagawa City history, ward web pages, Minato City history, newspapers, councillor newsletters and blogs); compiled by this project',
    },
    sourceUrl: 'https://adeac.jp/shinagawa-city/texthtml/d000010/mp000010/ht000490',
    obtainedFrom: `../shared/data-sources/flood-history/shinagawa_flood_history.csv (compiled 2025 from stored copies of public pages); 2 rows from ${ADDITIONS}`,
    licence: {
      name: '事実の編集（各記録の出典を表示すること。quote 列は検証のための短い引用）',
    },
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
    fieldDocs: {
      id: { ja: '記録の ID（URL に使う）', en: 'Record id (used in URLs)' },
      record_type: { ja: '記録の種類', en: 'Kind of record' },
      date_start: {
        ja: '開始日（年だけ・年月だけも可）',
        en: 'Start date (year or year-month allowed)',
      },
      date_end: { ja: '終了日（期間がある場合）', en: 'End date (for events with a duration)' },
      date_as_written: { ja: '出典の日付の書き方（和暦）', en: 'Date as written in the source' },
      event_name_ja: { ja: '名前（日本語）', en: 'Name (Japanese)' },
      event_name_en: { ja: '名前（英語、本プロジェクト訳）', en: 'Name (English, ours)' },
      cause: {
        ja: '原因（出典の記述。英語と日本語が混在）',
        en: 'Cause as described (mixed English and Japanese)',
      },
      rivers: { ja: '関係する河川', en: 'Rivers involved' },
      area_as_written: { ja: '場所（出典の表記のまま）', en: 'Places as written' },
      chome_normalized: {
        ja: '出典が町丁目を挙げる場合の現在の町丁目名',
        en: "Today's chome names, when the source names chome",
      },
      above_floor_houses: { ja: '床上浸水の数', en: 'Flooded above floor' },
      below_floor_houses: { ja: '床下浸水の数', en: 'Flooded below floor' },
      flooded_houses_total_or_other: {
        ja: '合計などの記述（出典どおり）',
        en: 'Total or other count, as written',
      },
      other_damage: { ja: 'その他の被害', en: 'Other damage' },
      rainfall_and_water_level_notes: {
        ja: '雨量・水位の記述',
        en: 'Rainfall and water level notes',
      },
      scope: {
        ja: '数字の範囲（区・旧町・都全体）',
        en: 'Scope of the figures (ward, old town, all Tokyo)',
      },
      source_title: { ja: '出典名', en: 'Source title' },
      source_url: {
        ja: '出典 URL（複数は " ; " 区切り）',
        en: 'Source URL(s), separated by " ; "',
      },
      source_kind: { ja: '出典の種類（記述）', en: 'Source kind, as described' },
      quote: {
        ja: '根拠となる短い引用（訳さない）',
        en: 'Short supporting quote (never translated)',
      },
      uncertainty_notes: { ja: '不確かさの注記', en: 'Uncertainty notes' },
      cause_category: {
        ja: '原因の分類（本プロジェクト付加）',
        en: 'Cause categories (added by us)',
      },
      damage_unit: { ja: '数の単位（戸・棟・件・カ所）', en: 'Unit of the counts' },
      total_flooded: {
        ja: '浸水の合計（出典が合計だけを示す場合）',
        en: 'Total flooded, when the source gives only a total',
      },
      rain_max_hourly_mm: { ja: '最大1時間雨量 (mm)', en: 'Maximum hourly rainfall (mm)' },
      rain_total_mm: { ja: '総雨量・日雨量 (mm)', en: 'Total / daily rainfall (mm)' },
      source_class: {
        ja: '出典の確かさ（official 公的 / secondary 二次資料 / personal 個人）',
        en: 'Source class',
      },
      place_refs: {
        ja: '地図上の位置の手がかり（本プロジェクト付加）',
        en: 'Where to place it on the map (added by us)',
      },
      figures_scope: {
        ja: `この記録の数字の範囲（本プロジェクト付加）。${scopeDoc.ja}`,
        en: `Scope of this record's figures (added by us): ${scopeDoc.en}`,
      },
      cause_ja: { ja: '原因（日本語）', en: 'Cause (Japanese)' },
      cause_en: { ja: '原因（英語）', en: 'Cause (English)' },
      rivers_en: {
        ja: '関係する河川（英語。日本語は rivers）',
        en: 'Rivers (English; Japanese in rivers)',
      },
      area_en: {
        ja: '場所（英語訳。日本語は area_as_written）',
        en: 'Places (English translation; Japanese in area_as_written)',
      },
      count_note_ja: { ja: '資料の数の書き方（日本語）', en: 'How the source counts (Japanese)' },
      count_note_en: { ja: '資料の数の書き方（英語）', en: 'How the source counts (English)' },
      other_damage_ja: { ja: 'その他の被害（日本語）', en: 'Other damage (Japanese)' },
      other_damage_en: { ja: 'その他の被害（英語）', en: 'Other damage (English)' },
      rain_notes_ja: { ja: '雨量・水位（日本語）', en: 'Rainfall and water levels (Japanese)' },
      rain_notes_en: { ja: '雨量・水位（英語）', en: 'Rainfall and water levels (English)' },
      scope_ja: { ja: '数字の範囲（日本語）', en: 'Scope of the figures (Japanese)' },
      scope_en: { ja: '数字の範囲（英語）', en: 'Scope of the figures (English)' },
      source_title_en: {
        ja: '出典名の英語訳（出典名そのものは source_title）',
        en: 'Source title in English (the title itself is source_title)',
      },
      source_kind_ja: { ja: '出典の種類（日本語）', en: 'Source kind (Japanese)' },
      source_kind_en: { ja: '出典の種類（英語）', en: 'Source kind (English)' },
      uncertainty_ja: { ja: '不確かさの注記（日本語）', en: 'Uncertainty notes (Japanese)' },
      uncertainty_en: { ja: '不確かさの注記（英語）', en: 'Uncertainty notes (English)' },
      quote_en: {
        ja: '引用の英語訳（本プロジェクト訳。引用そのものは quote）',
        en: 'English translation of the quote (ours; the quote itself is quote)',
      },
      unplaced_reason_ja: {
        ja: '地図上に置けない理由（日本語）',
        en: 'Why it cannot be placed on the map (Japanese)',
      },
      unplaced_reason_en: {
        ja: '地図上に置けない理由（英語）',
        en: 'Why it cannot be placed on the map (English)',
      },
      headline_easy: {
        ja: 'やさしい日本語の見出し（1文）',
        en: 'Headline in easy Japanese (one sentence)',
      },
      damage_easy: { ja: 'やさしい日本語の被害の文', en: 'Damage sentence in easy Japanese' },
    },
  },
  chomeRecords: {
    title: { ja: '町丁目別の浸水実績（一部）', en: 'Flood damage per chome (partial)' },
    publisher: { ja: '品川区', en: 'Shinagawa City' },
    sourceUrl: 'https://www.city.shinagawa.tokyo.jp/PC/bosai/bosai2/taihu/hpg000020939.html',
    obtainedFrom: `../shared/data-sources/flood-history/shinagawa_chome_inundation_1989_2020_partial.csv, shinagawa_inundation_2025_09_11_classes_partial.csv and shinagawa_chome_1999_08_29_derived.csv (transcribed in the public repository junhongo-ccs/naisui); one ward row from ${ADDITIONS}`,
    licence: {
      name: '品川区の公表資料（利用条件は未確認） / published by the ward (terms not verified)',
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
    breaking: {
      ja: '列名の変更、source_class の値の追加。',
      en: 'Renamed columns; new source_class values.',
    },
    fieldDocs: {
      chome_as_written: {
        ja: '町丁目（出典の表記。区全体は 区内全域）',
        en: 'Chome as written (区内全域 = ward total)',
      },
      chome_normalized: {
        ja: '町丁目（漢数字）。区全体の行は空欄',
        en: 'Chome, kanji numerals; empty for the ward row',
      },
      event_id: {
        ja: '対応する水害の id（期間の累計なら空欄）',
        en: 'Event id (empty for a period total)',
      },
      period_start: { ja: '期間の始め', en: 'Period start' },
      period_end: { ja: '期間の終わり', en: 'Period end' },
      period_as_written: { ja: '期間（出典の表記）', en: 'Period as written' },
      below_floor: { ja: '床下浸水（棟）', en: 'Below floor' },
      above_floor: { ja: '床上浸水（棟）', en: 'Above floor' },
      total: { ja: '合計', en: 'Total' },
      damage_class: { ja: '被害の区分（件数の範囲）', en: 'Damage class (range of cases)' },
      damage_class_ordinal: { ja: '区分の順番（0〜6）', en: 'Class order (0–6)' },
      unit: { ja: '単位', en: 'Unit' },
      confidence: { ja: '読み取りの確かさ', en: 'Confidence of the reading' },
      source_title: { ja: '出典', en: 'Source' },
      source_class: sourceClassDoc,
      note: { ja: '注記（元の英語）', en: 'Note (original, English)' },
      note_ja: { ja: '注記（日本語）', en: 'Note (Japanese)' },
      note_en: { ja: '注記（英語）', en: 'Note (English)' },
      method_ja: {
        ja: 'derived の数の求め方（日本語）',
        en: 'How a derived figure was computed (Japanese)',
      },
      method_en: {
        ja: 'derived の数の求め方（英語）',
        en: 'How a derived figure was computed (English)',
      },
      published_share: {
        ja: '出典が公表した割合（1989〜2020年の合計のうち、この日の分）',
        en: 'Share published by the source (this day’s part of the 1989–2020 total)',
      },
      source_title_en: { ja: '出典名の英語訳', en: 'Source title in English' },
      source_url: {
        ja: '出典 URL（書き写し・計算の出どころ）',
        en: 'Source URL (where it was transcribed or computed from)',
      },
      quote: { ja: '根拠の引用（訳さない）', en: 'Supporting quote (never translated)' },
    },
  },
  gazetteer: {
    title: {
      ja: '歴史的な地名の位置（小さな地名辞典）',
      en: 'Historical place names (small gazetteer)',
    },
    publisher: {
      ja: '行ごとの出典による（国立国会図書館、日本歴史地名大系、しながわ観光協会、品川区教育委員会の説明板、個人サイト等）。表の編集は本プロジェクト',
      en: 'Per row (National Diet Library, 日本歴史地名大系, Shinagawa tourism association, ward board of education signs, personal sites); compiled by this project',
    },
    sourceUrl: 'https://kotobank.jp/',
    obtainedFrom:
      'compiled for this project from stored copies of public web pages (2026-11); each row names its source and quote',
    licence: {
      name: '事実の編集（各行の出典を表示すること） / compilation of facts; cite each row',
    },
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
    breaking: {
      ja: 'name の変更（flood_events.csv の place_refs が参照）。',
      en: 'Renaming name (place_refs in flood_events.csv refer to it).',
    },
    fieldDocs: {
      name: { ja: '地名（記録の表記）', en: 'Place name as written in records' },
      aliases: { ja: '別の書き方（; 区切り）', en: 'Other spellings (; separated)' },
      kind: { ja: '種類', en: 'Kind' },
      chome: {
        ja: '出典が示す現在の町丁目（; 区切り）',
        en: "Today's chome the source names (; separated)",
      },
      station: { ja: '出典が示す最寄り駅', en: 'Station the source places it at' },
      note_ja: { ja: '精度についての注記', en: 'Precision note (Japanese)' },
      note_en: { ja: '精度についての注記（英語）', en: 'Precision note (English)' },
      source_title: { ja: '出典', en: 'Source' },
      source_url: { ja: '出典 URL', en: 'Source URL' },
      source_kind: { ja: '出典の種類', en: 'Source kind' },
      quote: { ja: '根拠の引用', en: 'Supporting quote' },
      town: {
        ja: '地名が対応する現在の町（丁目の部分を除いた町丁目名、; 区切り）。丁目は不明',
        en: 'Today’s town(s) the place corresponds to (chome name without its 丁目 part; ; separated); chome unknown',
      },
      town_basis: {
        ja: '町との対応の根拠（引用と出典。行の出典と同じなら「同じ出典」）',
        en: 'Basis of the town correspondence (quote and source; “同じ出典” when it is the row’s own source)',
      },
    },
  },
  tachiaiBasin: {
    title: {
      ja: '立会川流域の主な浸水実績（1974〜2013年、流域であって区ではない）',
      en: 'Major floods in the Tachiai River basin, 1974–2013 (a basin, not the ward)',
    },
    publisher: {
      ja: '東京都建設局「立会川河川整備計画」（平成27年11月）',
      en: 'Tokyo Metropolitan Government, Bureau of Construction: Tachiai River improvement plan (Nov 2015)',
    },
    sourceUrl: 'https://www.kensetsu.metro.tokyo.lg.jp/documents/d/kensetsu/000020618',
    obtainedFrom:
      '../shared/data-sources/flood-history/tachiai_basin_major_floods_1974_2013.csv, transcribed from the public repository junhongo-ccs/naisui (data/naisui_poc/04_llm_knowledge/region_background.md; no LICENSE file there, so Tokyo’s plan is cited as the source)',
    licence: {
      name: '東京都の公表資料（利用条件は未確認） / published by Tokyo (terms not verified)',
    },
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
    breaking: {
      ja: '列名の変更、scope_kind を basin 以外にすること。',
      en: 'Renamed columns; any scope_kind other than basin.',
    },
    fieldDocs: {
      date: { ja: '日付（複数日の雨は始めの日）', en: 'Date (first day of a multi-day rain)' },
      event_ja: { ja: '雨の名前（出典の表記）', en: 'Name of the rain, as written' },
      total_rain_mm: {
        ja: '総雨量 (mm、観測所は品川)',
        en: 'Total rainfall (mm, Shinagawa gauge)',
      },
      max_hourly_rain_mm: { ja: '最大1時間雨量 (mm)', en: 'Maximum hourly rainfall (mm)' },
      below_floor_buildings: {
        ja: '床下浸水（棟、流域）',
        en: 'Buildings flooded below floor (basin)',
      },
      above_floor_buildings: {
        ja: '床上浸水（棟、流域）',
        en: 'Buildings flooded above floor (basin)',
      },
      total_buildings: { ja: '合計（棟、流域）', en: 'Total buildings (basin)' },
      cause_ja: { ja: '原因（溢水・内水）', en: 'Cause as written (溢水 overflow / 内水 inland)' },
      scope: { ja: '範囲（出典の表記）', en: 'Scope as written' },
      source_title: { ja: '出典', en: 'Source' },
      source_url: { ja: '出典 URL', en: 'Source URL' },
      source_kind: { ja: '出典の種類（英語）', en: 'Source kind (English)' },
      transcribed_from: { ja: '書き写しの出どころ', en: 'Where it was transcribed from' },
      event_en: {
        ja: '雨の名前（英語、本プロジェクト訳）',
        en: 'Name of the rain (English, ours)',
      },
      cause_en: { ja: '原因（英語）', en: 'Cause (English)' },
      source_kind_ja: { ja: '出典の種類（日本語）', en: 'Source kind (Japanese)' },
      scope_kind: {
        ja: '範囲の種類。常に basin（区の数と足さない）',
        en: 'Kind of scope: always basin (never added to ward figures)',
      },
      scope_en: { ja: '範囲（英語）', en: 'Scope (English)' },
      source_title_en: { ja: '出典名の英語訳', en: 'Source title in English' },
      source_class: sourceClassDoc,
      event_id: {
        ja: 'flood_events.csv の同じ日の記録',
        en: 'Record of the same day in flood_events.csv',
      },
    },
  },
  eventFacts: {
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
    licence: {
      name: '事実の編集（各行の出典を表示すること。quote 列は検証のための短い引用） / compilation of facts; cite each row',
    },
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
    breaking: {
      ja: 'fact_id の変更、列名の変更、kind・scope・depth_reference の値の追加。',
      en: 'Changing fact_id, renamed columns, new kind, scope or depth_reference values.',
    },
    fieldDocs: {
      fact_id: { ja: '事実の ID', en: 'Fact id' },
      event_id: { ja: '対応する記録の id', en: 'Record it belongs to' },
      kind: { ja: '事実の種類', en: 'Kind of fact' },
      scope: scopeDoc,
      text_ja: { ja: '事実（日本語）', en: 'The fact (Japanese)' },
      text_en: { ja: '事実（英語）', en: 'The fact (English)' },
      text_easy: { ja: '事実（やさしい日本語）', en: 'The fact (easy Japanese)' },
      where_ja: { ja: '場所（日本語）', en: 'Where (Japanese)' },
      where_en: { ja: '場所（英語）', en: 'Where (English)' },
      place_refs: {
        ja: '地図上の位置の手がかり（記録の位置に加える）',
        en: 'Where to place it (added to the record’s places)',
      },
      depth_min_m: {
        ja: '水の深さ（m）。範囲なら下限',
        en: 'Water depth (m); the lower bound of a range',
      },
      depth_max_m: {
        ja: '範囲の上限（m）。1つの値なら depth_min_m と同じ、上限なしは空欄',
        en: 'Upper bound (m); equal to depth_min_m for a single value, empty when open-ended',
      },
      depth_more_than: {
        ja: '「〜余」（それより深い）なら true',
        en: 'true for “more than” (〜余)',
      },
      depth_reference: {
        ja: '何からの深さか（ground 地面 / floor 床の上 / street 路上 / unstated 書かれていない）',
        en: 'Measured from: ground / floor (above floor) / street / unstated',
      },
      depth_as_written: { ja: '深さの出典の書き方', en: 'Depth as written' },
      depth_note_ja: {
        ja: '深さの注記（換算など、日本語）',
        en: 'Depth note (conversion etc., Japanese)',
      },
      depth_note_en: { ja: '深さの注記（英語）', en: 'Depth note (English)' },
      source_title: { ja: '出典', en: 'Source' },
      source_title_en: { ja: '出典名の英語訳', en: 'Source title in English' },
      source_url: {
        ja: '出典 URL（複数は " ; " 区切り）',
        en: 'Source URL(s), separated by " ; "',
      },
      source_kind_ja: { ja: '出典の種類（日本語）', en: 'Source kind (Japanese)' },
      source_kind_en: { ja: '出典の種類（英語）', en: 'Source kind (English)' },
      source_class: sourceClassDoc,
      quote: {
        ja: '根拠となる短い引用（訳さない）',
        en: 'Short supporting quote (never translated)',
      },
      quote_en: {
        ja: '引用の英語訳（本プロジェクト訳）',
        en: 'English translation of the quote (ours)',
      },
      note_ja: { ja: '注記（日本語）', en: 'Note (Japanese)' },
      note_en: { ja: '注記（英語）', en: 'Note (English)' },
    },
  },
} satisfies Record<string, DatasetDocs>;
