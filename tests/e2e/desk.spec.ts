// The data desk (desk.html) on the built site: the SYNTHETIC replica of the ward's table dropped
// on it shows every problem with its cell, the differences, the preview map and the new events on
// the timeline; "save" (no server here) downloads files that pass the same checks as data:check.
// The record form: a bad date is reported next to its field, a good record reaches the timeline.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createServer } from 'vite';
import { catalog, type DatasetId } from '../../src/data/catalog';
import { hasErrors } from '../../src/data/problems';
import { checkCandidate } from '../../src/desk/page/files';
import { chomeEntries } from '../fixtures/chome-table/chome-entries';
import { buildSyntheticTable, toCsv, toXlsx } from '../fixtures/chome-table/synthetic-chome-table';
import { expect, test } from './fixtures';

const root = join(import.meta.dirname, '..', '..');
let tmp = '';

test.beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'fhm-desk-e2e-'));
  const table = buildSyntheticTable(chomeEntries());
  writeFileSync(join(tmp, 'chome-table.synthetic.xlsx'), toXlsx(table.grid));
  writeFileSync(join(tmp, 'chome-table.synthetic.sjis.csv'), toCsv(table.grid, 'shift_jis'));
});
test.afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function openDesk(page: Page): Promise<void> {
  await page.goto('./desk.html');
  await expect(page.locator('html')).toHaveAttribute('data-desk-ready', 'true', {
    timeout: 30_000,
  });
}

/** Drops a file on the drop zone the way a file manager does. */
async function drop(page: Page, path: string, name: string): Promise<void> {
  const b64 = readFileSync(path).toString('base64');
  const dataTransfer = await page.evaluateHandle(
    ({ b64, name }) => {
      const dt = new DataTransfer();
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([bytes], name));
      return dt;
    },
    { b64, name },
  );
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
}

/** Fills the record form with a synthetic record of `date` and sends it. */
async function fillRecord(page: Page, date: string, name: string): Promise<void> {
  const form = page.locator('#event-form');
  await form.getByLabel(/^日付/).fill(date);
  await form.getByLabel('名前（日本語）').fill(name);
  await form.getByLabel('名前（英語）').fill('Synthetic test downpour');
  await form.getByLabel('町丁目', { exact: false }).fill('中延１丁目');
  await form.getByLabel('出典の名前').fill('合成テストの報告');
  await form.getByLabel('発行者').fill('品川区（合成）');
  await form.getByLabel('出典の URL').fill('https://example.org/synthetic');
  await form.getByLabel('短い引用（出典の言葉のまま）').fill('床上浸水12棟（合成）');
  await form.getByRole('button', { name: 'プレビューに加える' }).click();
}

/** Adds a synthetic record of `date` to the preview. */
async function addRecord(page: Page, date: string, name: string): Promise<void> {
  await fillRecord(page, date, name);
  await expect(page.locator('#event-form').getByRole('status')).toContainText(
    'プレビューに加えました',
  );
}

/** Serious and critical axe findings (WCAG 2.1 A/AA) fail the test. */
async function audit(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const blocking = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(blocking, 'serious or critical accessibility findings').toEqual([]);
}

/** Today's texts of every bundled file, as the save endpoint and data:check read them. */
const current = (): Map<DatasetId, string> =>
  new Map(catalog.map((d) => [d.id, readFileSync(join(root, 'data', d.file), 'utf8')]));

