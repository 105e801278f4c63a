/** A worker thread of ptcheck's pool (pool.ts): checks the files it is sent, one at a time, with the run's options. */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFile, type CheckOptions } from './check-file';

const options = workerData as CheckOptions;

parentPort?.on('message', (job: { id: number; file: string }) => {
  checkFile(job.file, options).then(
    (outcome) => parentPort?.postMessage({ id: job.id, outcome }),
    (e: unknown) => parentPort?.postMessage({ id: job.id, failure: e instanceof Error ? e.message : String(e) }),
  );
});
