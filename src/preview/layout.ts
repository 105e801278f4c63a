/**
 * Where everything of a sheet sits in the grid: how many rows and columns are drawn, each column's width, each
 * row's height, and the offsets to find which rows and columns a scrolled window shows. Pure, no DOM. The grid
 * draws only the window (Grid.tsx), so a sheet of 100,000 rows costs what a screenful costs.
 */
import type { CellRange } from '../core/snapshot';
import { EXCEL_COLS, EXCEL_ROWS } from '../io/limits';
import { cellKey, keyCol, keyRow, type PreviewCell, type PreviewSheet } from './preview-workbook';

/** An empty-looking sheet still shows a sheet's worth of cells, as Excel does. */
const MIN_ROWS = 30;
const MIN_COLS = 10;
/** Rows and columns drawn past the last one in use, to type into. */
const SPARE_ROWS = 20;
const SPARE_COLS = 3;
/** One line of cell text, and the padding around it; a row shows at most MAX_LINES lines (the formula bar shows all). */
export const LINE_PX = 18;
const ROW_PAD_PX = 6;
export const ROW_PX = LINE_PX + ROW_PAD_PX;
const MAX_LINES = 3;
const DEFAULT_COL_PX = 72;
const MAX_AUTO_COL_PX = 260;
/** Rows looked at to widen columns to their text (more says nothing new and costs time on a large sheet). */
const WIDTH_SAMPLE_ROWS = 2000;
/**
 * Characters of a cell's text that can matter for a width (≤ MAX_AUTO_COL_PX) or for three lines of a row: a cell of
 * millions of characters (the hostile corpus) is measured by its beginning only.
 */
const MEASURED_CHARS = 1000;

export interface GridLayout {
  rows: number;
  cols: number;
  /** Width of each column in pixels. */
  widths: number[];
  /** Left edge of each column (and, at [cols], the total width). */
  colLeft: Float64Array;
  /** Top edge of each row (and, at [rows], the total height). */
  rowTop: Float64Array;
}

/** The layout of `sheet` for drawing. */
export function gridLayout(sheet: PreviewSheet, extent = sheet.extent()): GridLayout {
  return run(layoutSteps(sheet, extent));
}

/** Cells looked at between two checks of the clock (layoutInSlices). */
const CELLS_PER_STEP = 2048;

/**
 * gridLayout a few thousand cells at a time: it yields after each batch, so a caller can pause there and keep the
 * page responsive on a sheet of 500,000 cells (layoutInSlices); run straight through it is gridLayout.
 */
function* layoutSteps(sheet: PreviewSheet, extent: { rows: number; cols: number }): Generator<void, GridLayout> {
  const cols = Math.min(Math.max(extent.cols + SPARE_COLS, MIN_COLS), EXCEL_COLS);
  const rows = Math.min(Math.max(extent.rows + SPARE_ROWS, MIN_ROWS), EXCEL_ROWS);

  // Width: the file's own where it has one, widened (up to a limit) to fit the longest one-column text.
  const content: number[] = new Array(cols).fill(0);
  let n = 0;
  for (const [key, cell] of sheet.cells) {
    if (++n % CELLS_PER_STEP === 0) yield;
    const r = keyRow(key);
    const c = keyCol(key);
    if (r >= WIDTH_SAMPLE_ROWS || c >= cols || spansColumns(sheet.mergeAt(r, c))) continue;
    const text = shownText(cell);
    if (text) content[c] = Math.max(content[c], textWidth(text));
  }
  const widths = content.map((w, c) => Math.max(sheet.colWidths[c] ?? DEFAULT_COL_PX, Math.min(w, MAX_AUTO_COL_PX)));
  const colLeft = new Float64Array(cols + 1);
  for (let c = 0; c < cols; c++) colLeft[c + 1] = colLeft[c] + widths[c];

  // Height: as many lines (up to three) as the longest text of the row needs in its column's width.
  const lines = new Map<number, number>();
  for (const [key, cell] of sheet.cells) {
    if (++n % CELLS_PER_STEP === 0) yield;
    if (cell.value === null && !cell.text) continue;
    const c = keyCol(key);
    if (c >= cols) continue;
    // Most cells are short: one line in their own column's width (a merge is only wider), whatever their characters.
    const text = shownText(cell);
    if (text.length * 13 + 14 <= Math.max(widths[c] - 12, 20) && !text.includes('\n')) continue;
    const r = keyRow(key);
    const m = sheet.mergeAt(r, c);
    if (m && m.bottom > m.top) continue; // spread over several rows
    const width = m ? colLeft[m.right + 1] - colLeft[m.left] : widths[c];
    const count = lineCount(text, width - 12);
    if (count > (lines.get(r) ?? 1)) lines.set(r, count);
  }
  const rowTop = new Float64Array(rows + 1);
  for (let r = 0; r < rows; r++) rowTop[r + 1] = rowTop[r] + ROW_PAD_PX + LINE_PX * (lines.get(r) ?? 1);
  return { rows, cols, widths, colLeft, rowTop };
}

