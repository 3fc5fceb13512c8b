// `npm run deploy:nginx [-- --root /srv/fhm --listen 8080 --desk --no-brotli]`: prints the nginx
// config for those choices; with no option, rewrites deploy/nginx/flood-history-map.conf (the
// ward's defaults, kept current by tests/unit/nginx-site.test.ts).
import { writeFileSync } from 'node:fs';
import { nginxSite, WARD_CONFIG_FILE, WARD_DEFAULTS } from './nginx-site';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const flags = ['--root', '--listen', '--desk', '--no-brotli'];
if (flags.some((f) => process.argv.includes(f))) {
  process.stdout.write(
    nginxSite({
      root: arg('--root') ?? WARD_DEFAULTS.root,
      listen: arg('--listen') ?? WARD_DEFAULTS.listen,
      desk: process.argv.includes('--desk'),
      encodings: process.argv.includes('--no-brotli') ? ['gzip'] : WARD_DEFAULTS.encodings,
    }),
  );
} else {
  writeFileSync(WARD_CONFIG_FILE, nginxSite(WARD_DEFAULTS));
  console.log(`wrote ${WARD_CONFIG_FILE}`);
}
