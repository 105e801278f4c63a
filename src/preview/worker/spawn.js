/**
 * Starts the preview's worker. Plain JavaScript because `import.meta.url` (how webpack finds a worker's script and
 * builds it as a chunk of its own) is ES-module syntax the type check's CommonJS settings reject; spawn.d.ts types it.
 */
/* global Worker */
export function spawnWorker() {
  return new Worker(new URL(/* webpackChunkName: "worker" */ './worker.ts', import.meta.url), { name: 'ptcheck-preview' });
}
