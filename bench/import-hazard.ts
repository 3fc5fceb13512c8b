// `npm run bench:import [-- --rows 1400000]`: times the hazard importer on a synthetic Shift_JIS
// file as large as the two real 城南 CSVs together, and weighs the PNG against the GeoJSON
// polygons the same raster would need. Everything is written to a temporary folder and deleted.
// The importer runs as a child process so that its memory is its own. Method and figures:
// bench/README.md ("Hazard mesh import (issue 5)").
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync, gzipSync, inflateSync } from 'node:zlib';
import { DEPTH_CLASSES } from '../src/hazard/mesh-classify';
import { encodeIndexedPng, encodeRgbaPng } from '../src/hazard/png';

/** Options and their defaults, declared once. */
const defaults = {
  /** Both real files together: ~700,000 rows each. */
  rows: 1_400_000,
  /** Sprinkled bad rows, so the reporting path is part of the timing. */
  badRows: 20,
  /** Targets from the brief for this machine (2 cores). */
  maxSeconds: 20,
  maxRssMb: 1024,
};

const root = fileURLToPath(new URL('..', import.meta.url));
const viteNode = join(root, 'node_modules/.bin/vite-node');
const TIME = '/usr/bin/time';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const rows = Number(arg('--rows') ?? defaults.rows);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const started = performance.now();
  const r = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return { stdout: r.stdout, stderr: r.stderr, seconds };
}

/** Palette indices of the importer's PNG (8-bit palette, filter 0: what src/hazard/png.ts writes). */
function readIndexedPng(png: Buffer): { width: number; height: number; indices: Uint8Array } {
  let at = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IHDR') {
      width = png.readUInt32BE(at + 8);
      height = png.readUInt32BE(at + 12);
    }
    if (type === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const indices = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    indices.set(raw.subarray(y * (width + 1) + 1, (y + 1) * (width + 1)), y * width);
  }
  return { width, height, indices };
}

interface Meta {
  imageBounds: [number, number, number, number];
  cellDegrees: [number, number];
}

/**
 * The same picture as GeoJSON: one rectangle per run of equal class along each image row
 * (`merge`), or one square per flooded cell. Coordinates to 6 decimals (~0.1 m), the usual
 * precision of the bundled files. A true dissolve would be smaller than the row runs, and slower.
 */
function polygonGeoJson(image: ReturnType<typeof readIndexedPng>, meta: Meta, merge: boolean) {
  const [west, , , north] = meta.imageBounds;
  const [dlon, dlat] = meta.cellDegrees;
  const r6 = (x: number): number => Math.round(x * 1e6) / 1e6;
  const parts: string[] = [];
  for (let y = 0; y < image.height; y++) {
    let x = 0;
    while (x < image.width) {
      const v = image.indices[y * image.width + x] ?? 0;
      let end = x + 1;
      if (merge) while (end < image.width && image.indices[y * image.width + end] === v) end++;
      if (v > 0) {
        const [w, e] = [r6(west + x * dlon), r6(west + end * dlon)];
        const [n, s] = [r6(north - y * dlat), r6(north - (y + 1) * dlat)];
        parts.push(
          JSON.stringify({
            type: 'Feature',
            properties: { c: v - 1 },
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [w, s],
                  [e, s],
                  [e, n],
                  [w, n],
                  [w, s],
                ],
              ],
            },
          }),
        );
      }
      x = end;
    }
  }
  const text = `{"type":"FeatureCollection","features":[${parts.join(',')}]}`;
  return { features: parts.length, bytes: Buffer.byteLength(text), gzip: gzipSync(text).length };
}

/**
 * The synthetic depth field is smooth, so its class boundaries are clean curves. Real model output
 * has ragged edges and speckle around buildings and roads. To see how both formats react, move
 * `share` of the flooded cells one class up or down (deterministic pseudo-random choice).
 */
