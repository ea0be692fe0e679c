// Linting: ESLint with typescript-eslint and the React team's hooks plugin, rather than Biome.
// Why: eslint-plugin-react-hooks is where the rules of hooks and the React Compiler's checks are
// written first (Biome re-implements a subset, later), and ESLint's no-restricted-imports takes
// per-folder regular expressions, which is how the layer boundaries below are kept, with
// eslint-plugin-import-x for what needs the imported file itself: cycles, and folders no other may reach.
// Formatting is Prettier's job (see prettier.config.js); no rule here is about layout.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

/**
 * Folders that must run without a page's React: the talk's logic (the CLI, workers and tests use it), the
 * player's adapter, the workers' page side, the command line itself and the podcast feed import it runs
 * (`feeds/`), and the page's contract with the build (`page/`, which the build runs in Node and the page's
 * first script loads before React).
 */
const PURE = ['transcript', 'search', 'align', 'library', 'player', 'workers', 'cli', 'feeds', 'page', 'i18n'];

/** The parts of the interface; `ui/app/` (the page root) puts them together, and none of them imports it. */
const FEATURES = ['viewer', 'library', 'tools', 'embed', 'pages', 'shared'];

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    // A disable comment that no longer disables anything is an error too, not a warning.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
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
      // Errors, not the recommended warnings: `npm run lint` fails on a warning anyway (--max-warnings 0).
      'react-hooks/exhaustive-deps': 'error',
      'react-hooks/incompatible-library': 'error',
      'react-hooks/unsupported-syntax': 'error',
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
    // Imports followed to the files they name (the project's own, `.ts` and `.tsx` included).
    files: ['**/*.{ts,tsx,js}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: {
      // A cycle makes the order modules run in depend on which is imported first (a value read before it
      // is set), and ties the modules in it into one chunk. Type-only imports are erased and may go round.
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              // Static imports and `import()` alike.
              target: ['src/!(ssr)/**', 'src/*.{ts,tsx}'],
              from: 'src/ssr',
              message:
                "src/ssr/ renders pages for the build, and only build/ imports it: the page's data and boot code are in src/page/, its components in src/ui/.",
            },
            {
              target: FEATURES.map((folder) => `src/ui/${folder}`),
              from: 'src/ui/app',
              message: `src/ui/app/ is the page root, which puts src/ui/${FEATURES.join(', ')} together: none of them imports it. Move what they share into src/ui/shared/.`,
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
