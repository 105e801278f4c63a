/**
 * The checking engine for the pane's own thread: the recogniser and its vocabulary, then the rules. Loaded on
 * demand (checking.ts) and fetched once the pane is up, so the pane starts without it; the preview checks in its
 * worker instead.
 */
import type { SheetSnapshot } from '../core/snapshot';
import type { WorkbookSettings } from '../core/settings';
import { checkSheet } from '../core/check/sheet';
import { paneOutcome, type PaneOutcome } from './checking';

/** Check `snapshot` under `settings`, as the pane holds the outcome. */
export function checkOutcome(snapshot: SheetSnapshot, settings: WorkbookSettings): PaneOutcome {
  return paneOutcome(checkSheet(snapshot, settings));
}