type Extent = { rows: number; cols: number };

/** The rows and columns the sheet's content and merges reach (PreviewSheet.extent() without the fills), in batches. */
function* contentExtentSteps(sheet: PreviewSheet): Generator<void, Extent> {
  const e = { rows: 0, cols: 0 };
  let n = 0;
  for (const [key, cell] of sheet.cells) {
    if (++n % CELLS_PER_STEP === 0) yield;
    if ((cell.value !== null && cell.value !== '') || cell.formula) grow(e, keyRow(key), keyCol(key));
  }
  for (const m of sheet.merges) grow(e, m.bottom, m.right);
  return e;
}

function grow(e: Extent, row: number, col: number): void {
  if (row + 1 > e.rows) e.rows = row + 1;
  if (col + 1 > e.cols) e.cols = col + 1;
}

/** PreviewSheet.extent(): the content's, and the fills' (a highlight or the user's colour on an empty cell). */
function withFills(content: Extent, sheet: PreviewSheet): Extent {
  const e = { ...content };
  for (const key of sheet.fills.keys()) grow(e, keyRow(key), keyCol(key));
  return e;
}

/** What the grid draws depends on: content, rows and merges (the revision) and fills. */
export const layoutKey = (sheet: PreviewSheet): string => `${sheet.revision}:${sheet.fills.size}`;

/** The last layout of each sheet, for the revision it holds for. */
const known = new WeakMap<PreviewSheet, { revision: number; content: Extent; extent: Extent; layout: GridLayout }>();

/**
 * The extent and layout of `sheet` as it is now. Worked out once per revision of its content (ahead, in slices, by
 * layoutInSlices for a file just opened): highlights change only fills, which rarely move the extent, so a check's
 * highlights on a large sheet do not lay it out again.
 */
export function sheetLayout(sheet: PreviewSheet): { extent: Extent; layout: GridLayout } {
  const held = known.get(sheet);
  if (held && held.revision === sheet.revision) {
    const extent = withFills(held.content, sheet);
    if (extent.rows === held.extent.rows && extent.cols === held.extent.cols) return held;
    const next = { ...held, extent, layout: gridLayout(sheet, extent) };
    known.set(sheet, next);
    return next;
  }
  const content = run(contentExtentSteps(sheet));
  const extent = withFills(content, sheet);
  const next = { revision: sheet.revision, content, extent, layout: gridLayout(sheet, extent) };
  known.set(sheet, next);
  return next;
}

function run<T>(steps: Generator<void, T>): T {
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/**
 * Work out the extent and layout of `sheet` before it is drawn, pausing (`pause`) whenever `sliceMs` have passed:
 * a large sheet's first drawing then takes no long task (sheetLayout finds it done).
 */
export async function layoutInSlices(sheet: PreviewSheet, pause: () => Promise<void>, sliceMs = 25): Promise<void> {
  const revision = sheet.revision;
  let since = Date.now();
  const sliced = async <T>(steps: Generator<void, T>): Promise<T> => {
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      if (Date.now() - since > sliceMs) {
        await pause();
        since = Date.now();
      }
    }
  };
  const content = await sliced(contentExtentSteps(sheet));
  const extent = withFills(content, sheet);
  const layout = await sliced(layoutSteps(sheet, extent));
  // Changed meanwhile (an edit while the page breathed): the grid works it out itself.
  if (sheet.revision === revision) known.set(sheet, { revision, content, extent, layout });
}

/** What a cell shows, as PreviewSheet.text gives it (without looking the cell up again: a sheet may hold 500,000). */
function shownText(cell: PreviewCell): string {
  return cell.text !== null ? cell.text : cell.value === null ? '' : String(cell.value);
}

function spansColumns(m: CellRange | undefined): boolean {
  return !!m && m.right > m.left;
}

/** The index `i` with edges[i] ≤ x < edges[i + 1] (clamped to the drawn rows or columns). */
export function indexAt(edges: Float64Array, x: number): number {
  let lo = 0;
  let hi = edges.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid] <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Lines `text` takes in `width` pixels, at most MAX_LINES. */
function lineCount(text: string, width: number): number {
  let n = 0;
  for (const line of text.slice(0, MEASURED_CHARS).split('\n')) {
    n += Math.max(1, Math.ceil(textWidth(line) / Math.max(width, 20)));
    if (n >= MAX_LINES) return MAX_LINES;
  }
  return Math.max(1, n);
}

/** Rough pixel width of one line of `text` at 13 px (CJK full width, the rest about half), plus padding. */
export function textWidth(text: string): number {
  let width = 0;
  let longest = 0;
  for (let i = 0, end = Math.min(text.length, MEASURED_CHARS); i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) {
      longest = Math.max(longest, width);
      width = 0;
      continue;
    }
    width += code >= 0x2e80 ? 13 : 7.5;
  }
  return Math.ceil(Math.max(longest, width)) + 14;
}

/** The key of a cell, for callers that have rows and columns. */
export { cellKey };
