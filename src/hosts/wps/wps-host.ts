/**
 * The WPS host: the task pane's `Host` over WPS 表格's object model (a WPS 加载项). Each method is one small function
 * from this folder; the class holds what outlives a call: the highlight record, the add-in's own recent writes, the
 * change watcher, and notices for the pane. WPS's calls are synchronous: each method runs to its end in one go.
 */
import type { CellEdit, EditPlan, MergeEdit } from '../../core/model';
import type { BlankTablePlan } from '../../core/templates';
import type { WorkbookSettings } from '../../core/settings';
import type { ApplyResult, HighlightCell, Host, HostNotice, InsertionRecord, SheetRead } from '../host';
import { OwnWrites } from '../shared/own-writes';
import { findWpsApplication, type WpsApplication } from './api';
import { applyEdits } from './edits';
import { SheetWatcher } from './events';
import { clearHighlights, highlight, HighlightStore } from './highlight';
import { toHostError, wpsError } from './errors';
import { READ_LIMITS, readActiveSheet, type ReadLimits } from './read';
import { addReportSheet } from './report-sheet';
import { getSelection, selectRange } from './select';
import { loadSettings, saveSettings } from './settings';
import { addBlankTable, applyPlan, undoInsertion } from './templates';

export interface WpsHostOptions {
  /** WPS's Application (tests hand in a fake); by default the page's `window.Application`. */
  app?: WpsApplication | (() => WpsApplication | null);
  limits?: Partial<ReadLimits>;
  /** Clock for telling our own writes' change events apart. */
  now?: () => number;
}

export class WpsHost implements Host {
  private readonly limits: ReadLimits;
  private readonly own: OwnWrites;
  private readonly highlights = new HighlightStore();
  private readonly watcher: SheetWatcher;
  private lastSheet: string | null = null;
  /**
   * Each insertion made here (by its record): the workbook it was made in (WPS's pane outlives a switch to another
   * workbook) and its merge edits, so undoing it can rejoin a merge it split.
   */
  private readonly insertions = new Map<string, { book: string; merges: MergeEdit[] }>();

  constructor(private readonly options: WpsHostOptions = {}) {
    this.limits = { ...READ_LIMITS, ...options.limits };
    this.own = new OwnWrites(options.now);
    this.watcher = new SheetWatcher(() => this.app(), this.own);
  }

  /** WPS's Application, or HostError('unsupported') outside WPS. */
  private app(): WpsApplication {
    const given = this.options.app;
    const app = typeof given === 'function' ? given() : (given ?? findWpsApplication());
    if (!app) throw wpsError('not-connected');
    return app;
  }

  /** Run one operation: WPS's failures become HostErrors with WPS's words. */
  private async call<T>(work: (app: WpsApplication) => T, sheet?: string): Promise<T> {
    try {
      return work(this.app());
    } catch (error) {
      throw toHostError(error, { sheet });
    }
  }

  /** Read the active sheet; the change watcher follows it. */
  readActiveSheet(onProgress?: (fraction: number) => void): Promise<SheetRead> {
    return this.call((app) => {
      const result = readActiveSheet(app, this.limits, onProgress);
      this.lastSheet = result.sheet;
      this.watcher.follow(result.sheet);
      const notices: HostNotice[] = [];
      if (result.merges === 'incomplete') notices.push('merges-incomplete');
      if (result.textsMissing > 0) notices.push('texts-incomplete');
      return { snapshot: result.snapshot, notices };
    });
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return this.call((app) => selectRange(app, sheet, cell), sheet);
  }

  applyEdits(edits: CellEdit[]): Promise<ApplyResult> {
    return this.call((app) => applyEdits(app, edits, this.own));
  }

  highlight(sheet: string, cells: HighlightCell[]): Promise<void> {
    return this.call((app) => highlight(app, this.highlights, sheet, cells), sheet);
  }

  clearHighlights(): Promise<void> {
    return this.call((app) => clearHighlights(app, this.highlights));
  }

  /** Hear the user's edits of the sheet being checked (the last one read, else the active one). */
  onSheetChanged(listener: () => void): Promise<() => void> {
    return this.call(() => this.watcher.watch(listener, this.lastSheet));
  }

  loadSettings(): Promise<WorkbookSettings> {
    return this.call((app) => loadSettings(app));
  }

  saveSettings(settings: WorkbookSettings): Promise<void> {
    return this.call((app) => saveSettings(app, settings));
  }

  addReportSheet(name: string, rows: string[][], headerRow?: number): Promise<string> {
    return this.call((app) => addReportSheet(app, name, rows, headerRow));
  }

  getSelection(): Promise<{ sheet: string; address: string }> {
    return this.call((app) => getSelection(app));
  }

  async applyPlan(plan: EditPlan): Promise<InsertionRecord> {
    const { record, book } = await this.call((app) => {
      const book = app.ActiveWorkbook?.Name ?? '';
      return { record: applyPlan(app, plan, this.own), book };
    }, plan.sheet);
    this.insertions.set(JSON.stringify(record), { book, merges: plan.merges });
    return record;
  }

  /** Undo an insertion made here, in the workbook it was made in (refused while another workbook is in front). */
  async undoInsertion(record: InsertionRecord): Promise<{ undone: boolean; edited: string[] }> {
    const key = JSON.stringify(record);
    const made = this.insertions.get(key);
    const result = await this.call((app) => {
      const book = app.ActiveWorkbook?.Name ?? '';
      if (made && made.book !== book) throw wpsError('other-workbook', { book: made.book });
      return undoInsertion(app, record, made?.merges);
    }, record.sheet);
    if (result.undone) this.insertions.delete(key);
    return result;
  }

  addBlankTable(plan: BlankTablePlan, name: string): Promise<string> {
    return this.call((app) => addBlankTable(app, plan, name));
  }
}
