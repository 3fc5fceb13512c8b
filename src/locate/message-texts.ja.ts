// 現在地 (src/locate/): what the answer to the button says, loaded with the feature's chunk
// (texts.ts registers them). Japanese is the reference (src/i18n/README.md).
export const locateMessagesJa = {
  'locate.control': '現在地を調べる',
  'locate.here': '現在地',
  'locate.asking': '現在地を調べています…',
  'locate.inside': '現在地の答えを表示しています。',
  'locate.outside':
    '品川区の外です（区の境まで約 {km} km）。地図に現在地と品川区を表示しています。',
  'locate.outsideUnknown': '品川区の境のデータが読み込めないため、区の中かどうかわかりません。',
  'locate.accuracy': '位置の誤差は約 {m} m です。',
  'locate.denied':
    '位置情報の利用が許可されていません。ブラウザや端末の設定で許可するか、住所・町名・駅名で探してください。',
  'locate.unavailable':
    '現在地がわかりませんでした（屋内や電波の届きにくい所ではわからないことがあります）。住所・町名・駅名で探してください。',
  'locate.timeout':
    '時間内に現在地がわかりませんでした。もう一度押すか、住所・町名・駅名で探してください。',
  'locate.unsupported': 'このブラウザでは現在地を使えません。住所・町名・駅名で探してください。',
  'locate.inaccurate':
    '現在地の誤差が大きすぎます（約 {km} km）。町丁目を決められないので答えには使いません。住所・町名・駅名で探してください。',
  'locate.inaccurateUnknown':
    '現在地の誤差がわからないため、答えには使いません。住所・町名・駅名で探してください。',
  'locate.toSearch': '検索欄へ',
};

export type LocateMessageTextKey = keyof typeof locateMessagesJa;
