// The bundle budget's rule for what a page loads first: its module script and modulepreloads, their
// static imports (not dynamic ones), its stylesheets; a reference to a missing file is an error.
// The page and scripts below are hand-written in the shape Vite 8 builds them (synthetic).
import { describe, expect, it } from 'vitest';
import { firstLoadFiles, staticImports } from '../../scripts/first-load';

const html = `<!doctype html>
<html><head>
    <script type="module" crossorigin src="./assets/index-A1.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/rolldown-runtime-B2.js">
    <link rel="modulepreload" crossorigin href="./assets/maplibre-gl-C3.js">
    <link rel="stylesheet" crossorigin href="./assets/maplibre-gl-C3.css">
    <link rel="stylesheet" crossorigin href="./assets/index-D4.css">
  <link rel="manifest" href="./manifest.webmanifest"></head>
  <body><a href="./desk.html">desk</a></body></html>`;

const files = new Map<string, string>([
  [
    'assets/index-A1.js',
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./timeline-E5.js"])))=>i.map(i=>d[i]);' +
      'import{t as e}from"./rolldown-runtime-B2.js";import{t as n}from"./maplibre-gl-C3.js";' +
      'import"./shared-F6.js";const l=()=>import(`./timeline-E5.js`);',
  ],
  ['assets/rolldown-runtime-B2.js', 'var e=Object.create;export{e as t};'],
  ['assets/maplibre-gl-C3.js', 'import{t as e}from"./rolldown-runtime-B2.js";var t=1;export{t};'],
  ['assets/shared-F6.js', 'export*from"./deep-G7.js";'],
  ['assets/deep-G7.js', 'export const d=1;'],
  // Loaded only by a dynamic import, and the desk's own build: never first load.
  ['assets/timeline-E5.js', 'import{t as e}from"./rolldown-runtime-B2.js";'],
  ['assets/desk-H8.js', 'import{t as e}from"./maplibre-gl-Z9.js";'],
]);

describe('firstLoadFiles', () => {
  it('lists the entry, the modulepreloads and their static imports, and the stylesheets', () => {
    expect(firstLoadFiles(html, files)).toEqual({
      scripts: [
        'assets/index-A1.js',
        'assets/rolldown-runtime-B2.js',
        'assets/maplibre-gl-C3.js',
        'assets/shared-F6.js',
        'assets/deep-G7.js',
      ],
      styles: ['assets/maplibre-gl-C3.css', 'assets/index-D4.css'],
    });
  });

  it('fails, naming both files, when something the page loads is not in the build', () => {
    const without = new Map(files);
    without.delete('assets/deep-G7.js');
    expect(() => firstLoadFiles(html, without)).toThrow(
      'assets/shared-F6.js loads assets/deep-G7.js, which is not in the build',
    );
    expect(() => firstLoadFiles(html.replace('index-A1', 'index-X0'), files)).toThrow(
      'index.html loads assets/index-X0.js',
    );
  });
});

describe('staticImports', () => {
  it('reads import and export-from forms, never import()', () => {
    expect(
      staticImports(
        'import"./a.js";import{x as y}from"./b.js";\nimport * as z from "../c.js";export{q}from"./d.js";' +
          'import(`./e.js`);import("./f.js");const s="import x";',
      ),
    ).toEqual(['./a.js', './b.js', '../c.js', './d.js']);
  });
});
