/**
 * Jest's global setup: name the folder for this run's hostile corpus (written once, by the first suite that reads
 * it: test/hostile/per-run.ts), and build dist/ once, before any test, when it is missing or older than the sources
 * — the browser tests and the build tests then read the same build (each still makes sure of it when run alone). A
 * run narrowed to other folders (`npx jest test/core`) builds nothing, and under `npm test`, which builds dist/ beside
 * jest, the suites wait for that build themselves.
 */
import { ensureWebBuild, RUNNING_BESIDE_JEST } from './e2e/support/dist';
import { reserveRunCorpus } from './hostile/per-run';

const NEEDS_BUILD = /e2e|build|manifest/;

export default function globalSetup(globalConfig: { testPathPatterns?: { patterns?: string[] } }): void {
  reserveRunCorpus(); // an empty folder until a suite asks; the global teardown removes it
  const patterns = globalConfig.testPathPatterns?.patterns ?? [];
  if (patterns.length > 0 && !patterns.some((p) => NEEDS_BUILD.test(p))) return;
  // `npm test` builds dist/ beside jest (scripts/test.js): the suites that read it wait for that build, the others
  // run meanwhile.
  if (process.env[RUNNING_BESIDE_JEST]) return;
  const started = Date.now();
  const done = ensureWebBuild();
  console.log(`\nweb build: ${done} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
