import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import esx from 'eslint-plugin-es-x';
import * as espree from 'espree';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core is pure: no host, DOM or Node APIs (see test/core/purity.test.ts for the same rule as a test).
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', '@fluentui/*', 'fs', 'path', 'os', 'node:*', 'child_process', '@e965/xlsx'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'Excel', 'Office', 'process', 'require'],
    },
  },
  {
    // The task pane's loader runs before anything else in every Office web view, Internet Explorer 11 included, and
    // is shipped as written: parse it as ES5 (any newer syntax is a parse error here).
    files: ['src/taskpane/loader.js', 'src/wps/loader.js'],
    languageOptions: { parser: espree, ecmaVersion: 5, sourceType: 'script', globals: { ...globals.browser, module: 'readonly' } },
    // ES5 has no `catch {}` without a binding.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }] },
  },
  {
    // Code that the ribbon's 一键校验 runs on Office 2019 volume licence (Internet Explorer 11) after Babel and core-js:
    // syntax and built-ins that no transpiler or polyfill can give an ES5 engine are refused here, so they never
    // reach dist/commands.*.js (test/build/legacy.test.ts then checks the built file itself).
    files: ['src/core/**/*.ts', 'src/commands/**/*.ts', 'src/hosts/**/*.ts', 'src/taskpane/loader.js', 'src/wps/*.ts', 'src/wps/loader.js'],
    plugins: { 'es-x': esx },
    rules: {
      'es-x/no-regexp-lookbehind-assertions': 'error', // (?<=…) (?<!…): no ES5 equivalent; old Edge and Safari < 16.4 lack it too
      'es-x/no-regexp-unicode-property-escapes': 'error', // \p{Script=Han}: use an explicit range (src/core/han.ts)
      'es-x/no-regexp-d-flag': 'error',
      'es-x/no-regexp-v-flag': 'error',
      'es-x/no-regexp-modifiers': 'error',
      'es-x/no-regexp-duplicate-named-capturing-groups': 'error',
      'es-x/no-proxy': 'error',
      'es-x/no-weakrefs': 'error',
      'es-x/no-bigint': 'error',
      'es-x/no-shared-array-buffer': 'error',
      'es-x/no-atomics': 'error',
      'es-x/no-intl-segmenter': 'error',
      'es-x/no-string-prototype-normalize': ['error', { aggressive: true }], // core-js has no normalize()
      'no-restricted-syntax': [
        'error',
        {
          // A pattern built at run time escapes the rules above: keep lookbehind and \p{…} out of it too.
          selector: "NewExpression[callee.name='RegExp'] > TemplateLiteral > TemplateElement[value.raw=/\\(\\?<[=!]|\\\\[pP]\\{/]",
          message: 'No lookbehind or \\p{…} in a RegExp built at run time: Internet Explorer 11 and old Edge cannot run it.',
        },
      ],
    },
  },
);
