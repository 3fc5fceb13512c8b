// The offline classroom pack (src/pwa/). Japanese is the reference: texts.en.ts has exactly these
// keys, texts.easy.ts the ones that need rewriting (src/i18n/README.md).
export const packJa = {
  'pack.dataDate': 'データの日付：{date}',
  'pack.dataRelease': 'データの日付：{date}（版 {id}）',
  'pack.saving': 'オフライン用に保存しています…',
  'pack.offlineReady': 'オフラインでも使えます',
  'pack.unavailable':
    'このブラウザではオフライン用に保存できません（インターネットにつながっていれば使えます）',
  'pack.updateReady': '新しいデータがあります',
  'pack.reload': '再読み込み',
  'pack.creditsHeading': 'このアプリのデータの版',
};

export type PackTextKey = keyof typeof packJa;
