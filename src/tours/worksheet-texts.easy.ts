// Printed worksheets (src/tours/worksheet*.ts, a lazy chunk; worksheet-texts.ts registers them):
// やさしい日本語, only the texts that need rewriting; the others are shown in standard Japanese
// (worksheet-texts.ja.ts).
import type { WorksheetTextKey } from './worksheet-texts.ja';

export const worksheetEasy: Readonly<Partial<Record<WorksheetTextKey, string>>> = {
  'ws.answer': 'かんがえた ことを 書こう',

  'ws.noQrLesson':
    'この じゅぎょうは 先生が 作った ものです。QRコードは ありません。先生から ファイルか リンクを もらって ください。',
  'ws.noQrLong':
    'この ページの アドレスは 長すぎて、QRコードに できません。先生に 聞いて ください。',
  'ws.thenLayer': '画面で くらべた むかしの 写真・地図：{name}',
  'ws.thenNotPrinted': 'むかしの 写真・地図は 画面だけに 出ます（紙には 出ません）',
};
