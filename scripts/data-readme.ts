// `npm run data:readme`: regenerates the per-file section of data/README.md from the catalogue
// (src/data/catalog.ts and its documentation, src/data/catalog-docs.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { documentedCatalog } from '../src/data/catalog-docs';
import { updateReadme } from '../src/data/data-readme';

const path = 'data/README.md';
let current = '';
try {
  current = readFileSync(path, 'utf8');
} catch {
  current = '# data/\n';
}
writeFileSync(path, updateReadme(current, documentedCatalog));
console.log(`wrote ${path}`);
