// The offline classroom pack (src/pwa/): やさしい日本語, only the texts that need rewriting; the others
// are shown in standard Japanese (texts.ja.ts).
import type { PackTextKey } from './texts.ja';

export const packEasy: Readonly<Partial<Record<PackTextKey, string>>> = {
  'pack.dataDate': 'データの 日付：{date}',
  'pack.dataRelease': 'データの 日付：{date}（{id}）',
  'pack.saving': 'インターネットが なくても 使えるように して います…',
  'pack.offlineReady': 'インターネットが なくても 使えます',
  'pack.unavailable':
    'この ブラウザでは インターネットが ないと 使えません（つながって いれば 使えます）',
  'pack.updateReady': '新しい データが あります',
  'pack.reload': 'もう一度 よみこむ',
  'pack.creditsHeading': 'この アプリの データの 日付',
};
