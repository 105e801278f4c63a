/** Starts the preview's worker (spawn.js). */
export function spawnWorker(): Worker;
