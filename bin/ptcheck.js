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

// When the reader of the output goes away (`ptcheck … | head -1`), stop at once and quietly: no EPIPE stack trace.
const closed = new AbortController();
const pipeClosed = (e) => {
  if (e && e.code === 'EPIPE') {
    closed.abort();
    return;
  }
  throw e;
};
process.stdout.on('error', pipeClosed);
process.stderr.on('error', pipeClosed);

/** Write to stdout; resolves once the text is taken, so a slow reader slows the run instead of filling memory. */
function stdout(s) {
  if (closed.signal.aborted) return undefined;
  if (process.stdout.write(s)) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      process.stdout.off('drain', done);
      closed.signal.removeEventListener('abort', done);
      resolve();
    };
    process.stdout.on('drain', done);
    closed.signal.addEventListener('abort', done);
  });
}

cli
  .main(process.argv.slice(2), {
    stdout,
    stderr: (s) => {
      if (!closed.signal.aborted) process.stderr.write(s);
    },
    stderrIsTTY: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns,
    signal: closed.signal,
  })
  .then((code) => {
    process.exitCode = closed.signal.aborted ? cli.EXIT_PIPE_CLOSED : code;
  })
  .catch((e) => {
    if (!closed.signal.aborted) process.stderr.write(`ptcheck: 内部错误 / internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = closed.signal.aborted ? cli.EXIT_PIPE_CLOSED : 2;
  });
