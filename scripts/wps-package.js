/**
 * The WPS add-in's deployment files, made from dist/wps/ after each production build (see README, "WPS 表格"):
 *
 *   dist/wps/                            the add-in folder: serve it as it is for online deployment
 *   dist/wps-deploy/online/jsplugins.xml lists it at ADDIN_BASE_URL/wps/ (https://localhost:3000/wps/ by default)
 *   dist/wps-deploy/offline/ptcheck.7z   the same folder packed for offline deployment (inside: ptcheck_<version>/)
 *   dist/wps-deploy/offline/jsplugins.xml lists the archive at WPS_OFFLINE_URL (file:///C:/ptcheck/ptcheck.7z)
 *
 * The archive is made with 7-Zip from the 7zip-bin package (its binaries ship inside the package, for Linux,
 * Windows and macOS), as the `wpsjs` toolkit makes its own.
 */
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

/** The add-in's name in jsplugins.xml and the archive's (ASCII: WPS makes a folder of it). */
const ADDIN_NAME = 'ptcheck';
/** WPS's type for spreadsheet (WPS 表格) add-ins. */
const ADDIN_TYPE = 'et';
const DEFAULT_OFFLINE_URL = `file:///C:/ptcheck/${ADDIN_NAME}.7z`;

function escapeXml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** jsplugins.xml for an add-in served from `url` (a folder, ending in /). */
function onlineJsplugins(url) {
  const folder = url.endsWith('/') ? url : `${url}/`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- 绩效目标表校验 for WPS 表格, online: WPS loads the add-in from this folder each time it starts. -->',
    '<jsplugins>',
    `  <jspluginonline name="${ADDIN_NAME}" type="${ADDIN_TYPE}" url="${escapeXml(folder)}"/>`,
    '</jsplugins>',
    '',
  ].join('\n');
}

/** jsplugins.xml for the offline archive at `url` (file:///… or http://…/ptcheck.7z). */
function offlineJsplugins(url, version) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- 绩效目标表校验 for WPS 表格, offline: WPS unpacks ${ADDIN_NAME}.7z once per version. Change url to where the archive is. -->`,
    '<jsplugins>',
    `  <jsplugin name="${ADDIN_NAME}" type="${ADDIN_TYPE}" url="${escapeXml(url)}" version="${escapeXml(version)}"/>`,
    '</jsplugins>',
    '',
  ].join('\n');
}

/** The 7-Zip executable of 7zip-bin, made executable (npm does not always keep the bit). */
function sevenZip() {
  const bin = require('7zip-bin').path7za;
  try {
    fs.accessSync(bin, fs.constants.X_OK);
  } catch {
    fs.chmodSync(bin, 0o755);
  }
  return bin;
}

/** Pack the folder `from` as `<name>_<version>/` into the archive `to`. */
function makeArchive(from, to, version) {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'ptcheck-wps-'));
  try {
    const folder = `${ADDIN_NAME}_${version}`;
    fs.cpSync(from, path.join(stage, folder), { recursive: true });
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.rmSync(to, { force: true });
    const run = spawnSync(sevenZip(), ['a', '-t7z', '-mx=9', '-bd', '-bso0', to, folder], { cwd: stage, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`7-Zip could not pack ${from} (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr}`);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

/** Write the deployment files for `dist` (with dist/wps built). */
function packageWps({ dist, version, baseUrl = 'https://localhost:3000', offlineUrl = DEFAULT_OFFLINE_URL }) {
  const deploy = path.join(dist, 'wps-deploy');
  fs.rmSync(deploy, { recursive: true, force: true });
  fs.mkdirSync(path.join(deploy, 'online'), { recursive: true });
  fs.mkdirSync(path.join(deploy, 'offline'), { recursive: true });
  fs.writeFileSync(path.join(deploy, 'online', 'jsplugins.xml'), onlineJsplugins(`${baseUrl.replace(/\/+$/, '')}/wps/`));
  fs.writeFileSync(path.join(deploy, 'offline', 'jsplugins.xml'), offlineJsplugins(offlineUrl, version));
  makeArchive(path.join(dist, 'wps'), path.join(deploy, 'offline', `${ADDIN_NAME}.7z`), version);
}

/** webpack: make the deployment files once the build is written (production builds). */
class WpsPackagePlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('WpsPackagePlugin', () => packageWps({ dist: compiler.outputPath, ...this.options }));
  }
}

module.exports = { ADDIN_NAME, ADDIN_TYPE, DEFAULT_OFFLINE_URL, onlineJsplugins, offlineJsplugins, sevenZip, makeArchive, packageWps, WpsPackagePlugin };