test.describe('data desk', () => {
  test('the residents’ header links to the desk, which has the site’s Content-Security-Policy', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('link', { name: 'データの更新（区の職員向け）' })).toHaveAttribute(
      'href',
      './desk.html',
    );
    const policyOf = () =>
      page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    const sitePolicy = await policyOf();
    expect(sitePolicy).toContain("script-src 'self'");
    await page.goto('./desk.html');
    expect(await policyOf()).toBe(sitePolicy);
  });

  test('dropping the ward’s table shows its problems, the differences and the preview; save downloads checked files', async ({
    page,
  }) => {
    await openDesk(page);
    await drop(page, join(tmp, 'chome-table.synthetic.xlsx'), 'chome-table.synthetic.xlsx');
    await expect(page.locator('html')).toHaveAttribute('data-desk-read', /\d+/, {
      timeout: 60_000,
    });
    const report = page.locator('#desk-report');
    // Every problem names its sheet and cell; the replica's ward row differs from the chome sum.
    await expect(report.getByRole('listitem').first()).toContainText('町丁別浸水実績!');
    await expect(report).toContainText('区内全域');
    await expect(report).toContainText(/町丁目 \d+ × 水害 30 回/);
    await expect(report).toContainText('新しい水害（この表だけが出典）');
    // The preview: the map with the data after saving, and the new events on the timeline.
    await expect(page.locator('#desk-map')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('#preview-new-events')).toContainText('SH-1992-02-07');
    await expect(page.locator('#timeline [data-id="SH-1992-02-07"]')).toHaveCount(1);
    await page.getByRole('radio', { name: '今のデータ' }).check();
    await expect(page.locator('#timeline [data-id="SH-1992-02-07"]')).toHaveCount(0);
    await page.getByRole('radio', { name: '保存した後' }).check();
    await expect(page.locator('#timeline [data-id="SH-1992-02-07"]')).toHaveCount(1);
    await audit(page);

    // The built site has no server: save downloads the files, with a note saying where they go.
    const downloads: Map<string, string> = new Map();
    page.on('download', (d) => {
      void d.path().then((p) => downloads.set(d.suggestedFilename(), readFileSync(p, 'utf8')));
    });
    await page.getByRole('button', { name: '保存する' }).click();
    await expect(page.locator('#save-status')).toContainText(
      'data/ の同じ名前のファイルを置き換え',
    );
    await expect
      .poll(() => [...downloads.keys()].sort())
      .toEqual(['chome_flood_records.csv', 'flood_events.csv']);
    const checked = checkCandidate(
      current(),
      new Map([
        ['floodEvents', downloads.get('flood_events.csv')!],
        ['chomeRecords', downloads.get('chome_flood_records.csv')!],
      ]),
    );
    expect(hasErrors(checked.problems), JSON.stringify(checked.problems.slice(0, 3))).toBe(false);
    // Every chome with a figure in the table has a row in the downloaded records.
    expect(checked.data.history?.records.length).toBeGreaterThan(130);
  });

  test('a flood_events.csv without an event others refer to: the desk names what would break before Save', async ({
    page,
  }) => {
    await openDesk(page);
    const path = join(tmp, 'flood_events.csv');
    const without = current()
      .get('floodEvents')!
      .split('\n')
      .filter((l) => !l.startsWith('SH-1999-08-29,'))
      .join('\n');
    writeFileSync(path, without);
    await page.setInputFiles('#desk-file', path);
    const check = page.locator('#save-check');
    await expect(check).toContainText(/誤りが \d+ 件生まれます/);
    await expect(check).toContainText(
      /chome_flood_records\.csv \d+ 行目が参照する SH-1999-08-29 がなくなります/,
    );
    await expect(check).toContainText('tachiai-nakanobu-futaba.csv');
    await expect(page.locator('#save-pending')).toContainText('flood_events.csv');
    await expect(page.getByRole('button', { name: '保存する' })).toBeDisabled();
    await audit(page);
  });

  test('a file that is not the table is refused, with the reason, and nothing is pending', async ({
    page,
  }) => {
    await openDesk(page);
    const path = join(tmp, 'not-a-table.synthetic.csv');
    writeFileSync(path, '名前,住所\n合成,品川区\n');
    await page.setInputFiles('#desk-file', path);
    await expect(page.locator('#desk-report')).toContainText('取り込めません。何も変わりません。');
    await expect(page.getByRole('button', { name: '保存する' })).toBeDisabled();
  });

  test('record form: a bad date is reported at its field; a good record appears on the preview timeline', async ({
    page,
  }) => {
    await openDesk(page);
    const form = page.locator('#event-form');
    const date = form.getByLabel(/^日付/);
    await fillRecord(page, '令和12年13月40日', '合成テストの大雨');
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#ev-date-msg')).toContainText('日付として読めません');
    await expect(date).toBeFocused();
    await audit(page);

    await date.fill('令和6年1月2日');
    await form.getByLabel('床上浸水（棟）').locator('..').getByLabel('記載なし').uncheck();
    await form.getByLabel('床上浸水（棟）').fill('12棟');
    await form.getByRole('button', { name: 'プレビューに加える' }).click();
    await expect(form.getByRole('status')).toContainText('SH-2024-01-02');
    await expect(page.locator('#ev-date-msg')).toBeHidden();
    await expect(page.locator('#timeline [data-id="SH-2024-01-02"]')).toHaveCount(1);
    await expect(page.locator('#save-pending')).toContainText('flood_events.csv');
  });
});

/** Beside the preview server's port (E2E_PORT), so that checkouts side by side do not meet. */
const devPort = Number(process.env.E2E_PORT ?? 4173) + 1000;

/** A dev server (npm run dev) whose desk saves into a fresh copy of data/, for one test. */
async function withDevServer(work: (data: string, url: string) => Promise<void>): Promise<void> {
  const data = mkdtempSync(join(tmp, 'data-'));
  cpSync(join(root, 'data'), data, { recursive: true });
  process.env.FHM_DESK_DATA_DIR = data;
  const server = await createServer({
    root,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port: devPort, strictPort: true, hmr: false },
  });
  try {
    await server.listen();
    await work(data, `http://127.0.0.1:${devPort}/desk.html`);
  } finally {
    delete process.env.FHM_DESK_DATA_DIR;
    await server.close();
  }
}

