// The map itself (src/map/map-sync.ts, main.ts). Japanese is the reference: texts.en.ts has exactly
// these keys, texts.easy.ts the ones that need rewriting (src/i18n/README.md).
export const mapJa = {
  'map.label': '品川区の地図。町丁目・駅・避難場所を表示しています。',
  'map.attribution.data': '品川区・e-Stat・国土数値情報ほか（データの出典を参照）',
};

export type MapTextKey = keyof typeof mapJa;
