/** The preview's worker: reads, checks and saves off the page's thread (protocol.ts). */
import { failureOf, handle } from './handlers';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (e: MessageEvent<ToWorker>) => void): void;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
};

// One request at a time, in order: the page cancels by ending the worker, never by asking it.
let queue: Promise<void> = Promise.resolve();

scope.addEventListener('message', (e) => {
  const { id, ...request } = e.data;
  queue = queue.then(async () => {
    try {
      const { result, transfer } = await handle(request, (stage) => scope.postMessage({ id, kind: 'progress', stage }));
      scope.postMessage({ id, kind: 'done', result }, transfer);
    } catch (thrown) {
      scope.postMessage({ id, kind: 'failed', failure: failureOf(thrown) });
    }
  });
});
