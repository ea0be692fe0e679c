// Linting: ESLint with typescript-eslint and the React team's hooks plugin, rather than Biome.
// Why: eslint-plugin-react-hooks is where the rules of hooks and the React Compiler's checks are
// written first (Biome re-implements a subset, later), and ESLint's no-restricted-imports takes
// per-folder regular expressions, which is how the layer boundaries below are kept. Formatting is
// Prettier's job (see .prettierrc.json); no rule here is about layout.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/**
 * Folders that must run without a page: the talk's logic (the CLI, workers and tests use it), the player's
 * adapter, the workers' page side and the command line itself.
 */
const PURE = ['transcript', 'search', 'align', 'library', 'player', 'workers', 'cli'];

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // `_` names a value that is there for position only (a tuple's first item, an unused parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Vitest reads a fixture's dependencies from its destructured first parameter: `({}, …)` names none.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // Text clean-up matches control characters on purpose (NUL, C0 controls in file names and captions).
      'no-control-regex': 'off',
      // Found in code that is being moved while this config lands: warnings to fix in place afterwards.
      'no-useless-assignment': 'warn',
      'no-useless-escape': 'warn',
      'react-hooks/set-state-in-effect': 'warn',
    },
  },
  {
    // Regular expressions run on whatever a file holds: one that backtracks (or restarts at every
    // position) more than linearly lets a crafted caption or title of a few hundred KB take minutes.
    // Only these two rules of eslint-plugin-regexp: the rest is style.
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // Tests and benchmarks match their own fixtures and the app's built output, never a file from outside.
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { 'regexp/no-super-linear-backtracking': 'off', 'regexp/no-super-linear-move': 'off' },
  },
  {
    // The pure layers import no user interface: no React, no player, nothing under src/ui/ (whatever
    // its subfolders), so the command line and the workers can use them without a page.
    files: PURE.map((folder) => `src/${folder}/**/*.{ts,tsx}`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(react|react-dom|react-youtube)(/.*)?$',
              message: `src/${PURE.join(', ')} run without a page: keep React in src/ui/.`,
            },
            {
              regex: '^\\.{1,2}/(.+/)?ui(/.*)?$',
              message: `src/${PURE.join(', ')} must not depend on src/ui/: move the shared code down into the pure layer instead.`,
            },
          ],
        },
      ],
    },
  },
  {
    // Plain JavaScript run in Node (configs) or handed to the browser as is (the fake YouTube API).
    files: ['**/*.js'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', performance: 'readonly', setTimeout: 'readonly', console: 'readonly', process: 'readonly' },
    },
  },
  {
    // Injected into the page as written, in the style of the script it stands in for (ES5, `var self = this`).
    files: ['test/browser/fake-iframe-api.js'],
    rules: { '@typescript-eslint/no-this-alias': 'off' },
  },
);
