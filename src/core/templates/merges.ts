/** Merged areas while planning: shifted the way a host shifts them when whole rows go in, changed, then diffed. */
import type { MergeEdit } from '../model';
import type { CellRange } from '../snapshot';
import { rangeAddress } from '../address';
import { shiftRange, type Insertions } from './rows';

const same = (a: CellRange, b: CellRange) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/** The merged areas of a sheet during planning (final coordinates). */
export class MergeSet {
  private readonly before: CellRange[];
  private areas: CellRange[];

  constructor(merges: CellRange[], insertions: Insertions) {
    this.before = merges.map((m) => shiftRange(m, insertions));
    this.areas = [...this.before];
  }

  /** The merge covering a cell, if any. */
  at(row: number, col: number): CellRange | undefined {
    return this.areas.find((m) => m.top <= row && m.bottom >= row && m.left <= col && m.right >= col);
  }

  /** Replace `old` by `next` (an extension, a move of its top edge) or drop it (`next` null). */
  replace(old: CellRange, next: CellRange | null): void {
    this.areas = this.areas.filter((m) => m !== old);
    if (next) this.add(next);
  }

  /** Add a merge; a single cell is no merge. */
  add(m: CellRange): void {
    if (m.bottom > m.top || m.right > m.left) this.areas.push(m);
  }

  /** Split `m` around rows a..b: unmerge it, keep what lies above and below as merges of their own. */
  splitAround(m: CellRange, a: number, b: number): void {
    this.replace(m, null);
    if (a - 1 >= m.top) this.add({ ...m, bottom: a - 1 });
    if (b + 1 <= m.bottom) this.add({ ...m, top: b + 1 });
  }

  /** The edits from the shifted merges to the current ones: `extend` where a merge grew down (same top-left cell). */
  edits(sheet: string): MergeEdit[] {
    const removed = this.before.filter((m) => !this.areas.some((n) => same(m, n)));
    const added = this.areas.filter((n) => !this.before.some((m) => same(m, n)));
    const out: MergeEdit[] = [];
    const extended = new Set<CellRange>();
    for (const n of added) {
      const from = removed.find((m) => !extended.has(m) && m.top === n.top && m.left === n.left && m.right === n.right && m.bottom < n.bottom);
      if (from) {
        extended.add(from);
        out.push({ sheet, kind: 'extend', from: rangeAddress(from), range: rangeAddress(n) });
      }
    }
    const unmerges = removed.filter((m) => !extended.has(m)).map((m): MergeEdit => ({ sheet, kind: 'unmerge', range: rangeAddress(m) }));
    const adds = added
      .filter((n) => !out.some((e) => e.kind === 'extend' && e.range === rangeAddress(n)))
      .map((n): MergeEdit => ({ sheet, kind: 'add', range: rangeAddress(n) }));
    // Unmerge first: a part of a split merge is added where the whole one was.
    return [...unmerges, ...out, ...adds];
  }
}
