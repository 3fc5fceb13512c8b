// `npm run data:import-chome-table -- <file.xlsx|file.csv> [--dry-run] [--lang ja|en]
//   [--data-dir data] [--timing]`
// Reads the ward's 町丁別浸水実績一覧 in its own layout (src/desk/chome-table/, the reader the desk
// page uses too), prints every problem with its cell and a summary of what would change, and,
// when the table has no errors, rewrites flood_events.csv and chome_flood_records.csv in the data
// folder: each replaced file is kept in backups/ and a dated line goes to CHANGELOG-data.csv, all
// written or none (scripts/data-save.ts, the desk's writer). Nothing is written with --dry-run, on
// refusal, on errors, when the whole set (lessons included) would have an error it does not have
// today, or when the files changed while the import ran; then the exit code is 1 (2 for a wrong
// command line).
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chomeIndexOf } from '../src/data/assemble-history';
import { datasetById, type DatasetId } from '../src/data/catalog';
// Problems are worded with the page's texts, every language registered at once.
import '../src/i18n/register-all-texts';
import { formatProblem, hasErrors, type Problem } from '../src/data/problems';
import { validateDataset } from '../src/data/validate-dataset';
import type { FeatureCollection } from '../src/data/validate-geojson';
import { readChomeTable } from '../src/desk/chome-table/read';
import { FILES, planImport, type ImportPlan } from '../src/desk/chome-table/plan';
import { refusedTable, type ChomeTable } from '../src/desk/chome-table/model';
import { detectFileKind, SNIFF_BYTES } from '../src/desk/chome-table/file-kind';
import { sizeRefusal } from '../src/desk/chome-table/limits';
import { skippedRowRuns } from '../src/desk/chome-table/skipped-rows';
import { CHANGE_LOG_FILE, localTimestamp } from '../src/data/data-change-log';
import { describeSaveProblem } from '../src/desk/page/save-problems';
import { textVersion } from '../src/lib/text-version';
import { changedSince, checkSave, commitSave, rowCount, type SavedFile } from './data-save';
import { isLang, type Lang } from '../src/i18n/i18n';

/** Options and their defaults, declared once. */
const defaults = {
  dataDir: fileURLToPath(new URL('../data', import.meta.url)),
  /** Problems printed; the rest are counted. */
  maxProblems: 100,
};

function usage(message: string): never {
  console.error(
    `${message}\nusage: npm run data:import-chome-table -- <file.xlsx|file.csv> [--dry-run] [--lang ja|en] [--data-dir DIR] [--timing]`,
  );
  process.exit(2);
}

function parseArgs(argv: readonly string[]) {
  let file: string | null = null;
  let dataDir = defaults.dataDir;
  let lang: Lang = process.env.LANG?.startsWith('en') ? 'en' : 'ja';
  let dryRun = false;
  let timing = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') continue;
    if (a === '--dry-run') dryRun = true;
    else if (a === '--timing') timing = true;
    else if (a === '--lang') {
      const v = argv[++i];
      if (!isLang(v)) usage(`--lang must be ja, en or ja-easy (got ${v ?? 'nothing'})`);
      lang = v;
    } else if (a === '--data-dir')
      dataDir = resolve(argv[++i] ?? usage('--data-dir needs a folder'));
    else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else if (file === null) file = resolve(a);
    else usage('give one table file');
  }
  if (file === null) usage('no table file given');
  return { file, dataDir, lang, dryRun, timing };
}

const args = parseArgs(process.argv.slice(2));
const en = args.lang === 'en';
const say = (ja: string, english: string): string => (en ? english : ja);
const times: [string, number][] = [];
async function timed<T>(label: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  times.push([label, performance.now() - started]);
  return result;
}

const dataText = (id: DatasetId): string =>
  readFileSync(join(args.dataDir, datasetById(id).file), 'utf8');

function geojsonOf(id: DatasetId): FeatureCollection {
  const r = validateDataset(datasetById(id), dataText(id));
  if (r.kind !== 'geojson' || !r.data)
    throw new Error(`${datasetById(id).file} in ${args.dataDir} does not load`);
  return r.data;
}

