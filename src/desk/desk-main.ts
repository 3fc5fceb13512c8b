// Composition root of the data desk (desk.html), the ward staff's page: read a file or type a
// record, see every problem and what would change, check the map and timeline, then save. The
// residents' page never imports this folder; nothing is written until "save".
import type { AppData } from '../data/app-data';
import { buildAppData } from '../data/app-data';
import { datasetById, type DatasetId } from '../data/catalog';
import { hasErrors, type Problem } from '../data/problems';
import { joinList, LANGS, t, type Lang } from '../i18n/i18n';
import type { MessageKey } from '../i18n/i18n';
// The desk shows the residents' texts too (problems, sources, languages): all registered at once.
import '../i18n/register-all-texts';
import { isDeskKey, td, type DeskKey } from './desk-messages';
import { defaultTheme, themeCssVariables } from '../theme/theme';
import { h } from '../lib/dom';
import '../ui/app.css';
import './desk.css';
import { localTimestamp } from './data-change-log';
import { checkCandidate, loadedFiles, type CheckedSet } from './desk-files';
import { loadCurrentTexts } from './desk-load';
import { DeskPreview } from './desk-preview';
import { readDeskFile, type Pending } from './desk-read';
import { fileSummary, problemList, tableSummary } from './desk-report';
import { saveFiles } from './desk-save';
import { eventFormRow, FIELD_COLUMNS, withEventRow, type EventFormInput } from './event-form-row';
import { EventFormView } from './event-form-view';

const doc = document;
const theme = defaultTheme;
for (const [name, value] of Object.entries(themeCssVariables(theme))) {
  doc.documentElement.style.setProperty(name, value);
}
const byId = <T extends HTMLElement>(id: string): T => doc.getElementById(id) as T;

let lang: Lang = navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
let current: ReadonlyMap<DatasetId, string> = new Map();
let currentData: AppData | null = null;
const pending = new Map<DatasetId, Pending>();
let candidate: CheckedSet | null = null;
let showing: 'after' | 'before' = 'after';
/** Redraws the last report in the page language. */
let report: (() => (HTMLElement | null)[]) | null = null;

const status = byId('desk-status');
const reportEl = byId('desk-report');
const saveButton = byId<HTMLButtonElement>('save-button');
const discardButton = byId<HTMLButtonElement>('discard-button');
const saveStatus = byId('save-status');
const switchEl = byId<HTMLFieldSetElement>('preview-switch');

const preview = new DeskPreview({
  doc,
  mapEl: byId('desk-map'),
  timelineEl: byId('timeline'),
  theme,
  lang,
  onChome: (name) => form.addPlace(name),
});
const form = new EventFormView(doc, byId('event-form'), lang, (input) => addRecord(input));

/** The text a new change starts from: the unsaved one if any, else today's. */
const base = (id: DatasetId): string => pending.get(id)?.text ?? current.get(id) ?? '';

function say(el: HTMLElement, key: DeskKey, params: Record<string, string | number> = {}): void {
  el.textContent = td(lang, key, params);
}

function texts(): void {
  doc.documentElement.lang = lang === 'en' ? 'en' : 'ja';
  doc.title = `${td(lang, 'desk.title')} — ${t(lang, 'app.title')}`;
  for (const el of doc.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const key = el.dataset.i18n ?? '';
    el.textContent = isDeskKey(key) ? td(lang, key) : t(lang, key as MessageKey);
  }
  const select = byId<HTMLSelectElement>('lang-select');
  select.replaceChildren(
    ...LANGS.map((l) => h(doc, 'option', { value: l, selected: l === lang }, t(lang, `lang.${l}`))),
  );
  switchEl.replaceChildren(
    h(doc, 'legend', {}, td(lang, 'desk.preview.show')),
    ...(['after', 'before'] as const).map((v) => {
      const input = h(doc, 'input', {
        type: 'radio',
        name: 'showing',
        value: v,
        checked: showing === v,
      });
      input.addEventListener('change', () => {
        showing = v;
        void showPreview();
      });
      return h(doc, 'label', {}, input, ` ${td(lang, `desk.preview.${v}`)}`);
    }),
  );
  if (report) reportEl.replaceChildren(...report().filter((e): e is HTMLElement => e !== null));
  pendingText();
}

function pendingText(): void {
  const files = [...pending.keys()].map((id) => datasetById(id).file);
  const blocked = candidate !== null && hasErrors(candidate.problems);
  saveButton.disabled = files.length === 0 || blocked;
  discardButton.disabled = files.length === 0;
  switchEl.disabled = files.length === 0;
  byId('preview-empty').hidden = files.length > 0;
  byId('save-pending').textContent =
    files.length === 0 ? '' : td(lang, 'desk.save.pending', { files: joinList(lang, files) });
  const fresh = newEventIds();
  byId('preview-new-events').textContent =
    fresh.length > 0 ? td(lang, 'desk.preview.timeline', { list: joinList(lang, fresh) }) : '';
}

function newEventIds(): string[] {
  const before = new Set(currentData?.history?.events.map((e) => e.id) ?? []);
  return (candidate?.data.history?.events ?? []).map((e) => e.id).filter((id) => !before.has(id));
}

async function showPreview(): Promise<void> {
  const data = showing === 'after' && candidate ? candidate.data : currentData;
  if (data) await preview.show(data);
}

/** Re-checks the candidate set and redraws the preview and the save section. */
async function recheck(): Promise<void> {
  candidate =
    pending.size === 0
      ? null
      : checkCandidate(current, new Map([...pending].map(([id, p]) => [id, p.text])));
  pendingText();
  await showPreview();
}

const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));

