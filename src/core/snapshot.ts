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
