// The data desk's own texts (desk.html only), kept out of src/i18n/messages.ts so the residents'
// page does not download them: Japanese is the reference, English and やさしい日本語 follow it key by
// key, and `td()` fills placeholders exactly as `t()` does. Texts shared with the residents' page
// (languages, problem messages, source kinds) come from `t()`.
import { formatNumber, type Lang, type Params } from '../i18n/i18n';

export const deskJa = {
  'desk.title': 'データの更新（区の職員向け）',
  'desk.intro':
    'ファイルを読み込むと、問題と変わる点を示します。地図と年表で確かめてから保存します。「保存する」を押すまで、何も変わりません。',
  'desk.back': '地図に戻る',
  'desk.drop.heading': 'ファイルを読み込む',
  'desk.drop.label': 'ファイルを選ぶ',
  'desk.drop.hint':
    '区の町丁別浸水実績一覧（.xlsx または CSV）、または data/ のファイルと同じ名前の GeoJSON・CSV（新しい避難所の一覧など）。ここにドロップしても読み込めます。',
  'desk.reading': '{file} を読んでいます…',
  'desk.readDone': '{file} を読みました（{ms} ミリ秒）',
  'desk.problems.heading': '{file} の問題 {n} 件（誤り {errors}、注意 {warnings}）',
  'desk.problems.none': '{file} に問題はありません',
  'desk.refused': '取り込めません。何も変わりません。',
  'desk.hasErrors':
    '誤りがあるため、このファイルは保存できません。直してからもう一度読み込んでください。',
  'desk.summary.heading': '変わる点',
  'desk.summary.table':
    '{file}: 町丁目 {chome} × 水害 {events} 回、記録 {rows} 行。値: 追加 {added}、変更 {changed}、削除 {removed}、同じ {unchanged}',
  'desk.summary.newEvents': '新しい水害（この表だけが出典）{n} 件: {list}',
  'desk.summary.joined': '今の記録の水害に結び付けた列 {n} 件',
  'desk.summary.replaced': '他の出典の行を置き換えます: {chome} {event}（{source}）',
  'desk.summary.change': '{chome} {event} {field}: {before} → {after}',
  'desk.summary.changesShown': '値の変更（最初の {n} 件）',
  'desk.summary.file': '{file}: 追加 {added}、削除 {removed}、変更 {changed}、同じ {unchanged}',
  'desk.summary.ids': '{what}: {list}',
  'desk.summary.event': '{file}: 記録 {id} を{what}（{line} 行目）',
  'desk.summary.eventAdded': '追加',
  'desk.summary.eventCorrected': '訂正',
  'desk.diff.added': '追加',
  'desk.diff.removed': '削除',
  'desk.diff.changed': '変更',
  'desk.field.below_floor': '床下',
  'desk.field.above_floor': '床上',
  'desk.blank': '（なし）',
  'desk.preview.heading': '保存する前に確かめる',
  'desk.preview.show': '地図に出すデータ',
  'desk.preview.after': '保存した後',
  'desk.preview.before': '今のデータ',
  'desk.preview.empty':
    'ファイルを読み込むか記録を加えると、保存した後の地図と年表がここに出ます。',
  'desk.preview.map': '保存した後の町丁目別の浸水の地図（プレビュー）',
  'desk.preview.timeline': '年表（新しい記録: {list}）',
  'desk.save.heading': '保存',
  'desk.save.pending': 'まだ保存していない変更: {files}',
  'desk.save': '保存する',
  'desk.discard': '変更を取り消す',
  'desk.save.saving': '保存しています…',
  'desk.save.devDone':
    '保存しました: {files}。前の版は data/backups/ に、記録は data/CHANGELOG-data.csv にあります。住民向けの地図を開き直すと新しいデータが出ます。',
  'desk.save.failed': '保存できませんでした（{reason}）。何も書き込んでいません。',
  'desk.save.staticDone':
    '{files} をダウンロードしました。この版のサイトはファイルを書き込めません。ダウンロードしたファイルで data/ の同じ名前のファイルを置き換え（前の版は別に残してください）、npm run data:check で確かめてから、サイトを作り直してください（npm run build）。',
  'desk.form.heading': '水害の記録を加える・直す',
  'desk.form.intro': '同じ日付の記録がすでにあれば、その記録を直します。',
  'desk.form.date': '日付（和暦または西暦。例: 令和7年9月11日、H11.8.29、2025-09-11）',
  'desk.form.nameJa': '名前（日本語）',
  'desk.form.nameEn': '名前（英語）',
  'desk.form.cause': '原因',
  'desk.form.rivers': '関係する川',
  'desk.form.places': '町丁目（「、」で区切る。地図の町丁目をクリックしても入ります）',
  'desk.form.above': '床上浸水（棟）',
  'desk.form.below': '床下浸水（棟）',
  'desk.form.total': '浸水の合計（棟）',
  'desk.form.notGiven': '記載なし',
  'desk.form.rainfall': '雨量・水位',
  'desk.form.sourceTitle': '出典の名前',
  'desk.form.publisher': '発行者',
  'desk.form.url': '出典の URL',
  'desk.form.kind': '出典の種類',
  'desk.form.quote': '短い引用（出典の言葉のまま）',
  'desk.form.submit': 'プレビューに加える',
  'desk.form.required': '入力してください',
  'desk.form.badDate':
    '日付として読めません（{value}）。例: 令和7年9月11日、平成11年8月29日、2025-09-11',
  'desk.form.badCount':
    '数として読めません（{value}）。書かれていなければ「記載なし」を選んでください',
  'desk.form.unknownChome': '町丁目「{value}」が見つかりません（近い名前: {suggestions}）',
  'desk.form.added': '{id} をプレビューに加えました（まだ保存していません）',
  'desk.form.hasProblems': '直すところがあります（各欄の下を見てください）',
} as const;

