/**
 * The page's side of the preview's worker: requests with a time limit, a cancel that always works (it ends the
 * worker; the next request starts a fresh one), and the reader's messages passed through. Where no worker can
 * start (a page opened from disk: browsers refuse workers on file://) the same work runs on the page itself.
 */
import type { Lang } from '../../core/i18n';
import { readError } from '../../io/errors';
import { breathe } from '../preview-host';
import { Pieces, split } from './parts';
import type { Failure, FromWorker, Request, Results, Stage, ToWorker } from './protocol';

/** ptcheck's default per-file time limit (`--timeout`), for reading a file and for checking a sheet. */
export const TIME_LIMIT_S = 30;

/** A request that failed: the reader's message, a time limit, a crashed worker, or something unexpected. */
export class RequestFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure.kind === 'read' ? failure.messages['en-US'] : failure.kind === 'config' ? failure.problems.map((p) => p['en-US']).join('; ') : failure.message);
    this.name = 'RequestFailed';
  }

  /** What to tell the user, in `lang`. */
  text(lang: Lang): string {
    if (this.failure.kind === 'read') return this.failure.messages[lang];
    if (this.failure.kind === 'config') return this.failure.problems.map((p) => p[lang]).join('；');
    return this.failure.message;
  }
}

/** A request ended by cancel(). */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

interface Pending {
  resolve(result: unknown): void;
  reject(error: Error): void;
  onStage?: (stage: Stage) => void;
  timer: ReturnType<typeof setTimeout>;
  fileName: string;
  /** The pieces of a large result, as they arrive (parts.ts). */
  pieces: Pieces;
}

export interface RequestOptions {
  /** Named in the messages of a time limit or a crash. */
  fileName: string;
  onStage?: (stage: Stage) => void;
  transfer?: Transferable[];
}

export class PreviewWorker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private next = 1;
  private ends = 0;
  /** Requests being posted, one after another (send). */
  private sending: Promise<void> = Promise.resolve();
  /** True once a worker could not start: requests then run on the page. */
  private noWorker: boolean;

  constructor(
    private readonly spawn: (() => Worker) | null,
    private readonly limitMs = TIME_LIMIT_S * 1000,
  ) {
    this.noWorker = spawn === null;
  }

  /** Changes whenever the worker is ended: what a worker was sent is gone with it (sheet-memo.ts). */
  get generation(): number {
    return this.ends;
  }

  /** True when work runs on the page itself (no worker could start). */
  get onPage(): boolean {
    return this.noWorker;
  }

  /** Start the worker ahead of the first request, so the first check does not wait for it. */
  warm(): void {
    this.ensure();
  }

  request<K extends Request['kind']>(request: Request & { kind: K }, options: RequestOptions): Promise<Results[K]> {
    const worker = this.ensure();
    if (!worker) return this.onThisPage(request as Request, options) as Promise<Results[K]>;
    const id = this.next++;
    return new Promise<Results[K]>((resolve, reject) => {
      const timer = setTimeout(() => {
        // Past the limit: end the worker (its other requests fail the same way) and say which limit it was.
        this.fail(readFailure(readError('timeout', { file: options.fileName, seconds: Math.round(this.limitMs / 1000) })));
      }, this.limitMs);
      this.pending.set(id, { resolve: resolve as (r: unknown) => void, reject, onStage: options.onStage, timer, fileName: options.fileName, pieces: new Pieces() });
      // In the order asked: a request sent in pieces is whole at the worker before the next one arrives.
      const transfer = options.transfer ?? [];
      this.sending = this.sending.then(() =>
        this.send(worker, id, request, transfer).catch((e: unknown) => this.settle(id, (p) => p.reject(e instanceof Error ? e : new Error(String(e))))),
      );
    });
  }

  /** Post `request`: its large arrays first, a piece at a time with a breath between, so the page never stalls. */
  private async send(worker: Worker, id: number, request: Request, transfer: Transferable[]): Promise<void> {
    const pieces: { array: number; items: unknown[] }[] = [];
    const body = split(request, pieces) as Request;
    for (const piece of pieces) {
      if (this.worker !== worker) return; // ended meanwhile: the request has failed already
      worker.postMessage({ id, kind: 'piece', ...piece } satisfies ToWorker);
      await breathe();
    }
    if (this.worker === worker) worker.postMessage({ id, ...body } as ToWorker, transfer);
  }

  /** Take request `id` out of the pending ones and settle it. */
  private settle(id: number, how: (p: Pending) => void): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    clearTimeout(p.timer);
    how(p);
  }

  /** Stop everything in flight (each request rejects with Cancelled). */
  cancel(): void {
    this.end((p) => p.reject(new Cancelled()));
  }

  /** End the worker for good (the page is going away). */
  dispose(): void {
    this.cancel();
  }

  private ensure(): Worker | null {
    if (this.worker || this.noWorker || !this.spawn) return this.worker;
    try {
      const worker = this.spawn();
      worker.addEventListener('message', (e: MessageEvent<FromWorker>) => this.receive(e.data));
      // An uncaught error or running out of memory ends the worker: what was in flight cannot finish.
      worker.addEventListener('error', (e: ErrorEvent) => {
        e.preventDefault();
        const detail = e.message || 'worker stopped';
        this.end((p) => p.reject(new RequestFailed(readFailure(readError('crashed', { file: p.fileName, detail })))));
      });
      this.worker = worker;
    } catch {
      this.noWorker = true;
    }
    return this.worker;
  }

  private receive(message: FromWorker): void {
    const p = this.pending.get(message.id);
    if (!p) return;
    if (message.kind === 'progress') {
      p.onStage?.(message.stage);
      return;
    }
    if (message.kind === 'piece') {
      p.pieces.add(message.array, message.items);
      return;
    }
    this.settle(message.id, (q) => {
      if (message.kind !== 'done') return q.reject(new RequestFailed(message.failure));
      try {
        q.resolve(q.pieces.join(message.result));
      } catch (e) {
        q.reject(new RequestFailed({ kind: 'unexpected', message: e instanceof Error ? e.message : String(e) }));
      }
    });
  }

  private fail(failure: Failure): void {
    this.end((p) => p.reject(new RequestFailed(failure)));
  }

  private end(settle: (p: Pending) => void): void {
    this.worker?.terminate();
    this.worker = null;
    this.ends += 1;
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) {
      clearTimeout(p.timer);
      settle(p);
    }
  }

  private async onThisPage(request: Request, options: RequestOptions): Promise<Results[Request['kind']]> {
    const { handle, failureOf } = await import(/* webpackChunkName: "reader" */ './handlers');
    // Let the page paint what it said it is doing before the work takes the thread.
    await new Promise((resolve) => setTimeout(resolve, 30));
    try {
      return (await handle(request, (stage) => options.onStage?.(stage))).result;
    } catch (thrown) {
      throw new RequestFailed(failureOf(thrown));
    }
  }
}

function readFailure(e: { messages: Record<Lang, string>; code: string; limit?: string }): Failure {
  return { kind: 'read', messages: e.messages, code: e.code, ...(e.limit ? { limit: e.limit } : {}) };
}
