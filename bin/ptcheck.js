#!/usr/bin/env node
// ptcheck: the command-line checker. The TypeScript is compiled by `npm run build` into dist/node.
'use strict';
const path = require('path');
let cli;
try {
  cli = require(path.join(__dirname, '..', 'dist', 'node', 'src', 'node', 'cli', 'ptcheck.js'));
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('ptcheck 尚未构建：请先运行 npm run build / ptcheck is not built yet: run npm run build first\n');
    process.exit(2);
  }
  throw e;
}
cli
  .main(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) })
  .then((code) => {
    process.exitCode = code;
  })
  .catch((e) => {
    process.stderr.write(`ptcheck: 内部错误 / internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 2;
  });
