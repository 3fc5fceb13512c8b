// Printed worksheets (src/tours/worksheet*.ts, a lazy chunk; worksheet-texts.ts registers them).
// Japanese is the reference: worksheet-texts.en.ts has exactly these keys, worksheet-texts.easy.ts
// the ones that need rewriting (src/i18n/README.md).
export const worksheetJa = {
  'ws.north': '北',
  'ws.scale': '1cm＝{m}m',
  'ws.scaleAlt': '縮尺：地図上の1cmは約{m}m',
  'ws.legend': '凡例',
  'ws.dataDate': 'データの時点',
  'ws.printed': '印刷日：{date}',
  'ws.edited': '地理院タイルに水害の記録・町丁目界などを追記して掲載',
  'ws.answer': '考えたことを書こう',
  'ws.name': '年　　組　　番　名前',
  'ws.qr': 'この手順を開く QR コード',
  'ws.mapAlt': '手順「{title}」の地図',
  'ws.curriculum': '学習指導要領コード：{codes}',
  'ws.teacherTitle': '先生用シート：{title}',
  'ws.teacherQuestion': '問い：',
  'ws.teacherSource': '{title}（{kind}）{url}',

  'ws.noQrLesson':
    'この授業は先生が作ったものです。QRコードはありません。先生からファイルかリンクをもらってください。',
  'ws.noQrLong': 'この手順のアドレスは長すぎて、QRコードにできません。先生に聞いてください。',
  'ws.thenLayer': '画面でくらべた昔の写真・地図：{name}',
  'ws.thenNotPrinted': '昔の写真・地図は画面だけに表示されます（印刷されません）',
};

export type WorksheetTextKey = keyof typeof worksheetJa;
