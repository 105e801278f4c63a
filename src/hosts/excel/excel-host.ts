/**
 * The Excel host: the task pane's `Host` over Office.js. Each method is one small function (one Excel.run) from
 * this folder; the class holds what outlives a run: detected API sets, the highlight record, the add-in's own
 * recent writes, and whether the last sheet read was big.
 */
import type { CellEdit, EditPlan, MergeEdit } from '../../core/model';
import type { BlankTablePlan } from '../../core/templates';
import type { WorkbookSettings } from '../../core/settings';
import type { ApplyResult, HighlightCell, Host, InsertionRecord, SheetRead } from '../host';
import type { ExcelCapabilities, ExcelRun } from './api';
import { applyEdits } from './edits';
import { SheetWatcher } from './events';
import { OwnWrites } from '../shared/own-writes';
import { clearHighlights, highlight, HighlightStore, type HighlightOptions } from './highlight';
import { ExcelReader, type ExcelReaderOptions } from './reader';
import { addReportSheet } from './report-sheet';
import { selectCell } from './select';
import { saveSettings } from './settings';
import { addBlankTable, applyPlan, getSelection, undoInsertion, type TemplateOptions } from './templates';

export interface ExcelHostOptions extends ExcelReaderOptions {
  /** Clock for telling our own writes' change events apart. */
  now?: () => number;
}

export class ExcelHost implements Host {
  private readonly reader: ExcelReader;
  private readonly run: ExcelRun;
  private readonly own: OwnWrites;
  private watcher: SheetWatcher | null = null;
  private readonly highlights = new HighlightStore();
  /** The merge edits of each insertion made here (by its record), so undoing it can rejoin a merge it split. */
  private readonly insertions = new Map<string, MergeEdit[]>();

  constructor(options: ExcelHostOptions = {}) {
    this.reader = new ExcelReader(options);
    this.run = this.reader.run;
    this.own = new OwnWrites(options.now);
  }

  /** Which optional features this Office has, and what the missing ones need (detected once, after Office is ready). */
  capabilities(): ExcelCapabilities {
    return this.reader.capabilities();
  }

  /** Read the active sheet; the change watcher moves to it if it listened to another. */
  async readActiveSheet(onProgress?: (fraction: number) => void): Promise<SheetRead> {
    const read = await this.reader.readActiveSheet(onProgress);
    if (this.watcher && this.reader.lastSheet) await this.watcher.follow(this.reader.lastSheet).catch(() => undefined);
    return read;
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return selectCell(this.run, sheet, cell);
  }

  applyEdits(edits: CellEdit[]): Promise<ApplyResult> {
    const { features } = this.capabilities();
    return applyEdits(this.run, edits, { multiRange: features.multiRange, suspendEvents: features.suspendEvents, undoGroups: features.undoGroups }, this.own);
  }

  highlight(sheet: string, cells: HighlightCell[]): Promise<void> {
    return highlight(this.run, this.highlights, this.highlightOptions(), sheet, cells);
  }

  clearHighlights(): Promise<void> {
    return clearHighlights(this.run, this.highlights, this.highlightOptions());
  }

  private highlightOptions(): HighlightOptions {
    const { features } = this.capabilities();
    return { cellProperties: features.cellProperties && features.multiRange, undoGroups: features.undoGroups };
  }

  /** Hear the user's edits of the sheet being checked (the last one read), following it when a check reads another. */
  onSheetChanged(listener: () => void): Promise<() => Promise<void>> {
    this.watcher ??= new SheetWatcher(this.run, this.own, this.capabilities().features.changeEvents);
    return this.watcher.watch(listener, this.reader.lastSheet);
  }

  loadSettings(): Promise<WorkbookSettings> {
    return this.reader.loadSettings();
  }

  saveSettings(settings: WorkbookSettings): Promise<void> {
    return saveSettings(this.run, settings);
  }

  /** Add the report sheet; `headerRow` (0-based) is bolded, by default the first row filling the whole width. */
  addReportSheet(name: string, rows: string[][], headerRow?: number): Promise<string> {
    return addReportSheet(this.run, name, rows, headerRow);
  }

  getSelection(): Promise<{ sheet: string; address: string }> {
    return getSelection(this.run);
  }

  /** Insert a template's rows (core/templates planInsertion): all or nothing, at most two syncs. */
  async applyPlan(plan: EditPlan): Promise<InsertionRecord> {
    const record = await applyPlan(this.run, plan, this.templateOptions(), this.own);
    this.insertions.set(JSON.stringify(record), plan.merges);
    return record;
  }

  /** Undo an insertion; the merges it split or moved are put back when it was made by this host. */
  async undoInsertion(record: InsertionRecord): Promise<{ undone: boolean; edited: string[] }> {
    const key = JSON.stringify(record);
    const result = await undoInsertion(this.run, record, this.templateOptions(), this.insertions.get(key));
    if (result.undone) this.insertions.delete(key);
    return result;
  }

  addBlankTable(plan: BlankTablePlan, name: string): Promise<string> {
    return addBlankTable(this.run, plan, name);
  }

  private templateOptions(): TemplateOptions {
    const { features } = this.capabilities();
    // range.copyFrom arrived with getRanges, in ExcelApi 1.9.
    return { multiRange: features.multiRange, suspendEvents: features.suspendEvents, copyFormats: features.multiRange, undoGroups: features.undoGroups };
  }
}