function roughen(image: ReturnType<typeof readIndexedPng>, share: number) {
  let seed = 20_210_816;
  const random = (): number => {
    // mulberry32: tiny, deterministic, good enough to scatter cells.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const indices = image.indices.map((v) => {
    if (v === 0 || random() >= share) return v;
    return Math.min(DEPTH_CLASSES.length, Math.max(1, v + (random() < 0.5 ? -1 : 1)));
  });
  return { ...image, indices };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(1)} MB`;

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'fhm-bench-import-'));
  try {
    const csv = join(dir, 'jonan-bench.synthetic.csv');
    const out = join(dir, 'out');
    const gen = run(viteNode, [
      'scripts/gen-synthetic-hazard-csv.ts',
      '--rows',
      String(rows),
      '--bad-rows',
      String(defaults.badRows),
      '--encoding',
      'sjis',
      '--out',
      csv,
    ]);
    const csvBytes = statSync(csv).size;

    const useTime = existsSync(TIME);
    const importArgs = ['scripts/import-hazard.ts', csv, '--out', out, '--lang', 'en'];
    const imp = useTime
      ? run(TIME, ['-v', viteNode, ...importArgs], { FHM_REPORT_PEAK_RSS: '1' })
      : run(viteNode, importArgs, { FHM_REPORT_PEAK_RSS: '1' });
    const maxRssKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(imp.stderr)?.[1]);
    const sampledMb = Number(/peak RSS: (\d+) MB/.exec(imp.stdout)?.[1]);
    const inner = /rows: (\d+), seconds: ([\d.]+)/.exec(imp.stdout);
    const innerSeconds = Number(inner?.[2]);
    const peakMb = Number.isFinite(maxRssKb) ? maxRssKb / 1024 : sampledMb;

    const pngPath = join(out, 'tokyo_jonan_depth_mesh.png');
    const metaPath = join(out, 'tokyo_jonan_depth_mesh.json');
    const summaryPath = join(out, 'tokyo_jonan_chome_summary.csv');
    const png = readFileSync(pngPath);
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as Meta;
    const image = readIndexedPng(png);
    const flooded = image.indices.reduce((n, v) => n + (v > 0 ? 1 : 0), 0);

    const rgba = new Uint8Array(image.indices.length * 4);
    image.indices.forEach((v, i) => {
      const c = DEPTH_CLASSES[v - 1];
      if (c) rgba.set([...c.rgb, 255], i * 4);
    });
    const rgbaPng = encodeRgbaPng(image.width, image.height, rgba, (d) =>
      deflateSync(d, { level: 9 }),
    );
    const runs = polygonGeoJson(image, meta, true);
    const squares = polygonGeoJson(image, meta, false);
    const rough = roughen(image, 0.2);
    const roughPng = encodeIndexedPng(
      {
        ...rough,
        palette: [[0, 0, 0], ...DEPTH_CLASSES.map((c) => c.rgb)],
        alpha: [0, ...DEPTH_CLASSES.map(() => 255)],
      },
      (d) => deflateSync(d, { level: 9 }),
    );
    const roughRuns = polygonGeoJson(rough, meta, true);

    const line = (label: string, value: string): void =>
      console.log(`${label.padEnd(50)} ${value}`);
    console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);
    line('input rows (synthetic, Shift_JIS)', `${rows} (${defaults.badRows} bad), ${mb(csvBytes)}`);
    line('generator wall time', `${gen.seconds.toFixed(2)} s`);
    line('importer wall time (incl. vite-node start)', `${imp.seconds.toFixed(2)} s`);
    line('importer time inside the script', `${innerSeconds.toFixed(2)} s`);
    line('rows/s (wall)', `${Math.round(rows / imp.seconds).toLocaleString('en-GB')}`);
    line(
      'rows/s (inside the script)',
      `${Math.round(rows / innerSeconds).toLocaleString('en-GB')}`,
    );
    line(
      `peak RSS (${useTime ? '/usr/bin/time -v' : 'sampled'})`,
      `${peakMb.toFixed(0)} MB${useTime ? `, sampled every 100 ms: ${sampledMb} MB` : ''}`,
    );
    line('image', `${image.width} × ${image.height} px, ${flooded} flooded cells`);
    line('tokyo_jonan_depth_mesh.png (palette)', kb(png.length));
    line('same image as RGBA PNG', kb(rgbaPng.length));
    line('tokyo_jonan_depth_mesh.json', kb(statSync(metaPath).size));
    line('tokyo_jonan_chome_summary.csv', kb(statSync(summaryPath).size));
    line(
      'GeoJSON, one rectangle per row run',
      `${runs.features} features, ${mb(runs.bytes)} (${kb(runs.gzip)} gzip)`,
    );
    line(
      'GeoJSON, one square per flooded cell',
      `${squares.features} features, ${mb(squares.bytes)} (${kb(squares.gzip)} gzip)`,
    );
    line('roughened (20 % of cells ±1 class): palette PNG', kb(roughPng.length));
    line(
      'roughened: GeoJSON, one rectangle per row run',
      `${roughRuns.features} features, ${mb(roughRuns.bytes)} (${kb(roughRuns.gzip)} gzip)`,
    );
    const ok = imp.seconds < defaults.maxSeconds && peakMb < defaults.maxRssMb;
    console.log(
      `${ok ? 'PASS' : 'FAIL'}: target < ${defaults.maxSeconds} s and < ${defaults.maxRssMb} MB`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
