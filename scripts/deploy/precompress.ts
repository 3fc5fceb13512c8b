// Precompressed copies of the built site's text files (issue 20): `name.br` (brotli, quality 11)
// and `name.gz` (gzip -9) beside each, which nginx sends as they are (brotli_static, gzip_static)
// instead of compressing on every request. A copy is written only when it is smaller. Run as the
// last step of `vite build` (precompressPlugin) and by a test that publishes a changed file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

/** Files worth compressing: every text kind the build writes (images are compressed already). */
export const COMPRESSIBLE = /\.(?:html|m?js|css|json|geojson|csv|svg|webmanifest|txt|map)$/;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export interface Compressed {
  readonly file: string;
  readonly raw: number;
  /** Bytes of the copy written, or null when it would not be smaller. */
  readonly br: number | null;
  readonly gzip: number | null;
}

/** Writes `file.br` and `file.gz` beside `file` (replacing older copies). */
export async function precompressFile(file: string): Promise<Compressed> {
  const bytes = readFileSync(file);
  const [br, gzipped] = await Promise.all([
    brotli(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      },
    }),
    gz(bytes, { level: 9 }),
  ]);
  const keep = (suffix: string, body: Buffer): number | null => {
    if (body.byteLength >= bytes.byteLength) return null;
    writeFileSync(`${file}${suffix}`, body);
    return body.byteLength;
  };
  return { file, raw: bytes.byteLength, br: keep('.br', br), gzip: keep('.gz', gzipped) };
}

/** Every compressible file under `dir`, compressed in parallel (zlib runs off the main thread). */
export async function precompressDir(dir: string): Promise<Compressed[]> {
  const files: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (COMPRESSIBLE.test(entry.name)) files.push(path);
    }
  };
  walk(dir);
  return Promise.all(files.map(precompressFile));
}

/**
 * The build's last step: after the offline pack's worker has listed the files (so the copies are
 * not precached) and after the desk's own build has written its files into the same folder.
 */
export function precompressPlugin(): Plugin {
  let config: ResolvedConfig | null = null;
  return {
    name: 'fhm-precompress',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        // The desk's nested build (scripts/desk-page-plugin.ts) runs inside the outer one's
        // closeBundle: the outer build compresses both once the desk is written.
        if (!config || process.env.FHM_DESK_PAGE_BUILD || config.build.watch) return;
        const done = await precompressDir(config.build.outDir);
        const sum = (key: 'raw' | 'br' | 'gzip'): number =>
          done.reduce((total, c) => total + (c[key] ?? c.raw), 0);
        config.logger.info(
          `precompressed ${done.length} files: ${sum('raw')} B → br ${sum('br')} B, gzip ${sum('gzip')} B`,
        );
      },
    },
  };
}
