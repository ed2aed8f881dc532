// ESLint (flat config): JavaScript and typescript-eslint's recommended rules, and the lit and
// custom-element plugins' ones, over the sources, tests and scripts. Formatting is Prettier's job.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'bench/results/', 'docs/', '**/_*.html'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.js'],
    ...lit.configs['flat/recommended'],
    languageOptions: { globals: globals.browser },
  },
  { files: ['src/**/*.ts', 'test/**/*.ts', 'demo/**/*.js'], ...wc.configs['flat/recommended'] },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    // chai's property assertions (`expect(x).to.exist`) are expressions by design.
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.js', '*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    // The bench pages' inline scripts run in a browser; the files that drive them run in node.
    files: ['bench/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
