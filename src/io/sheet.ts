/** One SheetJS worksheet → SheetSnapshot, cropped to the cells that really hold something. */
import type { CellObject, WorkSheet } from '@e965/xlsx';
import { clipMerges, emptySnapshot, snapshotBuilder, type CellRange, type CellValue, type SheetSnapshot, type SnapshotCell } from '../core/snapshot';
import type { ReadLimits } from './limits';

type Row = (CellObject | undefined)[];

/** Thrown by `sheetSnapshot` when the used extent has more than `maxCells` cells. */
export class SheetTooLarge extends Error {
  constructor(
    readonly extent: CellRange,
    readonly cells: number,
  ) {
    super(`sheet extent has ${cells} cells`);
  }
}

/** Thrown by `sheetSnapshot` when the workbook so far has more filled cells, merges or merged cells than allowed. */
export class SheetLimit extends Error {
  constructor(
    readonly kind: 'cells' | 'merges' | 'merged-cells',
    readonly amount: number,
  ) {
    super(`over the ${kind} limit (${amount})`);
  }
}

/** What the sheets read so far hold, for the per-file limits. */
export interface SheetBudget {
  filledCells: number;
  merges: number;
}

type SheetLimits = Pick<ReadLimits, 'maxCells' | 'maxFilledCells' | 'maxMerges' | 'maxMergedCells'>;

// SheetJS error codes (CellObject.v of a `t: 'e'` cell) → the text Excel shows, for cells that lack `w`.
const ERROR_TEXT: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/**
 * Snapshot of worksheet `ws`: origin at the top-left of its used cells, merges clipped to them. Counts its filled
 * cells and merges into `budget` and throws SheetLimit / SheetTooLarge past the limits.
 */
export function sheetSnapshot(name: string, ws: WorkSheet | undefined, limits: SheetLimits, budget: SheetBudget = { filledCells: 0, merges: 0 }): SheetSnapshot {
  const rows = denseRows(ws);
  const rawMerges = ws?.['!merges'] ?? [];
  budget.merges += rawMerges.length;
  if (budget.merges > limits.maxMerges) throw new SheetLimit('merges', budget.merges);

  // The extent comes from the cells, not `!ref`, which may claim A1:XFD1048576 for a sheet with 40 cells.
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  let filled = 0;
  rows.forEach((row, r) => {
    eachCell(row, (cell, c) => {
      if (!hasContent(cell)) return;
      filled++;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    });
  });
  budget.filledCells += filled;
  if (budget.filledCells > limits.maxFilledCells) throw new SheetLimit('cells', budget.filledCells);
  if (bottom < 0) return emptySnapshot(name);

  const extent = { top, left, bottom, right };
  const cells = (bottom - top + 1) * (right - left + 1);
  if (cells > limits.maxCells) throw new SheetTooLarge(extent, cells);
  // SheetJS keeps a range as written: its corners may come in either order.
  const merges = clipMerges(
    rawMerges.map((m) => ({ top: Math.min(m.s.r, m.e.r), left: Math.min(m.s.c, m.e.c), bottom: Math.max(m.s.r, m.e.r), right: Math.max(m.s.c, m.e.c) })),
    extent,
  );
  // What the recogniser indexes: every cell a merge covers (overlapping merges count each time).
  let mergedCells = 0;
  for (const m of merges) mergedCells += (m.bottom - m.top + 1) * (m.right - m.left + 1);
  if (mergedCells > limits.maxMergedCells) throw new SheetLimit('merged-cells', mergedCells);

  const build = snapshotBuilder(name, extent, merges, (r, c, out) => readCell(rows[r]?.[c], out), (r) => (rows[r]?.length ?? 0) - 1);
  build.addRows(Infinity);
  return build.result();
}

function readCell(cell: CellObject | undefined, out: SnapshotCell): boolean {
  if (!hasContent(cell)) return false;
  out.value = cellValue(cell);
  out.text = cell.w ?? (cell.t === 'e' ? errorText(cell) : null);
  out.format = cell.z === undefined ? null : String(cell.z);
  out.formula = cell.f ? `=${cell.f}` : null;
  return true;
}

/** The sheet's rows of cells, whether SheetJS stored it dense (`!data`) or keyed by address. */
function denseRows(ws: WorkSheet | undefined): Row[] {
  if (!ws) return [];
  const data = (ws as { '!data'?: Row[] })['!data'];
  if (data) return data;
  const rows: Row[] = [];
  for (const key of Object.keys(ws)) {
    if (key.startsWith('!')) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(key);
    if (!m) continue;
    let c = 0;
    for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
    const r = Number(m[2]) - 1;
    (rows[r] ??= [])[c - 1] = (ws as Record<string, CellObject>)[key];
  }
  return rows;
}

// Iterate the cells a row has. Long rows are usually sparse (one cell far right), so walk their keys instead of
// every index: a sheet with a cell in column XFD on each row must not cost 16 384 steps per row.
function eachCell(row: Row | undefined, fn: (cell: CellObject | undefined, c: number) => void): void {
  if (!row) return;
  if (row.length <= 1024) {
    for (let c = 0; c < row.length; c++) fn(row[c], c);
    return;
  }
  for (const key in row) {
    const c = Number(key);
    if (Number.isInteger(c)) fn(row[c], c);
  }
}

function hasContent(cell: CellObject | undefined): cell is CellObject {
  if (!cell || cell.t === 'z') return false;
  if (cell.f || cell.t === 'e') return true;
  return cell.v !== undefined && cell.v !== null && cell.v !== '';
}

function cellValue(cell: CellObject): CellValue {
  const v = cell.v;
  switch (cell.t) {
    case 'e':
      return errorText(cell);
    case 'n':
      return typeof v === 'number' ? v : Number(v);
    case 'b':
      return Boolean(v);
    case 'd':
      return v instanceof Date ? dateSerial(v) : v === undefined ? null : String(v);
    default:
      if (v === undefined || v === null || v === '') return null;
      return typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
  }
}

function errorText(cell: CellObject): string {
  if (typeof cell.w === 'string' && cell.w.startsWith('#')) return cell.w;
  return (typeof cell.v === 'number' && ERROR_TEXT[cell.v]) || '#VALUE!';
}

// Only reached if a caller ever reads with cellDates: Excel serial numbers count days from 1899-12-30 (UTC).
function dateSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

