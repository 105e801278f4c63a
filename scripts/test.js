#!/usr/bin/env node
/**
 * `npm test`: the type check, lint, the CLI build (emit only: the type check is the tsc beside it) and the web build
 * (scripts/web-build.js: only when dist/ is stale) side by side, then jest once the first three have passed. The web
 * build, the longest, goes on beside jest: the browser and build tests wait for it (its lock), the other suites use
 * the core it leaves free. A failed web build fails the run, as do the browser tests that needed it.
 * Prints how long each step took, so CI logs show where the time goes. Extra arguments go to jest
 * (`npm test -- test/core`). tsc's and ESLint's caches (node_modules/.cache) only help a second run on the same
 * checkout; CI starts without them.
 */
'use strict';
const { spawn } = require('child_process');
const { RUNNING_BESIDE_JEST } = require('./web-build');

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const CACHE = 'node_modules/.cache';
const times = [];

function step(name, command, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' && command === npx });
    child.on('close', (code, signal) => {
      times.push([name, (Date.now() - started) / 1000]);
      resolve(code === 0 ? 0 : code || (signal ? 1 : 0));
    });
  });
}

function report(total) {
  const lines = times.map(([name, s]) => `  ${name.padEnd(32)} ${s.toFixed(1).padStart(6)} s`);
  console.log(`\nnpm test: ${total.toFixed(1)} s\n${lines.join('\n')}`);
}

(async () => {
  const started = Date.now();
  const finish = (code) => {
    report((Date.now() - started) / 1000);
    process.exit(code);
  };
  // The web build takes longest: jest starts without it once the rest has passed. The suites that read dist/ wait
  // for it (scripts/web-build.js's lock) while the others run; the global setup is told not to wait.
  const web = step('web build (when stale)', process.execPath, ['scripts/web-build.js']);
  const before = await Promise.all([
    step('type check (tsc)', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit', '--incremental', '--tsBuildInfoFile', `${CACHE}/tsc/typecheck.tsbuildinfo`]),
    step('lint (eslint)', npx, ['eslint', '.', '--cache', '--cache-strategy', 'content', '--cache-location', `${CACHE}/eslint/`]),
    step('CLI build (tsc, emit only)', npx, ['tsc', '-p', 'tsconfig.node.json', '--noCheck']),
  ]);
  if (before.some((c) => c !== 0)) {
    await web;
    return finish(1);
  }
  process.env[RUNNING_BESIDE_JEST] = '1';
  const [built, tested] = await Promise.all([web, step('jest', npx, ['jest', ...process.argv.slice(2)])]);
  finish(tested !== 0 ? tested : built);
})();
