// The folder graph in docs/architecture.md (scripts/import-graph.ts) on a hand-written tree: type-only
// imports, `import()` chunks and packages are told apart, and a folder never points at itself.
import { describe, expect, it } from 'vitest';
import { folderEdges, importsOf, mermaidGraph } from '../../scripts/import-graph';

describe('import graph', () => {
  it('tells type-only, lazy and static imports apart', () => {
    const text = [
      "import type { A } from './a';",
      "import { type B, c } from './b';",
      "export type { D } from './d';",
      "export { e } from './e';",
      "import './f.css';",
      "const g = () => import('./g');",
      "type H = typeof import('./h');",
    ].join('\n');
    expect(importsOf(text)).toEqual([
      { specifier: './a', kind: 'type' },
      { specifier: './b', kind: 'static' },
      { specifier: './d', kind: 'type' },
      { specifier: './e', kind: 'static' },
      { specifier: './f.css', kind: 'static' },
      { specifier: './g', kind: 'lazy' },
    ]);
  });

  it('keeps the strongest import between two folders', () => {
    const edges = folderEdges([
      { path: 'main.ts', text: "import { x } from './state/x';\nimport 'maplibre-gl/dist/m.css';" },
      {
        path: 'state/x.ts',
        text: "import type { T } from '../tours/t';\nimport { y } from './y';",
      },
      { path: 'tours/t.ts', text: "import { x } from '../state/x';" },
      {
        path: 'tours/editor/e.ts',
        text: "import type { T } from '../t';\nconst l = () => import('../t');\nimport c from '../../../data/a.csv?url';",
      },
      {
        path: 'ui/v.ts',
        text: "import { select } from 'd3-selection';\nimport p from 'papaparse';",
      },
    ]);
    expect(edges).toEqual([
      { from: 'main.ts', to: 'maplibre-gl', kind: 'static' },
      { from: 'main.ts', to: 'state', kind: 'static' },
      { from: 'state', to: 'tours', kind: 'type' },
      { from: 'tours', to: 'state', kind: 'static' },
      { from: 'tours/editor', to: 'tours', kind: 'lazy' },
      { from: 'ui', to: 'd3', kind: 'static' },
    ]);
    expect(mermaidGraph(edges.slice(2, 5))).toBe(
      [
        'graph LR',
        '  state["state"]',
        '  tours["tours"]',
        '  tours_editor["tours/editor"]',
        '  state -. type .-> tours',
        '  tours --> state',
        '  tours_editor -. lazy .-> tours',
      ].join('\n'),
    );
  });
});
