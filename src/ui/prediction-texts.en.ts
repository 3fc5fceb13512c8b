// The answer's prediction (src/ui/describe-prediction.ts, answer-section.ts): English, key for key
// with prediction-texts.ja.ts.
import type { PredictionTextKey } from './prediction-texts.ja';

export const predictionEn: Readonly<Record<PredictionTextKey, string>> = {
  'predict.loading':
    'Reading the hazard map portal’s predictions (river flood, inland flooding, storm surge, tsunami)…',
  'predict.pointNote': 'Read at one point on the map; it can differ elsewhere in the same chome.',
  'predict.naisuiBlank':
    'Inland flooding is shown only for municipalities that agreed to publish it (whether Shinagawa is was not checked).',
  'predict.offline':
    'The predictions here (river flood, inland flooding, storm surge, tsunami) cannot be checked now: there is no internet connection, or the hazard map portal does not answer.',
  'predict.offlineMesh': 'Known without internet: {line}.',
  'predict.offlineKnown':
    'Without internet this page still shows the flood records and the nearest evacuation site; for the predictions see Shinagawa City’s hazard map.',
  'predict.source':
    'Source: Hazard Map Portal Site ({layers}), read on {date} (this app does not know when the portal last changed them).',
  'predict.sourceLink': 'Sources and notes of the hazard maps',
};
