/** Reading parsed JSON whose shape is not known yet (settings, vocabulary, template catalogues, rule options). */

export type JsonObject = Record<string, unknown>;

/**
 * A JSON object: not an array, not null. (No prototype check: JSON parsed in another realm — a worker, jest's
 * module registry — has another Object.prototype.)
 */
export function isJsonObject(x: unknown): x is JsonObject {
  return !!x && typeof x === 'object' && !Array.isArray(x);
}
