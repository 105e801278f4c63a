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

/** What a highlight record holds: each coloured cell's severity, and the fills cells had of their own. */
export interface HighlightMarks<Fill> {
  marks: Record<string, Severity>;
  fills: Record<string, Fill>;
}

/** A cell's fill before highlighting: its own (null: none), and whether it could be written back exactly. */
export interface FillBefore<Fill> {
  own: Fill | null;
  unrestorable: boolean;
}

/** What a highlight call does, whatever the spreadsheet (highlightStep). */
export interface HighlightStep<Fill> {
  /** The record once done. */
  next: HighlightMarks<Fill>;
  /** The record to save before changing a cell: `next` and the cells being restored, so a stop half-way loses none. */
  covering: HighlightMarks<Fill>;
  /** Cells that get their own fill back (ours no more). */
  restore: string[];
  /** Cells to colour, by severity. */
  paint: Map<string, Severity>;
}

/**
 * From the `old` record and the `wanted` colours: which cells keep their recorded original fill, which get it back,
 * which are coloured. `ours`: the old record's cells still showing our colour (a cell the user recoloured since is
 * theirs now); `fillNow(cell)`: a newly wanted cell's fill (undefined: not read); `shows(cell, severity)`: whether it
 * already shows that severity's colour. A cell whose fill could not be written back exactly is left alone.
 */
export function highlightStep<Fill>(
  old: HighlightMarks<Fill> | null,
  ours: Iterable<string>,
  wanted: Map<string, Severity>,
  fillNow: (cell: string) => FillBefore<Fill> | undefined,
  shows: (cell: string, severity: Severity) => boolean,
): HighlightStep<Fill> {
  const next: HighlightMarks<Fill> = { marks: {}, fills: {} };
  const restore: string[] = [];
  for (const cell of ours) {
    if (wanted.has(cell)) {
      next.marks[cell] = old!.marks[cell]; // still ours: keep the true original
      if (old!.fills[cell]) next.fills[cell] = old!.fills[cell];
    } else restore.push(cell);
  }
  const paint = new Map<string, Severity>();
  for (const [cell, severity] of wanted) {
    if (!next.marks[cell]) {
      const fill = fillNow(cell);
      if (!fill || fill.unrestorable) continue;
      if (fill.own) next.fills[cell] = fill.own;
    }
    if (!shows(cell, severity)) paint.set(cell, severity);
    next.marks[cell] = severity;
  }
  const covering: HighlightMarks<Fill> = { marks: { ...next.marks }, fills: { ...next.fills } };
  for (const cell of restore) {
    covering.marks[cell] = old!.marks[cell];
    if (old!.fills[cell]) covering.fills[cell] = old!.fills[cell];
  }
  return { next, covering, restore, paint };
}
