// The tour menu and player (src/tours/tour-menu.ts, tour-panel.ts). Japanese is the reference:
// texts.en.ts has exactly these keys, texts.easy.ts the ones that need rewriting
// (src/i18n/README.md).
export const tourJa = {
  'tour.menuHeading': '学習用のツアー',
  'tour.loading': 'ツアーを読み込んでいます…',
  'tour.start': 'はじめる：{title}',
  'tour.stepCount': '{n} の手順',
  'tour.audience': '対象：{audience}',
  'tour.region': '学習ツアー：{title}',
  'tour.stepOf': '手順 {n} / {total}',
  'tour.prev': '前の手順',
  'tour.next': '次の手順',
  'tour.exit': 'ツアーを終える',
  'tour.question': '問い',
  'tour.sources': 'この手順の出典',
  'tour.printStep': 'この手順を印刷',
  'tour.printTour': 'ツアー全体を印刷',
  'tour.printTeacher': '先生用シートを印刷（1枚）',

  'tour.makeLesson': '授業をつくる',
  'tour.makeLessonHint': '地図を動かして、見せたい画面を順番にステップにできます。',
};

export type TourTextKey = keyof typeof tourJa;
