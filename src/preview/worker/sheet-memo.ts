/**
 * What the page and the worker remember of the sheet last checked, so that 校验 on an unchanged sheet sends neither
 * the sheet to the worker nor the recognised tables back (each a structured clone of about a megabyte for 200
 * tables), and the worker recognises it once (core/check/sheet.ts checkRecognised). The rules run on every check.
 *
 * "Unchanged" is decided by comparing the snapshot cell by cell with the one sent (a few milliseconds for 200
 * tables), not by a revision count that a missed edit could leave stale.
 */
import type { TargetTable } from '../../core/model';
import type { SheetSnapshot } from '../../core/snapshot';
import type { CheckReply } from './protocol';

/** The worker's answer when told "the same sheet" but it holds none (a restarted worker): the page sends it again. */
export const NO_SHEET = 'no sheet held to check again';

/** True when `a` and `b` hold the same sheet: name, position, every value, text, format, formula and merge. */
export function sameSnapshot(a: SheetSnapshot, b: SheetSnapshot): boolean {
  if (a === b) return true;
  if (a.name !== b.name || a.origin.row !== b.origin.row || a.origin.col !== b.origin.col) return false;
  if (a.merges.length !== b.merges.length) return false;
  for (let i = 0; i < a.merges.length; i++) {
    const m = a.merges[i];
    const n = b.merges[i];
    if (m.top !== n.top || m.left !== n.left || m.bottom !== n.bottom || m.right !== n.right) return false;
  }
  return sameGrid(a.values, b.values) && sameGrid(a.texts, b.texts) && sameGrid(a.formats, b.formats) && sameGrid(a.formulas, b.formulas);
}

function sameGrid<T>(a: T[][] | undefined, b: T[][] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    if (x === y) continue;
    if (!x || !y || x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (x[c] !== y[c]) return false;
  }
  return true;
}

/**
 * The page's side: the sheet last sent to the worker (per worker: a new one holds nothing), and the tables of the
 * recognition last received.
 */
export class SentSheet {
  private sent: { worker: number; snapshot: SheetSnapshot } | null = null;
  private tables: { worker: number; recognition: number; tables: TargetTable[] } | null = null;

  /** What to send for `snapshot` to worker number `worker`: the snapshot, or 'same' when that worker holds it. */
  outgoing(snapshot: SheetSnapshot, worker: number): SheetSnapshot | 'same' {
    if (this.sent && this.sent.worker === worker && sameSnapshot(this.sent.snapshot, snapshot)) return 'same';
    this.sent = { worker, snapshot };
    return snapshot;
  }

  /** Forget what was sent (the worker said it holds nothing). */
  forget(): void {
    this.sent = null;
    this.tables = null;
  }

  /** Tables the worker sent with recognition `recognition` (its reply to 'recognise' or to a check). */
  received(worker: number, recognition: number, tables: TargetTable[]): void {
    this.tables = { worker, recognition, tables };
  }

  /** The outcome of `reply` whole: the tables put back when the worker left them out as already sent. */
  outcomeOf(reply: CheckReply, worker: number): CheckReply['outcome'] {
    const { outcome, recognition, tablesSent } = reply;
    if (!tablesSent) {
      this.received(worker, recognition, outcome.sheet.tables);
      return outcome;
    }
    const held = this.tables;
    if (!held || held.worker !== worker || held.recognition !== recognition) throw new Error(`tables of recognition ${recognition} were never received`);
    return { ...outcome, sheet: { ...outcome.sheet, tables: held.tables } };
  }
}
