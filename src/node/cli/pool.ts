/**
 * The worker threads that check files in parallel (one per core by default). Each file runs in a worker with a
 * memory cap and a time limit: a file that exhausts the heap, crashes the engine or runs too long ends its worker,
 * not the run, and comes back as an unreadable file while the batch goes on in a fresh worker.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { readError } from '../../io/errors';
import { checkFile, type CheckOptions, failedReport, type FileOutcome, outcomeOf } from './check-file';

/** Young generation of each worker, in MB (see spawn). */
export const YOUNG_GENERATION_MB = 16;

export interface PoolOptions {
  /** Workers run at once. */
  jobs: number;
  /** Per-file time limit, in ms. */
  timeoutMs: number;
  /** Heap cap of each worker, in MB. */
  heapMb: number;
  check: CheckOptions;
}

interface Slot {
  worker: Worker;
  busy: { id: number; file: string; resolve: (o: FileOutcome) => void; timer: NodeJS.Timeout } | null;
}

/**
 * The compiled worker script: beside this module once built (dist/node), or in dist/node when this module runs
 * from TypeScript source (the tests). Null when there is no build: files are then checked in this thread.
 */
export function workerScript(): string | null {
  const here = path.join(__dirname, 'worker.js');
  if (existsSync(here)) return here;
  const built = path.join(__dirname, '..', '..', '..', 'dist', 'node', 'src', 'node', 'cli', 'worker.js');
  return existsSync(built) ? built : null;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly queue: { id: number; file: string; resolve: (o: FileOutcome) => void }[] = [];
  private readonly script: string | null;
  private nextId = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    this.script = workerScript();
  }

  /** True when files run in worker threads (false only without a build). */
  get isolated(): boolean {
    return this.script !== null;
  }

  /** Check `file`; always resolves, with the file's outcome or its failure as an unreadable file. */
  check(file: string): Promise<FileOutcome> {
    if (!this.script) return checkFile(file, this.options.check).catch((e: unknown) => this.failure(file, 'crashed', e));
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, file, resolve });
      this.pump();
    });
  }

  /** Stop every worker; files not yet checked are never started. */
  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    await Promise.all(this.slots.map((s) => s.worker.terminate().catch(() => undefined)));
    this.slots.length = 0;
  }

  private pump(): void {
    while (this.queue.length && !this.closed) {
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.options.jobs) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      const timer = setTimeout(() => this.timedOut(slot!), this.options.timeoutMs);
      slot.busy = { ...job, timer };
      slot.worker.postMessage({ id: job.id, file: job.file });
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.script!, {
      workerData: this.options.check,
      // A fixed young generation: a worker's default one was measured slower (more scavenges, which two workers
      // then run on the same helper threads); a larger one only raised the peak memory (npm run bench).
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, stackSizeMb: 8 },
      stdout: true, // a worker's own console output (SheetJS warnings) never mixes into the report
      stderr: true,
    });
    worker.stdout.resume();
    worker.stderr.resume();
    const slot: Slot = { worker, busy: null };
    worker.on('message', (m: { id: number; outcome?: FileOutcome; failure?: string }) => {
      const job = slot.busy;
      if (!job || job.id !== m.id) return;
      clearTimeout(job.timer);
      slot.busy = null;
      job.resolve(m.outcome ?? this.failure(job.file, 'crashed', m.failure));
      this.pump();
    });
    // A worker that dies (out of memory, an engine crash) takes only its own file with it.
    const died = (detail: unknown) => this.replace(slot, 'crashed', detail);
    worker.on('error', died);
    worker.on('exit', (code) => died(`exit code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  private timedOut(slot: Slot): void {
    this.replace(slot, 'timeout', undefined);
  }

  /** End `slot`'s worker, report its file (if any) as failed, and carry on with a new worker when needed. */
  private replace(slot: Slot, why: 'crashed' | 'timeout', detail: unknown): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    const job = slot.busy;
    slot.busy = null;
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    slot.worker.on('error', () => undefined);
    void slot.worker.terminate().catch(() => undefined);
    if (job) {
      clearTimeout(job.timer);
      job.resolve(this.failure(job.file, why, detail));
    }
    this.pump();
  }

  private failure(file: string, why: 'crashed' | 'timeout', detail: unknown): FileOutcome {
    const outOfMemory = (detail as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    const error =
      why === 'timeout'
        ? readError('timeout', { file, seconds: Math.round(this.options.timeoutMs / 1000) })
        : outOfMemory
          ? readError('crashed-memory', { file, mb: this.options.heapMb })
          : readError('crashed', { file, detail: describe(detail) });
    return outcomeOf(failedReport(file, error, this.options.check.lang), this.options.check);
  }
}

function describe(detail: unknown): string {
  const text = detail instanceof Error ? detail.message : String(detail ?? '');
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
