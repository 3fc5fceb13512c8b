// `npm run data:import-hazard -- <csv files> [--out data] [--margin-m 300] [--lang ja|en]`
// Turns Tokyo's 浸水予想区域図 point CSVs (城南地区河川流域, ~700,000 rows each, Shift_JIS) into
// a palette PNG of depth classes over Shinagawa, its metadata JSON and a per-chome summary CSV.
// Files are streamed (a 1 GB file stays within a few hundred MB); bad rows are reported and
// skipped; a file in the wrong format stops the run before anything is written.
// FHM_REPORT_PEAK_RSS=1 prints the peak resident memory, sampled every 100 ms (for the bench).
import { closeSync, createReadStream, mkdirSync, openSync, readFileSync, readSync } from 'node:fs';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import Papa from 'papaparse';
// Problems are worded with the page's texts, every language registered at once.
import '../src/i18n/register-all-texts';
import { formatProblem, type Problem } from '../src/data/problems';
import type { BBox } from '../src/data/schema';
import type { FeatureCollection } from '../src/data/validate-geojson';
import { DEPTH_CLASSES } from '../src/hazard/mesh-classify';
import {
  createDecoder,
  createMeshScan,
  detectEncoding,
  detectHeader,
  EXPECTED_COLUMNS,
  HEAD_BYTES,
  headerCells,
  looksBinary,
  type MeshFileStats,
} from '../src/hazard/mesh-format';
import {
  anchorOf,
  expandBBox,
  inferCellSize,
  makeGrid,
  PointStore,
  rasterizeDeepest,
  SHINAGAWA_BBOX,
  sharedCellPoints,
} from '../src/hazard/mesh-grid';
import { chomeAreas, createSummary, summaryCsv } from '../src/hazard/mesh-summary';
import { encodeIndexedPng } from '../src/hazard/png';
import { isLang, type Lang } from '../src/i18n/i18n';

/** Options and their defaults, declared once. */
const defaults = {
  /** Where the three outputs go. */
  out: 'data',
  /** Points this far outside the ward box are kept too, so the layer does not stop at the box. */
  marginM: 300,
  /** Bad rows printed per file; the rest are counted. */
  maxProblems: 20,
  /** The chome polygons the summary is made for. */
  chome: fileURLToPath(new URL('../data/shinagawa_chome_2015_simplified.geojson', import.meta.url)),
};

const OUTPUT = {
  png: 'tokyo_jonan_depth_mesh.png',
  meta: 'tokyo_jonan_depth_mesh.json',
  summary: 'tokyo_jonan_chome_summary.csv',
};

const startedAt = Date.now();
let peakRss = process.memoryUsage.rss();
if (process.env.FHM_REPORT_PEAK_RSS === '1') {
  setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100).unref();
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

function parseArgs(argv: readonly string[]): {
  files: string[];
  out: string;
  marginM: number;
  lang: Lang;
} {
  const files: string[] = [];
  let out = defaults.out;
  let marginM = defaults.marginM;
  let lang: Lang = process.env.LANG?.startsWith('en') ? 'en' : 'ja';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = (): string => argv[++i] ?? fail(`${a} needs a value`);
    if (a === '--') continue;
    else if (a === '--out') out = value();
    else if (a === '--margin-m') marginM = Number(value());
    else if (a === '--lang') {
      const l = value();
      lang = isLang(l) ? l : fail(`--lang must be ja or en, got ${l}`);
    } else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length === 0) {
    fail('usage: npm run data:import-hazard -- <csv files> [--out data] [--margin-m 300]');
  }
  if (!(Number.isFinite(marginM) && marginM >= 0)) fail('--margin-m must be a number ≥ 0');
  return { files, out, marginM, lang };
}

const say = (lang: Lang, ja: string, en: string): string => (lang === 'en' ? en : ja);

interface FileResult {
  readonly stats: MeshFileStats | null;
  readonly fatal: Problem[];
}

/** Papa holds an unterminated quote's text until it closes; give up long before memory does. */
const MAX_CHARS_WITHOUT_ROW = 32 * 1024 * 1024;

