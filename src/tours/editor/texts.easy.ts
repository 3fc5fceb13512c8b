// The lesson maker (src/tours/editor/, a lazy chunk; texts.ts registers them): やさしい日本語, only the
// texts that need rewriting; the others are shown in standard Japanese (texts.ja.ts).
import type { LessonTextKey } from './texts.ja';

export const lessonEasy: Readonly<Partial<Record<LessonTextKey, string>>> = {
  'lesson.notKept':
    'この ブラウザには 下書きを のこせません。タブを とじる 前に ファイルに 保存して ください。',
  'lesson.heading': 'じゅぎょうを つくる',
  'lesson.add': 'この 画面を ステップに 入れる',
  'lesson.preview': 'ためしに 見る',
  'lesson.up': 'うえへ',
  'lesson.down': 'したへ',
};
