// ESLint flat config. It is a dotfile so the design card's top level stays as
// specified; package.json passes it with -c.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'motion', 'motion/*', 'framer-motion', 'howler', '@xstate/react', 'd3-*'];

/** Layers, lowest first: each may import only the layers before it. */
const restrict = (forbiddenLayers, forbiddenPackages, message) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        ...forbiddenLayers.map((layer) => ({
          group: [`**/${layer}`, `**/${layer}/*`, `**/${layer}/**`],
          message,
        })),
        ...(forbiddenPackages.length ? [{ group: forbiddenPackages, message }] : []),
      ],
    },
  ],
});

/** Tests and their helpers: the only code that ships nowhere. */
const TEST_FILES = ['**/*.test.{ts,tsx}', '**/testing/**', '**/test-util/**', 'tests/**'];

const DOORS = ['./trainee.ts', './authoring.ts', './testing.ts'];

/**
 * The engine's doors (src/engine/trainee.ts, authoring.ts, testing.ts): code
 * outside the engine imports only them, trainee-side code only the trainee
 * door, and only tests the test door. Paths are resolved, so `../engine/x`
 * and `../../engine/x` are caught alike.
 */
const doorZones = ({ inTests }) => [
  {
    target: ['./src/!(engine)/**', './src/*.{ts,tsx}', './tests/**'],
    from: './src/engine',
    except: DOORS,
    message:
      "Import the engine through a door: engine/trainee (what trainees run), engine/authoring (authors' tools, includes the trainee door) or engine/testing (tests only), never a module inside it.",
  },
  {
    target: ['./src/engine/*/**', './src/engine/!(trainee|authoring|testing|index).ts'],
    from: ['./src/engine/trainee.ts', './src/engine/authoring.ts', './src/engine/testing.ts', './src/engine/index.ts'],
    message: 'Inside the engine, import the module itself: the doors are for the outside, and going through one invites import cycles.',
  },
  ...(inTests
    ? []
    : [
        {
          // src/ui/packs/checker is the trainee app's pack check, which runs the checker in its own worker chunk.
          target: ['./src/ui/!(author|packs)/**', './src/ui/packs/*', './src/main.tsx', './src/storage', './src/export'],
          from: './src/engine/authoring.ts',
          message:
            'Trainee-side code (the UI outside src/ui/author, storage, export) imports engine/trainee: the authoring door would bring the YAML parser, the schema and the checker into the trainee bundle.',
        },
        {
          target: ['./src/**', './tests/**'],
          from: './src/engine/testing.ts',
          message: 'engine/testing holds test scenarios: only tests and test helpers import it.',
        },
      ]),
];

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'dist-*', 'coverage', 'test-results', 'playwright-report', 'tests/lrs/node_modules', '.test-output'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...tseslint.configs.recommendedTypeCheckedOnly,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Members as properties (`load: () => T`), not methods (`load(): T`): ports, props and context
      // values hold closures that are passed around unbound, and a property says that they may be
      // (unbound-method flags every method taken off its object).
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      // Off: `async` without `await` is how the in-memory ports (memory backend, drafts, fakes) keep
      // a throw a rejection, as the IndexedDB or network port's would be; the rule's fix (drop
      // `async`) would turn those into synchronous throws. A forgotten await is no-floating-promises'.
      '@typescript-eslint/require-await': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Untrusted text stays text: never render HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Untrusted text stays text: never set innerHTML.' },
      ],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] })],
      // no-cycle follows only files it can parse: ours are TypeScript.
      'import-x/extensions': ['.ts', '.tsx', '.mjs', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.ts'],
    ignores: TEST_FILES,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: doorZones({ inTests: false }) }] },
  },
  {
    files: TEST_FILES,
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: doorZones({ inTests: true }) }],
      // Vitest types its asymmetric matchers (expect.any, expect.stringMatching, …) as `any`, so
      // every `{ message: expect.stringMatching(/…/) }` would be an unsafe assignment.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // A cycle makes evaluation order matter and defeats code splitting.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.recommended.rules },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      ...restrict(
        ['storage', 'export', 'ui', 'cli', 'build', 'bench'],
        [...UI_PACKAGES, 'dexie', '@xapi/*'],
        'The engine is pure: it imports no storage, export, UI, React or DOM code.',
      ),
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'navigator',
        'fetch',
        'XMLHttpRequest',
      ],
    },
  },
  {
    files: ['src/engine/runtime/**/*.ts', 'src/engine/scoring/**/*.ts', 'src/engine/trainee.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      ...restrict(
        ['storage', 'export', 'ui', 'cli', 'build', 'bench', 'format/parse-*', 'format/scenario-schema*'],
        [...UI_PACKAGES, 'dexie', '@xapi/*', 'yaml', 'zod', 'zod/*'],
        'The runtime and scoring ship to trainees: keep the YAML parser and the schema out of them.',
      ),
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: restrict(['export', 'ui', 'cli', 'build', 'bench'], UI_PACKAGES, 'Storage sits below export and the UI.'),
  },
  {
    files: ['src/export/**/*.ts'],
    rules: restrict(['ui', 'cli', 'build', 'bench'], UI_PACKAGES, 'Export sits below the UI.'),
  },
);
