// End to end: the generator writes a small synthetic Shift_JIS file, the CLI imports it into a
// temporary folder (never data/), and the three outputs are read back and checked.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/hazard/mesh-classify';

const root = fileURLToPath(new URL('../..', import.meta.url));
const viteNode = join(root, 'node_modules/.bin/vite-node');
const fixture = (name: string): string =>
  fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

function run(script: string, args: string[]) {
  const r = spawnSync(viteNode, [script, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Palette indices of a non-interlaced 8-bit palette PNG written with filter type 0. */
function pngIndices(png: Buffer): { width: number; height: number; indices: Uint8Array } {
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([...data.subarray(8)]).toEqual([8, 3, 0, 0, 0]);
    }
    if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const indices = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (width + 1)]).toBe(0);
    indices.set(raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
  }
  return { width, height, indices };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fhm-hazard-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('import-hazard CLI', () => {
  it('imports a generated Shift_JIS file: PNG, metadata and chome summary', () => {
    const csv = join(dir, 'small.synthetic.csv');
    const out = join(dir, 'out');
    const gen = run('scripts/gen-synthetic-hazard-csv.ts', [
      '--rows',
      '20000',
      '--cell-m',
      '80',
      '--bad-rows',
      '5',
      '--encoding',
      'sjis',
      '--out',
      csv,
    ]);
    expect(gen.status).toBe(0);
    const r = run('scripts/import-hazard.ts', [csv, '--out', out, '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('small.synthetic.csv: shift_jis, 20,000 rows');
    expect(r.stdout).toContain('5 bad');
    expect(r.stdout).toContain(
      'small.synthetic.csv, row 2002, field "浸水深(m)": wrong kind of value',
    );
    expect(r.stdout).toMatch(/row 10002, field "緯度\/経度": latitude and longitude look swapped/);

    const meta = JSON.parse(readFileSync(join(out, 'tokyo_jonan_depth_mesh.json'), 'utf8'));
    expect(meta.licence).toBe('CC BY 4.0');
    expect(meta.publisher).toBe('東京都建設局・東京都下水道局');
    expect(meta.attribution).toBe(
      '出典：東京都「浸水予想区域図（城南地区河川流域）」（CC BY 4.0）を加工して作成',
    );
    expect(meta.scenario.ja).toBe('想定最大規模降雨（時間最大153mm・総雨量690mm）');
    expect(meta.datasetUrl).toBe(
      'https://catalog.data.metro.tokyo.lg.jp/dataset/t000020d0000000043',
    );
    expect(meta.inputFiles).toEqual([
      {
        name: 'small.synthetic.csv',
        rows: 20000,
        kept: expect.any(Number),
        skipped: 5,
        encoding: 'shift_jis',
      },
    ]);
    expect(meta.classes).toHaveLength(6);
    expect(meta.cellInferred).toBe(true);
    // The generator's 80 m cells: 8 × (0.45″, 0.3″).
    expect(meta.cellDegrees[0]).toBeCloseTo(0.001, 9);
    // Coordinates printed to 6 decimals over ~95 rows pin the step to a few 1e-9°.
    expect(meta.cellDegrees[1]).toBeCloseTo(0.0024 / 3.6, 7);

    const png = pngIndices(readFileSync(join(out, 'tokyo_jonan_depth_mesh.png')));
    expect([png.width, png.height]).toEqual([meta.width, meta.height]);
    const [west, south, east, north] = meta.imageBounds as number[];
    expect((east! - west!) / meta.cellDegrees[0]).toBeCloseTo(meta.width, 6);
    expect((north! - south!) / meta.cellDegrees[1]).toBeCloseTo(meta.height, 6);

    // Every source point inside the image must find exactly its own class in its pixel (one point
    // per cell on this lattice), and every pixel without a flooded point must be transparent.
    const text = new TextDecoder('shift_jis').decode(readFileSync(csv));
    const rows = Papa.parse<string[]>(text.trim(), { header: false }).data.slice(1);
    const expected = new Uint8Array(png.width * png.height);
    let checked = 0;
    for (const [d, , la, lo] of rows) {
      const [depth, lat, lon] = [Number(d), Number(la), Number(lo)];
      if (![depth, lat, lon].every(Number.isFinite) || lat > 90) continue;
      const col = Math.floor((lon - west!) / meta.cellDegrees[0]);
      const row = Math.floor((north! - lat) / meta.cellDegrees[1]);
      const [kw, ks, ke, kn] = meta.keptBounds as number[];
      if (lon < kw! || lon > ke! || lat < ks! || lat > kn!) continue;
      expected[row * png.width + col] = (classify(depth) ?? -1) + 1;
      checked++;
    }
    expect(checked).toBe(meta.inputFiles[0].kept);
    const diff = [...png.indices].flatMap((v, i) =>
      v === expected[i] ? [] : [[i, v, expected[i]]],
    );
    expect(diff).toEqual([]);
    // Transparent plus several classes: the comparison above is not a comparison of empty images.
    for (const index of [0, 1, 2, 3, 4]) expect(png.indices).toContain(index);

    const summary = Papa.parse<string[]>(
      readFileSync(join(out, 'tokyo_jonan_chome_summary.csv'), 'utf8').trim(),
      { header: false },
    ).data;
    expect(summary[0]).toEqual([
      'chome_code',
      'chome_name',
      'points',
      'points_flooded',
      'share_flooded',
      'max_depth_m',
      'mean_depth_m',
      'ground_min_m',
      'ground_mean_m',
    ]);
    // The importer summarises the bundled chome file: one row per chome, in the file's order,
    // however many chome a data update brings.
    const chome = JSON.parse(
      readFileSync(join(root, 'data/shinagawa_chome_2015_simplified.geojson'), 'utf8'),
    );
    expect(summary).toHaveLength(chome.features.length + 1);
    expect(summary.slice(1).map((r) => r[0])).toEqual(
      chome.features.map((f: { properties: { key_code: string } }) => f.properties.key_code),
    );
    for (const r of summary.slice(1)) {
      const [, , points, flooded, share, max, mean] = r;
      if (points === '0') expect(r.slice(4)).toEqual(['', '', '', '', '']);
      else expect(share).toBe((Number(flooded) / Number(points)).toFixed(3));
      if (flooded === '0') expect(mean).toBe('');
      else expect(Number(max)).toBeGreaterThanOrEqual(Number(mean));
    }
    const totalPoints = summary.slice(1).reduce((n, r) => n + Number(r[2]), 0);
    expect(totalPoints).toBeGreaterThan(0.8 * meta.inputFiles[0].kept * 0.5);
  }, 60_000);

  it('reads a UTF-8 file with a BOM and another column order', () => {
    const out = join(dir, 'bom');
    const r = run('scripts/import-hazard.ts', [
      fixture('hazard-mesh-utf8bom.synthetic.csv'),
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(r.status).toBe(0);
    const meta = JSON.parse(readFileSync(join(out, 'tokyo_jonan_depth_mesh.json'), 'utf8'));
    expect(meta.inputFiles[0]).toMatchObject({
      rows: 3,
      kept: 3,
      skipped: 0,
      encoding: 'utf-8-bom',
    });
  }, 60_000);

  it.each([
    [
      'binary.synthetic.csv',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0xff, 0xfe]),
    ],
    ['wrong-header.synthetic.csv', Buffer.from('depth,ground,lat,lon\n0.5,2,35.61,139.73\n')],
  ])(
    '%s: names the file, row 1 and the four expected columns; writes nothing',
    (name, bytes) => {
      const file = join(dir, name);
      writeFileSync(file, bytes);
      const out = join(dir, `out-${name}`);
      const r = run('scripts/import-hazard.ts', [file, '--out', out, '--lang', 'en']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain(`${name}, row 1`);
      expect(r.stderr).toContain('浸水深, 地盤高, 緯度, 経度');
      expect(r.stderr).toContain('Nothing written.');
      expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    },
    60_000,
  );

  it('one bad file stops the run even when another is good', () => {
    const bad = join(dir, 'empty.synthetic.csv');
    writeFileSync(bad, '浸水深,地盤高,緯度,経度\n');
    const out = join(dir, 'out-mixed');
    const r = run('scripts/import-hazard.ts', [
      fixture('hazard-mesh-utf8.synthetic.csv'),
      bad,
      '--out',
      out,
      '--lang',
      'en',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'empty.synthetic.csv, row 2: cannot read as CSV (no data rows below the header)',
    );
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
