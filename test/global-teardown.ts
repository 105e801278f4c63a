/** Jest's global teardown: remove this run's hostile corpus (test/hostile/per-run.ts). */
import { removeRunCorpus } from './hostile/per-run';

export default function globalTeardown(): void {
  removeRunCorpus();
}
