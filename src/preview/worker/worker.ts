/** The preview's worker: reads, checks and saves off the page's thread (protocol.ts). */
import { failureOf, handle } from './handlers';
import { Pieces, split } from './parts';
import type { FromWorker, Request, ToWorker } from './protocol';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
};

// One request at a time, in order: the page cancels by ending the worker, never by asking it.
let queue: Promise<void> = Promise.resolve();
/** Pieces of large requests, by request id, until the request itself arrives (parts.ts). */
const arriving = new Map<number, Pieces>();

scope.addEventListener('message', (e) => {
  const message = e.data;
  if (message.kind === 'piece') {
    let pieces = arriving.get(message.id);
    if (!pieces) arriving.set(message.id, (pieces = new Pieces()));
    pieces.add(message.array, message.items);
    return;
  }
  const { id, ...sent } = message;
  const pieces = arriving.get(id);
  arriving.delete(id);
  queue = queue.then(async () => {
    try {
      const request = (pieces ? pieces.join(sent) : sent) as Request;
      const { result, transfer } = await handle(request, (stage) => scope.postMessage({ id, kind: 'progress', stage }));
      // A large result goes in pieces, each rebuilt on the page in a task of its own.
      const out: { array: number; items: unknown[] }[] = [];
      const body = split(result, out) as typeof result;
      for (const piece of out) scope.postMessage({ id, kind: 'piece', ...piece });
      scope.postMessage({ id, kind: 'done', result: body }, transfer);
    } catch (thrown) {
      scope.postMessage({ id, kind: 'failed', failure: failureOf(thrown) });
    }
  });
});
