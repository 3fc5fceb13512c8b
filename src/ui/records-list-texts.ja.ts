// The list of flood records (src/ui/records-list.ts). Japanese is the reference:
// records-list-texts.en.ts has exactly these keys, records-list-texts.easy.ts the ones that need
// rewriting (src/i18n/README.md).
export const listJa = {
  'list.heading': '水害の記録の一覧',
  'list.intro': '品川区で記録されている水害と、町丁目別の記録です。列の見出しで並べ替えられます。',
  'list.events': '水害・関連の記録（{n} 件）',
  'list.records': '町丁目別の記録（{n} 行）',
  'list.col.date': '日付',
  'list.col.name': '名前',
  'list.col.type': '種類',
  'list.col.cause': '原因',
  'list.col.damage': '浸水した建物',
  'list.col.source': '出典の種類',
  'list.col.place': '地図上の場所',
  'list.unplaced': '区全体・場所不明',
  'list.placesMore': '{first} ほか {n} か所',
  'list.col.chome': '町丁目',
  'list.col.period': '期間',
  'list.col.below': '床下',
  'list.col.above': '床上',
  'list.col.total': '計',
  'list.col.class': '区分',
  'list.col.sourceTitle': '出典',
  'list.sortBy': '{col}で並べ替え',
  'list.download': 'ダウンロード',
  'list.downloadEventsCsv': '水害の記録 CSV',
  'list.downloadRecordsCsv': '町丁目別の記録 CSV',
  'list.downloadRecordsGeojson': '町丁目別の記録 GeoJSON',
  'list.close': '閉じる',
  'list.filtered':
    '年表で選んだ期間（{range}）の記録だけを表示しています（水害の記録 全 {total} 件中 {n} 件）。',
  'list.showAll': 'すべての期間を表示',
};

export type ListTextKey = keyof typeof listJa;
