import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import esx from 'eslint-plugin-es-x';
import * as espree from 'espree';

const UI = ['react', 'react-dom', 'react-dom/*', '@fluentui/*'];
const NODE = ['fs', 'fs/*', 'path', 'os', 'zlib', 'buffer', 'stream', 'child_process', 'worker_threads', 'node:*'];
const layer = (name) => [`**/${name}`, `**/${name}/**`];

/** Import zones: the folders each layer may not import from. */
export const LAYERS = [
  {
    files: ['src/core/**/*.ts'],
    forbidden: [...['io', 'node', 'hosts', 'taskpane', 'preview', 'commands', 'wps'].flatMap(layer), ...UI, ...NODE, '@e965/xlsx'],
    message: 'src/core is pure TypeScript: it imports only src/core (no io, hosts, UI, Node or file readers).',
  },
  {
    files: ['src/io/**/*.ts'],
    forbidden: [...['node', 'hosts', 'taskpane', 'preview', 'commands', 'wps'].flatMap(layer), ...UI, ...NODE],
    message: 'src/io runs in browsers too: it imports only src/core and src/io (no Node, hosts or UI).',
  },
  {
    files: ['src/node/**/*.ts'],
    forbidden: [...['hosts', 'taskpane', 'preview', 'commands', 'wps'].flatMap(layer), ...UI],
    message: 'src/node (ptcheck) builds on src/core and src/io only.',
  },
  {
    files: ['src/hosts/*.ts', 'src/hosts/shared/**/*.ts'],
    // `excel` and `wps` also as seen from inside src/hosts (`../excel/api`).
    forbidden: [...['io', 'node', 'taskpane', 'preview', 'commands', 'wps', 'excel'].flatMap(layer), ...UI, ...NODE],
    message: 'The Host interface, its messages and the helpers every host shares (src/hosts/shared) know no particular host.',
  },
  {
    files: ['src/hosts/excel/**/*.ts'],
    forbidden: [...['io', 'node', 'taskpane', 'preview', 'commands', 'wps'].flatMap(layer), ...UI, ...NODE],
    message: 'The Excel host builds on src/core, the Host interface and src/hosts/shared only (no other host, UI or Node).',
  },
  {
    files: ['src/hosts/wps/**/*.ts'],
    forbidden: [...['io', 'node', 'taskpane', 'preview', 'commands', 'wps', 'excel'].flatMap(layer), ...UI, ...NODE],
    message: 'The WPS host builds on src/core, the Host interface and src/hosts/shared only (no other host, UI or Node).',
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}'],
    ignores: ['src/taskpane/index.tsx'],
    forbidden: [...['io', 'node', 'preview', 'commands', 'wps', 'hosts/excel', 'hosts/wps'].flatMap(layer), ...NODE],
    message: 'The task pane talks to a sheet only through the Host interface (src/hosts/host.ts); only its entry picks a host.',
  },
  {
    files: ['src/preview/**/*.{ts,tsx}'],
    forbidden: [...['node', 'commands', 'wps', 'hosts/excel', 'hosts/wps'].flatMap(layer), ...NODE],
    message: 'The preview builds on src/core, src/io, the pane and the Host interface.',
  },
  {
    files: ['src/commands/**/*.ts'],
    forbidden: [...['io', 'node', 'taskpane', 'preview', 'wps'].flatMap(layer), ...UI, ...NODE],
    message: 'The ribbon command builds on src/core and the Excel host only (it runs on ES5 web views).',
  },
  {
    files: ['src/wps/**/*.{ts,tsx}'],
    forbidden: [...['io', 'node', 'preview', 'hosts/excel'].flatMap(layer), ...NODE],
    message: 'The WPS add-in builds on src/core, the WPS host, the pane and the ribbon command.',
  },
];

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
  // Layers (README, Layout): each folder imports only the layers below it. A relative import across a zone fails
  // lint (test/lint/layers.test.ts proves each zone refuses a bad import). The pane's and preview's entry files are
  // where a host is chosen, so they may name one.
  ...LAYERS.map(({ files, ignores, forbidden, message }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }] },
  })),
  {
    // The core is pure: no host, DOM or Node globals either.
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'window', 'document', 'Excel', 'Office', 'process', 'require', 'Buffer', '__dirname', '__filename'] },
  },
  {
    // src/io runs in the browser preview: no Node globals.
    files: ['src/io/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', 'process', 'require', 'Buffer', '__dirname', '__filename'] },
  },
  {
    // The task pane's loader runs before anything else in every Office web view, Internet Explorer 11 included, and
    // is shipped as written: parse it as ES5 (any newer syntax is a parse error here).
    files: ['src/taskpane/loader.js', 'src/wps/loader.js', 'src/hosts/shared/loader-core.js'],
    languageOptions: { parser: espree, ecmaVersion: 5, sourceType: 'script', globals: { ...globals.browser, module: 'readonly', require: 'readonly' } },
    // ES5 has no `catch {}` without a binding.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }] },
  },
  {
    // Code that the ribbon's 一键校验 runs on Office 2019 volume licence (Internet Explorer 11) after Babel and core-js:
    // syntax and built-ins that no transpiler or polyfill can give an ES5 engine are refused here, so they never
    // reach dist/commands.*.js (test/build/legacy.test.ts then checks the built file itself).
    files: ['src/core/**/*.ts', 'src/commands/**/*.ts', 'src/hosts/**/*.ts', 'src/taskpane/loader.js', 'src/wps/*.ts', 'src/wps/loader.js', 'src/hosts/shared/loader-core.js'],
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
