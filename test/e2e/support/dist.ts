/**
 * dist/ for the browser and build tests: scripts/web-build.js builds it with `npm run build:web` when it is missing
 * or older than the sources. `npm test` starts that beside the type check; the global setup and each suite run alone
 * make sure of it again (a lock keeps two builds from running at once).
 */
export { DIST, ensureWebBuild, ROOT, RUNNING_BESIDE_JEST, staleReason } from '../../../scripts/web-build';
