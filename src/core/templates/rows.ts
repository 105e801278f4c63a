/**
 * The row arithmetic of an insertion plan, shared by the planner and every host that applies or undoes one: where an
 * original row ends up once whole rows go in, which final rows are new, and the merge edits that undo a plan's.
 */
import { parseRangeAddress, rangeAddress } from '../address';
import type { MergeEdit } from '../model';
import type { CellRange } from '../snapshot';

/** Row insertions as (beforeRow, count), in the sheet's coordinates before any of them. */
export type Insertions = readonly { beforeRow: number; count: number }[];

/** A run of new rows in final sheet rows. */
export interface InsertedRun {
  first: number;
  count: number;
}

/** Where original row `row` ends up once all insertions are in. */
export function finalRow(row: number, insertions: Insertions): number {
  let r = row;
  for (const i of insertions) if (i.beforeRow <= row) r += i.count;
  return r;
}

/**
 * A merged area after whole-row insertions: one entirely below moves down; one the insertion point falls strictly
 * inside (top < beforeRow ≤ bottom) grows; one above stays.
 */
export function shiftRange(m: CellRange, insertions: Insertions): CellRange {
  return { ...m, top: finalRow(m.top, insertions), bottom: finalRow(m.bottom, insertions) };
}

/** The new rows in final sheet rows, top to bottom, in the order of `insertions` sorted by row. */
export function insertedRuns(insertions: Insertions): InsertedRun[] {
  let offset = 0;
  return [...insertions]
    .sort((a, b) => a.beforeRow - b.beforeRow)
    .map((ins) => {
      const run = { first: ins.beforeRow + offset, count: ins.count };
      offset += ins.count;
      return run;
    });
}

/** A final row → the row it was before the insertions, or null for a new row. */
export function rowBefore(row: number, runs: readonly InsertedRun[]): number | null {
  let shift = 0;
  for (const run of runs) {
    if (row >= run.first && row < run.first + run.count) return null;
    if (run.first + run.count <= row) shift += run.count;
  }
  return row - shift;
}

/**
 * The merge edits that undo a plan's, once its new rows are deleted (those shrink extended merges back by
 * themselves): merges the plan added, as left after the deletion, are unmerged; the merges it replaced (split around
 * the new rows, or moved) are merged again.
 */
export function mergesBack(edits: readonly MergeEdit[], runs: readonly InsertedRun[]): { unmerge: string[]; merge: string[] } {
  const back = (address: string): CellRange | null => {
    const r = parseRangeAddress(address);
    if (!r) return null;
    let top = r.top;
    while (top <= r.bottom && rowBefore(top, runs) === null) top++;
    let bottom = r.bottom;
    while (bottom >= top && rowBefore(bottom, runs) === null) bottom--;
    if (top > bottom) return null;
    return { ...r, top: rowBefore(top, runs)!, bottom: rowBefore(bottom, runs)! };
  };
  const real = (r: CellRange | null): r is CellRange => !!r && (r.bottom > r.top || r.right > r.left);
  const added = edits.flatMap((e) => (e.kind === 'add' || e.kind === 'extend' ? [back(e.range)] : [])).filter(real);
  const replaced = edits.flatMap((e) => (e.kind === 'unmerge' ? [back(e.range)] : e.kind === 'extend' ? [back(e.from)] : [])).filter(real);
  const was = new Set(replaced.map(rangeAddress));
  const now = new Set(added.map(rangeAddress));
  return {
    unmerge: [...now].filter((k) => !was.has(k)),
    merge: [...was].filter((k) => !now.has(k)),
  };
}
