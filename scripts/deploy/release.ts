// `npm run release [-- --no-browser-tests]`: the step between a desk save and publishing (issue 20,
// docs/deploy.md). Runs what CI runs (`npm test`: checks, data check, build, browser tests; with
// --no-browser-tests only the checks, the data check and the build), then prints the data date
// and release id residents will see in the credits and the offline pack's status, after checking
// that the build in dist/ carries exactly that release.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packEn } from '../../src/pwa/texts.en';
import { packJa } from '../../src/pwa/texts.ja';
import { readDataRelease } from '../data-release-plugin';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');

function run(...args: string[]): void {
  console.log(`\n$ npm ${args.join(' ')}`);
  const done = spawnSync('npm', args, { cwd: ROOT, stdio: 'inherit' });
  if (done.status !== 0) {
    console.error(
      `\nrelease: \`npm ${args.join(' ')}\` failed: nothing to publish. Fix what it says and run again.`,
    );
    process.exit(1);
  }
}

/** Whether a built script of the residents' page holds the release (its id and date together). */
function buildCarries(release: { date: string; id: string }): boolean {
  const dir = join(DIST, 'assets');
  return readdirSync(dir)
    .filter((f) => /\.js$/.test(f))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .some((code) => code.includes(release.id) && code.includes(release.date));
}

const fill = (text: string, release: { date: string; id: string }): string =>
  text.replace('{date}', release.date).replace('{id}', release.id);

const before = readDataRelease(ROOT);
if (process.argv.includes('--no-browser-tests')) {
  run('run', 'check');
  run('run', 'data:check');
  run('run', 'build');
  run('exec', '--', 'vite-node', 'scripts/bundle-budget.ts');
} else {
  run('test');
}
const release = readDataRelease(ROOT);
if (release.id !== before.id) {
  console.error(
    `\nrelease: data/ changed while the release was made (${before.id} → ${release.id}): run it again.`,
  );
  process.exit(1);
}
if (!buildCarries(release)) {
  console.error(
    `\nrelease: dist/ does not carry data release ${release.id} (${release.date}): run it again.`,
  );
  process.exit(1);
}
const dirty = spawnSync('git', ['status', '--porcelain', '--', 'data'], {
  cwd: ROOT,
  encoding: 'utf8',
});
console.log(`
release: dist/ is ready to publish.
  ${fill(packJa['pack.dataRelease'], release)}
  ${fill(packEn['pack.dataRelease'], release)}
Residents see this in 「データの出典」 (the date also at the foot of the sidebar) once the new release is up.
${dirty.stdout?.trim() ? 'data/ has changes not yet committed: commit them (git add data && git commit) so the change log and the release agree.\n' : ''}Next: copy dist/ to the server (docs/deploy.md), then open the site and check the date above.`);
