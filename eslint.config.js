import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Module boundaries (house style, docs/architecture.md, CONTRIBUTING.md). Layers, from the bottom:
// - base: lib/ (shared helpers), config/, theme/, i18n/, data/ — pure or nearly, no page, no map;
// - core: state/ (the core state and the slice machinery), map/ (the only MapLibre user),
//   timeline/ (the only d3 user), ui/ (the page around the map);
// - features: hazard/, then-now/, tours/ (and tours/editor/), pwa/, locate/, sheet/ — each owns a slice, its view and
//   effects; the core knows them as types at most (and loads their texts, which are data);
// - composition: app/ (the features' list and the composed state) and main.ts; desk/ is its own page.
// One rule set per folder below: a later block replaces an earlier one for the files it matches.
const FEATURES = ['hazard', 'then-now', 'tours', 'pwa', 'locate', 'sheet'];
const CORE = ['state', 'map', 'timeline', 'ui'];

const noMapLibre = {
  group: ['maplibre-gl', 'maplibre-gl/*'],
  message: 'Only src/map/ talks to MapLibre.',
};
const noD3 = {
  group: ['d3', 'd3-*'],
  message: 'Only src/timeline/ draws with d3.',
};
/** Folders by name, as relative imports name them (`../map/map-view`, `../../state/slice`). */
const dirs = (names) => [...new Set(names)].flatMap((d) => [`**/${d}/*`, `**/${d}/**`]);
/** Feature folders: types only, and their texts (registered by whoever shows them) at runtime. */
const featuresAsTypes = (except = []) => ({
  group: [
    ...dirs(FEATURES.filter((f) => !except.includes(f))),
    ...FEATURES.map((f) => `!**/${f}/texts`),
  ],
  allowTypeImports: true,
  message: 'The core knows a feature as types at most: it is composed in src/app/slices.ts.',
});
const noPage = (names, why) => ({ group: dirs(names), message: why });
const noComposition = {
  group: [...dirs(['app', 'desk']), '**/main'],
  message: 'Only src/app/ and src/main.ts compose the app; the desk is its own page.',
};
const appAsTypes = {
  group: dirs(['app']),
  allowTypeImports: true,
  message: 'Read the composed state as a type; the composition imports you, not the reverse.',
};
const boundary = (files, patterns, ignores = []) => ({
  files,
  ignores,
  rules: {
    'no-restricted-imports': 'off',
    '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
  },
});

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
          message: 'Data is text: build elements with src/lib/dom.ts instead of innerHTML.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Data is text: no insertAdjacentHTML.',
        },
      ],
    },
  },
  // Base layers: nothing above them.
  boundary(
    ['src/lib/**/*.ts', 'src/config/**/*.ts', 'src/theme/**/*.ts', 'src/data/**/*.ts'],
    [
      noMapLibre,
      noD3,
      featuresAsTypes(),
      noPage(CORE, 'Base modules (lib, config, theme, data) never import the core.'),
      noComposition,
    ],
  ),
  boundary(
    ['src/i18n/**/*.ts'],
    [
      noMapLibre,
      noD3,
      featuresAsTypes(),
      noPage(CORE, 'The i18n core never imports the page or the map.'),
      noComposition,
    ],
    // The language modules and the list of groups gather every folder's texts files.
    [
      'src/i18n/lang/**',
      'src/i18n/text-groups.ts',
      'src/i18n/register-all-texts.ts',
      'src/i18n/message-key.ts',
    ],
  ),
  boundary(
    ['src/i18n/lang/**/*.ts', 'src/i18n/text-groups.ts', 'src/i18n/register-all-texts.ts'],
    [
      noMapLibre,
      noD3,
      {
        group: [...dirs(['app', 'state', 'desk']), '**/main'],
        message: 'Language modules gather texts files only.',
      },
    ],
  ),
  // The core: the state never imports the page or the map; only map/ talks to MapLibre and only
  // timeline/ to d3.
  boundary(
    ['src/state/**/*.ts'],
    [
      noMapLibre,
      noD3,
      featuresAsTypes(),
      noPage(['map', 'timeline', 'ui'], 'The state is pure: the page and the map read it.'),
      noComposition,
    ],
  ),
  boundary(
    ['src/map/**/*.ts'],
    [
      noD3,
      featuresAsTypes(),
      noPage(['timeline', 'ui'], 'The map never talks to the page: MapSync reads the state.'),
      appAsTypes,
      { group: dirs(['desk']).concat('**/main'), message: 'The map never imports a page.' },
    ],
  ),
  boundary(
    ['src/timeline/**/*.ts'],
    [
      noMapLibre,
      featuresAsTypes(),
      noPage(['map', 'ui'], 'The timeline never talks to the map or the page.'),
      appAsTypes,
      { group: dirs(['desk']).concat('**/main'), message: 'The timeline never imports a page.' },
    ],
  ),
  boundary(
    ['src/ui/**/*.ts'],
    [
      noMapLibre,
      noD3,
      featuresAsTypes(),
      noPage(['map', 'timeline'], 'The page never talks to the map or the timeline: main.ts does.'),
      appAsTypes,
      { group: dirs(['desk']).concat('**/main'), message: 'The page never imports the desk.' },
    ],
  ),
  // Features: the base and the core, not each other (the lesson maker is the tour player's), never
  // MapLibre or d3 directly, never a page.
  ...FEATURES.map((f) =>
    boundary(
      [`src/${f}/**/*.ts`],
      [
        noMapLibre,
        noD3,
        {
          ...featuresAsTypes([f]),
          message: `A feature knows another as types at most: ${f} is composed beside it.`,
        },
        { group: dirs(['desk']).concat('**/main'), message: 'A feature never imports a page.' },
      ],
    ),
  ),
  // A slice and its entry are read by src/app/ to compose the state: they import no view and the
  // composition as types only (else the state would load the page).
  boundary(
    ['src/**/*-slice.ts', 'src/**/*-entry.ts'],
    [
      noMapLibre,
      noD3,
      featuresAsTypes(),
      noPage(['map', 'timeline', 'ui'], 'A slice is pure: its view is in its feature chunk.'),
      appAsTypes,
      { group: dirs(['desk']).concat('**/main'), message: 'A slice never imports a page.' },
    ],
  ),
  // The desk's page: the core and its own reader, no resident's feature.
  // It checks a save against the lessons too: their texts and the pure check, nothing of the player.
  boundary(
    ['src/desk/page/**/*.ts'],
    [
      noD3,
      {
        ...featuresAsTypes(),
        group: [...featuresAsTypes().group, '!**/tours/tour-check', '!**/tours/tour-texts'],
      },
      { ...noComposition, group: [...dirs(['app']), '**/src/main'] },
    ],
  ),
  // The desk's table reader runs in Node too (the CLI): data and helpers only.
  boundary(
    ['src/desk/chome-table/**/*.ts'],
    [
      noMapLibre,
      noD3,
      {
        group: ['../page', '../page/*', '**/desk/page/*'],
        message:
          'The chome-table reader is shared with the CLI: the page imports it, never the reverse.',
      },
      {
        group: ['**/lib/dom', '**/lib/download', ...dirs(['ui', ...CORE, ...FEATURES, 'app'])],
        message: 'The chome-table reader runs in Node too (the CLI): no page, no map, no feature.',
      },
    ],
  ),
  // The composition: anything, but charts stay in timeline/ and MapLibre in map/.
  boundary(['src/app/**/*.ts'], [noMapLibre, noD3]),
);
