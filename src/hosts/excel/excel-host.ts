/**
 * The Excel host: the task pane's `Host` over Office.js. Each method is one small function (one Excel.run) from
 * this folder; the class holds what outlives a run: detected API sets, the highlight record, the add-in's own
 * recent writes, and whether the last sheet read was big.
 */
import type { CellEdit, EditPlan, MergeEdit } from '../../core/model';
import type { BlankTablePlan } from '../../core/templates';
import type { SheetSnapshot } from '../../core/snapshot';
import type { Lang } from '../../core/i18n';
import type { WorkbookSettings } from '../../core/settings';
import type { ApplyResult, HighlightCell, Host, InsertionRecord } from '../host';
import { detectCapabilities, officeApiCheck, officeFor, officeRun, type ExcelApiCheck, type ExcelCapabilities, type ExcelRun } from './api';
import { applyEdits } from './edits';
import { toHostError } from './errors';
import { OwnWrites, watchActiveSheet } from './events';
import { clearHighlights, highlight, HighlightStore } from './highlight';
import { READ_LIMITS, readActiveSheet, type ReadLimits } from './read';
import { addReportSheet } from './report-sheet';
import { selectCell } from './select';
import { loadSettings, saveSettings } from './settings';
import { addBlankTable, applyPlan, getSelection, undoInsertion, type TemplateOptions } from './templates';

export interface ExcelHostOptions {
  /** Excel.run (tests hand in a fake workbook). */
  run?: ExcelRun;
  /** isSetSupported('ExcelApi', version). */
  supports?: ExcelApiCheck;
  /** Chunking thresholds of big reads. */
  limits?: Partial<ReadLimits>;
  /** Clock for telling our own writes' change events apart. */
  now?: () => number;
}

/** Something the pane should tell the user once: a feature this Office lacks, with what would bring it. */
export type HostNotice = Record<Lang, string>;

export class ExcelHost implements Host {
  readonly kind = 'excel' as const;
  private readonly run: ExcelRun;
  private readonly supports: ExcelApiCheck;
  private readonly limits: ReadLimits;
  private readonly own: OwnWrites;
  private readonly highlights = new HighlightStore();
  private detected: ExcelCapabilities | null = null;
  private lastReadBig = false;
  private pendingNotice: HostNotice | null = null;
  private noticesGiven = new Set<string>();
  /** The merge edits of each insertion made here (by its record), so undoing it can rejoin a merge it split. */
  private readonly insertions = new Map<string, MergeEdit[]>();

  constructor(options: ExcelHostOptions = {}) {
    this.run = options.run ?? officeRun;
    this.supports = options.supports ?? officeApiCheck;
    this.limits = { ...READ_LIMITS, ...options.limits };
    this.own = new OwnWrites(options.now);
  }

  /** Which optional features this Office has, and what the missing ones need (detected once, after Office is ready). */
  capabilities(): ExcelCapabilities {
    this.detected ??= detectCapabilities(this.supports);
    return this.detected;
  }

  /** A notice to show once (merged cells unreadable in this Office, say), or null; taking it clears it. */
  takeNotice(): HostNotice | null {
    const notice = this.pendingNotice;
    this.pendingNotice = null;
    return notice;
  }

  async readActiveSheet(onProgress?: (fraction: number) => void): Promise<SheetSnapshot> {
    const { features } = this.capabilities();
    try {
      const result = await readActiveSheet(this.run, { merges: features.merges, probeFirst: this.lastReadBig, limits: this.limits, onProgress });
      this.lastReadBig = result.chunked || result.cells > this.limits.chunkAbove;
      if (!features.merges && result.cells > 0) this.notice('merges', MERGES_MISSING);
      if (result.merges === 'incomplete') this.notice('merges-incomplete', MERGES_INCOMPLETE);
      return result.snapshot;
    } catch (error) {
      throw toHostError(error);
    }
  }

  selectCell(sheet: string, cell: string): Promise<void> {
    return selectCell(this.run, sheet, cell);
  }

  applyEdits(edits: CellEdit[]): Promise<ApplyResult> {
    const { features } = this.capabilities();
    return applyEdits(this.run, edits, { multiRange: features.multiRange, suspendEvents: features.suspendEvents }, this.own);
  }

  highlight(sheet: string, cells: HighlightCell[]): Promise<void> {
    return highlight(this.run, this.highlights, this.capabilities().features.cellProperties, sheet, cells);
  }

  clearHighlights(): Promise<void> {
    return clearHighlights(this.run, this.highlights, this.capabilities().features.cellProperties);
  }

  onSheetChanged(listener: () => void): Promise<() => Promise<void>> {
    return watchActiveSheet(this.run, this.capabilities().features.changeEvents, this.own, listener);
  }

  loadSettings(): Promise<WorkbookSettings> {
    return loadSettings(this.run);
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
    return { multiRange: features.multiRange, suspendEvents: features.suspendEvents, copyFormats: features.multiRange };
  }

  private notice(id: string, notice: HostNotice): void {
    if (this.noticesGiven.has(id)) return;
    this.noticesGiven.add(id);
    this.pendingNotice = notice;
  }
}

const OFFICE_1_13 = officeFor('1.13');

const MERGES_MISSING: HostNotice = {
  'zh-CN': `这个 Office 版本读不到合并单元格（需要 ExcelApi 1.13，即 ${OFFICE_1_13['zh-CN']}），表格结构按空白单元格推断，个别单元格的归属可能不准。`,
  'en-US': `This Office version cannot read merged cells (that needs ExcelApi 1.13: ${OFFICE_1_13['en-US']}); the table layout is inferred from blank cells and may be off in places.`,
};

const MERGES_INCOMPLETE: HostNotice = {
  'zh-CN': '这个工作表的合并单元格太多，有一部分没有读到；这些地方的表格结构按空白单元格推断。',
  'en-US': 'This sheet has too many merged areas to read them all; where some are missing, the layout is inferred from blank cells.',
};
