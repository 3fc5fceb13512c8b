// Then and now: old photos and maps beside today's map (src/ui/then-now-controls.ts,
// src/map/compare-*.ts). Japanese is the reference: texts.en.ts has exactly these keys,
// texts.easy.ts the ones that need rewriting (src/i18n/README.md).
export const thenNowJa = {
  'then.heading': '今と昔をくらべる（インターネット接続時）',
  'then.intro':
    '地図の左側に昔の空中写真や地図、右側に今の地図を出します。境目の線はドラッグするか、線を選んで矢印キーで動かせます。',
  'then.choice': 'くらべる昔の写真・地図',
  'then.off': 'くらべない',
  'then.display': '見せ方',
  'then.swipe': '左右に分ける（境目を動かす）',
  'then.overlay': '地図全体に重ねる（濃さを変える）',
  'then.opacity': '昔の写真・地図の濃さ',
  'then.checking': '昔の写真・地図のサーバーを確認中…',
  'then.unavailable':
    '昔の写真・地図は今読み込めません（インターネットに接続できないか、サーバーが応答しません）。品川区の地図と記録はそのまま使えます。',
  'then.divider': '昔と今の境目',
  'then.dividerValue': '左 {percent}%：{then}、右：今の地図',
  'then.now': '今の地図',
  'then.zoomNote': 'ズーム {zoom} より近づけると表示されます。',
  'then.legend': '凡例（国土地理院）',
  'then.dates': '写真ごとの撮影時期の調べ方（国土地理院）',
  'then.quoted': '国土地理院の説明',
  'then.descriptionSource': '説明の出典',
  'then.credits': '出典と利用条件',
  'then.creditsHeading': '昔の空中写真・地図（国土地理院）',
  'then.creditsIntro':
    '「今と昔をくらべる」で使う地理院タイルです。インターネット接続時だけ表示され、このアプリには含まれていません。品川区のどこに写真や地図があるかは確かめていません。',
  'then.tiles': 'タイルの URL',
  'then.period': '年代',
  'then.terms': '利用条件（国土地理院コンテンツ利用規約）',
};

export type ThenNowTextKey = keyof typeof thenNowJa;
