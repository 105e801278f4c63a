/**
 * Finding merged areas in WPS, which has no call that lists them: `Range.MergeCells` says whether a rectangle holds
 * merged cells (false: none), `MergeArea` gives the area around one cell. Rectangles are probed from the top and
 * split in halves while they hold merged cells, down to the cell whose area is then read; cells already inside a
 * found area are never probed again, so a long vertical merge (an 一级 column) costs one area read, not one per row.
 * Likely first cells are asked about before any probing. The budget stops a pathological sheet (the result says so).
 */
import type { CellRange } from '../../core/snapshot';

/** The two questions asked of the sheet, each a few cross-process calls. */
export interface MergeQuestions {
  /** `Range(rect).MergeCells`: false when no cell of `rect` is merged, true when all are, null when some are. */
  mergeCells(rect: CellRange): boolean | null;
  /** `Range(cell).MergeArea`: the merged area holding the cell (the cell itself when it is not merged). */
  areaAt(row: number, col: number): CellRange;
}

export interface MergeSearch {
  areas: CellRange[];
  /** False when the budget ran out before every rectangle was probed. */
  complete: boolean;
}

/**
 * The merged areas that start inside `extent` (an area may reach beyond it), asking at most `budget` questions.
 * `likely(row, left, right)`: the columns of a row's cells that probably start a merged area (the first cell of a
 * merge usually holds text and the cell to its right or below is empty). In a band of a few rows known to hold
 * merged cells, those are asked about before the band is halved: a right guess finds an area at once.
 */
export function findMerges(
  extent: CellRange,
  ask: MergeQuestions,
  budget: number,
  likely: (row: number, left: number, right: number) => number[] = () => [],
): MergeSearch {
  const covered = new CoveredCells();
  const areas: CellRange[] = [];
  let left = budget;
  let complete = true;

  /** Ask for the area at a cell; true when it is a merged area (then it is known). */
  const take = (row: number, col: number): boolean => {
    left--;
    const found = ask.areaAt(row, col);
    const holds = found.top <= row && found.bottom >= row && found.left <= col && found.right >= col;
    if (!holds || (found.bottom === found.top && found.right === found.left)) return false;
    areas.push(found);
    covered.add(found);
    return true;
  };

  const probe = (part: CellRange): void => {
    // An area found since this part was cut out may reach into it: cut again first.
    const now = covered.uncoveredParts(part);
    if (now.length !== 1 || !sameRange(now[0], part)) {
      now.forEach(probe);
      return;
    }
    if (left <= 0) {
      complete = false;
      return;
    }
    left--;
    const merged = ask.mergeCells(part);
    if (merged === false) return;
    const single = part.top === part.bottom && part.left === part.right;
    if (single || merged === true) {
      // Every cell is merged: the area at the first cell is one of them (often the whole part).
      if (!take(part.top, part.left)) covered.add({ top: part.top, left: part.left, bottom: part.top, right: part.left }); // a lone cell WPS called merged: not asked about again
      if (!single) probe(part);
      return;
    }
    // A few rows holding merged cells: their likely first cells, in reading order, before any halving.
    if (part.bottom - part.top < GUESS_ROWS) {
      for (let row = part.top; row <= part.bottom && left > 0; row++) {
        for (const col of likely(row, part.left, part.right)) {
          if (left <= 0) break;
          if (!covered.has(row, col) && take(row, col)) {
            probe(part);
            return;
          }
        }
      }
    }
    // Halves, rows first (bands of rows are where tables differ).
    if (part.bottom > part.top) {
      const mid = Math.floor((part.top + part.bottom) / 2);
      probe({ ...part, bottom: mid });
      probe({ ...part, top: mid + 1 });
    } else {
      const mid = Math.floor((part.left + part.right) / 2);
      probe({ ...part, right: mid });
      probe({ ...part, left: mid + 1 });
    }
  };
  covered.uncoveredParts(extent).forEach(probe);
  return { areas, complete };
}

/** Rows of a band with merged cells whose likely first cells are asked about before the band is halved. */
const GUESS_ROWS = 8;

const sameRange = (a: CellRange, b: CellRange) => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;

/** Cells inside areas found so far, by row as column intervals. */
class CoveredCells {
  private readonly rows = new Map<number, [number, number][]>();

  add(area: CellRange): void {
    for (let r = area.top; r <= area.bottom; r++) {
      const list = this.rows.get(r) ?? [];
      list.push([area.left, area.right]);
      list.sort((a, b) => a[0] - b[0]);
      this.rows.set(r, list);
    }
  }

  has(row: number, col: number): boolean {
    return (this.rows.get(row) ?? []).some(([a, b]) => a <= col && col <= b);
  }

  /** Column intervals of row `row` between `left` and `right` that no found area covers. */
  private free(row: number, left: number, right: number): [number, number][] {
    const out: [number, number][] = [];
    let from = left;
    for (const [a, b] of this.rows.get(row) ?? []) {
      if (b < from || a > right) continue;
      if (a > from) out.push([from, a - 1]);
      from = Math.max(from, b + 1);
      if (from > right) break;
    }
    if (from <= right) out.push([from, right]);
    return out;
  }

  /** `rect` without the covered cells, as rectangles: rows with the same free intervals grouped into bands. */
  uncoveredParts(rect: CellRange): CellRange[] {
    const out: CellRange[] = [];
    let open: { key: string; parts: CellRange[] } | null = null;
    for (let r = rect.top; r <= rect.bottom; r++) {
      const free = this.rows.has(r) ? this.free(r, rect.left, rect.right) : [[rect.left, rect.right] as [number, number]];
      const key = free.map(([a, b]) => `${a}-${b}`).join(',');
      if (open && open.key === key) {
        for (const p of open.parts) p.bottom = r;
        continue;
      }
      if (open) out.push(...open.parts);
      open = { key, parts: free.map(([a, b]) => ({ top: r, bottom: r, left: a, right: b })) };
    }
    if (open) out.push(...open.parts);
    return out;
  }
}
