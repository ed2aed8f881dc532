// ESLint (flat config): JavaScript and typescript-eslint's recommended rules, and the lit and
// custom-element plugins' ones, over the sources, tests and scripts. Formatting is Prettier's job.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const IN_THE_PAGE = ['src/**/*.ts', 'test/**/*.ts', 'test/**/*.js', 'demo/**/*.js'];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'coverage/',
      'node_modules/',
      'bench/results/',
      'docs/',
      '**/_*.html',
      'src/regimes/time-zones.generated.ts',
      // Apps of their own (Vue, Svelte, Astro, Angular), built and checked by `npm run test:examples`;
      // the consumer project that test/node/types.test.mjs type-checks.
      'examples/',
      'test/node/types-consumer/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: IN_THE_PAGE, ...lit.configs['flat/recommended'] },
  { files: IN_THE_PAGE, ...wc.configs['flat/recommended'] },
  { files: IN_THE_PAGE, languageOptions: { globals: globals.browser } },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    // chai's property assertions (`expect(x).to.exist`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  // Node: the config files, and the test runner's own helpers (routes, plugins).
  { files: ['*.js', '*.ts', 'test/**/*.mjs'], languageOptions: { globals: globals.node } },
  {
    // Node scripts that drive a browser: the functions they hand to page.evaluate run in the page.
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
