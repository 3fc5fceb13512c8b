// Hazard maps: layers, legends and what a place's hazard means (src/ui/hazard-controls.ts,
// describe-hazard.ts): やさしい日本語, only the texts that need rewriting; the others are shown in
// standard Japanese (texts.ja.ts).
import type { HazardTextKey } from './texts.ja';

export const hazardEasy: Readonly<Partial<Record<HazardTextKey, string>>> = {
  'hazard.heading': 'ハザードマップ（これから 水が 来るかも しれない 場所）',
  'hazard.blankNotSafe': '色が ない 場所も、安全とは かぎりません。',
  'hazard.notLegal':
    'これは 品川区の 正式な ハザードマップでは ありません。区の ハザードマップも 見て ください。',
  'hazard.depthSentence': '{scenario} {label} まで 水が 来る かも しれません（{reading}）',
  'hazard.noColour':
    'ここには 色が ありません（データが ない 場所かも しれません。安全とは かぎりません）',
  'compare.needsMesh': '東京都の データを 入れると、記録と 想定を くらべられます。',
};
