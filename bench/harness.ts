// Plumbing shared by the benchmarks: bounded waits, a free loopback port, which code was measured
// and on what machine. (Browser flags live in ../chromium.config.ts, shared with the tests.)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build, preview, version as viteVersion } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.config';
import { freePort } from '../scripts/free-port';

export { freePort };

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Rejects when `promise` has not settled after `ms`: no benchmark step may hang forever. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The app changes under the benchmark; the commit and a dirty count say which code was measured. */
export function sourceRevision(paths: readonly string[]): { commit: string; dirtyFiles: number } {
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', timeout: 10_000 }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', ...paths);
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      dirtyFiles: dirty ? dirty.split('\n').length : 0,
    };
  } catch {
    return { commit: 'unknown', dirtyFiles: -1 };
  }
}

/** The version of an installed package, as its package.json says. */
export function packageVersion(name: string): string {
  const file = join(ROOT, 'node_modules', name, 'package.json');
  if (!existsSync(file)) return 'not installed';
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const version = (parsed as { version?: unknown }).version;
  return typeof version === 'string' ? version : 'unknown';
}

const loadAverage = (): number[] => loadavg().map((l) => Number(l.toFixed(2)));

export interface Machine {
  readonly nproc: number;
  readonly cpu: string;
  readonly memoryGB: number;
  readonly os: string;
  readonly node: string;
  readonly chromium: string;
  readonly vite: string;
  readonly playwright: string;
  readonly loadAverageAtStart: readonly number[];
}

/**
 * What the timings were taken on, printed and stored with every result: figures from different
 * machines (or the same machine under other work) are not comparable. Warns when the load average
 * already says other work is running.
 */
export function machineDetails(browser: Browser): Machine {
  const machine: Machine = {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: Number((totalmem() / 1e9).toFixed(1)),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: browser.version(),
    vite: viteVersion,
    playwright: packageVersion('@playwright/test'),
    loadAverageAtStart: loadAverage(),
  };
  console.log(
    `machine: ${machine.nproc} CPUs (${machine.cpu}), ${machine.memoryGB} GB, ${machine.os}; ` +
      `node ${machine.node}, chromium ${machine.chromium}, vite ${machine.vite}, ` +
      `playwright ${machine.playwright}`,
  );
  if ((machine.loadAverageAtStart[0] ?? 0) > machine.nproc / 2) {
    console.warn(
      `load average ${machine.loadAverageAtStart[0]?.toFixed(2)}: other work is running, timings suffer`,
    );
  }
  return machine;
}

/** The machine as stored in a result file: with the load average at the end of the run. */
export function machineAtEnd(machine: Machine): Machine & { readonly loadAverageAtEnd: number[] } {
  return { ...machine, loadAverageAtEnd: loadAverage() };
}

/**
 * Builds the app into `outDir` (unless `rebuild` is false), serves it on a free loopback port and
 * opens one page in Debian's Chromium with every request off this machine blocked. `close` ends
 * browser and server.
 */
export async function openBuiltApp(
  outDir: string,
  rebuild: boolean,
): Promise<{ readonly page: Page; readonly origin: string; close(): Promise<void> }> {
  if (rebuild) {
    await build({ root: ROOT, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  }
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'ja-JP',
  });
  await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort('internetdisconnected'));
  const page = await context.newPage();
  return {
    page,
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      await browser.close();
      await new Promise<void>((r) => server.httpServer.close(() => r()));
    },
  };
}
