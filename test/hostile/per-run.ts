/**
 * The hostile corpus written once per test run, not once per suite that reads it (writing it costs seconds of CPU:
 * bombs deflated, 150,000 merges): jest's global setup names an empty folder for the run (PTCHECK_TEST_CORPUS), the
 * first suite to ask writes the corpus there under a lock, and every suite gets its own folder of hard links to it
 * (so a suite may add or remove files beside them without touching another's). A suite run without the global setup
 * writes the corpus into its own folder, as before.
 */
import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CASES, type HostileCase, writeCorpus } from './corpus';

/** The environment variable through which the global setup hands the run's corpus folder to the test workers. */
export const CORPUS_ENV = 'PTCHECK_TEST_CORPUS';
const LOCK_LIMIT_MS = 5 * 60 * 1000;

/** For the global setup: a fresh, empty folder for this run's corpus (written on first use), named in the env. */
export function reserveRunCorpus(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ptcheck-corpus-run-'));
  process.env[CORPUS_ENV] = root;
  return root;
}

/** For the global teardown: remove the run's corpus. */
export function removeRunCorpus(): void {
  const root = process.env[CORPUS_ENV];
  if (root) rmSync(root, { recursive: true, force: true });
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The run's written corpus folder: written now by this suite, or by another worker (waited for). */
function runCorpus(root: string): string {
  const corpus = path.join(root, 'corpus');
  const written = path.join(root, 'written');
  const lock = path.join(root, 'lock');
  const started = Date.now();
  for (;;) {
    if (existsSync(written)) return corpus;
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() - started > LOCK_LIMIT_MS) throw new Error(`waited too long for another worker to write the hostile corpus (${lock})`);
      sleep(200);
      continue;
    }
    try {
      if (existsSync(written)) return corpus;
      rmSync(corpus, { recursive: true, force: true }); // half written by a worker that died
      writeCorpus(corpus);
      closeSync(openSync(written, 'w'));
      return corpus;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

/**
 * Fill `dir` (created if needed) with the hostile corpus — hard links to this run's copy, or a copy written there
 * when the run has none — and return the cases it holds (POSIX-only ones only on POSIX), as writeCorpus does.
 */
export function corpusInto(dir: string): HostileCase[] {
  const root = process.env[CORPUS_ENV];
  if (!root || !statSync(root, { throwIfNoEntry: false })?.isDirectory()) return writeCorpus(dir);
  const corpus = runCorpus(root);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  // The cases writeCorpus writes (it skips POSIX-only ones on Windows).
  const cases = CASES.filter((c) => !(c.posixOnly && process.platform === 'win32'));
  for (const c of cases) {
    const from = path.join(corpus, c.name);
    const to = path.join(dir, c.name);
    try {
      linkSync(from, to); // a link to the FIFO or the symlink itself, not to what it points at
    } catch {
      if (statSync(from).isFile()) copyFileSync(from, to);
      else c.make(dir, false); // another file system: make the FIFO or link again
    }
  }
  return cases;
}
