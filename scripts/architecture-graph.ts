// Prints the folder-to-folder imports of src/ as a Mermaid graph (scripts/import-graph.ts), the
// picture in docs/architecture.md. Regenerate it with
//   npx vite-node scripts/architecture-graph.ts
// and paste the output over the ```mermaid block there.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { folderEdges, mermaidGraph } from './import-graph';

const root = join(process.cwd(), 'src');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = tsFiles(root).map((path) => ({
  path: relative(root, path).split('\\').join('/'),
  text: readFileSync(path, 'utf8'),
}));
console.log(['```mermaid', mermaidGraph(folderEdges(files)), '```'].join('\n'));
