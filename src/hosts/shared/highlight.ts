/** Highlighting findings, the same in every spreadsheet: the colours, and which cells get which. */
import { cellAddress, parseRangeAddress } from '../../core/address';
import type { Severity } from '../../core/model';
import type { HighlightCell } from '../host';
import { cellsOf } from './cells';

/** Fill colours by severity: light red, light amber, light blue. */
export const HIGHLIGHT_COLOURS: Record<Severity, string> = { error: '#FDE7E9', warning: '#FFF4CE', info: '#EFF6FC' };

/** Cells one highlight call may colour (a finding's range is expanded to its cells). */
export const MAX_CELLS = 5_000;

/** The cells to colour, one entry per cell, the most severe finding winning. */
export function wantedCells(cells: HighlightCell[]): Map<string, Severity> {
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  const out = new Map<string, Severity>();
  for (const { cell, severity } of cells) {
    const rect = parseRangeAddress(cell);
    if (!rect) continue;
    for (const c of cellsOf(rect, MAX_CELLS)) {
      const key = cellAddress(c.row, c.col);
      const seen = out.get(key);
      if (!seen || rank[severity] > rank[seen]) out.set(key, severity);
      if (out.size >= MAX_CELLS) return out;
    }
  }
  return out;
}
