/**
 * Run ptcheck in this process and print how it went as one JSON line on stderr: exit code, wall time, peak RSS
 * (worker threads included: they share the process). The batch bench starts one of these per measurement.
 *   node dist/node/bench/measured.js check --format json FILES...
 */
import { performance } from 'node:perf_hooks';
import { main } from '../src/node/cli/ptcheck';

const t0 = performance.now();
main(process.argv.slice(2), { stdout: () => undefined, stderr: () => undefined }).then(
  (code) => {
    const ms = performance.now() - t0;
    process.stderr.write(`${JSON.stringify({ code, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
  },
  (e) => {
    process.stderr.write(`${JSON.stringify({ code: -1, error: String(e) })}\n`);
  },
);
