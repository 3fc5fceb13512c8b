// The place sheet's texts in やさしい日本語: only what needs rewriting, with hand-written furigana.
import type { SheetTextKey } from './texts.ja';

export const sheetEasy: Readonly<Partial<Record<SheetTextKey, string>>> = {
  'sheet.print': '{印刷|いんさつ}',
  'sheet.printName': 'これを{紙|かみ}に{印刷|いんさつ}する（A4 1{枚|まい}）',
  'sheet.share': '{送|おく}る',
  'sheet.shareName': 'この ページの リンクを {送|おく}る',
  'sheet.shared': 'リンクを {送|おく}りました。',
  'sheet.copied': 'リンクを コピーしました。はりつけて {送|おく}れます。',
  'sheet.failed': 'リンクを {送|おく}れませんでした。このアドレスを {書|か}いてください：{url}',
  'sheet.printed': '{印刷|いんさつ}した{日|ひ}：{date}',
  'sheet.dataDate': 'データの{日|ひ}づけ',
  'sheet.more': 'ほかに {n} {件|けん}（{画面|がめん}で {見|み}られます）',
  'sheet.mapAlt': '{title} の{地図|ちず}（えらんだ{場所|ばしょ}に {線|せん}）',
  'sheet.noMap': '{地図|ちず}は {画面|がめん}だけに {出|で}ます',
  'sheet.qr': 'この{画面|がめん}を {開|ひら}く QR コード',
  'sheet.link': 'この{画面|がめん}の アドレス：{url}',
};
