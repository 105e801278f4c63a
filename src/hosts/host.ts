/**
 * The host interface: everything the task pane asks of a spreadsheet. Three implementations: the Excel host
 * (Office.js, src/hosts/excel), the WPS host (WPS 表格's object model, src/hosts/wps) and the preview host (an
 * in-memory workbook in the browser, src/preview).
 * The pane knows only this interface, so it runs the same against both.
 */
import type { CellEdit, EditPlan, Severity } from '../core/model';
import type { BlankTablePlan } from '../core/templates';
import type { SheetSnapshot } from '../core/snapshot';
import type { Lang } from '../core/i18n';
import type { WorkbookSettings } from '../core/settings';

export type { IgnoredFinding, WorkbookSettings } from '../core/settings';

/** What an edit batch did: compare-and-set writes only cells still holding their expected value. */
export interface ApplyResult {
  applied: CellEdit[];
  /** Edits not written because the cell changed since it was read (its current text given). */
  stale: { edit: CellEdit; actual: string }[];
}

/** What an applied insertion changed: enough to undo it while the user has not edited the new rows. */
export interface InsertionRecord {
  sheet: string;
  /** Inserted row runs in final sheet rows (0-based), top to bottom. */
  rows: { first: number; count: number }[];
  /** Every write as made, so an undo can tell whether the user has edited a new cell since. */
  writes: CellEdit[];
}

/** A cell to highlight, with the severity that picks its colour. */
export interface HighlightCell {
  cell: string;
  severity: Severity;
}

export type HostErrorCode =
  | 'protected' // the sheet is protected: nothing can be written
  | 'editing' // Excel is in cell-edit mode: finish editing (Enter or Esc) and try again
  | 'unsupported' // the Office version lacks an API set this needs
  | 'too-large' // the sheet is too large to read
  | 'no-sheet' // no active worksheet (a chart sheet, say)
  | 'stale' // the sheet changed since it was read where an edit would write: nothing was changed
  | 'failed'; // anything else

/** A host operation that failed, with a message for the user in both languages; nothing was changed. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly messages: Record<Lang, string>,
    options?: { cause?: unknown },
  ) {
    super(messages['en-US'], options);
    this.name = 'HostError';
  }
}

export interface Host {
  readonly kind: 'excel' | 'wps' | 'preview';
  /** Read the active sheet; `onProgress(0..1)` for reads done in chunks. */
  readActiveSheet(onProgress?: (fraction: number) => void): Promise<SheetSnapshot>;
  /** Select a cell (activating its sheet first). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Compare-and-set writes: only cells still holding `expected` are written; events from these writes are ignored. */
  applyEdits(edits: CellEdit[]): Promise<ApplyResult>;
  /**
   * Highlight cells of the findings (replacing earlier highlights); the user's own fills are restored exactly on
   * clear. Format changes fire no change events in either host, so highlighting never triggers a re-check.
   */
  highlight(sheet: string, cells: HighlightCell[]): Promise<void>;
  clearHighlights(): Promise<void>;
  /**
   * Call `listener` (debounced by the caller) when the user edits the sheet being checked: the one last read (the
   * active sheet before any read), followed to another sheet when a later read is of that one. Returns an
   * unsubscribe.
   */
  onSheetChanged(listener: () => void): Promise<() => void>;
  loadSettings(): Promise<WorkbookSettings>;
  saveSettings(settings: WorkbookSettings): Promise<void>;
  /** Add a new sheet (named `name`, or `name (2)` … when taken) holding `rows`; returns its name. */
  addReportSheet(name: string, rows: string[][]): Promise<string>;
  /** The selected range (`D27` or `C20:D22`) on the active sheet. */
  getSelection(): Promise<{ sheet: string; address: string }>;
  /**
   * Apply a template insertion plan (core/templates planInsertion): insert whole rows (cells below move down with
   * their formulas), take each new row's format from `formatFromRow`, apply the merge edits, then the writes —
   * compare-and-set (every write expects an empty cell). All or nothing: when any write target is no longer empty the
   * sheet is left untouched and HostError('stale') says so. At most 2 context.sync() calls in Excel, then a third,
   * best effort, that activates the sheet and selects the new rows. Returns what is needed to undo it.
   */
  applyPlan(plan: EditPlan): Promise<InsertionRecord>;
  /**
   * 撤销插入: remove the rows an insertion added, as long as the user has not edited them (every inserted cell still
   * holds what was written, or is still empty). Office keeps no undo for add-in edits, so this is the only way back.
   */
  undoInsertion(record: InsertionRecord): Promise<{ undone: boolean; edited: string[] }>;
  /** Write a blank whole-table template (core/templates planBlankTable) on a new sheet named `name`; returns its name. */
  addBlankTable(plan: BlankTablePlan, name: string): Promise<string>;
  /** A one-time notice about what this host cannot do here (merges unreadable in old Office), if any. */
  takeNotice?(): Record<Lang, string> | null;
}
