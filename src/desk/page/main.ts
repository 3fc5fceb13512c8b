// Composition root of the data desk (desk.html), the ward staff's page: read a file or type a
// record, see every problem and what would change, check the map and timeline, then save. The
// residents' page never imports this folder; nothing is written until "save". The page's state
// lives in one store (state.ts); the view draws from it and the effects report to it.
import { LANGS, type Lang } from '../../i18n/i18n';
// The desk shows the residents' texts too (problems, sources, languages): all registered at once.
import '../../i18n/register-all-texts';
import { defaultTheme, themeCssVariables } from '../../theme/theme';
import '../../ui/app.css';
import './desk.css';
import { deskEffects } from './effects';
import { initialDeskState } from './state';
import { createDeskStore } from './store';
import { DeskView } from './view';
import { EventFormView } from './event-form-view';
import { DeskPreview } from './preview';
import { workerTableReader } from './table-reader';

const doc = document;
const theme = defaultTheme;
for (const [name, value] of Object.entries(themeCssVariables(theme))) {
  doc.documentElement.style.setProperty(name, value);
}
const byId = <T extends HTMLElement>(id: string): T => doc.getElementById(id) as T;

const store = createDeskStore(
  initialDeskState(navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en'),
);
const { lang } = store.state;
const preview = new DeskPreview({
  doc,
  mapEl: byId('desk-map'),
  timelineEl: byId('timeline'),
  theme,
  lang,
  onChome: (name) => form.addPlace(name),
});
const form = new EventFormView(doc, byId('event-form'), lang, (input) => effects.addRecord(input));
const view = new DeskView({
  doc,
  form,
  preview,
  onShow: (showing) => store.dispatch({ type: 'show', showing }),
  onReload: () => void effects.reload(),
});
const effects = deskEffects({
  doc,
  store,
  preview,
  frame: () => new Promise((r) => requestAnimationFrame(() => r())),
  readTable: workerTableReader(),
});
store.subscribe((prev, next) => view.render(prev, next));
view.render(null, store.state);

const input = byId<HTMLInputElement>('desk-file');
input.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file) void effects.readFile(file);
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
  if (file) void effects.readFile(file);
});
byId<HTMLSelectElement>('lang-select').addEventListener('change', (e) => {
  const v = (e.target as HTMLSelectElement).value;
  if (LANGS.includes(v as Lang)) store.dispatch({ type: 'lang', lang: v as Lang });
});
byId('save-button').addEventListener('click', () => void effects.save());
byId('discard-button').addEventListener('click', () => effects.discard());

await effects.load();
