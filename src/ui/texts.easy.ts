// The page around the map: title, language, layers, basemaps, search, the place panel, notices:
// やさしい日本語, only the texts that need rewriting; the others are shown in standard Japanese
// (texts.ja.ts).
import type { ShellTextKey } from './texts.ja';

export const shellEasy: Readonly<Partial<Record<ShellTextKey, string>>> = {
  'app.title': '品川区 水があふれた 記録の 地図',
  'app.subtitle': 'むかしの 大雨と これからの 危険',
  'records.heading': '水が 入った 記録',
  'records.noRecord': '記録なし（水が 入らなかった、では ない）',
  'records.loading': '記録を よみこんで います…',
  'records.openList': '記録の 一覧',
  'search.submit': 'さがす',
  'search.placeholder': '例: 中延6丁目、五反田',
  'search.label': '住所・郵便番号・町・駅で さがす',
  'search.matched.town': '{name}まで わかりました（丁目が ないので、町 ぜんぶ）',
  'search.matched.chome': '{name}まで わかりました',
  'search.matched.block': '{name}まで わかりました（番地は 使って いません）',
  'app.loading': '地図を よみこんで います…',
  'layers.heading': '地図に 出すもの',
  'layers.records': '水が 入った 家の 数（町ごと）',
  'layers.chome': '町（ちょうめ）の さかいと 名前',
  'layers.stations': '駅',
  'layers.evacSites': 'にげる 場所（指定緊急避難場所）',
  'layers.shelters': 'ひなんじょ（指定避難所）',
  'layers.wideArea': '大きな にげる 場所（広域避難場所）',
  'layers.assembly': 'あつまる 場所（一時集合場所）（だいたいの 位置）',
  'layers.legendNote': 'マークの 形でも わかります。',
  'basemap.heading': 'うしろの 地図（インターネット）',
  'basemap.unavailable':
    'インターネットの 地図が 出ません。品川区の 地図（町・駅・にげる 場所）は 使えます。',
  'panel.heading': 'えらんだ 場所',
  'panel.empty': '地図の 町・駅・にげる 場所を おすと、ここに 説明が 出ます。',
  'panel.hazardsNote':
    'にげる 場所は 災害の 種類で ちがいます。大雨（洪水）の ときに 使えるか たしかめて ください。',
  'panel.approxPosition': '位置は だいたいです。すこし ずれて います。',
  'errors.fileFailed': '「{file}」を よみこめません。ほかの 地図は 使えます。',
  'desk.link': 'データを 新しく する（区の 職員）',

  'ruby.toggle': 'ふりがな',
  'credits.open': 'データの 出どころ',
  'credits.short': '出どころ',
  'tour.menu': 'がくしゅう',
};
