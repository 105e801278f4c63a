/** Types for web-build.js (plain CommonJS so `npm test` can run it beside the type check, before jest starts). */

/** The repository's root folder. */
export const ROOT: string;
/** The built add-in and preview (dist/). */
export const DIST: string;
/** The environment variable `npm test` sets for jest while this build runs beside it. */
export const RUNNING_BESIDE_JEST: string;
/** Why dist/ needs a build, or null when it is up to date. */
export function staleReason(): string | null;
/** Build dist/ unless it is current; returns what was done, for the log. Throws with webpack's output on failure. */
export function ensureWebBuild(): string;
