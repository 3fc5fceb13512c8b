// Which built files the residents' page loads before any dynamic import: the entry script and
// everything it imports statically or the page modulepreloads, and the stylesheets the page links.
// Pure (the HTML and the built files in, paths out), so scripts/bundle-budget.ts can weigh a real
// build and a unit test can check the rule on a hand-written one.

/** The first load of a page, as paths relative to the site's folder (`assets/index-abc.js`). */
export interface FirstLoad {
  /** In the order they are found: the page's scripts and modulepreloads, then their imports. */
  readonly scripts: readonly string[];
  readonly styles: readonly string[];
}

/** `<tag ...>` elements of one kind, each as a map of its attributes (names lower-cased). */
function elements(html: string, tag: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  for (const m of html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))) {
    const attrs = new Map<string, string>();
    for (const a of (m[1] ?? '').matchAll(
      /([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
    )) {
      attrs.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    }
    out.push(attrs);
  }
  return out;
}

/** `./assets/x.js` or `assets/x.js` against the folder of `from` (the site's folder for the page). */
function resolvePath(from: string, specifier: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/**
 * Static imports of a built ES module: `import{a as b}from"./x.js"`, `import"./x.js"`,
 * `export{a}from"./x.js"`. Dynamic `import("./x.js")` is left out: it loads later, if ever. Only
 * relative specifiers: a build has no bare ones, and external URLs are not ours to weigh.
 */
export function staticImports(code: string): string[] {
  const found: string[] = [];
  const re =
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const m of code.matchAll(re)) found.push(m[1]!);
  return found;
}

/**
 * The first load of `html` (the page at `page`, e.g. `index.html`), following static imports
 * through `files` (path → text of every built script). Throws, naming the file, when the page or a
 * script refers to a script that is not in the build: a budget must never be met by not counting.
 * `atStart`: chunks the page imports dynamically as soon as it runs (counted with their imports);
 * each must match exactly one built script.
 */
export function firstLoadFiles(
  html: string,
  files: ReadonlyMap<string, string>,
  page = 'index.html',
  atStart: readonly RegExp[] = [],
): FirstLoad {
  const scripts: string[] = [];
  const add = (path: string, referrer: string): void => {
    if (scripts.includes(path)) return;
    const code = files.get(path);
    if (code === undefined) throw new Error(`${referrer} loads ${path}, which is not in the build`);
    scripts.push(path);
  };
  for (const s of elements(html, 'script')) {
    const src = s.get('src');
    if (src && s.get('type') === 'module') add(resolvePath(page, src), page);
  }
  const links = elements(html, 'link');
  for (const l of links) {
    const href = l.get('href');
    if (href && l.get('rel') === 'modulepreload') add(resolvePath(page, href), page);
  }
  for (const re of atStart) {
    const matches = [...files.keys()].filter((path) => re.test(path));
    if (matches.length !== 1) {
      throw new Error(`${matches.length} built scripts match ${re}, loaded at start: expected 1`);
    }
    add(matches[0]!, page);
  }
  // Grows while it is read: each script's imports are appended and read in turn.
  for (let i = 0; i < scripts.length; i++) {
    const path = scripts[i]!;
    for (const spec of staticImports(files.get(path) ?? '')) add(resolvePath(path, spec), path);
  }
  const styles = links
    .filter((l) => l.get('rel') === 'stylesheet' && l.get('href'))
    .map((l) => resolvePath(page, l.get('href')!));
  return { scripts, styles };
}
