/**
 * Web build of the Excel add-in: task pane and ribbon-command pages, icons and manifest, into dist/.
 *
 *   npm run build:web     production: minified, no source maps
 *   npm run dev-server    https://localhost:3000 (Office's developer certificate where it can be installed)
 *
 * Deploying somewhere other than localhost: set ADDIN_BASE_URL (https, no trailing slash needed), e.g.
 *   ADDIN_BASE_URL=https://intranet.example.gov.cn/ptcheck npm run build:web
 * and every https://localhost:3000 URL in dist/manifest.xml becomes https://intranet.example.gov.cn/ptcheck/...
 * (production builds only; the dev server always serves localhost). Upload dist/ (without dist/node) to that place.
 *
 * office.js comes from Microsoft's CDN; with ADDIN_OFFICE_JS=local it is copied into dist/office-js/ and the pages
 * load nothing from outside the add-in's origin (scripts/office-js.js). Every page carries a Content-Security-Policy
 * saying so.
 *
 * Two kinds of JavaScript (scripts/browser-targets.js), as two webpack layers of one build:
 * - legacy: commands.js (the ribbon's 一键校验, core included), dialog.js and taskpane-loader.js, transpiled by
 *   Babel to ES5 with core-js polyfills for what they use, for the Internet Explorer 11 web view of Office 2016/2019;
 * - pane: the task pane and the browser preview (React, Fluent UI, and the dependencies too), by swc, for the
 *   declared floor.
 * taskpane.html loads only the ES5 loader; it loads the pane where the web view can run it, else shows a plain page.
 *
 * The WPS add-in goes to dist/wps/ (the same core and pane, on the WPS host; no office.js), and production builds
 * pack it for deployment into dist/wps-deploy/ (scripts/wps-package.js; WPS_OFFLINE_URL for the archive's place).
 *
 * dist/node/ belongs to `npm run build:node` (the CLI) and survives the clean below.
 */
'use strict';

const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const coreJsModules = require('core-js-compat').modules;
const { rewriteManifestUrls } = require('./scripts/manifest-url');
const { announceWhenBuilt, canOpenBrowser } = require('./scripts/dev-server-banner');
const { LEGACY_TARGETS, PANE_TARGETS } = require('./scripts/browser-targets');
const { LOCAL_DIR, contentSecurityPolicy, isNeededFile, officeJsMode, officeJsUrl, resolveOfficeJsDir } = require('./scripts/office-js');
const { httpsServer } = require('./scripts/dev-cert');
const { WpsPackagePlugin } = require('./scripts/wps-package');
const { version } = require('./package.json');

const DEV_PORT = 3000;
/** What the Babel cache depends on besides the options. */
const VERSIONS = ['@babel/core', '@babel/preset-env', 'babel-loader', 'core-js'].map((p) => `${p}@${require(`${p}/package.json`).version}`);
const PREVIEW_PATH = '/preview.html';

/**
 * Entry points by layer. `preview` is the task pane against a workbook held in the browser (no Office.js): try the
 * add-in without Excel, or put dist/ on any static web server as a checker for people with WPS instead of Excel.
 */
const ENTRIES = {
  commands: { import: './src/commands/commands.ts', layer: 'legacy' },
  dialog: { import: './src/commands/dialog.ts', layer: 'legacy' },
  'taskpane-loader': { import: './src/taskpane/loader.js', layer: 'legacy' },
  taskpane: { import: './src/taskpane/index.tsx', layer: 'pane' },
  preview: { import: './src/preview/index.tsx', layer: 'pane' },
  // The WPS add-in (dist/wps/): the ribbon's callbacks and 一键校验, its result dialog, the task pane's loader (ES5),
  // and the task pane on the WPS host.
  'wps/ribbon': { import: './src/wps/ribbon.ts', layer: 'legacy' },
  'wps/dialog': { import: './src/wps/dialog.ts', layer: 'legacy' },
  'wps/taskpane-loader': { import: './src/wps/loader.js', layer: 'legacy' },
  'wps/taskpane': { import: './src/wps/taskpane.tsx', layer: 'pane' },
};

