// Hazard maps: layers, legends and what a place's hazard means (src/ui/hazard-controls.ts,
// describe-hazard.ts). Japanese is the reference: texts.en.ts has exactly these keys, texts.easy.ts
// the ones that need rewriting (src/i18n/README.md).
export const hazardJa = {
  'hazard.flood': '洪水',
  'hazard.slope': '崖崩れ・土石流・地滑り',
  'hazard.hightide': '高潮',
  'hazard.earthquake': '地震',
  'hazard.tsunami': '津波',
  'hazard.fire': '大規模な火事',
  'hazard.inland': '内水氾濫',
  'hazard.volcano': '火山現象',
  'hazard.heading': 'ハザードマップ（国・都の想定、インターネット接続時）',
  'hazard.blankNotSafe': '色がない＝安全ではありません。想定のデータがない場所も色がつきません。',
  'hazard.notLegal':
    'これは区の法定のハザードマップ（水防法）ではありません。正式な情報は品川区のハザードマップで確認してください。',
  'hazard.loading': '読み込み中…',
  'hazard.unavailable':
    'この層は今読み込めません（インターネットに接続できないか、サーバーが応答しません）。',
  'hazard.unavailableHere': '今は読み込めないため、この地点の想定は分かりません',
  'hazard.noColour':
    'この地点には色がありません（想定の区域外か、データがない場所です。安全という意味ではありません）',
  'hazard.colourNotInLegend': '色はありますが、凡例の区分と照合できません',
  'hazard.colourNoLegend':
    '色があります（この層の凡例は未収録のため、意味はハザードマップポータルサイトで確認してください）',
  'hazard.depthSentence': '{scenario} {label} の浸水（{reading}）',
  'hazard.opacity': '透明度',
  'hazard.legend': '{layer}の凡例',
  'hazard.credit': '出典：ハザードマップポータルサイト',
  'hazard.hereHeading': 'この地点の想定（ハザードマップ）',
  'hazard.offlineMissing':
    '東京都の浸水予想区域図（10mメッシュ、インターネットなしで使える版）は、まだ取り込まれていません。区の担当者は npm run data:import-hazard -- <CSVファイル> で追加できます（data/README.md を参照）。',
  'hazard.offlineBroken':
    '東京都の浸水予想区域図（オフライン版）のファイルが読めません。取り込み直してください。',
  'hazard.offlineNote':
    'インターネットがなくても表示できる版です（東京都のデータをこのアプリ用に変換）。',
  'hazard.offlineShort': '東京都の想定（想定最大規模降雨）で',
  'compare.heading': '記録と想定',
  'compare.summary':
    'この期間に浸水の記録がある {n} 町丁目のうち、{outside} 町丁目は東京都の想定で浸水しない区域です（地図に点線で表示）。想定の外でも浸水は起きます。',
  'compare.unknown': '{n} 町丁目は想定のデータがありません。',
  'compare.needsMesh':
    '記録と想定（東京都 浸水予想区域図）の比較には、オフライン版の取り込みが必要です。',
};

export type HazardTextKey = keyof typeof hazardJa;
