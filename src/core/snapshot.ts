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