function printProblems(problems: readonly Problem[]): void {
  for (const p of problems.slice(0, defaults.maxProblems)) {
    const line = `${p.severity === 'error' ? 'error' : 'note '} ${formatProblem(p, args.lang)}`;
    (p.severity === 'error' ? console.error : console.log)(line);
  }
  if (problems.length > defaults.maxProblems) {
    console.log(
      say(
        `…ほか ${problems.length - defaults.maxProblems} 件`,
        `… and ${problems.length - defaults.maxProblems} more`,
      ),
    );
  }
}

function describeTable(t: ChomeTable): string {
  const kind =
    t.format === 'csv' ? `CSV ${t.encoding ?? ''}` : `${t.format} (${t.sheets.join(', ')})`;
  const headings = t.skipped.filter((s) => s.reason === 'header').length;
  const notes = t.skipped.length - headings;
  const runs = skippedRowRuns(t.skipped, 'header');
  const repeated =
    headings === 0
      ? ''
      : say(
          `\n見出しの繰り返し ${headings} 行を読み飛ばしました（${runs} 行目）`,
          `\nRepeated headings, ${headings} rows, skipped (rows ${runs})`,
        );
  return (
    say(
      `${basename(args.file)}: ${kind}、町丁目 ${t.rows.length} 行 × ${t.events.length} 回、区内全域の行 ${t.wardRow ? 'あり' : 'なし'}、合計の列 ${t.totalColumns.length > 0 ? 'あり' : 'なし'}、読み飛ばした行 ${t.skipped.length}（繰り返しの見出し ${headings}、注記など ${notes}）`,
      `${basename(args.file)}: ${kind}, ${t.rows.length} chome rows × ${t.events.length} events, ward-wide row ${t.wardRow ? 'yes' : 'no'}, 合計 columns ${t.totalColumns.length > 0 ? 'yes' : 'no'}, ${t.skipped.length} rows skipped (${headings} repeated heading, ${notes} notes)`,
    ) + repeated
  );
}

function describePlan(plan: ImportPlan): string[] {
  const s = plan.summary;
  const joined = plan.links
    .filter((l) => l.kind !== 'new')
    .map((l) => `${l.event.label} → ${l.eventId} (${l.kind})`);
  const fresh = plan.links.filter((l) => l.kind === 'new').map((l) => l.eventId);
  const lines = [
    say(
      `町丁目 ${s.chome} × 水害 ${s.events} 回、記録 ${s.recordRows} 行。値: 追加 ${s.added}、変更 ${s.changed}、削除 ${s.removed}、同じ ${s.unchanged}`,
      `${s.chome} chome × ${s.events} events, ${s.recordRows} record rows. Values: ${s.added} added, ${s.changed} changed, ${s.removed} removed, ${s.unchanged} unchanged`,
    ),
    say(
      `既存の水害に結び付けた列 ${joined.length}: ${joined.join('、') || 'なし'}`,
      `Columns joined to events in the history (${joined.length}): ${joined.join(', ') || 'none'}`,
    ),
    say(
      `新しい水害（この表だけが出典）${fresh.length}: ${fresh.join('、') || 'なし'}`,
      `New events known only from this table (${fresh.length}): ${fresh.join(', ') || 'none'}`,
    ),
  ];
  for (const r of plan.replaced) {
    lines.push(
      say(
        `置き換える他の出典の行: ${r.chome} ${r.eventId}（${r.sourceTitle}、${r.sourceClass}）`,
        `Replaces a row of another source: ${r.chome} ${r.eventId} (${r.sourceTitle}, ${r.sourceClass})`,
      ),
    );
  }
  return lines;
}

/** The files to write, with their change-log lines. */
function savedFiles(plan: ImportPlan): SavedFile[] {
  const s = plan.summary;
  return (['events', 'records'] as const).map((key) => ({
    name: FILES[key],
    text: plan.texts[key],
    rows: rowCount(FILES[key], plan.texts[key]),
    change:
      key === 'records'
        ? `町丁別浸水実績一覧の取り込み: 記録 ${s.recordRows} 行、値 追加 ${s.added}・変更 ${s.changed}・削除 ${s.removed}`
        : `町丁別浸水実績一覧の取り込み: 新しい水害 ${s.newEvents} 件`,
    source: basename(args.file),
  }));
}