function progress(key: DeskKey, params: Record<string, string | number>): void {
  status.replaceChildren(
    h(doc, 'progress', { 'aria-label': td(lang, key, params) }),
    ` ${td(lang, key, params)}`,
  );
}

async function readFile(file: File): Promise<void> {
  const started = performance.now();
  progress('desk.reading', { file: file.name });
  reportEl.replaceChildren();
  await frame();
  const index = currentData?.chomeIndex;
  if (!index) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const today = localTimestamp(new Date()).slice(0, 10);
  const read = await readDeskFile(file.name, bytes, base, index, today);
  for (const [id, p] of read.replaced) pending.set(id, p);
  const { problems, refused, changes } = read;
  await recheck();
  const ms = Math.round(performance.now() - started);
  const cross = candidate?.problems ?? [];
  report = () => [
    problemList(doc, lang, file.name, problems),
    refused ? h(doc, 'p', { class: 'desk-refused' }, td(lang, 'desk.refused')) : null,
    hasErrors(problems) && !refused
      ? h(doc, 'p', { class: 'desk-refused' }, td(lang, 'desk.hasErrors'))
      : null,
    changes?.kind === 'table'
      ? tableSummary(doc, lang, file.name, changes.plan)
      : changes?.kind === 'file'
        ? fileSummary(doc, lang, file.name, changes.diff)
        : null,
    cross.length > 0 ? problemList(doc, lang, td(lang, 'desk.save.heading'), cross) : null,
  ];
  texts();
  say(status, 'desk.readDone', { file: file.name, ms });
  doc.documentElement.dataset.deskRead = String(ms);
}

function addRecord(input: EventFormInput): void {
  const result = eventFormRow(input, currentData?.chomeIndex ?? null);
  if (!result.row) {
    form.showProblems(
      result.problems.map((p) => ({ field: p.field, text: form.fieldText(p) })),
      td(lang, 'desk.form.hasProblems'),
    );
    return;
  }
  const file = datasetById('floodEvents').file;
  const { text, line } = withEventRow(base('floodEvents'), result.row);
  // The same checks as data:check, on the file with this record in, and against the others.
  const checked = checkCandidate(current, new Map([['floodEvents', text]]));
  const mine = checked.problems.filter(
    (p) => p.severity === 'error' && p.file === file && (p.row === line || p.row === undefined),
  );
  if (mine.length > 0) {
    form.showProblems(
      mine.map((p) => ({
        field: FIELD_COLUMNS[p.field ?? ''] ?? 'date',
        text: problemListText(p),
      })),
      td(lang, 'desk.form.hasProblems'),
    );
    return;
  }
  const id = result.row.id ?? '';
  const corrected = current.get('floodEvents')?.includes(`\n${id},`) ?? false;
  pending.set('floodEvents', {
    text,
    source: 'desk form',
    change: `記録の${corrected ? '訂正' : '追加'}: ${id}`,
  });
  form.showProblems([], td(lang, 'desk.form.added', { id }));
  report = () => [
    h(
      doc,
      'section',
      { class: 'desk-summary' },
      h(doc, 'h3', {}, td(lang, 'desk.summary.heading')),
      h(
        doc,
        'p',
        {},
        td(lang, 'desk.summary.event', {
          file,
          id,
          line,
          what: td(lang, corrected ? 'desk.summary.eventCorrected' : 'desk.summary.eventAdded'),
        }),
      ),
    ),
  ];
  void recheck().then(texts);
}

function problemListText(p: Problem): string {
  return problemList(doc, lang, p.file, [p]).querySelector('li')?.textContent ?? p.code;
}

async function save(): Promise<void> {
  if (pending.size === 0) return;
  saveButton.disabled = true;
  say(saveStatus, 'desk.save.saving');
  const files = new Map([...pending].map(([id, p]) => [datasetById(id).file, p.text]));
  const sources = [...new Set([...pending.values()].map((p) => p.source))];
  const changes = [...new Set([...pending.values()].map((p) => p.change))];
  const result = await saveFiles(doc, {
    files,
    source: sources.join('; '),
    change: changes.join(' / '),
  });
  const names = joinList(lang, [...files.keys()]);
  if (result.kind === 'failed') {
    say(saveStatus, 'desk.save.failed', { reason: result.reason });
  } else if (result.kind === 'downloaded') {
    say(saveStatus, 'desk.save.staticDone', { files: names });
  } else {
    const next = new Map(current);
    for (const [id, p] of pending) next.set(id, p.text);
    current = next;
    currentData = buildAppData(loadedFiles(current));
    pending.clear();
    say(saveStatus, 'desk.save.devDone', { files: names });
    await recheck();
  }
  pendingText();
}

const input = byId<HTMLInputElement>('desk-file');
input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file) void readFile(file);
  input.value = '';
});
const zone = byId('drop-zone');
zone.addEventListener('dragover', (e) => {
  e.preventDefault();
  zone.classList.add('dragging');
});
zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
zone.addEventListener('drop', (e) => {
  e.preventDefault();
  zone.classList.remove('dragging');
  const file = e.dataTransfer?.files[0];
  if (file) void readFile(file);
});
byId<HTMLSelectElement>('lang-select').addEventListener('change', (e) => {
  const v = (e.target as HTMLSelectElement).value;
  if (LANGS.includes(v as Lang)) {
    lang = v as Lang;
    form.setLang(lang);
    preview.setLang(lang);
    texts();
  }
});
saveButton.addEventListener('click', () => void save());
discardButton.addEventListener('click', () => {
  pending.clear();
  report = null;
  reportEl.replaceChildren();
  saveStatus.textContent = '';
  void recheck();
});

texts();
current = await loadCurrentTexts();
currentData = buildAppData(loadedFiles(current));
await recheck();
doc.documentElement.dataset.deskReady = 'true';
