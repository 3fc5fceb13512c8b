// The place answer: what happened here and what may happen (src/ui/answer-section.ts,
// history-section.ts, depth-figure.ts): やさしい日本語, only the texts that need rewriting; the others are
// shown in standard Japanese (answer-texts.ja.ts).
import type { AnswerTextKey } from './answer-texts.ja';

export const answerEasy: Readonly<Partial<Record<AnswerTextKey, string>>> = {
  'answer.heading': 'ここで おきた こと',
  'answer.count':
    '{place}と ちかく（あるいて 10ぷん、{m}メートル）で、{since}年から {n}かい 水が 入った {記録|きろく}が あります（ここ {here}かい、ちかく {near}かい）。',
  'answer.none':
    '{place}と ちかく（{m}メートル）に、水が 入った {記録|きろく}は ありません。{記録|きろく}が ない＝水が 入らなかった、では ありません。',
  'answer.worstHere':
    'いちばん 大きい {記録|きろく}：{date}の「{name}」。ここで {figure}（{kind}）。',
  'answer.worstScope':
    'いちばん 大きい {記録|きろく}：{date}の「{name}」。{scope}で {figure}（{kind}）。',
  'answer.hazard': 'これから おきるかもしれない こと：{lines}。',
  'answer.shelter': '大雨の とき にげる 場所で いちばん ちかいのは {name}（{distance}）。',
  'answer.shelterAny': 'いちばん ちかい にげる 場所は {name}（{distance}）。',
  'answer.distance': 'やく {m} メートル',
  'answer.depthFar':
    '{date}の 水の ふかさ（{depth}）は、{distance} はなれた {near}の ちかくの {記録|きろく}です。ここの ふかさでは ないので、図に して いません。',
  'answer.depthUnlocated':
    '{date}の 水の ふかさ（{depth}。{where}）は、どこで はかったか くわしく わからないので、図に して いません。',
  'answer.distanceKm': 'やく {km} キロメートル',
  'answer.place.station': '{name}駅の まわり',
  'answer.place.point': 'ここ',
  'history.heading': 'この 町で 水が 入った 記録',
  'history.noRecords':
    'この 町の 記録は ありません。記録が ない ことは、水が 入らなかった ことでは ありません。',
  'history.eventsHere': 'この 町の 大雨・水の 被害',
  'history.nearby': '近くの 記録',
  'depthFigure.label': '水の ふかさを 人と 家に くらべた 図',
  'depthFigure.adult': 'おとな 1.7m',
  'depthFigure.floor': '1かいの ゆか 0.5m',
  'depthFigure.eaves1': '1かいの やね 3m',
  'depthFigure.eaves2': '2かいの やね 5m',
  'depthFigure.aboveAdult': 'おとなの せ（1.7m）より ふかい',
  'depthFigure.belowAdult': 'おとなの せ（1.7m）より あさい',
  'depthFigure.aroundAdult': 'おとなの せ（1.7m）ぐらい',
  'depthFigure.compare': '{adult}。家なら {house}',
  'history.ofWhichUnknown': 'そのうち {period}の 大雨の 数は わかりません（0では ありません）',
  'answer.schoolLesson': 'この 学校の まわりの {授業|じゅぎょう}',
};
