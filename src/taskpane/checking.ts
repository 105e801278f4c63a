/**
 * Checking a sheet for the pane: where it runs (here, or in the preview's worker) and what comes back. A sheet can
 * give 150,000 findings; the pane lists at most MAX_LISTED of them (errors first, as ptcheck keeps at most that
 * many per file) and says how many more there are, while the counts, the verdict and 全部修正 cover them all.
 */
import type { CellEdit, Finding } from '../core/model';
import type { SheetSnapshot } from '../core/snapshot';
import type { WorkbookSettings } from '../core/settings';
import { safeFixes, type CheckOutcome } from '../core/outcome';

/** Findings listed at most (ptcheck lists as many per file). */
export const MAX_LISTED = 10_000;

/** A check's outcome as the pane holds it. */
export interface PaneOutcome extends CheckOutcome {
  /** Findings (and ignored findings) left out of the lists beyond MAX_LISTED. */
  omitted: { findings: number; ignored: number };
  /** 全部修正: the safe autofixes of every finding, listed or not (ignored ones left alone). */
  fixAll: CellEdit[];
}

/** Runs checks for the pane. `cancel` stops the check in flight (its promise rejects with CheckCancelled). */
export interface Checker {
  check(snapshot: SheetSnapshot, settings: WorkbookSettings): Promise<PaneOutcome>;
  cancel?(): void;
}

/** A check stopped by the user. */
export class CheckCancelled extends Error {
  constructor() {
    super('check cancelled');
    this.name = 'CheckCancelled';
  }
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The first `max` findings by severity (every error before any warning…), kept in their order. */
function firstBySeverity(findings: Finding[], max: number): Finding[] {
  if (findings.length <= max) return findings;
  const indexes = findings.map((_, i) => i).sort((a, b) => RANK[findings[a].severity] - RANK[findings[b].severity] || a - b);
  const kept = indexes.slice(0, max).sort((a, b) => a - b);
  return kept.map((i) => findings[i]);
}

/** `outcome` as the pane holds it: long lists cut to `max`, the sheet's copy of the findings dropped (it repeats them). */
export function paneOutcome(outcome: CheckOutcome, max = MAX_LISTED): PaneOutcome {
  const findings = firstBySeverity(outcome.findings, max);
  const ignored = firstBySeverity(outcome.ignored, max);
  return {
    ...outcome,
    sheet: { ...outcome.sheet, findings: [] },
    findings,
    ignored,
    omitted: { findings: outcome.findings.length - findings.length, ignored: outcome.ignored.length - ignored.length },
    fixAll: safeFixes(outcome.findings),
  };
}

/** The engine (recogniser, vocabulary, rules) for checking here: its own chunk, fetched once the pane is up. */
export const loadEngine = () => import(/* webpackChunkName: "pane-engine" */ './engine');

/** Check on the pane's own thread (Excel: the snapshot is already here). */
export const checkHere: Checker = {
  check: async (snapshot, settings) => (await loadEngine()).checkOutcome(snapshot, settings),
};
