// `npm run data:readme`: regenerates the per-file section of data/README.md from src/data/catalog.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { catalog } from '../src/data/catalog';
import { updateReadme } from '../src/data/data-readme';

const path = 'data/README.md';
let current = '';
try {
  current = readFileSync(path, 'utf8');
} catch {
  current = '# data/\n';
}
writeFileSync(path, updateReadme(current, catalog));
console.log(`wrote ${path}`);