async function readMeshFile(
  path: string,
  keep: BBox,
  onPoint: (lon: number, lat: number, depth: number, ground: number) => void,
): Promise<FileResult> {
  const file = basename(path);
  const fileProblem = (detail: string, row?: number): FileResult => ({
    stats: null,
    fatal: [
      { severity: 'error', code: 'csvParse', file, ...(row ? { row } : {}), params: { detail } },
    ],
  });
  let head: Uint8Array;
  try {
    const fd = openSync(path, 'r');
    const buffer = new Uint8Array(HEAD_BYTES);
    head = buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
    closeSync(fd);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return {
      stats: null,
      fatal: [{ severity: 'error', code: 'fetchFailed', file, params: { detail } }],
    };
  }
  if (looksBinary(head)) return fileProblem('binary data (NUL bytes), not CSV text', 1);
  const encoding = detectEncoding(head);
  const cells = headerCells(
    createDecoder(encoding).decode(head, { stream: true }),
    head.length < HEAD_BYTES,
  );
  if (cells === null) return fileProblem(`no line break in the first ${HEAD_BYTES} bytes`, 1);
  const detected = detectHeader(file, cells);
  if (!detected.ok) return { stats: null, fatal: detected.problems };

  const scan = createMeshScan({
    file,
    encoding,
    header: detected.header,
    keep,
    onPoint: (p) => onPoint(p.lon, p.lat, p.depth, p.ground),
    maxProblems: defaults.maxProblems,
  });
  let charsWithoutRow = 0;
  const decoder = createDecoder(encoding);
  const text = new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      const s = decoder.decode(chunk, { stream: true });
      charsWithoutRow += s.length;
      done(null, s.length > 0 ? s : undefined);
    },
    flush(done) {
      const s = decoder.decode();
      done(null, s.length > 0 ? s : undefined);
    },
  });
  const input = createReadStream(path, { highWaterMark: 1 << 20 });
  let runaway: Problem | null = null;
  await new Promise<void>((done, reject) => {
    input.on('error', reject);
    let row = 0;
    Papa.parse<string[]>(input.pipe(text), {
      header: false,
      delimiter: ',',
      skipEmptyLines: false,
      chunk(results, parser) {
        const broken = new Map<number, string>();
        for (const e of results.errors) if (e.row !== undefined) broken.set(e.row, e.message);
        results.data.forEach((cells, i) => {
          row++;
          if (row === 1) return;
          const message = broken.get(i);
          // A malformed quote shifts the cells: report the row rather than guess its values.
          if (message === undefined) scan.row(cells, row);
          else
            scan.bad({
              severity: 'error',
              code: 'csvParse',
              file,
              row,
              params: { detail: message },
            });
        });
        if (results.data.length > 0) charsWithoutRow = 0;
        else if (charsWithoutRow > MAX_CHARS_WITHOUT_ROW) {
          runaway = {
            severity: 'error',
            code: 'csvParse',
            file,
            row: row + 1,
            params: { detail: 'unterminated quote: no row ends in the next 32 MB' },
          };
          parser.abort();
          input.destroy();
          done();
        }
      },
      complete: () => done(),
      error: reject,
    });
  });
  const fatal = runaway ?? scan.fatal();
  return { stats: scan.stats, fatal: fatal ? [fatal] : [] };
}

function fileLine(lang: Lang, s: MeshFileStats, marginM: number): string {
  const n = (x: number): string => x.toLocaleString(lang === 'en' ? 'en-GB' : 'ja-JP');
  return say(
    lang,
    `${s.file}: ${s.encoding}、${n(s.rows)} 行（品川区＋${marginM} m の範囲内 ${n(s.kept)}、範囲外 ${n(s.outside)}、不正な行 ${n(s.skipped)}）`,
    `${s.file}: ${s.encoding}, ${n(s.rows)} rows (${n(s.kept)} inside Shinagawa + ${marginM} m, ${n(s.outside)} outside, ${n(s.skipped)} bad)`,
  );
}