/**
 * HTML pages: file, template, scripts. The task pane's page (one template for Excel and WPS, as dialog.html is)
 * writes its own script tag (the loader, told the pane's file).
 */
const PAGES = [
  { name: 'taskpane', template: './src/taskpane/taskpane.html', chunks: ['taskpane-loader', 'taskpane'], inject: false },
  { name: 'commands', template: './src/commands/commands.html', chunks: ['commands'] },
  { name: 'dialog', template: './src/commands/dialog.html', chunks: ['dialog'] },
  { name: 'preview', template: './src/preview/preview.html', chunks: ['preview'] },
  // The WPS pages write their own script tags, relative to their folder (page.asset): WPS unpacks the offline
  // archive into a folder of another name. index.html's script runs as it is read: WPS calls the ribbon at once.
  { name: 'wps/index', template: './src/wps/index.html', chunks: ['wps/ribbon'], inject: false, wps: true },
  { name: 'wps/taskpane', template: './src/taskpane/taskpane.html', chunks: ['wps/taskpane-loader', 'wps/taskpane'], inject: false, wps: true },
  { name: 'wps/dialog', template: './src/commands/dialog.html', chunks: ['wps/dialog'], inject: false, wps: true },
];

/**
 * Babel for the legacy layer: syntax down to `targets`, core-js polyfills for the built-ins the code uses. `helpers`:
 * take Babel's helpers from @babel/runtime; off for @babel/runtime itself, which gets only the polyfills its helpers
 * use (Symbol.iterator, Array.from, Promise…: IE 11 has none of them, and a helper needs them to spread a Map).
 */
function babel(targets, helpers = true) {
  return {
    loader: 'babel-loader',
    options: {
      babelrc: false,
      configFile: false,
      cacheDirectory: true,
      cacheIdentifier: JSON.stringify({ versions: VERSIONS, targets, helpers }),
      sourceType: 'unambiguous', // dependencies mix ES modules and CommonJS
      presets: [['@babel/preset-env', { targets, modules: false, bugfixes: true, useBuiltIns: 'usage', corejs: '3.51' }]],
      // Babel's helpers (async functions, for…of, spread) from @babel/runtime, once, instead of a copy per module.
      plugins: helpers ? [['@babel/plugin-transform-runtime', { corejs: false, helpers: true, regenerator: true, version: '7.29' }]] : [],
    },
  };
}

/** TypeScript, types stripped only (type checking is `npm run typecheck`); Babel does the rest per layer. */
function typescript(production) {
  return {
    loader: 'ts-loader',
    options: {
      configFile: path.resolve(__dirname, 'tsconfig.json'),
      transpileOnly: true,
      // ES modules (webpack tree-shakes Fluent UI), newest syntax: Babel lowers it for each layer's targets.
      compilerOptions: { noEmit: false, module: 'es2020', target: 'es2022', sourceMap: !production },
    },
  };
}

/**
 * Polyfills the pane layer leaves out: built-ins newer than ES2022 that neither our code nor the pane's dependencies
 * call. core-js's usage detection adds them for any `.map(` it cannot prove is an array's, any `new Map`, any
 * `JSON.parse`; our code is type-checked against lib ES2022 (tsconfig.json), which has none of them, so a call
 * would not compile. (About 12 KB gzip of the pane.)
 */
const PANE_POLYFILLS_UNUSED = [
  /^es(next)?\.iterator\./, // iterator helpers (ES2025)
  /^es(next)?\.set\.[a-z-]+\.v2$/, // Set methods: union, intersection… (ES2025)
  /^es(next)?\.(weak-)?map\.get-or-insert/, // getOrInsert (ES2026)
  /^es(next)?\.typed-array\.(at|find-last|find-last-index|to-reversed|to-sorted|with)$/, // ES2022/2023 typed-array methods
  /^es(next)?\.typed-array\.(set|sort|fill)$/, // ES2015 methods the floor has; core-js patches corners (array-like offsets, NaN comparators) nothing here reaches
  /^es(next)?\.array\.find-last(-index)?$/, // ES2023
  /^es(next)?\.error\.cause$/, // an error's `cause` is for reading in a debugger; without it the message is the same
  /^es(next)?\.uint8-array\./, // base64 and hex (ES2026)
  /^es(next)?\.array-buffer\.(detached|transfer|transfer-to-fixed-length)$/, // ArrayBuffer transfer (ES2024)
  /^es(next)?\.json\.(parse|stringify|raw-json|is-raw-json)$/, // JSON source text access and raw JSON (ES2026); well-formed stringify is ES2019
  /^web\.(set-immediate|clear-immediate|immediate)$/, // not a web standard; React only looks for it
  /^es(next)?\.array\.(push|unshift)$/, // lengths beyond 2^32 - 1
];

