// The data desk's texts in Japanese, the reference: English and やさしい日本語 follow it key by key
// (texts.en.ts, texts.easy.ts), and a key missing from English or extra in either fails tsc.
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
  'desk.skipped.headings': '見出しの繰り返し {n} 行を読み飛ばしました（{rows} 行目）',
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
    '保存しました: {files}。前の版は data/backups/ に、記録は data/CHANGELOG-data.csv にあります。このパソコンの住民向けの地図（npm run dev）を開き直すと新しいデータが出ます。',
  'desk.save.failed': '保存できませんでした（{reason}）。何も書き込んでいません。',
  'desk.save.staticDone':
    '{files} をダウンロードしました。この版のサイトはファイルを書き込めません。ダウンロードしたファイルで data/ の同じ名前のファイルを置き換え（前の版は別に残してください）、npm run data:check で確かめてから、サイトを作り直してください（npm run build）。',
  'desk.check.heading':
    '保存すると、今のデータにない誤りが {n} 件生まれます。直すまで保存できません:',
  'desk.check.lostRow': '{file} {row} 行目が参照する {value} がなくなります',
  'desk.check.lost': '{file} が参照する {value} がなくなります',
  'desk.conflict.heading':
    '{files} は、このページで読んだ後に書き換えられています（別のタブ、同僚、CLI の取り込み、git pull など）。保存していません。',
  'desk.conflict.changes': 'このページで読んだ後に変わった点',
  'desk.conflict.note':
    'あなたの変更はこのページに残っています。読み直すと、今のファイルにあなたの変更をもう一度当てて、検査し直します。',
  'desk.conflict.reload': '今のファイルを読み直し、変更をもう一度当てる',
  'desk.rebased':
    '今のファイルを読み直し、あなたの変更 {n} 件をもう一度当てました。地図と問題を確かめてから、もう一度保存してください。',
  'desk.save.notWritten': '書き込めませんでした（{reason}）。data/ は保存の前のままです。',
  'desk.next.heading': '住民向けの地図に出すまで',
  'desk.next.test': 'npm test で、データとサイト全体を確かめます。',
  'desk.next.build': 'npm run build で、サイトを作り直します（dist/ ができます）。',
  'desk.next.publish':
    'dist/ を公開します。ここまでを npm run release がまとめて行います。手順は docs/deploy.md にあります。',
  'desk.next.review':
    '変更の記録 data/CHANGELOG-data.csv の行（ファイル、行数、何を変えたか、元のファイル、前の版）を、公開の前に確かめる人に見せてください。',
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

export type DeskTextKey = keyof typeof deskJa;
