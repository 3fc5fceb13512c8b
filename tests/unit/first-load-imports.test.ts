// The residents' first load (everything src/main.ts imports statically) leaves out what is only
// shown on demand: the catalogue's documentation and the credits dialog come with `import()`.
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(process.cwd(), 'src');

/** Modules reached from `entry` through static value imports (`import type` and `import()` are not). */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const specifiers = text.matchAll(
      /^(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm,
    );
    for (const [, spec] of specifiers) {
      const base = resolve(dirname(file), spec!);
      for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
        try {
          readFileSync(candidate);
          stack.push(candidate);
          break;
        } catch {
          // not this form of the path; the next candidate is tried
        }
      }
    }
  }
  return new Set([...seen].map((f) => relative(root, f)));
}

describe("residents' first load", () => {
  const graph = staticGraph(join(root, 'main.ts'));

  it('follows the static imports (the catalogue itself is in it)', () => {
    expect(graph.has('data/catalog.ts')).toBe(true);
    expect(graph.has('ui/app-view.ts')).toBe(true);
  });

  it.each([
    'data/catalog-docs.ts',
    'data/map-catalog-docs.ts',
    'data/flood-catalog-docs.ts',
    'ui/credits-dialog.ts',
    'ui/credits-chunk.ts',
  ])('does not import %s', (file) => {
    expect(graph.has(file)).toBe(false);
  });
});
