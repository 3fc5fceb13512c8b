// The folder-to-folder imports of src/ as a Mermaid graph, for docs/architecture.md. Pure (paths and
// source texts in, the graph's text out), so a unit test checks it on a hand-written tree;
// scripts/architecture-graph.ts reads the real one.
import ts from 'typescript';

/**
 * How one folder imports another, strongest first: `static` loads with the importer; `lazy` is an
 * `import()` (its own chunk); `type` is `import type` / `export type`, erased from the build.
 * `import { type A }` counts as static: with `verbatimModuleSyntax` the module is still loaded.
 */
export type ImportKind = 'static' | 'lazy' | 'type';

export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: ImportKind;
}

/** Packages drawn as nodes of their own: the ones the eslint boundaries are about. */
const PACKAGES: readonly [RegExp, string][] = [
  [/^maplibre-gl(\/|$)/, 'maplibre-gl'],
  [/^d3(-|$)/, 'd3'],
];

/** Every module specifier in a source text, with how it is imported. */
export function importsOf(text: string): { specifier: string; kind: ImportKind }[] {
  const file = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const out: { specifier: string; kind: ImportKind }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = node.importClause?.isTypeOnly === true;
      out.push({ specifier: node.moduleSpecifier.text, kind: typeOnly ? 'type' : 'static' });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      out.push({ specifier: node.moduleSpecifier.text, kind: node.isTypeOnly ? 'type' : 'static' });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      out.push({ specifier: node.arguments[0].text, kind: 'lazy' });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return out;
}

/** The folder a file under src/ belongs to (`tours/editor`), or the file itself at the top (`main.ts`). */
export function folderOf(srcPath: string): string {
  const i = srcPath.lastIndexOf('/');
  return i < 0 ? srcPath : srcPath.slice(0, i);
}

/** Where a specifier leads from a file under src/: a folder, a package node, or null (elsewhere). */
function target(srcPath: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) {
    return PACKAGES.find(([pattern]) => pattern.test(specifier))?.[1] ?? null;
  }
  const parts = folderOf(srcPath) === srcPath ? [] : folderOf(srcPath).split('/');
  for (const piece of specifier.replace(/\?.*$/, '').split('/')) {
    if (piece === '..') {
      if (parts.length === 0) return null; // out of src/ (the repo's data/ files)
      parts.pop();
    } else if (piece !== '.') parts.push(piece);
  }
  const file = parts.join('/');
  return file.includes('/') ? folderOf(file) : `${file}.ts`;
}

const STRENGTH: Record<ImportKind, number> = { static: 3, lazy: 2, type: 1 };

/** One edge per pair of folders, of the strongest kind found; none from a folder to itself. */
export function folderEdges(files: readonly { path: string; text: string }[]): ImportEdge[] {
  const edges = new Map<string, ImportEdge>();
  for (const { path, text } of files) {
    const from = folderOf(path);
    for (const { specifier, kind } of importsOf(text)) {
      const to = target(path, specifier);
      if (to === null || to === from) continue;
      const key = `${from} ${to}`;
      const known = edges.get(key);
      if (!known || STRENGTH[kind] > STRENGTH[known.kind]) edges.set(key, { from, to, kind });
    }
  }
  return [...edges.values()].sort(
    (a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
  );
}

const ARROW: Record<ImportKind, string> = {
  static: '-->',
  lazy: '-. lazy .->',
  type: '-. type .->',
};

/** The edges as a Mermaid `graph LR`, nodes and edges sorted so the output only moves when imports do. */
export function mermaidGraph(edges: readonly ImportEdge[]): string {
  const id = (name: string): string => name.replace(/[^A-Za-z0-9]/g, '_');
  const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))].sort();
  return [
    'graph LR',
    ...nodes.map((n) => `  ${id(n)}["${n}"]`),
    ...edges.map((e) => `  ${id(e.from)} ${ARROW[e.kind]} ${id(e.to)}`),
  ].join('\n');
}
