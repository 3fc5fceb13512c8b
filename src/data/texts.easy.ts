// Words of the flood data and the problems its validators report (src/data/,
// src/i18n/format-flood.ts): やさしい日本語, only the texts that need rewriting; the others are shown in
// standard Japanese (texts.ja.ts).
import type { DataTextKey } from './texts.ja';

export const dataEasy: Readonly<Partial<Record<DataTextKey, string>>> = {
  'source.official': '区や 都の {記録|きろく}',
  'source.secondary': '本や 新聞の {記録|きろく}',
  'source.personal': '{個人|こじん}の 話（たしかめて いない）',
  'source.derived': '{公表|こうひょう}された 数から 計算した 数',
  'damage.notGiven': '数は わかりません',
  'scope.ward': '品川区 ぜんたいの 数',
  'scope.basin': '川の まわり（流域）の 数。品川区の 数では ありません',
  'scope.tokyo': '東京都 ぜんたいの 数。品川区の 数では ありません',
  'fact.depth': '水の 深さ',
  'fact.correction': 'なおした こと',
  'depth.single': '約 {m} m',
  'depth.moreThan': '{m} m より 深い',
  'depth.ref.ground': '水の 深さ {depth}',
  'depth.ref.floor': '床の 上 {depth}',
  'depth.ref.street': '道の 上 {depth}',
  'depth.ref.unstated': '{depth}（どこから はかったか わかりません）',
  'v.tableRefused':
    'この ファイルは 町丁別浸水実績一覧の 形では ありません。入れません（{reason}）',
  'v.chomeTwice': '同じ 町が 2回 あります（はじめは {other}）',
  'v.nameMissing': '町の 名前が ないのに、数が あります',
  'v.dateHeader': '日付が 読めません（れい: 平成11年8月29日）',
  'v.dateTwice': '同じ 日付の 列が ほかにも あります（はじめは {other}）',
  'v.countNotNumber': '数では ありません（空っぽ＝わからない、0＝ゼロ）',
  'v.countNegative': 'マイナスの 数です',
  'v.countFraction': '小数です（家の 数は 整数です）',
  'v.totalMismatch': '合計 {total} が、この 行の 数を 足した {sum} と ちがいます',
  'v.wardDiffers':
    '区内全域 {ward} と 町の 数を 足した {sum} は {diff} ちがいます（まちがいとは かぎりません）',
  'v.columnIgnored': 'この 列は 床下・床上では ないので、読みません',
};