async function openDevDesk(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('html')).toHaveAttribute('data-desk-ready', 'true', {
    timeout: 120_000,
  });
}

test.describe('data desk under npm run dev', () => {
  test('save writes the files into the data folder, with a backup and a change-log line, and they pass the checks', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await withDevServer(async (data, url) => {
      await openDevDesk(page, url);
      await drop(
        page,
        join(tmp, 'chome-table.synthetic.sjis.csv'),
        'chome-table.synthetic.sjis.csv',
      );
      await expect(page.locator('#save-pending')).toContainText('chome_flood_records.csv', {
        timeout: 60_000,
      });
      await page.getByRole('button', { name: '保存する' }).click();
      await expect(page.locator('#save-status')).toContainText('保存しました');
      await expect(page.locator('#save-pending')).toHaveText('');
      // What it takes for residents to see it.
      const next = page.locator('#save-more');
      await expect(next.getByRole('heading', { name: '住民向けの地図に出すまで' })).toBeVisible();
      await expect(next).toContainText('npm run release');
      await expect(next).toContainText('docs/deploy.md');
      const texts = current();
      for (const d of catalog) texts.set(d.id, readFileSync(join(data, d.file), 'utf8'));
      expect(texts.get('chomeRecords')).not.toBe(current().get('chomeRecords'));
      const checked = checkCandidate(current(), texts);
      expect(hasErrors(checked.problems)).toBe(false);
      expect(readdirSync(join(data, 'backups')).sort()).toEqual([
        expect.stringMatching(/^chome_flood_records\.\d{4}-\d\d-\d\dT\d{6}\.csv$/u),
        expect.stringMatching(/^flood_events\.\d{4}-\d\d-\d\dT\d{6}\.csv$/u),
      ]);
      expect(existsSync(join(data, 'CHANGELOG-data.csv'))).toBe(true);
      expect(readFileSync(join(data, 'CHANGELOG-data.csv'), 'utf8')).toContain(
        'chome-table.synthetic.sjis.csv',
      );
    });
  });

  test('two pages save one after the other: the second is told what changed, reloads, keeps its record and saves both', async ({
    page,
    context,
  }) => {
    test.setTimeout(300_000);
    await withDevServer(async (data, url) => {
      const other = await context.newPage();
      await openDevDesk(page, url);
      await openDevDesk(other, url);
      // A colleague's page saves a record first.
      await addRecord(other, '令和6年1月2日', '合成テストの大雨（同僚）');
      await other.getByRole('button', { name: '保存する' }).click();
      await expect(other.locator('#save-status')).toContainText('保存しました');
      // This page still has the version it read: its save is refused, nothing written.
      await addRecord(page, '令和6年3月4日', '合成テストの大雨（自分）');
      const written = readFileSync(join(data, 'flood_events.csv'), 'utf8');
      await page.getByRole('button', { name: '保存する' }).click();
      await expect(page.locator('#save-status')).toContainText(
        'flood_events.csv は、このページで読んだ後に書き換えられています',
      );
      await expect(page.locator('#save-more')).toContainText('追加: SH-2024-01-02');
      expect(readFileSync(join(data, 'flood_events.csv'), 'utf8')).toBe(written);
      await audit(page);
      // Reload: the colleague's record is in today's data, this page's record is pending again.
      await page
        .getByRole('button', { name: '今のファイルを読み直し、変更をもう一度当てる' })
        .click();
      await expect(page.locator('#save-status')).toContainText('変更 1 件をもう一度当てました');
      await expect(page.locator('#save-pending')).toContainText('flood_events.csv');
      await expect(page.locator('#preview-new-events')).toContainText('SH-2024-03-04');
      await expect(page.locator('#preview-new-events')).not.toContainText('SH-2024-01-02');
      await page.getByRole('button', { name: '保存する' }).click();
      await expect(page.locator('#save-status')).toContainText('保存しました');
      const saved = readFileSync(join(data, 'flood_events.csv'), 'utf8');
      expect(saved).toContain('SH-2024-01-02');
      expect(saved).toContain('SH-2024-03-04');
      const log = readFileSync(join(data, 'CHANGELOG-data.csv'), 'utf8').trim().split('\n');
      expect(log.slice(-2).map((l) => l.split(',')[3])).toEqual([
        '記録の追加: SH-2024-01-02',
        '記録の追加: SH-2024-03-04',
      ]);
      await other.close();
    });
  });
});
