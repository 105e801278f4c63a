/**
 * Make sure dist/ holds a web build of the current sources: build it with `npm run build:web` when dist/preview.html
 * is missing or older than anything under src/ or assets/ (or the webpack config). `npm test` runs this beside the
 * type check and lint (`node scripts/web-build.js`); jest's global setup and the browser and build tests call
 * ensureWebBuild too (test/e2e/support/dist.ts), which then finds dist/ current. A lock directory keeps two of them
 * from building at once: the later one waits and uses the build.
 */
'use strict';
const { spawnSync } = require('child_process');
const { closeSync, mkdirSync, openSync, readdirSync, rmSync, statSync, utimesSync } = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');
const PAGE = path.join(DIST, 'preview.html');
const INPUTS = ['src', 'assets', 'scripts', 'webpack.config.js', 'package-lock.json'].map((p) => path.join(ROOT, p));
const CACHE = path.join(ROOT, 'node_modules', '.cache');
const LOCK = path.join(CACHE, 'ptcheck-e2e-build.lock');
// webpack does not rewrite an output file whose content is unchanged (compareBeforeEmit), so after a build that
// changed nothing dist/preview.html keeps its old time: this stamp records when the tests last built.
const STAMP = path.join(CACHE, 'ptcheck-e2e-built');
const BUILD_LIMIT_MS = 8 * 60 * 1000;

function newestInput(target) {
  const stat = statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows as a newer directory
  for (const name of readdirSync(target)) newest = Math.max(newest, newestInput(path.join(target, name)));
  return newest;
}

/** Why dist/ needs a build, or null when it is up to date. */
function staleReason() {
  const built = statSync(PAGE, { throwIfNoEntry: false });
  if (!built) return 'dist/preview.html is missing';
  const stamp = statSync(STAMP, { throwIfNoEntry: false });
  const builtAt = Math.max(built.mtimeMs, stamp ? stamp.mtimeMs : 0);
  const newest = Math.max(...INPUTS.map(newestInput));
  return newest > builtAt ? 'sources changed since dist/ was built' : null;
}

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function lock() {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      const held = statSync(LOCK, { throwIfNoEntry: false });
      // A lock older than any build is left over from a killed run.
      if (held && Date.now() - held.mtimeMs > BUILD_LIMIT_MS) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() - started > BUILD_LIMIT_MS) throw new Error(`waited too long for another web build (${LOCK})`);
      sleep(500);
    }
  }
}

/** Build dist/ unless it is current; returns what was done, for the log. Throws with webpack's output on failure. */
function ensureWebBuild() {
  if (!staleReason()) return 'dist/ is up to date';
  const unlock = lock();
  try {
    const reason = staleReason(); // another process may have built it while we waited
    if (!reason) return 'dist/ was built by another process';
    const started = Date.now(); // the stamp gets this time: a source saved during the build still counts as newer
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = spawnSync(npm, ['run', '--silent', 'build:web'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: BUILD_LIMIT_MS,
      maxBuffer: 64 * 1024 * 1024,
      shell: process.platform === 'win32',
    });
    if (run.status !== 0) {
      const output = `${run.stdout || ''}\n${run.stderr || ''}`.trim();
      throw new Error(`npm run build:web failed (${run.error ? run.error.message : `exit ${run.status}`}):\n${output.slice(-4000)}`);
    }
    closeSync(openSync(STAMP, 'w'));
    utimesSync(STAMP, started / 1000, started / 1000);
    return `${reason}: built dist/ with npm run build:web in ${((Date.now() - started) / 1000).toFixed(1)} s`;
  } finally {
    unlock();
  }
}

/**
 * Set by `npm test` (scripts/test.js) for jest while this build runs beside it: jest's global setup then leaves dist/
 * to the suites that read it, which wait for the build (the lock above).
 */
const RUNNING_BESIDE_JEST = 'PTCHECK_WEB_BUILD';

module.exports = { ROOT, DIST, RUNNING_BESIDE_JEST, staleReason, ensureWebBuild };

if (require.main === module) {
  try {
    console.log(`web build: ${ensureWebBuild()}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
