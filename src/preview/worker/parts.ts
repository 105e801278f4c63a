/**
 * Large messages between the page and the worker, in parts. postMessage copies a message on the sending thread and
 * rebuilds it on the receiving one, in one go: for a sheet of 100,000 rows, or an outcome with 10,000 findings and
 * a table of 20,000 indicators, that is one task of hundreds of milliseconds on the page. So every large array in a
 * message is taken out (`split`), sent in pieces of bounded size, each its own message (and its own task on the
 * other side), and put back (`join`) when the message itself arrives after them.
 */

/** Work per piece: an array's elements, counting an element that is an array by its length, an object as OBJECT_WEIGHT. */
export const PIECE_WEIGHT = 16_000;
const OBJECT_WEIGHT = 8;

/** Where a large array was taken out: its number in the message's list of arrays. */
const MARK = '\u0000ptcheck-array';
interface Marker {
  [MARK]: number;
}

function weightOf(item: unknown): number {
  if (Array.isArray(item)) return 1 + item.length;
  return item !== null && typeof item === 'object' ? OBJECT_WEIGHT : 1;
}

/** An object as structured clone rebuilds one (from any realm); not a typed array, buffer, Map or Date. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && Object.prototype.toString.call(value) === '[object Object]';
}

/**
 * `value` with each array heavier than PIECE_WEIGHT replaced by a marker, and those arrays, cut into pieces, in
 * `pieces` (array number, its items). Plain objects and arrays on the way are copied, never changed; anything else
 * (typed arrays, their buffers to transfer) is kept as it is.
 */
export function split(value: unknown, pieces: { array: number; items: unknown[] }[], arrays = { count: 0 }): unknown {
  if (Array.isArray(value)) {
    let weight = 0;
    for (let i = 0; i < value.length && weight <= PIECE_WEIGHT; i++) weight += weightOf(value[i]);
    if (weight <= PIECE_WEIGHT) return value.map((v) => split(v, pieces, arrays));
    const array = arrays.count++;
    let start = 0;
    let w = 0;
    for (let i = 0; i < value.length; i++) {
      w += weightOf(value[i]);
      if (w >= PIECE_WEIGHT || i === value.length - 1) {
        pieces.push({ array, items: value.slice(start, i + 1) });
        start = i + 1;
        w = 0;
      }
    }
    return { [MARK]: array } satisfies Marker;
  }
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = split(value[key], pieces, arrays);
  return out;
}

/** The pieces of one message as they arrive, by array number. */
export class Pieces {
  private readonly arrays = new Map<number, unknown[][]>();

  add(array: number, items: unknown[]): void {
    const list = this.arrays.get(array);
    if (list) list.push(items);
    else this.arrays.set(array, [items]);
  }

  /** `value` (as split left it) with every marker replaced by its array, whole again. Changes `value` in place. */
  join(value: unknown): unknown {
    return this.walk(value);
  }

  private walk(value: unknown): unknown {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) value[i] = this.walk(value[i]);
      return value;
    }
    if (!isPlainObject(value)) return value;
    if (MARK in value) {
      const list = this.arrays.get(value[MARK] as number);
      if (!list) throw new Error(`message part ${String(value[MARK])} never arrived`);
      // Items of a piece are as sent: arrays inside them were small enough to travel whole.
      const whole: unknown[] = [];
      for (const items of list) for (const item of items) whole.push(item);
      return whole;
    }
    for (const key of Object.keys(value)) value[key] = this.walk(value[key]);
    return value;
  }
}