/**
 * The legacy layer (ES5 for Internet Explorer 11): Babel, whose regexpu rewrites `u` and `y` regular expressions
 * (swc leaves them as they are). Small: the ribbon's command, the dialogs, the core they use and the loaders.
 */
function legacyRules(production) {
  return {
    issuerLayer: 'legacy',
    oneOf: [
      { test: /[\\/]src[\\/]((taskpane|wps)[\\/]loader|hosts[\\/]shared[\\/]loader-core)\.js$/, use: [] }, // hand-written ES5, shipped as it is
      { test: /\.tsx?$/, exclude: /node_modules/, use: [babel(LEGACY_TARGETS), typescript(production)] },
      { test: /node_modules[\\/]@babel[\\/]runtime[\\/]/, use: [babel(LEGACY_TARGETS, false)] },
      { test: /\.[cm]?js$/, exclude: /node_modules[\\/](core-js|webpack)[\\/]/, use: [babel(LEGACY_TARGETS)] },
    ],
  };
}

/**
 * swc for the pane layer (React, Fluent UI and the rest, for the declared floor): TypeScript stripped, syntax
 * lowered, core-js polyfills for the built-ins used but those named above, its helpers from @swc/helpers once.
 * About three times faster than Babel on this layer, which is nearly all of the build.
 */
function swc({ typescript = false, helpers = true, production = true } = {}) {
  return {
    loader: 'swc-loader',
    options: {
      jsc: {
        parser: typescript ? { syntax: 'typescript', tsx: true } : { syntax: 'ecmascript', jsx: false },
        transform: { react: { runtime: 'automatic' } },
        externalHelpers: helpers,
      },
      env: { targets: PANE_TARGETS, mode: 'usage', coreJs: '3.51', exclude: PANE_POLYFILLS_EXCLUDED },
      module: { type: 'es6', ignoreDynamic: true }, // ES modules: webpack tree-shakes Fluent UI and splits on import()
      isModule: 'unknown', // dependencies mix ES modules and CommonJS
      sourceMaps: !production,
    },
  };
}

/** swc's exclusions name core-js modules one by one. */
const PANE_POLYFILLS_EXCLUDED = coreJsModules.filter((m) => PANE_POLYFILLS_UNUSED.some((re) => re.test(m)));

/** Module rules of the pane layer: our TypeScript and JavaScript, and every dependency (core-js itself excepted). */
function paneRules(production) {
  return {
    issuerLayer: 'pane',
    oneOf: [
      { test: /\.tsx?$/, exclude: /node_modules/, use: [swc({ typescript: true, production })] },
      { test: /node_modules[\\/]@swc[\\/]helpers[\\/]/, use: [swc({ helpers: false, production })] },
      { test: /\.[cm]?js$/, exclude: /node_modules[\\/](core-js|webpack)[\\/]/, use: [swc({ production })] },
    ],
  };
}

async function devServer(env) {
  const cert = await httpsServer();
  if (cert.note) console.warn(cert.note);
  const open = Boolean(env.open) && canOpenBrowser();
  return {
    host: 'localhost',
    port: DEV_PORT,
    server: cert.server,
    open: open ? [PREVIEW_PATH] : false,
    onListening: (devServerInstance) =>
      announceWhenBuilt(devServerInstance, {
        origin: `https://localhost:${DEV_PORT}`,
        previewPath: PREVIEW_PATH,
        opened: open,
        trustedCert: cert.trusted,
      }),
    headers: { 'Access-Control-Allow-Origin': '*' },
    hot: false, // Office web views reload the whole page anyway; HMR sockets only add noise.
    client: { overlay: { warnings: false } },
  };
}

