/**
 * How much work one file may cause. A checker opens files from strangers: each limit bounds the time or memory a
 * file can take (on a 2-core machine, every file within the limits reads in a few seconds and well under 1 GB), and a
 * file over one gets a message naming the limit (docs/cli.md lists them all). Browser-safe: the preview reads
 * through the same limits.
 */

/** The limits of `readWorkbookBytes` (and of the file readers around it). */
export interface ReadLimits {
  /** Largest file, in bytes (checked by whoever reads the file, before reading it). */
  maxFileBytes: number;
  /** Largest unpacked size of one part of an .xlsx (a sheet's XML, the shared strings), in bytes. */
  maxPartBytes: number;
  /** Largest unpacked size of all the parts read from an .xlsx together, in bytes. */
  maxUnpackedBytes: number;
  /** Largest compression ratio (unpacked ÷ packed) of a part bigger than `ratioFloorBytes`: zip bombs reach ~1000. */
  maxCompressionRatio: number;
  /** Parts smaller than this unpacked are not held to `maxCompressionRatio` (a small, very regular part is fine). */
  ratioFloorBytes: number;
  /** Most parts (files inside the zip) read from an .xlsx; SheetJS's time grows with their square. */
  maxParts: number;
  /** Most cells holding something, over all the sheets of a file. */
  maxFilledCells: number;
  /** Largest used range of one sheet, rows × columns (a cell at A1 and one at XFD1048576 make 17 billion). */
  maxCells: number;
  /** Most merged areas, over all the sheets of a file. */
  maxMerges: number;
  /** Most cells covered by merged areas in one sheet (overlapping merges count each time). */
  maxMergedCells: number;
}

const MB = 1024 * 1024;

/** The limits used unless a caller passes others. */
export const DEFAULT_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 200 * MB,
  maxPartBytes: 48 * MB,
  maxUnpackedBytes: 160 * MB,
  maxCompressionRatio: 100,
  ratioFloorBytes: 1 * MB,
  maxParts: 2_000,
  maxFilledCells: 500_000,
  maxCells: 5_000_000,
  maxMerges: 100_000,
  maxMergedCells: 1_000_000,
});

/** Excel's grid: 1,048,576 rows × 16,384 columns (A1:XFD1048576). */
export { EXCEL_COLS, EXCEL_ROWS } from '../core/snapshot';

/** `limits` with every missing entry taken from DEFAULT_LIMITS. */
export function withDefaults(limits: Partial<ReadLimits> = {}): ReadLimits {
  const out: ReadLimits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof ReadLimits)[]) {
    const v = limits[key];
    if (typeof v === 'number' && v > 0) out[key] = v;
  }
  return out;
}

/** Bytes as MB for a message: one decimal below 10 MB. */
export function mb(bytes: number): string {
  return (bytes / MB).toFixed(bytes < 10 * MB ? 1 : 0);
}

/** A count for a message, with thousands separators. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
