// The answer's prediction: what the hazard map portal's main layers show at the answer's point,
// read without switching any on (src/ui/describe-prediction.ts, answer-section.ts). Japanese is the
// reference: prediction-texts.en.ts has exactly these keys, prediction-texts.easy.ts the ones that
// need rewriting (src/i18n/README.md).
export const predictionJa = {
  'predict.loading':
    'ハザードマップポータルサイトの想定（洪水・内水・高潮・津波）を読み込んでいます…',
  'predict.pointNote':
    '地図上の1点で読んだ想定です。同じ町丁目の中でも、場所によって違うことがあります。',
  'predict.naisuiBlank':
    '内水の想定は、公開に同意した市区町村の分だけ載っています（品川区が含まれるかは確認していません）。',
  'predict.offline':
    '今は読み込めないため、この地点の想定（洪水・内水・高潮・津波）を確かめられません（インターネットに接続できないか、ハザードマップポータルサイトが応答しません）。',
  'predict.offlineMesh': 'インターネットなしで分かること: {line}。',
  'predict.offlineKnown':
    'インターネットがなくても、浸水の記録と近くの避難場所はこのページで見られます。想定は品川区のハザードマップで確認してください。',
  'predict.source':
    '出典: ハザードマップポータルサイト（{layers}）。{date}に読み取り（サイトの更新日はこのアプリでは分かりません）。',
  'predict.sourceLink': 'ハザードマップの出典と注意を見る',
};

export type PredictionTextKey = keyof typeof predictionJa;
