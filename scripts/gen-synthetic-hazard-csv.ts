// `npx vite-node scripts/gen-synthetic-hazard-csv.ts -- --rows 1400000 --out /tmp/x.csv
//   [--encoding sjis|utf8|utf8bom] [--bad-rows 20] [--cell-m 10]`
// Writes a SYNTHETIC file in the layout of Tokyo's 浸水予想区域図 point CSVs, for tests and the
// import bench: the real files (~700,000 rows each) are not in the repository. The depths are an
// invented smooth field (two river-like valleys and one deep pit so that every legend class
// occurs), not a flood model. The file name always says "synthetic": if --out does not, ".synthetic"
// is inserted before the extension.
import { closeSync, openSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';

/** Options and their defaults, declared once. */
const defaults = {
  rows: 1000,
  out: join(tmpdir(), 'jonan-depth-mesh.synthetic.csv'),
  /** The real files are Shift_JIS. */
  encoding: 'sjis' as Encoding,
  badRows: 0,
  /** 10 = the JIS 1/100 subdivision of the third-level mesh (0.45″ × 0.3″, ~11.3 × 9.3 m). */
  cellM: 10,
};

type Encoding = 'sjis' | 'utf8' | 'utf8bom';

const HEADER = '浸水深(m),地盤高(m),緯度,経度';

// Shift_JIS bytes of HEADER. Node has a Shift_JIS decoder but no encoder, so they were computed
// once with python3 -c "print(list('浸水深'.encode('shift_jis')))" (and so on for each word).
const SJIS = {
  浸水深: [144, 90, 144, 133, 144, 91],
  地盤高: [146, 110, 148, 213, 141, 130],
  緯度: [136, 220, 147, 120],
  経度: [140, 111, 147, 120],
};
const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const SJIS_HEADER = [
  ...SJIS.浸水深,
  ...ascii('(m),'),
  ...SJIS.地盤高,
  ...ascii('(m),'),
  ...SJIS.緯度,
  ...ascii(','),
  ...SJIS.経度,
];

function headerBytes(encoding: Encoding): Uint8Array {
  const utf8 = new TextEncoder().encode(HEADER);
  if (encoding === 'sjis') return Uint8Array.from(SJIS_HEADER);
  return encoding === 'utf8bom' ? Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]) : utf8;
}

function parseArgs(argv: readonly string[]): typeof defaults {
  const o = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1] ?? '';
    if (a === '--') continue;
    i++;
    if (a === '--rows') o.rows = Number(v);
    else if (a === '--out') o.out = v;
    else if (a === '--bad-rows') o.badRows = Number(v);
    else if (a === '--cell-m') o.cellM = Number(v);
    else if (a === '--encoding' && (v === 'sjis' || v === 'utf8' || v === 'utf8bom'))
      o.encoding = v;
    else throw new Error(`unknown option ${a} ${v}`);
  }
  if (!(Number.isInteger(o.rows) && o.rows > 0))
    throw new Error('--rows must be a whole number > 0');
  if (!(Number.isInteger(o.badRows) && o.badRows >= 0 && o.badRows <= o.rows)) {
    throw new Error('--bad-rows must be a whole number from 0 to --rows');
  }
  if (!(o.cellM > 0)) throw new Error('--cell-m must be > 0');
  return o;
}

