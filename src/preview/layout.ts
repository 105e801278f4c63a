/** How a sheet is laid out in the grid: how much of it is drawn, merges, column widths. Pure, no DOM. */
import type { CellRange } from '../core/snapshot';
import { cellKey, type PreviewSheet } from './workbook';

/** Cells drawn at most: beyond this the grid shows the first rows only (the check still reads the whole sheet). */
export const MAX_DRAWN_CELLS = 60_000;
const MAX_DRAWN_COLS = 200;
/** An empty-looking sheet still shows a sheet's worth of cells, as Excel does. */
const MIN_ROWS = 30;
const MIN_COLS = 10;

export interface GridLayout {
  rows: number;
  cols: number;
  /** True when the sheet goes on beyond `rows` × `cols`. */
  truncated: boolean;
  /** Merged areas by the key of their top-left cell. */
  anchors: Map<number, CellRange>;
  /** Cells hidden under a merged area's top-left cell. */
  covered: Set<number>;
  /** Width of each column in pixels. */
  widths: number[];
}

/** The layout of `sheet` for drawing. */
export function gridLayout(sheet: PreviewSheet): GridLayout {
  const extent = sheet.extent();
  const cols = Math.min(Math.max(extent.cols + 2, MIN_COLS), MAX_DRAWN_COLS);
  const wantRows = Math.max(extent.rows + 5, MIN_ROWS);
  const rows = Math.min(wantRows, Math.max(MIN_ROWS, Math.floor(MAX_DRAWN_CELLS / cols)));
  const truncated = rows < extent.rows || cols < extent.cols;

  const anchors = new Map<number, CellRange>();
  const covered = new Set<number>();
  for (const m of sheet.merges) {
    if (m.top >= rows || m.left >= cols) continue;
    const clipped = { ...m, bottom: Math.min(m.bottom, rows - 1), right: Math.min(m.right, cols - 1) };
    anchors.set(cellKey(m.top, m.left), clipped);
    for (let r = clipped.top; r <= clipped.bottom; r++) {
      for (let c = clipped.left; c <= clipped.right; c++) if (r !== m.top || c !== m.left) covered.add(cellKey(r, c));
    }
  }

  // Width: the file's own where it has one, widened (up to a limit) to fit the longest one-column text.
  const content: number[] = new Array(cols).fill(0);
  const textRows = Math.min(rows, 2000);
  for (let r = 0; r < textRows; r++) {
    for (let c = 0; c < cols; c++) {
      const key = cellKey(r, c);
      if (covered.has(key)) continue;
      const m = anchors.get(key);
      if (m && m.right > m.left) continue; // spread over several columns: says nothing about this one
      const text = sheet.text(r, c);
      if (text) content[c] = Math.max(content[c], textWidth(text));
    }
  }
  const widths = content.map((w, c) => {
    const own = sheet.colWidths[c];
    return Math.max(own ?? 72, Math.min(w, 260));
  });
  return { rows, cols, truncated, anchors, covered, widths };
}

/** Rough pixel width of one line of `text` at 13 px (CJK full width, the rest about half), plus padding. */
export function textWidth(text: string): number {
  let width = 0;
  let longest = 0;
  for (const ch of text) {
    if (ch === '\n') {
      longest = Math.max(longest, width);
      width = 0;
      continue;
    }
    width += ch.charCodeAt(0) >= 0x2e80 ? 13 : 7.5;
  }
  return Math.ceil(Math.max(longest, width)) + 14;
}
