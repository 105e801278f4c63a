/**
 * Where the add-in's pages load office.js from, and the Content-Security-Policy that allows exactly that.
 *
 * Default: Microsoft's CDN, as every add-in does. `ADDIN_OFFICE_JS=local npm run build` serves it from the
 * add-in's own origin (dist/office-js/), for networks that cannot reach the CDN: the files come from the
 * `@microsoft/office-js` npm package, fetched for that build only into node_modules/.cache/office-js (never a
 * dependency, never committed), or from a folder given as ADDIN_OFFICE_JS_DIR (e.g. one copied from the CDN).
 */
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const CDN_ORIGIN = 'https://appsforoffice.microsoft.com';
const CDN_URL = `${CDN_ORIGIN}/lib/1/hosted/office.js`;
/** The package version fetched for local builds (its files are the ones Microsoft says to bundle). */
const OFFICE_JS_PACKAGE = '@microsoft/office-js@1.1.110';
/** Where local office.js files go in dist/, and so the URL the pages use (relative: works under any base URL). */
const LOCAL_DIR = 'office-js';

/** 'cdn' or 'local' from ADDIN_OFFICE_JS; anything else is a mistake worth stopping for. */
function officeJsMode(env = process.env) {
  const value = (env.ADDIN_OFFICE_JS || 'cdn').trim().toLowerCase();
  if (value !== 'cdn' && value !== 'local') throw new Error(`ADDIN_OFFICE_JS must be "cdn" or "local", not ${JSON.stringify(env.ADDIN_OFFICE_JS)}`);
  return value;
}

/** The src of the office.js script tag. */
function officeJsUrl(mode) {
  return mode === 'local' ? `${LOCAL_DIR}/office.js` : CDN_URL;
}

/**
 * The files of the office.js distribution an Excel add-in loads: office.js, the Excel host scripts of every
 * platform, the app-to-file table, the Promise polyfill old web views need, and the strings of every language.
 * Not: .debug.js copies, other Office hosts (Word, Outlook…), telemetry, the embedded variant.
 */
function isNeededFile(relative) {
  const file = relative.split(path.sep).join('/');
  if (file.endsWith('.debug.js') || !file.endsWith('.js')) return false;
  if (/^[a-z]{2,3}(-[a-z0-9]+)*\/office_strings\.js$/.test(file)) return true;
  return ['office.js', 'o15apptofilemappingtable.js', 'es6-promise.js'].includes(file) || /^excel[-a-z0-9.]*\.js$/.test(file);
}

/**
 * The folder holding office.js for a local build: ADDIN_OFFICE_JS_DIR, else the package fetched into `cacheDir`
 * (with `npm install --no-save`, so neither package.json nor the lock file changes). Throws with what to do.
 */
function resolveOfficeJsDir({ env = process.env, cacheDir, install = npmInstall } = {}) {
  const given = env.ADDIN_OFFICE_JS_DIR;
  if (given) {
    const dir = path.resolve(given);
    if (!fs.existsSync(path.join(dir, 'office.js'))) throw new Error(`ADDIN_OFFICE_JS_DIR has no office.js: ${dir}`);
    return dir;
  }
  const dir = path.join(cacheDir, 'node_modules', '@microsoft', 'office-js', 'dist');
  if (!fs.existsSync(path.join(dir, 'office.js'))) {
    fs.mkdirSync(cacheDir, { recursive: true });
    install(cacheDir, OFFICE_JS_PACKAGE);
    if (!fs.existsSync(path.join(dir, 'office.js'))) {
      throw new Error(`${OFFICE_JS_PACKAGE} was installed into ${cacheDir} but has no dist/office.js`);
    }
  }
  return dir;
}

function npmInstall(prefix, spec) {
  console.log(`office.js: fetching ${spec} for this build into ${prefix} (not saved in package.json)`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', prefix, spec], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (run.status !== 0) {
    throw new Error(
      `could not fetch ${spec} (npm exit ${run.status}). On a machine without the npm registry, copy the office.js ` +
        'files (office.js, excel-*.js, o15apptofilemappingtable.js, <lang>/office_strings.js) into a folder and set ADDIN_OFFICE_JS_DIR to it.',
    );
  }
}

/**
 * The Content-Security-Policy of every page: scripts only from the add-in's own origin and, when office.js comes
 * from the CDN, Office's script host; nothing else is fetched, framed or posted to. Styles allow inline rules
 * (Fluent UI writes its CSS into <style> elements at run time; a style cannot run code). `dev` adds the dev
 * server's reload socket.
 */
function contentSecurityPolicy({ mode, dev = false }) {
  const scripts = mode === 'local' ? "'self'" : `'self' ${CDN_ORIGIN}`;
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' wss://localhost:3000' : ''}`,
    "worker-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

module.exports = { CDN_ORIGIN, CDN_URL, LOCAL_DIR, OFFICE_JS_PACKAGE, officeJsMode, officeJsUrl, isNeededFile, resolveOfficeJsDir, contentSecurityPolicy };
