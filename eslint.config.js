import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Module boundaries from the house style: the timeline never touches MapLibre, the map never touches
// d3, pure folders never touch the DOM adapters. Only src/main.ts wires everything together.
const noMapLibre = {
  group: ['maplibre-gl', 'maplibre-gl/*'],
  message: 'Only src/map/ talks to MapLibre.',
};
const noD3 = {
  group: ['d3', 'd3-*'],
  message: 'The map never imports d3; charts live in src/timeline/.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench/dist-*/',
      'bench/results/',
      '*.tmp.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Data is text: build elements with src/ui/dom.ts instead of innerHTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Data is text: no insertAdjacentHTML.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/map/**', 'src/main.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noMapLibre] }] },
  },
  {
    files: ['src/map/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noD3] }] },
  },
  {
    files: ['src/state/**/*.ts', 'src/ui/**/*.ts', 'src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noMapLibre,
            {
              group: ['../map/*', '../main'],
              message:
                'State, data and UI never talk to the map: src/map/map-sync.ts reads the state.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/timeline/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noMapLibre,
            { group: ['../map/*'], message: 'The timeline never talks to the map.' },
          ],
        },
      ],
    },
  },
  // The ward-table reader is shared by the desk page and the CLI (scripts/import-chome-table.ts),
  // which runs in Node: it never reaches into the page, the DOM helpers or MapLibre.
  {
    files: ['src/desk/chome-table/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noMapLibre,
            {
              group: ['../page', '../page/*', '**/desk/page/*'],
              message:
                'The chome-table reader is shared with the CLI: the page imports it, never the reverse.',
            },
            {
              group: ['**/lib/dom', '**/lib/download', '**/ui/*'],
              message: 'The chome-table reader runs in Node too (the CLI): no DOM helpers.',
            },
          ],
        },
      ],
    },
  },
);
