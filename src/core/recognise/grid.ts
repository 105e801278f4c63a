/** Read access to a snapshot in sheet coordinates, with merges resolved, and the vocabulary it is read with. */
import type { CellRange, CellValue, SheetSnapshot } from '../snapshot';
import { cellAddress } from '../address';
import { defaultVocabulary, type Vocabulary } from '../vocabulary';

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
  /** The wording the recogniser matches (labels, header roles, titles, footers). */
  readonly vocab: Vocabulary;
  private readonly snapshot: SheetSnapshot;
  /** Covered cell (row * width + col offset) → the merge covering it. */
  private readonly mergeOf = new Map<number, CellRange>();
  private readonly width: number;
  private readonly rowStart: Int32Array;
  private readonly filledCols: Int32Array;

  constructor(snapshot: SheetSnapshot, vocab: Vocabulary = defaultVocabulary()) {
    this.snapshot = snapshot;
    this.vocab = vocab;
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
    ({ rowStart: this.rowStart, filledCols: this.filledCols } = this.indexFilled());
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

  /** Columns holding text in a row, left to right. */
  filledColumns(row: number): readonly number[] {
    const i = row - this.top;
    if (i < 0 || i >= this.rowStart.length - 1) return NO_COLUMNS;
    const from = this.rowStart[i];
    const to = this.rowStart[i + 1];
    if (from === to) return NO_COLUMNS;
    const out = new Array<number>(to - from);
    for (let k = from; k < to; k++) out[k - from] = this.filledCols[k];
    return out;
  }

  /** True when every cell of the row is empty. */
  isEmptyRow(row: number): boolean {
    const i = row - this.top;
    return i < 0 || i >= this.rowStart.length - 1 || this.rowStart[i] === this.rowStart[i + 1];
  }

  /**
   * Every row's filled columns, found in one pass and kept in two typed arrays (row i's columns are
   * filledCols[rowStart[i] .. rowStart[i + 1]]): each row kind asks for them, and a few flat arrays cost the garbage
   * collector far less than one array per row on a sheet of many thousand rows.
   */
  private indexFilled(): { rowStart: Int32Array; filledCols: Int32Array } {
    const values = this.snapshot.values ?? [];
    const rowStart = new Int32Array(values.length + 1);
    let count = 0;
    for (let i = 0; i < values.length; i++) {
      rowStart[i] = count;
      const r = values[i];
      if (r) for (let c = 0; c < r.length; c++) if (isFilled(r[c])) count++;
    }
    rowStart[values.length] = count;
    const filledCols = new Int32Array(count);
    let k = 0;
    for (let i = 0; i < values.length; i++) {
      const r = values[i];
      if (r) for (let c = 0; c < r.length; c++) if (isFilled(r[c])) filledCols[k++] = c + this.left;
    }
    return { rowStart, filledCols };
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

const NO_COLUMNS: readonly number[] = [];

function isFilled(v: CellValue | undefined): boolean {
  return v !== null && v !== undefined && (typeof v !== 'string' || v.trim() !== '');
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), lo), hi) : lo;
}
