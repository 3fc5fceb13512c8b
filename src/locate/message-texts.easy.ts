// 現在地 (src/locate/): やさしい日本語, only the texts that need rewriting.
import type { LocateMessageTextKey } from './message-texts.ja';

export const locateMessagesEasy: Readonly<Partial<Record<LocateMessageTextKey, string>>> = {
  'locate.control': 'いま いる 場所を しらべる',
  'locate.here': 'いま いる 場所',
  'locate.asking': 'いま いる 場所を しらべて います…',
  'locate.inside': 'いま いる 場所の 答えです。',
  'locate.outside':
    '{品川区|しながわく}の 外です（区の さかいまで やく {km} キロメートル）。地図に いま いる 場所と {品川区|しながわく}を 出して います。',
  'locate.outsideUnknown':
    '{品川区|しながわく}の さかいの データが ないので、区の 中か どうか わかりません。',
  'locate.accuracy': '場所の ずれは やく {m} メートルです。',
  'locate.denied':
    'いる 場所を 使う ことが ゆるされて いません。ブラウザや スマホの {設定|せってい}で ゆるすか、町や 駅の 名前で さがして ください。',
  'locate.unavailable':
    'いる 場所が わかりませんでした（{建物|たてもの}の 中などでは わからない ことが あります）。町や 駅の 名前で さがして ください。',
  'locate.timeout':
    'いる 場所が わかるまでに 時間が かかりすぎました。もう一度 おすか、町や 駅の 名前で さがして ください。',
  'locate.unsupported':
    'この ブラウザでは いる 場所が わかりません。町や 駅の 名前で さがして ください。',
  'locate.inaccurate':
    'いる 場所の ずれが 大きすぎます（やく {km} キロメートル）。どの 町か わからないので 使いません。町や 駅の 名前で さがして ください。',
  'locate.inaccurateUnknown':
    'いる 場所の ずれが わからないので 使いません。町や 駅の 名前で さがして ください。',
  'locate.toSearch': 'さがす ところへ',
};
