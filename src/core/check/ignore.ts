/** Whether an entry of the settings' ignore list still ignores a finding. Small, so the pane's first load has it. */
import type { Finding } from '../model';
import type { SheetSnapshot } from '../snapshot';
import type { IgnoredFinding } from '../settings';
import { cellText } from '../cells';

/** True when entry `x` ignores `f` as the sheet stands now. */
export function ignores(x: IgnoredFinding, f: Finding, snapshot: SheetSnapshot): boolean {
  const cell = f.cells[0];
  if (!cell || x.rule !== f.rule || x.sheet !== f.sheet || x.cell !== cell || x.value !== cellText(snapshot, cell)) return false;
  // Entries stored before every cell was kept key on the first one only.
  return !x.values || (x.values.length === f.cells.length && f.cells.every((c, i) => x.values![i] === cellText(snapshot, c)));
}
