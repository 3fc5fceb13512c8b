// The place answer: what happened here and what may happen (src/ui/answer-section.ts,
// history-section.ts, depth-figure.ts). Japanese is the reference: answer-texts.en.ts has exactly
// these keys, answer-texts.easy.ts the ones that need rewriting (src/i18n/README.md).
export const answerJa = {
  'answer.heading': 'ここで起きたこと',
  'answer.count':
    '{place}と歩いて10分ほど（{m}m）の範囲に、{since}年から {n} 件の浸水の記録があります（ここ {here} 件、近く {near} 件）。',
  'answer.none':
    '{place}と歩いて10分ほど（{m}m）の範囲に、浸水の記録は見つかりません。記録がないことは、浸水しなかったことではありません。',
  'answer.worstHere': 'いちばん大きな記録は {date}の「{name}」で、ここで {figure}（{kind}）。',
  'answer.worstScope':
    'いちばん大きな記録は {date}の「{name}」で、{scope}で {figure}（{kind}。ここだけの数は資料にありません）。',
  'answer.hazard': 'いまの想定: {lines}。',
  'answer.shelter':
    '洪水のときに使える指定緊急避難場所でいちばん近いのは {name}（{distance}、直線距離）。',
  'answer.shelterAny':
    'いちばん近い指定緊急避難場所は {name}（{distance}、直線距離）。洪水のときに使える場所は近くに見つかりません。',
  'answer.distance': '約 {m} m',
  'answer.place.station': '{name}駅の周り',
  'answer.place.point': 'この地点',
  'answer.area.town':
    '{town}は {n} の町丁目（{chome}）をまとめた町です。資料が町名だけを書いている記録も、ここに入ります。',
  'answer.area.station':
    '{station}駅から約 500 m 以内の町丁目（{chome}）の記録と、駅の名前で残る記録です。',
  'answer.area.stationNone':
    '{station}駅の名前で残る記録です（駅から約 500 m 以内に品川区の町丁目はありません）。',
  'answer.depthCaption': '{date}、{where}。出典: {source}（{kind}）',
  'answer.depthFar':
    '{date}の水の深さ（{depth}）は、{distance} 先、{near}の近くの記録です。ここの深さではないので、図にはしていません。',
  'answer.depthUnlocated':
    '{date}の水の深さ（{depth}。{where}）は、記録された場所がくわしくわからないので、図にはしていません。',
  'answer.distanceKm': '約 {km} km',
  'answer.kind.town': '町',
  'answer.recordsHeading': 'この範囲の町丁目ごとの記録',
  'answer.eventsHere': 'この範囲で記録された水害',
  'answer.noRecords':
    'この範囲の町丁目ごとの記録は、このアプリにはありません。記録がない＝浸水がなかった、ではありません。',
  'answer.townNote':
    '町は、町丁目の名前から丁目の部分を除いてまとめたものです（国勢調査の町丁目から作成）。',
  'answer.kind.point': '地点',
  'history.heading': 'この町丁目の浸水の記録',
  'history.flooded': '{period}: {total}が浸水（{split}）',
  'history.floodedNoSplit': '{period}: {total}が浸水',
  'history.ofWhich': 'そのうち {period}の大雨だけで {total}（{split}）',
  'history.class': '{period}: {label}（件数の区分）',
  'history.classUncertain': '{period}: {label}（件数の区分。読み取りが不確か）',
  'history.noRecords':
    'この町丁目の町丁目別の記録は、このアプリにはありません。記録がない＝浸水がなかった、ではありません。',
  'history.eventsHere': 'この町丁目で記録された水害',
  'history.byTown': '資料は町名だけで丁目は不明',
  'history.nearby': '近く（約 800 m 以内）の記録',
  'history.related': '近くの記念碑・対策',
  'history.none': 'ありません',
  'history.wardTotal': '区全体',
  'history.openEvent': 'くわしく',
  'history.sourceLine': '出典: {source}（{kind}）',
  'depthFigure.label': '水の深さを人と家にくらべた図',
  'depthFigure.adult': '大人 1.7m',
  'depthFigure.floor': '1階の床 0.5m',
  'depthFigure.eaves1': '1階の軒 3m',
  'depthFigure.eaves2': '2階の軒 5m',
  'depthFigure.aboveAdult': '大人の背（1.7m）より深い',
  'depthFigure.belowAdult': '大人の背（1.7m）より浅い',
  'depthFigure.aroundAdult': '大人の背（1.7m）くらい',
  'depthFigure.orMore': 'それより上',
  'depthFigure.between': '{low}〜{high}',
  'depthFigure.compare': '{adult}。家なら{house}',
  'depthFigure.heightsNote': '人と家の高さは目安（ハザードマップの凡例と同じ 0.5m・3m・5m）',
  'history.ofWhichNoSplit': 'そのうち {period}の大雨だけで {total}',
  'history.partial': '{period}: {split}',
  'history.ofWhichUnknown': 'そのうち {period}の大雨の数は不明（0ではない）',
  'history.method': '求め方: {method}',
  'answer.schoolLesson': 'この学校のまわりの授業',
};

export type AnswerTextKey = keyof typeof answerJa;
