/** Read access to a snapshot in sheet coordinates, with merges resolved. */
import type { CellRange, CellValue, SheetSnapshot } from '../snapshot';
import { cellAddress } from '../address';

/** Excel's largest sheet; merges and origins beyond it are clipped. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export class Grid {
  readonly name: string;
  /** First and last sheet rows/columns of the snapshot (inclusive). */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly snapshot: SheetSnapshot;
  /** Covered cell (row * width + col offset) → the merge covering it. */
  private readonly mergeOf = new Map<number, CellRange>();
  private readonly width: number;
  private readonly filled: (readonly number[] | undefined)[];

  constructor(snapshot: SheetSnapshot) {
    this.snapshot = snapshot;
    this.name = snapshot.name;
    const origin = snapshot.origin ?? { row: 0, col: 0 };
    this.top = clamp(origin.row, 0, MAX_ROWS - 1);
    this.left = clamp(origin.col, 0, MAX_COLS - 1);
    const rows = snapshot.values?.length ?? 0;
    let cols = 0;
    for (const row of snapshot.values ?? []) if (row && row.length > cols) cols = row.length;
    this.bottom = this.top + Math.max(rows, 1) - 1;
    this.right = this.left + Math.max(cols, 1) - 1;
    this.width = this.right - this.left + 1;
    for (const m of snapshot.merges ?? []) this.addMerge(m);
    this.filled = new Array(rows);
  }

  get rowCount(): number {
    return this.snapshot.values?.length ?? 0;
  }

  /** The raw value at a sheet position (null outside the snapshot). */
  value(row: number, col: number): CellValue {
    const r = this.snapshot.values?.[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  /** The text a user sees in the cell: the host's display text, else the value as text; '' when empty. */
  text(row: number, col: number): string {
    const shown = this.snapshot.texts?.[row - this.top]?.[col - this.left];
    if (typeof shown === 'string') return shown.trim();
    const v = this.value(row, col);
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return String(v).trim();
  }

  /** Number format of the cell, when the host reported one. */
  format(row: number, col: number): string | undefined {
    const f = this.snapshot.formats?.[row - this.top]?.[col - this.left];
    return typeof f === 'string' ? f : undefined;
  }

  /** The merge covering a cell, if any. */
  merge(row: number, col: number): CellRange | undefined {
    if (this.mergeOf.size === 0) return undefined;
    return this.mergeOf.get(this.key(row, col));
  }

  /** The text of a cell, or of its merge's top-left cell when the cell is covered by a merge. */
  mergedText(row: number, col: number): string {
    const own = this.text(row, col);
    if (own) return own;
    const m = this.merge(row, col);
    return m ? this.text(m.top, m.left) : '';
  }

  /** Where a cell's shown text lives: itself, or its merge's top-left. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** The last column a cell reaches, through its merge. */
  spanRight(row: number, col: number): number {
    const m = this.merge(row, col);
    return m ? m.right : col;
  }

  /** True when every cell of the row is empty. */
  isEmptyRow(row: number): boolean {
    return this.filledColumns(row).length === 0;
  }

  /** Columns holding text in a row, left to right (computed once per row: every row kind asks). */
  filledColumns(row: number): readonly number[] {
    const i = row - this.top;
    let cached = this.filled[i];
    if (cached === undefined) {
      cached = this.computeFilled(i);
      if (i >= 0 && i < this.filled.length) this.filled[i] = cached;
    }
    return cached;
  }

  private computeFilled(i: number): number[] {
    const r = this.snapshot.values?.[i];
    const out: number[] = [];
    if (!r) return out;
    for (let c = 0; c < r.length; c++) {
      const v = r[c];
      if (v !== null && v !== undefined && String(v).trim() !== '') out.push(c + this.left);
    }
    return out;
  }

  address(row: number, col: number): string {
    return cellAddress(row, col);
  }

  private key(row: number, col: number): number {
    return (row - this.top) * this.width + (col - this.left);
  }

  private addMerge(m: CellRange): void {
    // Clip to the snapshot: merges may cover whole rows or columns.
    const top = Math.max(m.top, this.top);
    const bottom = Math.min(m.bottom, this.bottom);
    const left = Math.max(m.left, this.left);
    const right = Math.min(m.right, this.right);
    if (top > bottom || left > right) return;
    if (m.top === m.bottom && m.left === m.right) return;
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) this.mergeOf.set(this.key(r, c), m);
  }
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), lo), hi) : lo;
}
