#!/usr/bin/env node
/**
 * `npm test`: the type check, lint, the CLI build (emit only: the type check is the tsc beside it) and the web build
 * (scripts/web-build.js: only when dist/ is stale) side by side, then jest — whose global setup finds dist/ built for
 * the browser and build tests. tsc is the longest of the four and runs on one core; the others share the second.
 * Prints how long each step took, so CI logs show where the time goes. Extra arguments go to jest
 * (`npm test -- test/core`). tsc's and ESLint's caches (node_modules/.cache) only help a second run on the same
 * checkout; CI starts without them.
 */
'use strict';
const { spawn } = require('child_process');

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
  const before = await Promise.all([
    step('type check (tsc)', npx, ['tsc', '-p', 'tsconfig.json', '--noEmit', '--incremental', '--tsBuildInfoFile', `${CACHE}/tsc/typecheck.tsbuildinfo`]),
    step('lint (eslint)', npx, ['eslint', '.', '--cache', '--cache-strategy', 'content', '--cache-location', `${CACHE}/eslint/`]),
    step('CLI build (tsc, emit only)', npx, ['tsc', '-p', 'tsconfig.node.json', '--noCheck']),
    step('web build (when stale)', process.execPath, ['scripts/web-build.js']),
  ]);
  if (before.some((c) => c !== 0)) return finish(1);
  finish(await step('jest', npx, ['jest', ...process.argv.slice(2)]));
})();
