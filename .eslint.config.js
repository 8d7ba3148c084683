// ESLint flat config. It is a dotfile so the design card's top level stays as
// specified; package.json passes it with -c.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
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

export default tseslint.config(
  {
    ignores: ['node_modules', 'dist', 'dist-*', 'coverage', 'test-results', 'playwright-report', 'tests/lrs/node_modules', '.test-output'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Untrusted text stays text: never render HTML.' },
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Untrusted text stays text: never set innerHTML.' },
      ],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.recommended.rules },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      ...restrict(['storage', 'export', 'ui', 'cli', 'build', 'bench'], [...UI_PACKAGES, 'dexie', '@xapi/*'], 'The engine is pure: it imports no storage, export, UI, React or DOM code.'),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'fetch', 'XMLHttpRequest'],
    },
  },
  {
    files: ['src/engine/runtime/**/*.ts', 'src/engine/scoring/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      ...restrict(['storage', 'export', 'ui', 'cli', 'build', 'bench', 'format/parse-*', 'format/scenario-schema*'], [...UI_PACKAGES, 'dexie', '@xapi/*', 'yaml', 'zod', 'zod/*'], 'The runtime and scoring ship to trainees: keep the YAML parser and the schema out of them.'),
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
