// 「わたしの学校のまわり」: the lesson generated for a school (generate-lesson.ts) and its chooser.
// Japanese is the reference: texts.en.ts has exactly these keys, texts.easy.ts the ones rewritten.
// Every figure comes in through a placeholder from the data; the templates state no fact of their own.
export const schoolJa = {
  'school.menuHeading': 'わたしの学校のまわり',
  'school.menuHint': '学校を選ぶと、区のデータから、その学校のまわりの授業をつくって再生します。',
  'school.search': '学校の名前でさがす（日本語・英語）',
  'school.count': '{n} 校',
  'school.none': '「{query}」という名前の学校は、区の避難所の一覧にありません。',
  'school.edit': '授業をつくるで開く（下書きにする）',
  'school.editConfirm':
    'ファイルに保存していない下書きがあります。この学校の授業に置き換えますか？',
  'school.title': '{school}のまわり',
  'school.summary':
    '{school}から直線で {m} m（歩いて約10分）の中の水害の記録、今のハザードマップ、避難する場所を調べる。区と国のデータからつくった授業です。',
  'school.audience': '小4 社会・中学 地理的分野（地域調査）',
  'school.place.title': '{school}はどこ？',
  'school.place.text':
    '地図の真ん中が{school}（{address}）です。この授業では、学校から直線で {m} m（歩いて約10分）の中を「学校のまわり」とします。通学区域（学区）ではありません。地図の色は、ハザードマップポータルサイトの洪水で水につかる深さの予想（想定最大規模）です。インターネットにつながっていないときは表示されず、予想はわかりません。',
  'school.place.area': '区のデータでは、この学校は避難所で、対象地区は「{area}」です。',
  'school.place.question':
    '学校の場所は何色かな？ 凡例と比べて、予想される深さを読もう。色がないところは「安全」という意味ではありません。',
  'school.records.title': '学校のまわりの水害の記録',
  'school.records.text':
    '学校から {m} m の中に、水害の記録が {n} 件あります（古い順）: {list}。地図と年表で確かめよう。',
  'school.records.item': '{year}年 {name}',
  'school.records.none':
    '学校から {m} m の中には、このデータの水害の記録はありません。記録がないことは、水が来なかったという意味ではありません。',
  'school.records.nearest':
    'いちばん近い記録は「{name}」（{year}年、学校から直線で約 {d} m）です。',
  'school.records.question':
    '記録が多いのは何年ごろかな？ いちばん古い記録と、いちばん新しい記録を見つけよう。',
  'school.records.questionNone':
    'このあたりに記録がないのはなぜだろう？ 記録のある場所と、ハザードマップの予想を比べよう。',
  'school.largest.title': '大きな水害: {name}（{year}年）',
  'school.largest.near': '学校のまわりの記録から、水の深さか被害の数がいちばん大きいものを見ます。',
  'school.largest.far':
    '学校のまわりには記録がないので、いちばん近い記録（学校から直線で約 {d} m）を見ます。',
  'school.largest.depth':
    '「{name}」（{year}年）の記録: {depth}。地図で記録を開くと、深さを人や家と比べた図と、出典が見られます。',
  'school.largest.damage':
    '「{name}」（{year}年）の被害は {damage} です（{scope}）。水の深さは、資料にありません。',
  'school.largest.noFigure': '「{name}」（{year}年）には、被害の数も水の深さも、資料にありません。',
  'school.largest.question': 'その深さは、自分の背や教室の高さと比べるとどのくらいだろう？',
  'school.largest.questionNoDepth': '深さがわからない記録から、どんなことが読み取れるだろう？',
  'school.photo.title': '昔の学校のまわり（空中写真）',
  'school.photo.text':
    '地図の左側は、国土地理院の1945〜1950年の空中写真です（インターネットにつながっているときだけ。写真がない場所は灰色になります）。境目の線を動かして、今の地図と比べよう。',
  'school.photo.question': '昔の写真で、学校のあたりには何があったかな？ 川・田畑・道をさがそう。',
  'school.swale.title': '明治のころの低い湿った土地',
  'school.swale.text':
    '地図の左側は、国土地理院の「明治期の低湿地」です。明治13〜19年（1880〜1886年）の地図からつくられ、位置は最大100 m ほどずれることがあります。色がないところは、低湿地でなかったか、データがないところです（インターネットにつながっているときだけ）。',
  'school.swale.question':
    '学校のあたりは、明治のころ低い湿った土地だったかな？ 水害の記録がある場所と比べよう。',
  'school.evac.title': '洪水のときの避難場所',
  'school.evac.self':
    '国土地理院の指定緊急避難場所のデータでは、{school}そのものが、洪水のときの指定緊急避難場所です。',
  'school.evac.site':
    'いちばん近い洪水の指定緊急避難場所は {site} で、学校から直線で約 {d} m です。実際に歩く道は、これより長くなります。',
  'school.evac.notFlood':
    'このデータでは、近くに洪水の指定緊急避難場所が見つかりません。いちばん近い指定緊急避難場所は {site}（直線で約 {d} m）で、洪水には指定されていません。',
  'school.evac.unknown': 'このデータに、指定緊急避難場所が見つかりません。',
  'school.evac.question':
    '学校から {site} まで、どの道を通って行けるかな？ 低い場所や川を通らない道を考えよう。',
  'school.evac.questionSelf': '大雨で水が来そうなとき、学校の中のどこにいるとよいだろう？',
  'school.close.title': 'まとめと、家でやること',
  'school.close.text':
    'この授業で調べたこと: 学校のまわりの水害の記録（{n} 件）、ハザードマップの予想、洪水のときの避難場所。家では、家の人といっしょに家の場所をこの地図で調べ、「この場所のシート」を見て、大雨のときにどこへ避難するかを話し合おう。',
  'school.close.question':
    '学校のまわりで、大雨のときに気をつける場所はどこだろう？ 理由も書こう。',
};

export type SchoolTextKey = keyof typeof schoolJa;
