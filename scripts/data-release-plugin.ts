// Build-time adapter for src/pwa/data-release.ts: reads the data files and git's record of them,
// and gives the app its data release as the constant __FHM_DATA_RELEASE__ (declared in
// src/pwa/data-release-value.ts). The same build then carries code and data of one release.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { releaseDate, releaseIdInput, type DataRelease } from '../src/data/data-release';

/** Every file under `dir` the app may load (documentation left out), as paths relative to root. */
function dataFiles(root: string, dir: string): string[] {
  return readdirSync(resolve(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dataFiles(root, path);
    return /\.md$/i.test(entry.name) ? [] : [path];
  });
}

function git(root: string, ...args: string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

export function readDataRelease(root: string, dir = 'data'): DataRelease {
  const files = dataFiles(root, dir).sort();
  const mtime = (f: string): number => statSync(resolve(root, f)).mtimeMs;
  const lastCommit = git(root, 'log', '-1', '--format=%cI', '--', dir) || null;
  const changed = (git(root, 'status', '--porcelain', '--', dir) ?? '')
    .split('\n')
    .map((line) => line.slice(3).trim())
    .filter((f) => files.includes(f));
  const hash = createHash('sha256');
  const input = files.map((f) => ({
    name: relative(dir, f).replaceAll('\\', '/'),
    bytes: readFileSync(resolve(root, f)),
  }));
  for (const part of releaseIdInput(input)) hash.update(part);
  return {
    date: releaseDate({
      lastCommit,
      uncommittedMtimes: changed.map(mtime),
      allMtimes: files.map(mtime),
    }),
    id: hash.digest('hex').slice(0, 8),
  };
}

export function dataReleasePlugin(): Plugin {
  return {
    name: 'fhm-data-release',
    config(config) {
      const release = readDataRelease(resolve(config.root ?? process.cwd()));
      return { define: { __FHM_DATA_RELEASE__: JSON.stringify(release) } };
    },
  };
}
