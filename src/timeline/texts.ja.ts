// The timeline (src/timeline/) and the period it selects (src/i18n/period.ts). Japanese is the
// reference: texts.en.ts has exactly these keys, texts.easy.ts the ones that need rewriting
// (src/i18n/README.md).
export const timelineJa = {
  'timeline.heading': '年表',
  'timeline.waiting': '年表は地図のあとに表示します…',
  'timeline.chartLabel': '水害の年表。矢印キーで記録を移動し、Enter で選びます。',
  'timeline.mode': '表示',
  'timeline.modeRange': '期間',
  'timeline.modeCumulative': 'その年までの累積',
  'timeline.from': 'から（年）',
  'timeline.to': 'まで（年）',
  'timeline.all': 'すべての期間',
  'timeline.play': '▶ 再生',
  'timeline.pause': '❚❚ 一時停止',
  'timeline.speed': '速さ',
  'timeline.rangeAll': '表示中: すべての期間',
  'timeline.rangeCumulative': '表示中: {to}年までのすべての記録',
  'timeline.rangeFromTo': '表示中: {from}年から{to}年まで',
  'timeline.compressed': '{year}年より前は間隔を縮めて表示',
  'timeline.legend': '年表の凡例',
  'timeline.unknownMark': '？＝数の記載なし',
  'timeline.barNote':
    '棒の高さ＝浸水した建物の数（濃い色＝床上、薄い色＝床下、点線＝年だけ分かる記録）。◇＝記念碑・対策',
};

export type TimelineTextKey = keyof typeof timelineJa;
