// 「わたしの学校のまわり」 in やさしい日本語, with readings `{漢字|かんじ}` (docs/tours.md); the keys not
// rewritten are shown in standard Japanese (texts.ja.ts).
import type { SchoolTextKey } from './texts.ja';

export const schoolEasy: Readonly<Partial<Record<SchoolTextKey, string>>> = {
  'school.menuHeading': 'わたしの 学校の まわり',
  'school.menuHint':
    '学校を えらぶと、{区|く}の データから、その 学校の まわりの {授業|じゅぎょう}を つくって 見せます。',
  'school.search': '学校の 名前で さがす',
  'school.none': '「{query}」と いう 学校は、{区|く}の {避難所|ひなんじょ}の リストに ありません。',
  'school.edit': '{授業|じゅぎょう}を つくるで ひらく',
  'school.title': '{school}の まわり',
  'school.summary':
    '{school}から まっすぐ {m} m（歩いて 10分 ぐらい）の 中の、水の 害の {記録|きろく}、今の ハザードマップ、{避難|ひなん}する 場所を しらべよう。',
  'school.audience': '小4 社会・中学 地理',
  'school.place.title': '{school}は どこ？',
  'school.place.text':
    '地図の まん中が {school}（{address}）です。この {授業|じゅぎょう}では、学校から まっすぐ {m} m（歩いて 10分 ぐらい）の 中を「学校の まわり」と します。学区では ありません。地図の 色は、{洪水|こうずい}で 水が 来る 深さの 予想です。インターネットに つながって いない ときは 色が 出ません。予想は わかりません。',
  'school.place.area':
    '{区|く}の データでは、この 学校は {避難所|ひなんじょ}です。「{area}」の 人が 来る 場所です。',
  'school.place.question':
    '学校の 場所は 何色？ 色の 説明と くらべて、深さを 読もう。色が ない ところも「安全」と いう 意味では ありません。',
  'school.records.title': '学校の まわりの 水の 害の {記録|きろく}',
  'school.records.text':
    '学校から {m} m の 中に、水の 害の {記録|きろく}が {n}こ あります（古い 順）: {list}。地図と 年表で 見よう。',
  'school.records.none':
    '学校から {m} m の 中には、この データの 水の 害の {記録|きろく}は ありません。{記録|きろく}が なくても、水が 来なかったとは 言えません。',
  'school.records.nearest':
    'いちばん 近い {記録|きろく}は「{name}」（{year}年、学校から まっすぐ {d} m ぐらい）です。',
  'school.records.question':
    '{記録|きろく}が 多いのは 何年ごろ？ いちばん 古い {記録|きろく}と、いちばん 新しい {記録|きろく}を 見つけよう。',
  'school.records.questionNone':
    'ここに {記録|きろく}が ないのは なぜ？ {記録|きろく}が ある 場所と、ハザードマップの 予想を くらべよう。',
  'school.largest.title': '大きな 水の 害: {name}（{year}年）',
  'school.largest.near':
    '学校の まわりの {記録|きろく}で、水の 深さか 害の 数が いちばん 大きい ものを 見ます。',
  'school.largest.far':
    '学校の まわりには {記録|きろく}が ないので、いちばん 近い {記録|きろく}（学校から まっすぐ {d} m ぐらい）を 見ます。',
  'school.largest.depth':
    '「{name}」（{year}年）の {記録|きろく}: {depth}。地図で {記録|きろく}を ひらくと、深さを 人や 家と くらべた 絵と、{出典|しゅってん}が 見られます。',
  'school.largest.damage':
    '「{name}」（{year}年）の 害は {damage} です（{scope}）。水の 深さは わかりません。',
  'school.largest.noFigure': '「{name}」（{year}年）は、害の 数も 水の 深さも わかりません。',
  'school.largest.question': 'その 深さは、自分の 背や 教室の 高さと くらべると どのくらい？',
  'school.largest.questionNoDepth': '深さが わからない {記録|きろく}から、どんな ことが わかる？',
  'school.photo.title': 'むかしの 学校の まわり（空から とった 写真）',
  'school.photo.text':
    '地図の 左は、1945〜1950年に 空から とった 写真です（インターネットに つながって いる ときだけ。写真が ない ところは 灰色です）。線を 動かして、今の 地図と くらべよう。',
  'school.photo.question':
    'むかしの 写真で、学校の あたりには 何が あった？ 川・田畑・道を さがそう。',
  'school.swale.title': '明治の ころの 低くて しめった 土地',
  'school.swale.text':
    '地図の 左は、明治の ころ（1880〜1886年）の 地図から 作った「低くて しめった 土地」の 地図です。場所は 100 m ぐらい ずれる ことが あります。色が ない ところは、しめった 土地では なかったか、データが ない ところです（インターネットに つながって いる ときだけ）。',
  'school.swale.question':
    '学校の あたりは、明治の ころ 低くて しめった 土地だった？ 水の 害の {記録|きろく}が ある 場所と くらべよう。',
  'school.evac.title': '{洪水|こうずい}の ときに にげる 場所',
  'school.evac.self':
    '国の データでは、{school}が、{洪水|こうずい}の ときに にげる 場所（{指定|してい}{緊急|きんきゅう}{避難|ひなん}場所）です。',
  'school.evac.site':
    'いちばん 近い {洪水|こうずい}の ときに にげる 場所は {site}です。学校から まっすぐ {d} m ぐらいです。歩く 道は もっと 長く なります。',
  'school.evac.notFlood':
    'この データでは、近くに {洪水|こうずい}の ときに にげる 場所が ありません。いちばん 近い にげる 場所は {site}（まっすぐ {d} m ぐらい）ですが、{洪水|こうずい}の ための 場所では ありません。',
  'school.evac.unknown': 'この データに、にげる 場所が ありません。',
  'school.evac.question':
    '学校から {site}まで、どの 道で 行ける？ 低い 場所や 川を 通らない 道を 考えよう。',
  'school.evac.questionSelf': '大雨で 水が 来そうな とき、学校の 中の どこに いると いい？',
  'school.close.title': 'まとめと、家で する こと',
  'school.close.text':
    'この {授業|じゅぎょう}で しらべた こと: 学校の まわりの 水の 害の {記録|きろく}（{n}こ）、ハザードマップの 予想、{洪水|こうずい}の ときに にげる 場所。家では、家の 人と いっしょに、家の 場所を この 地図で しらべよう。「この 場所の シート」を 見て、大雨の とき どこへ にげるか 話そう。',
  'school.close.question': '学校の まわりで、大雨の とき 気を つける 場所は どこ？ わけも 書こう。',
};