function syntheticPath(path: string): string {
  if (basename(path).toLowerCase().includes('synthetic')) return path;
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)}.synthetic${ext || '.csv'}`);
}

// Metres per degree near 35.61°N, for distances in the synthetic field.
const M_LAT = 111_320;
const M_LON = 111_320 * Math.cos((35.61 * Math.PI) / 180);

type Line = readonly (readonly [number, number])[];
// Loosely follow 目黒川 and 立会川 so the picture looks plausible; the depths are invented.
const RIVERS: readonly Line[] = [
  [
    [139.69, 35.65],
    [139.712, 35.63],
    [139.728, 35.62],
    [139.748, 35.618],
    [139.755, 35.612],
  ],
  [
    [139.7, 35.612],
    [139.718, 35.604],
    [139.735, 35.598],
    [139.745, 35.595],
  ],
];
const PIT: readonly [number, number] = [139.742, 35.608];

function distanceToLine(lon: number, lat: number, line: Line): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [ax, ay] = line[i - 1] ?? [0, 0];
    const [bx, by] = line[i] ?? [0, 0];
    const px = (lon - ax) * M_LON;
    const py = (lat - ay) * M_LAT;
    const vx = (bx - ax) * M_LON;
    const vy = (by - ay) * M_LAT;
    const t = Math.max(0, Math.min(1, (px * vx + py * vy) / (vx * vx + vy * vy)));
    best = Math.min(best, Math.hypot(px - t * vx, py - t * vy));
  }
  return best;
}

/** Synthetic depth (m, ≥ 0) and ground height (m) at a point. */
function syntheticField(lon: number, lat: number): { depth: number; ground: number } {
  const d = Math.min(...RIVERS.map((r) => distanceToLine(lon, lat, r)));
  const pit = Math.hypot((lon - PIT[0]) * M_LON, (lat - PIT[1]) * M_LAT);
  const ripple = 0.25 * Math.sin((lon * M_LON) / 300) * Math.cos((lat * M_LAT) / 250);
  const raw =
    4.2 * Math.exp(-((d / 180) ** 2)) +
    1.5 * Math.exp(-((d / 450) ** 2)) +
    26 * Math.exp(-((pit / 60) ** 2)) +
    ripple -
    0.35;
  const ground = 2 + Math.min(35, d * 0.012) + (139.76 - lon) * 300;
  return { depth: Math.max(0, raw), ground };
}

function main(): void {
  const o = parseArgs(process.argv.slice(2));
  const path = syntheticPath(o.out);
  const dlon = (0.45 / 3600) * (o.cellM / 10);
  const dlat = (0.3 / 3600) * (o.cellM / 10);
  // A block centred on the ward with the ward's shape, as large as the row count asks: big files
  // reach kilometres past the ward, so the importer's area filter has work to do.
  const aspect = 0.0782 / dlon / (0.057 / dlat);
  const cols = Math.ceil(Math.sqrt(o.rows * aspect));
  const lines = Math.ceil(o.rows / cols);
  const west = Math.round((139.7345 - (cols / 2) * dlon) / dlon) * dlon;
  const north = Math.round((35.6134 + (lines / 2) * dlat) / dlat) * dlat;
  const bad = new Set<number>();
  for (let j = 0; j < o.badRows; j++) bad.add(Math.floor(((j + 0.5) * o.rows) / o.badRows));

  const fd = openSync(path, 'w');
  writeSync(fd, headerBytes(o.encoding));
  writeSync(fd, '\r\n');
  let block: string[] = [];
  let badIndex = 0;
  for (let i = 0; i < o.rows; i++) {
    const lon = west + (i % cols) * dlon;
    const lat = north - Math.floor(i / cols) * dlat;
    const { depth, ground } = syntheticField(lon, lat);
    const [d, g, la, lo] = [depth.toFixed(3), ground.toFixed(2), lat.toFixed(6), lon.toFixed(6)];
    if (!bad.has(i)) block.push(`${d},${g},${la},${lo}`);
    else {
      // One of each kind of damage the importer must report, in turn.
      const kind = badIndex++ % 5;
      if (kind === 0) block.push(`abc,${g},${la},${lo}`);
      else if (kind === 1) block.push(`${d},${g}`);
      else if (kind === 2) block.push(`${d},${g},${lo},${la}`);
      else if (kind === 3) block.push(`,${g},${la},${lo}`);
      else block.push(`${d},${g},N/A,${lo}`);
    }
    if (block.length === 20_000 || i === o.rows - 1) {
      // Rows are ASCII, identical in Shift_JIS and UTF-8.
      writeSync(fd, Buffer.from(`${block.join('\r\n')}\r\n`, 'latin1'));
      block = [];
    }
  }
  closeSync(fd);
  console.log(
    `wrote ${path}: ${o.rows} rows (${o.badRows} bad), ${o.encoding}, grid ${cols}×${lines}, ` +
      `lon ${west.toFixed(4)}–${(west + (cols - 1) * dlon).toFixed(4)}, ` +
      `lat ${(north - (lines - 1) * dlat).toFixed(4)}–${north.toFixed(4)}`,
  );
}

main();