export type DeskKey = keyof typeof deskJa;

export const deskEn: Record<DeskKey, string> = {
  'desk.title': 'Data desk (for ward staff)',
  'desk.intro':
    'Read a file to see its problems and what it changes, check the map and the timeline, then save. Nothing changes until you press Save.',
  'desk.back': 'Back to the map',
  'desk.drop.heading': 'Read a file',
  'desk.drop.label': 'Choose a file',
  'desk.drop.hint':
    "The ward's chome flood table (町丁別浸水実績一覧, .xlsx or CSV), or a GeoJSON / CSV file named like one in data/ (a new shelter list, say). You can also drop it here.",
  'desk.reading': 'Reading {file}…',
  'desk.readDone': 'Read {file} ({ms} ms)',
  'desk.problems.heading': '{file}: {n} problem(s) ({errors} errors, {warnings} notes)',
  'desk.problems.none': '{file}: no problems',
  'desk.refused': 'Not imported. Nothing changes.',
  'desk.hasErrors': 'This file has errors and cannot be saved. Fix them and read it again.',
  'desk.summary.heading': 'What changes',
  'desk.summary.table':
    '{file}: {chome} chome × {events} events, {rows} record rows. Values: {added} added, {changed} changed, {removed} removed, {unchanged} unchanged',
  'desk.summary.newEvents': 'New events (known only from this table), {n}: {list}',
  'desk.summary.joined': 'Columns joined to events already in the history: {n}',
  'desk.summary.replaced': 'Replaces a row of another source: {chome} {event} ({source})',
  'desk.summary.change': '{chome} {event} {field}: {before} → {after}',
  'desk.summary.changesShown': 'Changed values (first {n})',
  'desk.summary.file':
    '{file}: {added} added, {removed} removed, {changed} changed, {unchanged} unchanged',
  'desk.summary.ids': '{what}: {list}',
  'desk.summary.event': '{file}: record {id} {what} (line {line})',
  'desk.summary.eventAdded': 'added',
  'desk.summary.eventCorrected': 'corrected',
  'desk.diff.added': 'Added',
  'desk.diff.removed': 'Removed',
  'desk.diff.changed': 'Changed',
  'desk.field.below_floor': 'below floor',
  'desk.field.above_floor': 'above floor',
  'desk.blank': '(none)',
  'desk.preview.heading': 'Check before saving',
  'desk.preview.show': 'Data on the map',
  'desk.preview.after': 'After saving',
  'desk.preview.before': "Today's data",
  'desk.preview.empty':
    'Read a file or add a record to see the map and timeline as they would be after saving.',
  'desk.preview.map': 'Preview: flood figures per chome after saving',
  'desk.preview.timeline': 'Timeline (new records: {list})',
  'desk.save.heading': 'Save',
  'desk.save.pending': 'Changes not saved yet: {files}',
  'desk.save': 'Save',
  'desk.discard': 'Discard the changes',
  'desk.save.saving': 'Saving…',
  'desk.save.devDone':
    'Saved: {files}. Previous versions are in data/backups/, the log in data/CHANGELOG-data.csv. Reload the residents’ map to see the new data.',
  'desk.save.failed': 'Not saved ({reason}). Nothing was written.',
  'desk.save.staticDone':
    'Downloaded {files}. This copy of the site cannot write files: put them in place of the files with the same names in data/ (keep the old ones apart), run npm run data:check, then rebuild the site (npm run build).',
  'desk.form.heading': 'Add or correct a flood record',
  'desk.form.intro': 'If a record with the same date exists, it is corrected.',
  'desk.form.date': 'Date (Japanese era or Western, e.g. 令和7年9月11日, H11.8.29, 2025-09-11)',
  'desk.form.nameJa': 'Name (Japanese)',
  'desk.form.nameEn': 'Name (English)',
  'desk.form.cause': 'Cause',
  'desk.form.rivers': 'Rivers',
  'desk.form.places': 'Chome (separated by 、; clicking a chome on the map adds it)',
  'desk.form.above': 'Buildings flooded above floor',
  'desk.form.below': 'Buildings flooded below floor',
  'desk.form.total': 'Buildings flooded in total',
  'desk.form.notGiven': 'Not given',
  'desk.form.rainfall': 'Rainfall and water levels',
  'desk.form.sourceTitle': 'Source title',
  'desk.form.publisher': 'Publisher',
  'desk.form.url': 'Source URL',
  'desk.form.kind': 'Kind of source',
  'desk.form.quote': 'Short quote (in the source’s own words)',
  'desk.form.submit': 'Add to the preview',
  'desk.form.required': 'Please fill this in',
  'desk.form.badDate': 'Not a date ({value}). E.g. 令和7年9月11日, 平成11年8月29日, 2025-09-11',
  'desk.form.badCount': 'Not a number ({value}). If the source gives none, choose “Not given”',
  'desk.form.unknownChome': 'No chome “{value}” (closest: {suggestions})',
  'desk.form.added': '{id} added to the preview (not saved yet)',
  'desk.form.hasProblems': 'Some fields need fixing (see below each)',
};

export const deskEasy: Partial<Record<DeskKey, string>> = {
  'desk.title': 'データを 新しく する（区の 職員）',
  'desk.save': '保存する',
  'desk.form.notGiven': '書いて いない',
  'desk.form.badDate': '日付が 読めません（{value}）。れい: 令和7年9月11日',
  'desk.form.required': '書いて ください',
};

export function isDeskKey(key: string): key is DeskKey {
  return Object.hasOwn(deskJa, key);
}

export function td(lang: Lang, key: DeskKey, params: Params = {}): string {
  const template =
    lang === 'en' ? deskEn[key] : lang === 'ja-easy' ? (deskEasy[key] ?? deskJa[key]) : deskJa[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}
