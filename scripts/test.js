#!/usr/bin/env node
/**
 * `npm test`: type check and lint side by side, then the CLI build (already type checked: emit only), then jest —
 * whose global setup builds dist/ once for the browser and build tests. Prints how long each step took, so CI logs
 * show where the time goes. Extra arguments go to jest (`npm test -- test/core`).
 */
'use strict';
const { spawn } = require('child_process');

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const times = [];

function step(name, args) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(npx, args, { stdio: 'inherit' });
    child.on('close', (code, signal) => {
      times.push([name, (Date.now() - started) / 1000]);
      resolve(code === 0 ? 0 : code || (signal ? 1 : 0));
    });
  });
}

function report(total) {
  const lines = times.map(([name, s]) => `  ${name.padEnd(28)} ${s.toFixed(1).padStart(6)} s`);
  console.log(`\nnpm test: ${total.toFixed(1)} s\n${lines.join('\n')}`);
}

(async () => {
  const started = Date.now();
  const finish = (code) => {
    report((Date.now() - started) / 1000);
    process.exit(code);
  };
  const checks = await Promise.all([step('type check (tsc)', ['tsc', '-p', 'tsconfig.json', '--noEmit']), step('lint (eslint)', ['eslint', '.'])]);
  if (checks.some((c) => c !== 0)) return finish(1);
  if ((await step('CLI build (tsc, emit only)', ['tsc', '-p', 'tsconfig.node.json', '--noCheck'])) !== 0) return finish(1);
  finish(await step('jest (web build included)', ['jest', ...process.argv.slice(2)]));
})();
