/**
 * Web build of the Excel add-in: task pane and ribbon-command pages, icons and manifest, into dist/.
 *
 *   npm run build:web     production: minified, no source maps
 *   npm run dev-server    https://localhost:3000 with webpack-dev-server's self-signed certificate
 *
 * Deploying somewhere other than localhost: set ADDIN_BASE_URL (https, no trailing slash needed), e.g.
 *   ADDIN_BASE_URL=https://intranet.example.gov.cn/ptcheck npm run build:web
 * and every https://localhost:3000 URL in dist/manifest.xml becomes https://intranet.example.gov.cn/ptcheck/...
 * (production builds only; the dev server always serves localhost). Upload dist/ (without dist/node) to that place.
 *
 * office.js is never bundled: both HTML templates load it from Microsoft's CDN.
 * dist/node/ belongs to `npm run build:node` (the CLI) and survives the clean below.
 */
'use strict';

const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { rewriteManifestUrls } = require('./scripts/manifest-url');
const { announceWhenBuilt, canOpenBrowser } = require('./scripts/dev-server-banner');

const DEV_PORT = 3000;
const PREVIEW_PATH = '/preview.html';

/**
 * Pages of the add-in: entry module, HTML template, output file. `preview` is the task pane against a workbook
 * held in the browser (no Office.js, no CDN): try the add-in without Excel, or put dist/ on any static web server
 * as a checker for people with WPS instead of Excel. It opens assets/samples/seed-shanghai-2020.xlsx on arrival.
 */
const PAGES = [
  { name: 'taskpane', entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html' },
  { name: 'commands', entry: './src/commands/commands.ts', template: './src/commands/commands.html' },
  { name: 'dialog', entry: './src/commands/dialog.ts', template: './src/commands/dialog.html' },
  { name: 'preview', entry: './src/preview/index.tsx', template: './src/preview/preview.html' },
];

/**
 * Dev server options. Uses Office's trusted dev certificate only if office-addin-dev-certs happens to be installed
 * and its CA was set up (needs sudo); otherwise webpack-dev-server's own self-signed certificate, which the browser
 * asks to trust once. With `--env open` (npm start) it opens the preview page when there is a display to open it
 * on; either way it prints the preview URL and how to sideload manifest.xml once the first build is done.
 */
async function devServer(env) {
  let server = { type: 'https' };
  let devCerts = null;
  try {
    devCerts = require('office-addin-dev-certs');
  } catch {
    // not installed (the usual case): keep the self-signed certificate
  }
  if (devCerts) {
    try {
      server = { type: 'https', options: await devCerts.getHttpsServerOptions() };
    } catch (error) {
      console.warn(`office-addin-dev-certs: ${error.message}; using a self-signed certificate`);
    }
  }
  const open = Boolean(env.open) && canOpenBrowser();
  return {
    host: 'localhost',
    port: DEV_PORT,
    server,
    open: open ? [PREVIEW_PATH] : false,
    onListening: (devServerInstance) =>
      announceWhenBuilt(devServerInstance, {
        origin: `https://localhost:${DEV_PORT}`,
        previewPath: PREVIEW_PATH,
        opened: open,
        trustedCert: Boolean(server.options),
      }),
    headers: { 'Access-Control-Allow-Origin': '*' },
    hot: false, // Office web views reload the whole page anyway; HMR sockets only add noise.
    client: { overlay: { warnings: false } },
  };
}

module.exports = async (env, argv) => {
  const production = argv.mode !== 'development';
  const baseUrl = production ? process.env.ADDIN_BASE_URL : undefined;

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: Object.fromEntries(PAGES.map((page) => [page.name, page.entry])),
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto', // relative URLs, so dist/ works under any ADDIN_BASE_URL path
      clean: { keep: /^node[\\/]/ },
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              transpileOnly: true, // type checking is `npm run typecheck`
              // tsconfig.json is set up for tsc --noEmit and jest (CommonJS); webpack needs emitted ES modules
              // so it can tree-shake Fluent UI. ES2017 keeps our own code (notably commands.js, which has no
              // React/Fluent) loadable in Office 2019's EdgeHTML web view, which lacks `?.` and `??`.
              compilerOptions: { noEmit: false, module: 'es2020', target: 'es2017', sourceMap: !production },
            },
          },
        },
      ],
    },
    plugins: [
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: page.template,
            chunks: [page.name],
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
        ],
      }),
    ],
    performance: {
      // React + Fluent UI is ~95 KB gzip but more before compression; warn only well above that.
      maxEntrypointSize: 600 * 1024,
      maxAssetSize: 600 * 1024,
    },
    devServer: env.WEBPACK_SERVE ? await devServer(env) : undefined,
  };
};