async function main(): Promise<void> {
  const { files, out, marginM, lang } = parseArgs(process.argv.slice(2));
  const keep = expandBBox(SHINAGAWA_BBOX, marginM);
  const store = new PointStore(keep[0], keep[1]);
  const push = (lon: number, lat: number, depth: number, ground: number): void =>
    store.push(lon, lat, depth, ground);

  const stats: MeshFileStats[] = [];
  const fatal: Problem[] = [];
  for (const path of files) {
    const result = await readMeshFile(path, keep, push);
    if (result.stats) {
      stats.push(result.stats);
      console.log(fileLine(lang, result.stats, marginM));
      for (const p of result.stats.problems) console.log(`  ${formatProblem(p, lang)}`);
      const more = result.stats.skipped - result.stats.problems.length;
      if (more > 0) console.log(say(lang, `  …ほか ${more} 行`, `  … and ${more} more bad rows`));
    }
    if (result.fatal.length > 0) {
      fatal.push(...result.fatal);
      for (const p of result.fatal) console.error(formatProblem(p, lang));
      // The reminder of the expected layout only helps when row 1 itself was the problem.
      if (!result.stats && result.fatal.every((p) => p.code !== 'fetchFailed')) {
        console.error(
          say(
            lang,
            `${basename(path)}: 浸水予想区域図（城南地区河川流域）の CSV ではないようです。1行目に ${EXPECTED_COLUMNS} を含む列名が必要です。`,
            `${basename(path)}: not a 浸水予想区域図 mesh CSV: row 1 must name columns containing ${EXPECTED_COLUMNS} (depth m, ground height m, latitude, longitude).`,
          ),
        );
      }
    }
  }
  if (fatal.length === 0 && store.length === 0) {
    console.error(
      say(
        lang,
        `品川区（＋${marginM} m）の範囲内の点が1つもありません。別の地域のファイルか、緯度経度の測地系が違う可能性があります。`,
        `No point lies within Shinagawa (+${marginM} m): the files cover another area, or use another datum.`,
      ),
    );
    fatal.push({
      severity: 'error',
      code: 'outOfArea',
      file: files.map((f) => basename(f)).join(', '),
    });
  }
  if (fatal.length > 0) {
    console.error(say(lang, '何も書き出していません。', 'Nothing written.'));
    process.exit(1);
  }

  const midLat = (keep[1] + keep[3]) / 2;
  const cell = inferCellSize(store, midLat);
  if (!cell.inferred) {
    console.warn(
      say(
        lang,
        '注意: 点の並びから格子の間隔を求められなかったため、10 m とみなしました。',
        'Warning: no regular grid spacing found in the points; assuming 10 m cells.',
      ),
    );
  }
  if (stats.every((s) => s.dry === 0)) {
    console.warn(
      say(
        lang,
        '注意: 浸水しない点（浸水深 0）が1つもありません。浸水する点だけのファイルなら share_flooded は常に 1 です。',
        'Warning: no dry point (depth 0) in the files; if they list flooded points only, share_flooded is always 1.',
      ),
    );
  }
  const grid = makeGrid(keep, cell, anchorOf(store));
  const indices = rasterizeDeepest(grid, store);
  const shared = sharedCellPoints(grid, store);
  // Duplicated points (two files overlapping at their seam) also land here, hence the tolerance.
  if (shared > store.length * 0.01) {
    console.warn(
      say(
        lang,
        `注意: ${shared} 点が他の点と同じセルに入りました。格子が点の並びと合っていない可能性があります（セル ${grid.dlon}° × ${grid.dlat}°）。`,
        `Warning: ${shared} points share a cell with another point; the grid may not match the source lattice (cell ${grid.dlon}° × ${grid.dlat}°).`,
      ),
    );
  }
  const png = encodeIndexedPng(
    {
      width: grid.width,
      height: grid.height,
      indices,
      // Index 0 is "not flooded"; class k is index k + 1 (see metadata classes).
      palette: [[0, 0, 0], ...DEPTH_CLASSES.map((c) => c.rgb)],
      alpha: [0, ...DEPTH_CLASSES.map(() => 255)],
    },
    (data) => deflateSync(data, { level: 9 }),
  );

  const chome = JSON.parse(readFileSync(defaults.chome, 'utf8')) as FeatureCollection;
  const summary = createSummary(chomeAreas(chome));
  for (let i = 0; i < store.length; i++) {
    summary.add(store.lon(i), store.lat(i), store.depth(i), store.ground(i));
  }

  const [west, south, east, north] = grid.bounds;
  const meta = {
    title: {
      ja: '浸水予想区域図（城南地区河川流域）浸水深（品川区とその周辺）',
      en: 'Flood inundation forecast, Jonan river basins: flood depth (Shinagawa and surroundings)',
    },
    // A plain string, as the credit is shown in Japanese; src/hazard/offline-mesh.ts reads it so.
    publisher: '東京都建設局・東京都下水道局',
    publisher_en: 'Tokyo Metropolitan Government, Bureau of Construction and Bureau of Sewerage',
    licence: 'CC BY 4.0',
    licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
    attribution: '出典：東京都「浸水予想区域図（城南地区河川流域）」（CC BY 4.0）を加工して作成',
    scenario: {
      ja: '想定最大規模降雨（時間最大153mm・総雨量690mm）',
      en: 'Largest assumed rainfall (max 153 mm per hour, 690 mm in total)',
    },
    datasetUrl: 'https://catalog.data.metro.tokyo.lg.jp/dataset/t000020d0000000043',
    datasetUpdated: '2021-08-16',
    datum: {
      ja: '出典に測地系の記載がないため、世界測地系（JGD2011。WGS84 と実用上同じ）の緯度経度とみなしています。',
      en: 'The source does not state its datum; coordinates are taken as JGD2011 latitude/longitude (practically WGS84).',
    },
    generatedAt: new Date().toISOString(),
    inputFiles: stats.map((s) => ({
      name: s.file,
      rows: s.rows,
      kept: s.kept,
      skipped: s.skipped,
      encoding: s.encoding,
    })),
    marginM,
    /** Points inside this box (the ward box plus the margin) were kept: [west, south, east, north]. */
    keptBounds: keep,
    imageBounds: [west, south, east, north],
    // Corner order of a MapLibre image source: top-left, top-right, bottom-right, bottom-left.
    imageCoordinates: [
      [west, north],
      [east, north],
      [east, south],
      [west, south],
    ],
    width: grid.width,
    height: grid.height,
    cellDegrees: [grid.dlon, grid.dlat],
    cellInferred: cell.inferred,
    pixels: {
      ja: 'パレット PNG。各セルに入る点のうち最も深い区分の色。パレット番号 0 は浸水なし（透明）、番号 k は classes の id k−1。',
      en: 'Palette PNG; each cell has the colour of the deepest class among its points. Palette index 0 = not flooded (transparent); index k = class id k−1.',
    },
    classes: DEPTH_CLASSES.map((c) => ({
      id: c.id,
      minM: c.minM,
      maxM: c.maxM,
      rgb: c.rgb,
      label_ja: c.label_ja,
      label_en: c.label_en,
    })),
  };

  // Written next to their targets and renamed last, so a failure leaves no half-written file.
  mkdirSync(out, { recursive: true });
  const outputs: [string, string | Uint8Array][] = [
    [OUTPUT.png, png],
    [OUTPUT.meta, `${JSON.stringify(meta, null, 2)}\n`],
    [OUTPUT.summary, summaryCsv(summary.result())],
  ];
  const temp = (name: string): string => join(out, `.${name}.${process.pid}.tmp`);
  try {
    for (const [name, data] of outputs) writeFileSync(temp(name), data);
    for (const [name] of outputs) renameSync(temp(name), join(out, name));
  } catch (e) {
    for (const [name] of outputs) rmSync(temp(name), { force: true });
    throw e;
  }

  const seconds = (Date.now() - startedAt) / 1000;
  const rows = stats.reduce((n, s) => n + s.rows, 0);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  console.log(
    say(
      lang,
      `${resolve(out)} に書き出し: ${OUTPUT.png}（${grid.width}×${grid.height}、${png.length} バイト）、${OUTPUT.meta}、${OUTPUT.summary}`,
      `Wrote to ${resolve(out)}: ${OUTPUT.png} (${grid.width}×${grid.height}, ${png.length} bytes), ${OUTPUT.meta}, ${OUTPUT.summary}`,
    ),
  );
  console.log(
    `rows: ${rows}, seconds: ${seconds.toFixed(2)}, rows/s: ${Math.round(rows / seconds)}`,
  );
  if (process.env.FHM_REPORT_PEAK_RSS === '1') {
    console.log(`peak RSS: ${Math.round(peakRss / 1024 / 1024)} MB`);
  }
}

await main();
