/**
 * npm run bench (batch part): ptcheck over many files, and over the hostile corpus. Every figure comes from a fresh
 * process (bench/measured.ts) so peak memory is the run's own. Goals (issue 9):
 * - throughput on 1,000 typical files, two cores against one: ≥ 1.7×;
 * - the checker's own work (recognise + validate) against reading the files: ≤ 0.5×;
 * - peak memory for 1,000 files against 10: ≤ 1.5×;
 * - every hostile input reported within 10 s and 1 GB.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CASES, writeCorpus } from '../test/hostile/corpus';

const ROOT = path.join(__dirname, '..', '..', '..');
const MEASURED = path.join(__dirname, 'measured.js');
const BIN = path.join(ROOT, 'bin', 'ptcheck.js');
const SAMPLES = path.join(ROOT, 'test', 'fixtures', 'samples');
const line = (s: string) => process.stdout.write(s + '\n');

interface Run {
  code: number;
  ms: number;
  maxRssMb: number;
}

/** ptcheck `args` in a fresh process; its exit code, wall time and peak RSS. */
function measure(args: string[]): Run {
  const r = spawnSync(process.execPath, [MEASURED, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const last = r.stderr.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(last) as Run;
  } catch {
    throw new Error(`measured run failed: ${r.stderr}`);
  }
}

/** The best of `n` runs (the least disturbed by other work on a shared machine). */
function best(n: number, args: string[]): Run {
  let b: Run | undefined;
  for (let i = 0; i < n; i++) {
    const r = measure(args);
    if (!b || r.ms < b.ms) b = r;
  }
  return b!;
}

/** Wall time of several ptcheck processes run at once. */
async function together(argsList: string[][]): Promise<number> {
  const t0 = Date.now();
  await Promise.all(argsList.map((args) => new Promise((resolve) => spawn(process.execPath, [MEASURED, ...args], { stdio: 'ignore' }).on('close', resolve))));
  return Date.now() - t0;
}

/** `n` typical files: the samples (.xlsx, .xls, .tsv) copied round-robin under their own names. */
function typicalFiles(dir: string, n: number): void {
  mkdirSync(dir, { recursive: true });
  const samples = readdirSync(SAMPLES);
  for (let i = 0; i < n; i++) {
    const s = samples[i % samples.length];
    copyFileSync(path.join(SAMPLES, s), path.join(dir, `${String(i).padStart(4, '0')}-${s}`));
  }
}

function timingsRatio(dir: string): { read: number; work: number } {
  const out = spawnSync(process.execPath, [BIN, 'check', '--format', 'json', '--timings', '--jobs', '1', dir], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 }).stdout;
  let read = 0;
  let work = 0;
  for (const f of (JSON.parse(out) as { files: { timings?: { read: number; recognize: number; validate: number } }[] }).files) {
    if (!f.timings) continue;
    read += f.timings.read;
    work += f.timings.recognize + f.timings.validate;
  }
  return { read, work };
}

async function main(): Promise<void> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'ptcheck-bench-'));
  try {
    const thousand = path.join(tmp, '1000');
    const ten = path.join(tmp, '10');
    typicalFiles(thousand, 1000);
    typicalFiles(ten, 10);
    const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;

    // One and two workers alternate, so a burst of load from elsewhere on the machine hits both alike; best of 4.
    let one = Infinity;
    let two = Infinity;
    for (let i = 0; i < 4; i++) {
      one = Math.min(one, measure(['check', '--format', 'json', '--jobs', '1', thousand]).ms);
      two = Math.min(two, measure(['check', '--format', 'json', '--jobs', '2', thousand]).ms);
    }
    line(`batch, 1,000 typical files (${cores} cores here): 1 worker ${(one / 1000).toFixed(1)} s (${(1000 / (one / 1000)).toFixed(0)} files/s), 2 workers ${(two / 1000).toFixed(1)} s (${(1000 / (two / 1000)).toFixed(0)} files/s) = ${(one / two).toFixed(2)}× the throughput  (goal ≥ 1.7×)`);
    // What this machine gives for the same work without ptcheck's pool: two separate processes on half the files
    // each, against one process on all of them. A ceiling for the figure above on this machine at this time.
    const halves = [path.join(tmp, 'half-a'), path.join(tmp, 'half-b')];
    halves.forEach((h) => mkdirSync(h));
    readdirSync(thousand).forEach((f, i) => copyFileSync(path.join(thousand, f), path.join(halves[i % 2], f)));
    let alone = Infinity;
    let pair = Infinity;
    for (let i = 0; i < 3; i++) {
      alone = Math.min(alone, await together([['check', '--format', 'json', '--jobs', '1', thousand]]));
      pair = Math.min(pair, await together(halves.map((h) => ['check', '--format', 'json', '--jobs', '1', h])));
    }
    line(`  for comparison, the machine itself: two separate processes on 500 files each ${(pair / 1000).toFixed(1)} s against one on 1,000 ${(alone / 1000).toFixed(1)} s = ${(alone / pair).toFixed(2)}×`);

    const { read, work } = timingsRatio(thousand);
    line(`batch, 1,000 typical files: reading ${(read / 1000).toFixed(1)} s, the checker's own work (recognise + validate) ${(work / 1000).toFixed(1)} s = ${(work / read).toFixed(2)}× the reading  (goal ≤ 0.5×)`);

    const small = best(3, ['check', '--format', 'json', ten]);
    const large = best(1, ['check', '--format', 'json', thousand]);
    line(`batch, peak memory: 10 files ${small.maxRssMb.toFixed(0)} MB, 1,000 files ${large.maxRssMb.toFixed(0)} MB = ${(large.maxRssMb / small.maxRssMb).toFixed(2)}×  (goal ≤ 1.5×)`);

    // The hostile corpus at full size, each file alone with one worker: its time and the run's peak memory.
    const corpus = path.join(tmp, 'hostile');
    const cases = writeCorpus(corpus, { full: true });
    line(`hostile corpus (${cases.length} files, full size, each alone, 1 worker): time and peak memory of the whole run  (goal: each ≤ 10 s, ≤ 1 GB)`);
    let worstMs = 0;
    let worstMb = 0;
    for (const c of cases) {
      const r = measure(['check', '--format', 'json', '--jobs', '1', path.join(corpus, c.name)]);
      worstMs = Math.max(worstMs, r.ms);
      worstMb = Math.max(worstMb, r.maxRssMb);
      const name = JSON.stringify(c.name).slice(1, -1);
      line(`  ${name.padEnd(28)} exit ${r.code}  ${(r.ms / 1000).toFixed(2).padStart(6)} s  ${r.maxRssMb.toFixed(0).padStart(5)} MB  ${c.expect.verdict}${c.expect.limit ? ` (${c.expect.limit})` : ''}`);
    }
    line(`  worst: ${(worstMs / 1000).toFixed(2)} s, ${worstMb.toFixed(0)} MB`);
    const all = measure(['check', '--format', 'json', corpus]);
    line(`  the whole corpus in one run (${cores} workers): ${(all.ms / 1000).toFixed(1)} s, ${all.maxRssMb.toFixed(0)} MB, exit ${all.code}`);
    if (CASES.length !== cases.length) line(`  (${CASES.length - cases.length} POSIX-only cases skipped on this system)`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e) => {
  process.stderr.write(`bench: ${e instanceof Error ? e.stack : String(e)}\n`);
  process.exitCode = 1;
});
