/**
 * The host interface: everything the task pane asks of a spreadsheet. Three implementations: the Excel host
 * (Office.js, src/hosts/excel), the WPS host (WPS 表格's object model, src/hosts/wps) and the preview host (an
 * in-memory workbook in the browser, src/preview).
 * The pane knows only this interface, so it runs the same against all three (test/hosts/contract holds them to it).
 *
 * The contract: every method fails only with a HostError, and a failed method has changed nothing unless its error
 * says `partial`; every write is compare-and-set against what the last read saw; the host's own writes and
 * highlights never reach the `onSheetChanged` listener.
 */
import type { CellEdit, EditPlan, Severity } from '../core/model';
import type { BlankTablePlan } from '../core/templates';
import type { SheetSnapshot } from '../core/snapshot';
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

/** What went wrong, for the message catalogue (src/hosts/messages.ts) and for callers that react to a kind. */
export type HostErrorCode =
  | 'protected' // the sheet is protected: nothing can be written
  | 'structure-protected' // the workbook's structure is protected: no sheet can be added
  | 'denied' // the spreadsheet refused the change: read-only, Protected View, permissions
  | 'editing' // Excel is in cell-edit mode: finish editing (Enter or Esc) and try again
  | 'unsupported' // the Office version lacks an API set this needs (`apiSet`)
  | 'not-connected' // no spreadsheet behind the pane (office.js not loaded, no WPS Application)
  | 'no-workbook' // no workbook is open
  | 'no-sheet' // the active sheet is no worksheet (a chart sheet, say)
  | 'sheet-gone' // the sheet named `sheet` is not there any more
  | 'no-selection' // what is selected is not cells
  | 'stale' // the sheet changed since it was read where an edit would write: nothing was changed
  | 'stale-cells' // cells an insertion would write are no longer empty (`cells`): nothing was changed
  | 'other-workbook' // an insertion is to be undone in another workbook than `book`
  | 'too-large' // the sheet is too large to read (`count` cells in `address`, `limit`)
  | 'not-a-cell' // `cell` is no cell address
  | 'failed'; // anything else (`detail`: the spreadsheet's own words)

/** Which spreadsheet an error comes from: its own words go into the message. */
export type HostApp = 'excel' | 'wps' | 'preview';

/** What the message needs to say what happened; every field is optional. */
export interface HostErrorData {
  app?: HostApp;
  sheet?: string;
  /** The spreadsheet's own words, for 'failed'. */
  detail?: string;
  /** The failure may have come after some writes reached the workbook. */
  partial?: boolean;
  /** The ExcelApi version an operation needs ('1.13'). */
  apiSet?: string;
  cells?: { cell: string; text: string }[];
  cell?: string;
  book?: string;
  count?: number;
  limit?: number;
  address?: string;
}

/** A host operation that failed; nothing was changed unless `data.partial`. Its sentences: hostErrorText. */
export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    readonly data: HostErrorData = {},
    options?: { cause?: unknown },
  ) {
    super(data.detail ? `${code}: ${data.detail}` : code, options);
    this.name = 'HostError';
  }
}

/** Something about a read the user should know (said by hostNoticeText). */
export type HostNotice =
  | 'merges-missing' // this Office cannot read merged cells: the layout is inferred from blank cells
  | 'merges-failed' // the merged cells did not come back this time
  | 'merges-incomplete' // too many merged areas to read them all
  | 'texts-incomplete'; // too many numbers to read all their display formats

/** A read of the active sheet: its cells, and what the user should know about how they were read. */
export interface SheetRead {
  snapshot: SheetSnapshot;
  notices: HostNotice[];
}

export interface Host {
  /** Read the active sheet; `onProgress(0..1)` for reads done in chunks. */
  readActiveSheet(onProgress?: (fraction: number) => void): Promise<SheetRead>;
  /** Select a cell (activating its sheet first). */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Compare-and-set writes: only cells still holding `expected` are written; events from these writes are ignored. */
  applyEdits(edits: CellEdit[]): Promise<ApplyResult>;
  /**
   * Highlight cells of the findings (replacing earlier highlights); the user's own fills are restored exactly on
   * clear. Highlighting never triggers a re-check.
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
   * sheet is left untouched and HostError('stale-cells') names the cells. The new rows are selected. Returns what is
   * needed to undo it.
   */
  applyPlan(plan: EditPlan): Promise<InsertionRecord>;
  /**
   * 撤销插入: remove the rows an insertion added, as long as the user has not edited them (every inserted cell still
   * holds what was written, or is still empty). Office keeps no undo for add-in edits, so this is the only way back. Fails, changing
   * nothing, when the rows are no longer where they were inserted (another workbook in front, the sheet gone).
   */
  undoInsertion(record: InsertionRecord): Promise<{ undone: boolean; edited: string[] }>;
  /** Write a blank whole-table template (core/templates planBlankTable) on a new sheet named `name`; returns its name. */
  addBlankTable(plan: BlankTablePlan, name: string): Promise<string>;
}
