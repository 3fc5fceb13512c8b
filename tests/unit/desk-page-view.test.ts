// @vitest-environment jsdom
// The desk page drawn from its state, on desk.html's own markup: which parts follow which change
// (texts with the language, Save with the checked set, the preview with the data it shows), and
// that the form's notice is shown once per change, since showing it moves the focus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppData } from '../../src/data/app-data';
import type { DatasetId } from '../../src/data/catalog';
import type { Problem } from '../../src/data/problems';
import { initialDeskState, update, type DeskState } from '../../src/desk/page/state';
import { DeskView } from '../../src/desk/page/view';

/** The view only hands the data to the preview; its content does not matter here. */
const data = (): AppData => ({ history: { events: [] } }) as unknown as AppData;

const error: Problem = { severity: 'error', code: 'csvParse', file: 'flood_events.csv', row: 3 };

function page() {
  const html = readFileSync(join(import.meta.dirname, '..', '..', 'desk.html'), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.adoptNode(n)));
  const form = { showProblems: vi.fn(), setLang: vi.fn() };
  const preview = { show: vi.fn(() => Promise.resolve()), setLang: vi.fn() };
  const onShow = vi.fn();
  const onReload = vi.fn();
  const view = new DeskView({ doc: document, form, preview, onShow, onReload });
  const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
  return { view, form, preview, onShow, onReload, byId };
}

let p: ReturnType<typeof page>;
let state: DeskState;
beforeEach(() => {
  p = page();
  state = initialDeskState('ja');
  p.view.render(null, state);
});

/** Runs the intent through update and draws the change, as the store's listener does. */
function step(...intents: Parameters<typeof update>[1][]): void {
  for (const intent of intents) {
    const next = update(state, intent);
    p.view.render(state, next);
    state = next;
  }
}

const pending = (text: string) => ({ text, source: 'a.synthetic.xlsx', change: 'c' });

describe('desk view', () => {
  it('draws the texts in the page language and offers nothing to save at first', () => {
    expect(document.title).toMatch(/^データの更新/);
    expect(p.byId('desk-intro').textContent).toMatch(/ファイルを読み込むと/);
    expect(p.byId<HTMLButtonElement>('save-button').disabled).toBe(true);
    expect(p.byId('preview-empty').hidden).toBe(false);
    expect(p.preview.show).not.toHaveBeenCalled();
  });

  it('hands the preview the data it shows, once per change of that data', () => {
    const today = data();
    step({ type: 'loaded', current: new Map(), checked: { data: today, errors: [] }, tours: null });
    step({ type: 'checked', candidate: null }, { type: 'ready' });
    expect(p.preview.show).toHaveBeenCalledTimes(1);
    expect(p.preview.show).toHaveBeenLastCalledWith(today);
    expect(document.documentElement.dataset.deskReady).toBe('true');
  });

  it('reports a read file and blocks Save while the checked set has errors', () => {
    const files = new Map<DatasetId, ReturnType<typeof pending>>([['floodEvents', pending('x')]]);
    step(
      { type: 'readStarted', file: 'a.synthetic.xlsx' },
      {
        type: 'read',
        file: 'a.synthetic.xlsx',
        edit: {
          kind: 'file',
          name: 'a.synthetic.xlsx',
          bytes: new Uint8Array(),
          today: '2026-12-06',
        },
        read: { problems: [], refused: false, changes: null, replaced: files, skipped: [] },
      },
    );
    expect(p.byId('save-pending').textContent).toContain('flood_events.csv');
    step({
      type: 'checked',
      candidate: { problems: [error], data: data(), blocking: [{ problem: error, lost: false }] },
    });
    expect(p.byId<HTMLButtonElement>('save-button').disabled).toBe(true);
    expect(p.byId<HTMLButtonElement>('discard-button').disabled).toBe(false);
    expect(p.byId('desk-report').textContent).toContain('a.synthetic.xlsx に問題はありません');
    // The errors the set would have: under the file's report, and beside Save while they last.
    expect(p.byId('desk-report').querySelectorAll('.problem.error')).toHaveLength(1);
    expect(p.byId('save-check').textContent).toContain('誤りが 1 件生まれます');
    step({ type: 'checked', candidate: { problems: [], data: data(), blocking: [] } });
    expect(p.byId<HTMLButtonElement>('save-button').disabled).toBe(false);
    expect(p.byId('save-check').textContent).toBe('');
    step({ type: 'readTimed', file: 'a.synthetic.xlsx', ms: 12 });
    expect(p.byId('desk-status').textContent).toBe('a.synthetic.xlsx を読みました（12 ミリ秒）');
    expect(document.documentElement.dataset.deskRead).toBe('12');
  });

  it('redraws the texts and tells the form and the preview when the language changes', () => {
    step({ type: 'lang', lang: 'en' });
    expect(document.documentElement.lang).toBe('en');
    expect(p.byId('desk-intro').textContent).toMatch(/^Read a file/);
    expect(p.form.setLang).toHaveBeenCalledWith('en');
    expect(p.preview.setLang).toHaveBeenCalledWith('en');
    const switchInputs = p.byId('preview-switch').querySelectorAll('input');
    switchInputs[1]?.dispatchEvent(new Event('change'));
    expect(p.onShow).toHaveBeenCalledWith('before');
  });

  it('shows the form’s notice when it changes, and not again on other changes', () => {
    step({
      type: 'formRejected',
      notice: { kind: 'fields', problems: [{ field: 'date', key: 'desk.form.required' }] },
    });
    expect(p.form.showProblems).toHaveBeenCalledTimes(1);
    expect(p.form.showProblems).toHaveBeenLastCalledWith(
      [{ field: 'date', text: '入力してください' }],
      '直すところがあります（各欄の下を見てください）',
    );
    step({ type: 'show', showing: 'before' }, { type: 'saveStarted' });
    expect(p.form.showProblems).toHaveBeenCalledTimes(1);
  });

  it('after a 409 says what changed on disk and offers to read the files again; after a save, what comes next', () => {
    step({
      type: 'saveConflict',
      changed: [
        {
          file: 'flood_events.csv',
          text: 'x',
          diff: { added: ['SH-2030-01-02'], removed: [], changed: [], unchanged: 3 },
        },
      ],
    });
    expect(p.byId('save-status').textContent).toContain(
      'flood_events.csv は、このページで読んだ後に書き換えられています',
    );
    const more = p.byId('save-more');
    expect(more.querySelector('h3')?.textContent).toBe('このページで読んだ後に変わった点');
    expect(more.textContent).toContain('追加: SH-2030-01-02');
    more.querySelector('button')?.click();
    expect(p.onReload).toHaveBeenCalledTimes(1);
    step({ type: 'reapplied', edits: 2 });
    expect(p.byId('save-status').textContent).toContain('変更 2 件をもう一度当てました');
    expect(more.textContent).toBe('');
    step({
      type: 'saved',
      files: ['flood_events.csv'],
      current: new Map(),
      checked: { data: data(), errors: [] },
    });
    expect([...more.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'npm test で、データとサイト全体を確かめます。',
      'npm run build で、サイトを作り直します（dist/ ができます）。',
      'dist/ を公開します。ここまでを npm run release がまとめて行います。手順は docs/deploy.md にあります。',
    ]);
  });
});
