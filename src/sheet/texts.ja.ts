// The place sheet (print and share a place's answer or an event page: src/sheet/): the panel's
// two buttons, what sharing did, and the printed page's own lines. Japanese is the reference:
// texts.en.ts has exactly these keys, texts.easy.ts the ones that need rewriting.
export const sheetJa = {
  'sheet.print': '印刷',
  'sheet.printName': 'この内容を印刷（A4 1枚）',
  'sheet.share': '共有',
  'sheet.shareName': 'このページへのリンクを共有',
  'sheet.shared': 'リンクを共有しました。',
  'sheet.copied': 'リンクをコピーしました。貼り付けて送れます。',
  'sheet.failed': 'リンクを送れませんでした。このアドレスを書き写してください：{url}',
  'sheet.printed': '印刷日：{date}',
  'sheet.dataDate': 'データの時点',
  'sheet.credits': '出典',
  'sheet.more': 'ほか {n} 件（画面で見られます）',
  'sheet.mapAlt': '{title} の地図（選んだ場所の線つき）',
  'sheet.noMap': '地図は画面だけに表示されます（この端末では地図を画像にできません）',
  'sheet.qr': 'この画面を開く QR コード',
  'sheet.link': 'この画面のアドレス：{url}',
  'sheet.edited': '地理院タイルに水害の記録・町丁目界などを追記して掲載',
};

export type SheetTextKey = keyof typeof sheetJa;
