// The lesson maker (src/tours/editor/, a lazy chunk; texts.ts registers them): やさしい日本語, only the
// texts that need rewriting; the others are shown in standard Japanese (texts.ja.ts). Readings
// `{漢字|かんじ}` show on the labels when furigana are on (rubyLabel in form-fields.ts).
import type { LessonTextKey } from './texts.ja';

export const lessonEasy: Readonly<Partial<Record<LessonTextKey, string>>> = {
  'lesson.notKept':
    'この ブラウザには 下書きを のこせません。タブを とじる 前に ファイルに {保存|ほぞん}して ください。',
  'lesson.heading': '{授業|じゅぎょう}を つくる',
  'lesson.close': '{授業|じゅぎょう}づくりを おわる',
  'lesson.keptNote':
    '下書きは この ブラウザに のこります。ページを 読みなおしても きえません（ほかの {端末|たんまつ}では 見られません）。',
  'lesson.about':
    '{授業|じゅぎょう}の こと（タイトル・学年・{学習指導要領|がくしゅうしどうようりょう}コード）',
  'lesson.title': 'タイトル（日本語・かならず 書く）',
  'lesson.titleEasy': 'タイトル（やさしい 日本語）',
  'lesson.titleEn': 'タイトル（{英語|えいご}）',
  'lesson.summary': 'ねらい（日本語・かならず 書く）',
  'lesson.audience': '学年（かならず 書く。れい: 小4 社会）',
  'lesson.curriculum': '{学習指導要領|がくしゅうしどうようりょう}コード（1つ {以上|いじょう}）',
  'lesson.fileName': 'ファイルの 名前（{英語|えいご}の 小さい 文字・数字・ハイフン）',
  'lesson.steps': 'ステップ（{n}）',
  'lesson.stepN': 'ステップ {n}',
  'lesson.up': 'うえへ',
  'lesson.down': 'したへ',
  'lesson.goTo': 'この 画面を 見る',
  'lesson.retake': '今の 画面に する',
  'lesson.delete': '{削除|さくじょ}',
  'lesson.stepTitle': '見出し（日本語・かならず 書く）',
  'lesson.stepText': '{文章|ぶんしょう}（日本語・かならず 書く）',
  'lesson.stepQuestion': 'じどう・生徒への {問|と}い（日本語・かならず 書く）',
  'lesson.otherLangs': 'やさしい 日本語・{英語|えいご}（なくても よい）',
  'lesson.textEasy': '{文章|ぶんしょう}（やさしい 日本語）',
  'lesson.textEn': '{文章|ぶんしょう}（{英語|えいご}）',
  'lesson.questionEasy': '{問|と}い（やさしい 日本語）',
  'lesson.questionEn': '{問|と}い（{英語|えいご}）',
  'lesson.sources': '{出典|しゅってん}（{n}）・1つ {以上|いじょう}',
  'lesson.sourceRemove': 'はずす',
  'lesson.sourceOwn': 'ほかの {出典|しゅってん}を 書く',
  'lesson.sourceTitle': '{出典|しゅってん}の 名前',
  'lesson.sourceUrl': '{出典|しゅってん}の URL（https://…）',
  'lesson.sourceLabel': '{出典|しゅってん}の しゅるい',
  'lesson.sourceAdd': '{出典|しゅってん}を 入れる',
  'lesson.add': 'この 画面を ステップに 入れる',
  'lesson.saveHeading': 'たしかめる・{保存|ほぞん}する・ほかの 人に わたす',
  'lesson.preview': 'ためしに 見る',
  'lesson.download': 'ファイルに {保存|ほぞん}（CSV）',
  'lesson.share': 'ほかの 人に わたす リンクを つくる',
  'lesson.load': '{授業|じゅぎょう}の ファイルを 読む（2つとも えらぶ）',
  'lesson.new': '新しい {授業|じゅぎょう}を はじめる',
};
