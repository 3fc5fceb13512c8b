// The answer's prediction (src/ui/describe-prediction.ts, answer-section.ts): やさしい日本語, only the
// texts that need rewriting; the others are shown in standard Japanese (prediction-texts.ja.ts).
import type { PredictionTextKey } from './prediction-texts.ja';

export const predictionEasy: Readonly<Partial<Record<PredictionTextKey, string>>> = {
  'predict.loading': 'ハザードマップの よそうを よみこんで います…',
  'predict.pointNote':
    '地図の 1つの 点で 見た よそうです。同じ 町でも、場所に よって ちがう ことが あります。',
  'predict.naisuiBlank':
    '下水道から あふれる 水の よそうは、のせて いない 市や 区も あります（{品川区|しながわく}が あるかは たしかめて いません）。',
  'predict.offline':
    'いまは インターネットに つながらないので、ここの よそう（川の 水・大雨・{高潮|たかしお}・{津波|つなみ}）は わかりません。',
  'predict.offlineMesh': 'インターネットが なくても わかる こと：{line}。',
  'predict.offlineKnown':
    'インターネットが なくても、水が 入った {記録|きろく}と ちかくの にげる 場所は 見られます。よそうは {品川区|しながわく}の ハザードマップで 見て ください。',
  'predict.source':
    '{出典|しゅってん}：ハザードマップポータルサイト（{layers}）。{date}に 見ました。',
};
