// The offline classroom pack: which files it holds, the data release it names, and what its
// status line says. The browser test (tests/e2e/offline-pack.spec.ts) checks the built worker.
import { mkdtempSync, readdirSync, statSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataRelease } from '../../scripts/data-release-plugin';
import { catalog } from '../../src/data/catalog';
import { iconPixels, iconSvg } from '../../src/pwa/app-icon';
import { APP_ICONS, manifestIcons } from '../../src/pwa/app-icons';
import { releaseDate, tokyoDate } from '../../src/data/data-release';
import { inOfflinePack, MAX_PACKED_FILE_BYTES } from '../../src/pwa/pack-files';
import { packLines } from '../../src/pwa/pack-status';

const ROOT = resolve(import.meta.dirname, '../..');

function filesUnder(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/** The name Vite gives a bundled file: `assets/<name>-<8-character hash>.<ext>`. */
function hashedAsset(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.indexOf('.');
  return `assets/${name.slice(0, dot)}-Ab1_-9Zx${name.slice(dot)}`;
}

describe('inOfflinePack', () => {
  it('holds every data file the app fetches, as Vite names it', () => {
    const fetched = catalog.filter((d) => d.loadedByApp).map((d) => d.file);
    expect(fetched.length).toBeGreaterThan(10);
    for (const file of fetched) expect(inOfflinePack(hashedAsset(file)), file).toBe(true);
  });

  it('holds every file under data/ in whichever form it is served, README apart', () => {
    const files = filesUnder('data').filter((f) => !f.endsWith('.md'));
    for (const f of files) {
      const name = f.slice(f.lastIndexOf('/') + 1);
      // Tours are bundled into JS chunks; the optional mesh files are copied as data/<name>.
      const served = f.startsWith('data/tours/')
        ? `assets/${name.replace(/\.csv$/, '')}-Ab1_-9Zx.js`
        : hashedAsset(f);
      expect(inOfflinePack(served), served).toBe(true);
      expect(inOfflinePack(`data/${name}`), name).toBe(true);
      expect(statSync(resolve(ROOT, f)).size).toBeLessThan(MAX_PACKED_FILE_BYTES);
    }
  });

  it('holds the optional offline hazard mesh, its manifest, the page, the manifest and icons', () => {
    for (const f of [
      'data/optional-data.json',
      'data/tokyo_jonan_depth_mesh.png',
      'data/tokyo_jonan_depth_mesh.json',
      'data/tokyo_jonan_chome_summary.csv',
      'index.html',
      './index.html',
      'manifest.webmanifest',
      'assets/index-Ab1_-9Zx.js',
      'assets/index-Ab1_-9Zx.css',
      'assets/timeline-chart-Ab1_-9Zx.js',
      'assets/worksheet-Ab1_-9Zx.js',
      'assets/workbox-window.prod.es5-Ab1_-9Zx.js',
      ...APP_ICONS.map((i) => i.file),
    ]) {
      expect(inOfflinePack(f), f).toBe(true);
    }
  });

  it('leaves out the data desk, SheetJS, the worker itself and source maps', () => {
    for (const f of [
      'desk.html',
      'assets/desk-Ab1_-9Zx.js',
      'assets/desk-Ab1_-9Zx.css',
      'assets/xlsx-Ab1_-9Zx.js',
      'sw.js',
      'workbox-9c191d2f.js',
      'assets/index-Ab1_-9Zx.js.map',
      'notes.txt',
    ]) {
      expect(inOfflinePack(f), f).toBe(false);
    }
  });
});

describe('data release', () => {
  it('is dated in Tokyo', () => {
    expect(tokyoDate(Date.parse('2026-11-29T15:30:00Z'))).toBe('2026-11-30');
    expect(tokyoDate(Date.parse('2026-11-29T14:59:59Z'))).toBe('2026-11-29');
  });

  it('takes the last data commit, or a later change not yet committed', () => {
    const commit = '2026-11-01T10:00:00+09:00';
    const later = Date.parse('2026-11-20T12:00:00+09:00');
    const old = Date.parse('2020-01-01T00:00:00Z');
    expect(releaseDate({ lastCommit: commit, uncommittedMtimes: [], allMtimes: [later] })).toBe(
      '2026-11-01',
    );
    expect(releaseDate({ lastCommit: commit, uncommittedMtimes: [later], allMtimes: [] })).toBe(
      '2026-11-20',
    );
    expect(releaseDate({ lastCommit: null, uncommittedMtimes: [], allMtimes: [old, later] })).toBe(
      '2026-11-20',
    );
    expect(() => releaseDate({ lastCommit: null, uncommittedMtimes: [], allMtimes: [] })).toThrow();
  });

  it('without git, dates a folder by its newest file; the id changes with any byte', () => {
    const root = mkdtempSync(join(tmpdir(), 'fhm-release-'));
    mkdirSync(join(root, 'data/tours'), { recursive: true });
    writeFileSync(join(root, 'data/a.csv'), 'a\n1\n');
    writeFileSync(join(root, 'data/tours/t.csv'), 'x\n');
    writeFileSync(join(root, 'data/README.md'), 'not data');
    const t = (iso: string) => new Date(iso);
    utimesSync(join(root, 'data/a.csv'), t('2026-01-05T00:00:00Z'), t('2026-01-05T00:00:00Z'));
    utimesSync(
      join(root, 'data/tours/t.csv'),
      t('2026-02-10T03:00:00Z'),
      t('2026-02-10T03:00:00Z'),
    );
    const first = readDataRelease(root);
    expect(first.date).toBe('2026-02-10');
    expect(first.id).toMatch(/^[0-9a-f]{8}$/);
    // The README is not data: changing it leaves the release alone.
    writeFileSync(join(root, 'data/README.md'), 'still not data');
    expect(readDataRelease(root).id).toBe(first.id);
    writeFileSync(join(root, 'data/a.csv'), 'a\n2\n');
    expect(readDataRelease(root).id).not.toBe(first.id);
  });

  it('of this repository has a date and an id', () => {
    const release = readDataRelease(ROOT);
    expect(release.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(release.id).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('packLines', () => {
  const release = { date: '2026-11-30', id: '0123abcd' };
  it('always names the data date, in each language', () => {
    const none = { worker: 'none', updateWaiting: false } as const;
    expect(packLines('ja', release, none)).toEqual({
      dataDate: 'データの日付：2026-11-30',
      offline: null,
      update: null,
    });
    expect(packLines('en', release, none).dataDate).toBe('Data date: 2026-11-30');
    expect(packLines('ja-easy', release, none).dataDate).toBe('データの 日付：2026-11-30');
  });

  it('says the pack is being saved, then that it works offline', () => {
    expect(packLines('ja', release, { worker: 'saving', updateWaiting: false }).offline).toBe(
      'オフライン用に保存しています…',
    );
    expect(packLines('ja', release, { worker: 'saved', updateWaiting: false }).offline).toBe(
      'オフラインでも使えます',
    );
    expect(packLines('en', release, { worker: 'saved', updateWaiting: false }).offline).toBe(
      'Works offline',
    );
  });

  it('says so when this browser cannot keep the pack, in each language', () => {
    const unavailable = { worker: 'unavailable', updateWaiting: false } as const;
    expect(packLines('ja', release, unavailable).offline).toBe(
      'このブラウザではオフライン用に保存できません（インターネットにつながっていれば使えます）',
    );
    expect(packLines('en', release, unavailable).offline).toBe(
      'This browser cannot keep the map for offline use (it works while online)',
    );
    expect(packLines('ja-easy', release, unavailable).offline).toContain('つながって いれば');
  });

  it('offers the reload when a newer release waits', () => {
    expect(packLines('ja', release, { worker: 'saved', updateWaiting: true }).update).toEqual({
      note: '新しいデータがあります',
      button: '再読み込み',
    });
  });
});

describe('app icons', () => {
  it('lists PNG icons of 192 and 512 pixels and a maskable one, all present in public/', () => {
    const icons = manifestIcons();
    expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of APP_ICONS) {
      const size = statSync(resolve(ROOT, 'public', icon.file)).size;
      expect(size, icon.file).toBeLessThan(16_000);
    }
  });

  it('draws white shapes on the accent, transparent outside rounded corners', () => {
    const options = { background: '#0072B2', contentScale: 1, cornerRadius: 0.18 };
    const px = iconPixels(64, options);
    const at = (x: number, y: number) => [...px.slice((y * 64 + x) * 4, (y * 64 + x) * 4 + 4)];
    expect(at(0, 0)[3]).toBe(0);
    expect(at(32, 4)).toEqual([0x00, 0x72, 0xb2, 255]);
    // The pin's ring just above its hole is white; the hole shows the background.
    expect(at(32, 16)).toEqual([255, 255, 255, 255]);
    expect(at(32, 23)).toEqual([0x00, 0x72, 0xb2, 255]);
    const maskable = iconPixels(64, { ...options, cornerRadius: 0 });
    expect(maskable[3]).toBe(255);
    expect(iconSvg(options)).toMatch(/^<svg [^>]*viewBox="0 0 100 100">.*fill="#0072B2"/);
  });
});
