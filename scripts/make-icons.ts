// Writes the app's icons into public/ from src/pwa/app-icon.ts: `npx vite-node scripts/make-icons.ts`.
// The PNGs are small (flat colours compress well) and committed, so a build needs no image tools.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import { encodeRgbaPng } from '../src/hazard/png';
import { APP_ICONS } from '../src/pwa/app-icons';
import { iconPixels, iconSvg } from '../src/pwa/app-icon';

const out = resolve(import.meta.dirname, '..', 'public');
mkdirSync(out, { recursive: true });
for (const icon of APP_ICONS) {
  const path = resolve(out, icon.file);
  if (icon.size === null) writeFileSync(path, iconSvg(icon.options));
  else {
    const pixels = iconPixels(icon.size, icon.options);
    writeFileSync(
      path,
      encodeRgbaPng(icon.size, icon.size, pixels, (d) => deflateSync(d, { level: 9 })),
    );
  }
  console.log(`public/${icon.file}`);
}
