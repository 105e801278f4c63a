/** The text a cell shows in a snapshot: what compare-and-set edits and ignored findings are checked against. */
import { parseCellAddress } from './address';
import type { SheetSnapshot } from './snapshot';

/** The text a cell shows in a snapshot ('' when empty or outside it). */
export function cellText(snapshot: SheetSnapshot, cell: string): string {
  const p = parseCellAddress(cell);
  if (!p) return '';
  const r = p.row - snapshot.origin.row;
  const c = p.col - snapshot.origin.col;
  const shown = snapshot.texts?.[r]?.[c];
  if (typeof shown === 'string') return shown;
  const v = snapshot.values[r]?.[c];
  return v === null || v === undefined ? '' : String(v);
}