/** The first bytes of a file, enough to tell a workbook from text. */
function head(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(SNIFF_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, SNIFF_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

async function main(): Promise<number> {
  if (!existsSync(args.file)) usage(`not found: ${args.file}`);
  const index = chomeIndexOf(geojsonOf('chome'));
  // The desk's limits (limits.ts), the size checked before the file is read.
  const tooLarge = sizeRefusal(
    basename(args.file),
    detectFileKind(head(args.file)),
    statSync(args.file).size,
  );
  const table = await timed('read', () =>
    tooLarge
      ? refusedTable(basename(args.file), 'csv', null, tooLarge)
      : readChomeTable(basename(args.file), new Uint8Array(readFileSync(args.file)), index),
  );
  if (table.refused) {
    printProblems([table.refused]);
    console.error(
      say('取り込みを断りました。何も書き込んでいません。', 'Refused. Nothing written.'),
    );
    return 1;
  }
  console.log(describeTable(table));
  printProblems(table.problems);
  if (hasErrors(table.problems)) {
    const n = table.problems.filter((p) => p.severity === 'error').length;
    console.error(
      say(
        `誤り ${n} 件。表を直してからもう一度実行してください。何も書き込んでいません。`,
        `${n} error(s): fix the table and run again. Nothing written.`,
      ),
    );
    return 1;
  }
  const at = new Date();
  const current = { events: dataText('floodEvents'), records: dataText('chomeRecords') };
  const base = {
    [FILES.events]: textVersion(current.events),
    [FILES.records]: textVersion(current.records),
  };
  const plan = await timed('plan', () =>
    planImport(table, current, {
      file: basename(args.file),
      date: localTimestamp(at).slice(0, 10),
    }),
  );
  for (const line of describePlan(plan)) console.log(line);
  // The whole set with the new files in, lessons included, as data:check and the desk check it.
  const problems = await timed('check', () =>
    checkSave(
      args.dataDir,
      new Map([
        ['floodEvents', plan.texts.events],
        ['chomeRecords', plan.texts.records],
      ]),
    ),
  );
  if (problems.length > 0) {
    for (const p of problems.slice(0, defaults.maxProblems)) {
      console.error(`error ${describeSaveProblem(p, args.lang)}`);
    }
    console.error(
      say(
        `書き込むと、今のデータにない誤りが ${problems.length} 件生まれます。何も書き込んでいません。`,
        `Writing would bring ${problems.length} error(s) the data does not have today. Nothing written.`,
      ),
    );
    return 1;
  }
  if (args.dryRun) {
    console.log(say('--dry-run: 何も書き込んでいません。', '--dry-run: nothing written.'));
  } else {
    // Another import, the desk or a git pull may have changed the files while this one ran.
    const changed = changedSince(args.dataDir, base).map((c) => c.file);
    if (changed.length > 0) {
      console.error(
        say(
          `${changed.join('、')} が取り込みの途中で書き換えられました。何も書き込んでいません。もう一度実行してください。`,
          `${changed.join(', ')} changed while the import ran. Nothing written; run it again.`,
        ),
      );
      return 1;
    }
    const entries = await timed('write', () => commitSave(args.dataDir, savedFiles(plan), at));
    for (const e of entries)
      console.log(
        say(
          `書き込み: ${e.file}（${e.rows} 行、前の版は ${e.backup}）`,
          `Wrote ${e.file} (${e.rows} rows; previous version in ${e.backup})`,
        ),
      );
    if (entries.length === 0) console.log(say('変更はありません。', 'Nothing changed.'));
    else console.log(say(`${CHANGE_LOG_FILE} に記録しました。`, `Logged in ${CHANGE_LOG_FILE}.`));
  }
  if (args.timing)
    console.log(`timing ${times.map(([k, ms]) => `${k} ${ms.toFixed(1)} ms`).join(', ')}`);
  return 0;
}

process.exitCode = await main();
