// The tour menu and player (src/tours/tour-menu.ts, tour-panel.ts): やさしい日本語, only the texts that
// need rewriting; the others are shown in standard Japanese (texts.ja.ts).
import type { TourTextKey } from './texts.ja';

export const tourEasy: Readonly<Partial<Record<TourTextKey, string>>> = {
  'tour.menuHeading': 'がくしゅうの ツアー',
  'tour.loading': 'ツアーを よみこんで います…',
  'tour.start': 'はじめる：{title}',
  'tour.stepCount': '{n} の ステップ',
  'tour.audience': 'だれの ため：{audience}',
  'tour.stepOf': 'ステップ {n} / {total}',
  'tour.prev': 'まえへ',
  'tour.next': 'つぎへ',
  'tour.exit': 'ツアーを おわる',
  'tour.question': 'かんがえよう',
  'tour.sources': 'どこに 書いて あったか',
  'tour.printStep': 'この ステップを いんさつ',
  'tour.printTour': 'ぜんぶ いんさつ',
  'tour.printTeacher': '先生の シートを いんさつ',

  'tour.makeLesson': 'じゅぎょうを つくる',
};