/** Copy patterns for dist/office-js/ in a local-office.js build. */
function officeJsPatterns(mode) {
  if (mode !== 'local') return [];
  const from = resolveOfficeJsDir({ cacheDir: path.resolve(__dirname, 'node_modules', '.cache', 'office-js') });
  return [
    {
      from,
      to: LOCAL_DIR,
      filter: (file) => isNeededFile(path.relative(from, file)),
      info: { minimized: true }, // Microsoft's files as they are
    },
  ];
}

module.exports = async (env, argv) => {
  const production = argv.mode !== 'development';
  const baseUrl = production ? process.env.ADDIN_BASE_URL : undefined;
  const mode = officeJsMode();
  const page = {
    officeJs: officeJsUrl(mode),
    csp: contentSecurityPolicy({ mode, dev: !production }),
    cspSelf: contentSecurityPolicy({ mode: 'local', dev: !production }), // the preview loads no office.js at all
  };
  page.asset = (src) => src;
  // WPS pages load no office.js: scripts from the add-in's own folder only (on file:// too, in Chromium), by
  // paths relative to that folder.
  const wpsPage = { wps: true, officeJs: null, csp: page.cspSelf, cspSelf: page.cspSelf, asset: (src) => src.replace(/^(\.\.\/)?wps\//, '') };

  return {
    mode: production ? 'production' : 'development',
    // No eval-based source maps: the pages' Content-Security-Policy forbids eval, in development too.
    devtool: production ? false : 'cheap-module-source-map',
    // ES5 for webpack's own runtime code, which wraps the legacy scripts too (modules keep their layer's syntax).
    target: ['web', 'es5'],
    experiments: { layers: true },
    entry: ENTRIES,
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto', // relative URLs, so dist/ works under any ADDIN_BASE_URL path
      clean: { keep: /^node[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    optimization: {
      // swc's minifier: Terser's work in a fraction of the time, writing ES5 so the legacy layer stays ES5.
      minimizer: [new TerserPlugin({ minify: TerserPlugin.swcMinify, terserOptions: { ecma: 5, compress: { ecma: 5 }, format: { ecma: 5 } } })],
    },
    module: {
      rules: [
        legacyRules(production),
        paneRules(production),
        // The core is pure (ESLint layer zones): what a page does not use of it is left out of its chunk.
        { test: /[\\/]src[\\/]core[\\/]/, sideEffects: false },
      ],
    },
    plugins: [
      ...PAGES.map(
        (p) =>
          new HtmlWebpackPlugin({
            filename: `${p.name}.html`,
            template: p.template,
            chunks: p.chunks,
            chunksSortMode: 'manual',
            inject: p.inject ?? 'head',
            scriptLoading: 'defer',
            templateParameters: (compilation, files, tags, options) => ({ compilation, htmlWebpackPlugin: { tags, files, options }, page: p.wps ? wpsPage : page }),
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/.*'] } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: {
              transformer: (content) =>
                baseUrl ? rewriteManifestUrls(content.toString('utf8'), baseUrl) : content,
              cache: { keys: { baseUrl: baseUrl || '' } },
            },
          },
          ...officeJsPatterns(mode),
          { from: 'src/wps/ribbon.xml', to: 'wps/ribbon.xml' },
          { from: 'assets/icon-32.png', to: 'wps/images/check.png' },
          { from: 'assets/icon-32.png', to: 'wps/images/pane.png' },
        ],
      }),
      // dist/wps-deploy/: jsplugins.xml for online deployment, the offline archive and its jsplugins.xml.
      ...(production ? [new WpsPackagePlugin({ version, baseUrl: baseUrl || undefined, offlineUrl: process.env.WPS_OFFLINE_URL || undefined })] : []),
    ],
    performance: {
      // React + Fluent UI is ~95 KB gzip but more before compression; warn only well above that.
      maxEntrypointSize: 900 * 1024,
      maxAssetSize: 900 * 1024,
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith(`${LOCAL_DIR}/`), // Microsoft's office.js as it is
    },
    devServer: env.WEBPACK_SERVE ? await devServer(env) : undefined,
  };
};
