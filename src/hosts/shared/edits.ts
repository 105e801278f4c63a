/** Edits and insertions as every host checks them, before and after talking to the spreadsheet. */
import { parseCellAddress } from '../../core/address';
import type { CellEdit } from '../../core/model';
import type { ApplyResult } from '../host';

/** Edits by sheet; an edit whose cell is no address is stale from the start (nothing to compare it with). */
export function editsBySheet(edits: CellEdit[]): { bySheet: Map<string, CellEdit[]>; result: ApplyResult } {
  const result: ApplyResult = { applied: [], stale: [] };
  const bySheet = new Map<string, CellEdit[]>();
  for (const edit of edits) {
    if (!parseCellAddress(edit.cell)) result.stale.push({ edit, actual: '' });
    else bySheet.set(edit.sheet, [...(bySheet.get(edit.sheet) ?? []), edit]);
  }
  return { bySheet, result };
}

/**
 * The cells of an insertion the user has edited since, top to bottom: a written cell that holds something else now,
 * or a cell of the new rows that was left empty and holds something now. `now`: the cells' shown text (or formula).
 */
export function editedSinceInsertion(written: Map<string, string>, now: Map<string, string>): string[] {
  const edited = new Set<string>();
  for (const [cell, value] of written) if ((now.get(cell) ?? '').trim() !== value.trim()) edited.add(cell);
  for (const [cell, text] of now) if (!written.has(cell) && text.trim() !== '') edited.add(cell);
  const at = (c: string) => parseCellAddress(c)!;
  return [...edited].sort((a, b) => at(a).row - at(b).row || at(a).col - at(b).col);
}
