/**
 * The sheet snapshot: the one host-neutral input of the core. Every host (Excel, a file, the browser preview)
 * turns a sheet into this shape; the core never sees anything else.
 */

/** A cell value as hosts report it. Error values are their text (`#REF!`); dates are Excel serial numbers. */
export type CellValue = string | number | boolean | null;

/** A rectangle on a sheet, 0-based and inclusive (A1 is row 0, column 0). */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A rectangle of cells read from one sheet. */
export interface SheetSnapshot {
  /** The sheet's name as shown on its tab. */
  name: string;
  /** Sheet position (0-based) of `values[0][0]`. */
  origin: { row: number; col: number };
  /** Values by row, then column. Rows may be ragged: a missing cell is empty. */
  values: CellValue[][];
  /** Display text as the host shows it (`14,624,640`, `95%`), where known; null or missing where not. */
  texts?: (string | null | undefined)[][];
  /** Number format code per cell (`#,##0`, `0%`, `General`), where known. */
  formats?: (string | null | undefined)[][];
  /** Formulas (`=SUM(B3:B5)`) where the host knows them; values are then the cached results. */
  formulas?: (string | null | undefined)[][];
  /** Merged areas in sheet coordinates (absolute, 0-based). */
  merges: CellRange[];
}

/** Excel's grid: 1,048,576 rows × 16,384 columns (A1:XFD1048576); no cell or merge lies past it. */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLS = 16_384;

/**
 * How far past the filled cells a merge may reach and stay whole: a title merged over A1:G1 above four filled
 * columns is the table's drawn width (the table's range is A1:G37); a merge over whole rows or columns is clipped.
 */
const MERGE_REACH = { rows: 1_000, cols: 64 };

/**
 * Merged areas clipped to a sheet's filled extent `x`, as every reader of a sheet (files, Excel, WPS, the preview)
 * gives them in a snapshot: outside it or down to one cell, a merge is dropped; never past Excel's grid.
 */
export function clipMerges(merges: readonly CellRange[], x: CellRange): CellRange[] {
  const out: CellRange[] = [];
  for (const m of merges) {
    const top = Math.max(m.top, x.top);
    const left = Math.max(m.left, x.left);
    const bottom = Math.min(m.bottom <= x.bottom + MERGE_REACH.rows ? m.bottom : x.bottom, EXCEL_ROWS - 1);
    const right = Math.min(m.right <= x.right + MERGE_REACH.cols ? m.right : x.right, EXCEL_COLS - 1);
    if (top > x.bottom || left > x.right || top > bottom || left > right || (top === bottom && left === right)) continue;
    out.push({ top, left, bottom, right });
  }
  return out;
}

/** The snapshot of a sheet with nothing in it. */
export function emptySnapshot(name: string): SheetSnapshot {
  return { name, origin: { row: 0, col: 0 }, values: [], texts: [], formats: [], merges: [] };
}

/** One filled cell as a reader hands it to `snapshotBuilder`. */
export interface SnapshotCell {
  value: CellValue;
  /** Display text, where the reader knows it. */
  text: string | null;
  format: string | null;
  formula: string | null;
}

/** A snapshot built some rows at a time (a page builds a large sheet's between frames; a file reader all at once). */
export interface SnapshotBuild {
  /** Add up to `count` more rows; true once every row is in. */
  addRows(count: number): boolean;
  /** How much of it is built, 0 to 1. */
  readonly fraction: number;
  result(): SheetSnapshot;
}

/**
 * The snapshot of a sheet's cells over `extent` (the rectangle of its filled cells; null: none), as every reader
 * gives it: origin at the extent's top-left, rows ragged (each stops at its last filled cell), formulas only when
 * some cell has one. `readCell(row, col, out)` says whether that cell is filled and, if so, writes it into `out` (one
 * object for every cell: a sheet of millions of cells makes no garbage); `rowEnd(row)`, if given, is a column past
 * which that row has nothing (spares a wide extent's walk back over a short row). `merges` are already clipped to
 * the extent (clipMerges).
 */
export function snapshotBuilder(
  name: string,
  extent: CellRange | null,
  merges: CellRange[],
  readCell: (row: number, col: number, out: SnapshotCell) => boolean,
  rowEnd?: (row: number) => number,
): SnapshotBuild {
  const values: CellValue[][] = [];
  const texts: (string | null)[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  let anyFormula = false;
  const top = extent ? extent.top : 0;
  const bottom = extent ? extent.bottom : -1;
  const cell: SnapshotCell = { value: null, text: null, format: null, formula: null };
  let r = top;
  return {
    get fraction() {
      return bottom < top ? 1 : (r - top) / (bottom - top + 1);
    },
    addRows(count: number): boolean {
      if (!extent) return true;
      const { left, right } = extent;
      for (let n = 0; r <= bottom && n < count; r++, n++) {
        let last = rowEnd ? Math.min(rowEnd(r), right) : right;
        while (last >= left && !readCell(r, last, cell)) last--;
        const v: CellValue[] = [];
        const t: (string | null)[] = [];
        const z: (string | null)[] = [];
        const f: (string | null)[] = [];
        for (let c = left; c <= last; c++) {
          if (!readCell(r, c, cell)) {
            v.push(null);
            t.push(null);
            z.push(null);
            f.push(null);
            continue;
          }
          v.push(cell.value);
          t.push(cell.text);
          z.push(cell.format);
          f.push(cell.formula);
          if (cell.formula) anyFormula = true;
        }
        values.push(v);
        texts.push(t);
        formats.push(z);
        formulas.push(f);
      }
      return r > bottom;
    },
    result(): SheetSnapshot {
      if (!extent) return emptySnapshot(name);
      const snapshot: SheetSnapshot = { name, origin: { row: extent.top, col: extent.left }, values, texts, formats, merges };
      if (anyFormula) snapshot.formulas = formulas;
      return snapshot;
    },
  };
}
