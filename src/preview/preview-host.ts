/**
 * The second host: the task pane's `Host` over the preview's in-memory workbook. Behaves as the Excel host does
 * where the pane can tell (compare-and-set writes, highlights that give the user's fills back, change events for
 * the user's edits only), with nothing of Office.js.
 */
import type { CellEdit, EditPlan, Severity } from '../core/model';
import type { CellRange, CellValue, SheetSnapshot } from '../core/snapshot';
import { cellAddress, columnIndex, parseCellAddress, parseRangeAddress, rangeAddress } from '../core/address';
import { applyPlanToSnapshot, blankTableSnapshot, insertedRuns, rowBefore, type BlankTablePlan } from '../core/templates';
import { EMPTY_SETTINGS, sanitizeSettings, type WorkbookSettings } from '../core/settings';
import { HostError, type ApplyResult, type Host, type HighlightCell, type InsertionRecord, type SheetRead } from '../hosts/host';
import { cellKey, keyCol, keyRow, PreviewSheet, type PreviewWorkbook } from './preview-workbook';

/** Highlight colours by severity (light fills that keep black text readable). */
export const HIGHLIGHT_FILLS: Record<Severity, string> = {
  error: '#FDE7E9',
  warning: '#FFF4CE',
  info: '#EFF6FC',
};

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Work done on the page between breaths while reading a large sheet (the page must never stop for long). */
const SLICE_MS = 25;

/** Give the page a turn: input, painting. A message-channel hop, not setTimeout, which browsers slow to 4 ms or more. */
export function breathe(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Where settings are kept between visits: localStorage, when the browser allows it. */
export interface SettingsStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The browser's localStorage, or null where it is blocked (some privacy settings throw on access). */
export function browserStore(): SettingsStore | null {
  try {
    return typeof window !== 'undefined' && window.localStorage ? window.localStorage : null;
  } catch {
    return null;
  }
}

/** localStorage key of a workbook's settings. */
export const settingsKey = (fileName: string): string => `ptcheck-preview:settings:${fileName}`;

export class PreviewHost implements Host {
  /** The fill each highlighted cell had before, and the colour put over it, per sheet. */
  private readonly originals = new Map<PreviewSheet, Map<number, { original: string | undefined; put: string }>>();
  private settings: WorkbookSettings | undefined;
  /** The merged areas each insertion found, so undoing it gives them back exactly (a split merge rejoined). */
  private readonly mergesBefore = new Map<string, CellRange[]>();

  constructor(
    readonly workbook: PreviewWorkbook,
    private readonly store: SettingsStore | null = null,
  ) {}

  /** The active sheet's snapshot, built in slices with a breath for the page between them (a large sheet never freezes it). */
  async readActiveSheet(onProgress?: (fraction: number) => void): Promise<SheetRead> {
    const build = this.workbook.activeSheet.snapshotBuilder();
    while (!build.step(SLICE_MS)) {
      onProgress?.(build.fraction);
      await breathe();
    }
    onProgress?.(1);
    return { snapshot: build.result(), notices: [] };
  }

  async selectCell(sheetName: string, cell: string): Promise<void> {
    const sheet = this.sheetNamed(sheetName);
    const p = this.parse(cell);
    this.workbook.activate(this.workbook.sheets.indexOf(sheet));
    this.workbook.select(p.row, p.col);
  }

  async applyEdits(edits: CellEdit[]): Promise<ApplyResult> {
    // Check every edit before writing any, so a bad one leaves the sheet untouched (as HostError promises).
    const targets = edits.map((edit) => ({ edit, sheet: this.sheetNamed(edit.sheet), at: this.parse(edit.cell) }));
    const result: ApplyResult = { applied: [], stale: [] };
    for (const { edit, sheet, at } of targets) {
      const actual = sheet.text(at.row, at.col);
      if (actual !== edit.expected) {
        result.stale.push({ edit, actual });
        continue;
      }
      // One write at a time: a second edit of the same cell in the batch then sees the first one's result.
      this.workbook.writeByHost(sheet, [{ row: at.row, col: at.col, text: edit.value }]);
      result.applied.push(edit);
    }
    return result;
  }

  async highlight(sheetName: string, cells: HighlightCell[]): Promise<void> {
    await this.clearHighlights();
    const sheet = this.workbook.sheet(sheetName);
    if (!sheet) return;
    // A cell named by several findings takes the most severe colour; a cell inside a merge colours the merge.
    const severity = new Map<number, Severity>();
    for (const { cell, severity: s } of cells) {
      const p = parseCellAddress(cell);
      if (!p) continue;
      const at = sheet.anchor(p.row, p.col);
      const key = cellKey(at.row, at.col);
      const seen = severity.get(key);
      if (!seen || RANK[s] > RANK[seen]) severity.set(key, s);
    }
    const saved = new Map<number, { original: string | undefined; put: string }>();
    const fills: [number, string][] = [];
    for (const [key, s] of severity) {
      const put = HIGHLIGHT_FILLS[s];
      saved.set(key, { original: sheet.fills.get(key), put });
      fills.push([key, put]);
    }
    this.originals.set(sheet, saved);
    this.workbook.setFills(sheet, fills);
  }

  async clearHighlights(): Promise<void> {
    for (const [sheet, saved] of this.originals) {
      const fills: [number, string | undefined][] = [];
      for (const [key, { original, put }] of saved) {
        // A cell the user has coloured since keeps the user's colour.
        if (sheet.fills.get(key) === put) fills.push([key, original]);
      }
      this.workbook.setFills(sheet, fills);
    }
    this.originals.clear();
  }

  async onSheetChanged(listener: () => void): Promise<() => void> {
    return this.workbook.onUserEdit(listener);
  }

  async loadSettings(): Promise<WorkbookSettings> {
    if (!this.settings) {
      let stored: unknown = EMPTY_SETTINGS;
      try {
        const text = this.store?.getItem(settingsKey(this.workbook.fileName));
        if (text) stored = JSON.parse(text);
      } catch {
        // unreadable or blocked storage: start from the defaults
      }
      this.settings = sanitizeSettings(stored);
    }
    return clone(this.settings);
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    this.settings = clone(settings);
    try {
      this.store?.setItem(settingsKey(this.workbook.fileName), JSON.stringify(settings));
    } catch {
      // storage full or blocked: the settings still hold for this page
    }
  }

  async addReportSheet(name: string, rows: string[][]): Promise<string> {
    return this.workbook.addSheet(name, rows).name;
  }

  async getSelection(): Promise<{ sheet: string; address: string }> {
    const sheet = this.workbook.activeSheet;
    const at = this.workbook.selection(sheet);
    const m = sheet.mergeAt(at.row, at.col);
    return { sheet: sheet.name, address: m ? rangeAddress(m) : cellAddress(at.row, at.col) };
  }

  /**
   * Apply a template insertion plan the way Excel does (rows, formats, merges, writes), all or nothing; the grid
   * selects the first new row. No user-edit event: the pane re-reads after an insertion itself.
   */
  async applyPlan(plan: EditPlan): Promise<InsertionRecord> {
    const sheet = this.sheetNamed(plan.sheet);
    const runs = insertedRuns(plan.rowInsertions);
    // Compare-and-set, before anything changes: a target in a row that is there now must still be empty.
    const filled: { cell: string; text: string }[] = [];
    for (const w of plan.writes) {
      const p = this.parse(w.cell);
      const before = rowBefore(p.row, runs);
      if (before !== null && sheet.text(before, p.col).trim() !== w.expected.trim()) filled.push({ cell: w.cell, text: sheet.text(before, p.col) });
    }
    if (filled.length) throw new HostError('stale-cells', { app: 'preview', cells: filled });
    // The reference application checks the rest (merges to replace, overlaps); it throws on a stale plan.
    try {
      applyPlanToSnapshot(fullSnapshot(sheet), plan);
    } catch (error) {
      throw new HostError('stale', { app: 'preview', detail: error instanceof Error ? error.message : String(error) });
    }
    await this.clearHighlights(); // highlight fills would be copied into the new rows; the pane re-checks anyway
    const record: InsertionRecord = { sheet: sheet.name, rows: runs, writes: plan.writes.map((w) => ({ ...w })) };
    this.mergesBefore.set(JSON.stringify(record), sheet.merges.map((m) => ({ ...m })));
    for (const ins of plan.rowInsertions) sheet.insertRows(ins.beforeRow, ins.count, ins.formatFromRow);
    for (const e of plan.merges) {
      if (e.kind === 'add') sheet.addMerge(parseRangeAddress(e.range)!);
      else if (e.kind === 'unmerge') sheet.removeMerge(parseRangeAddress(e.range)!);
      else {
        sheet.removeMerge(parseRangeAddress(e.from)!);
        sheet.addMerge(parseRangeAddress(e.range)!);
      }
    }
    for (const w of plan.writes) {
      const p = this.parse(w.cell);
      sheet.setText(p.row, p.col, w.value);
    }
    this.workbook.changedByHost();
    if (runs.length) {
      const first = runs[0].first;
      const inRow = plan.writes.map((w) => this.parse(w.cell)).filter((p) => p.row === first);
      const col = inRow.length ? Math.min(...inRow.map((p) => p.col)) : 0;
      this.workbook.selectOn(sheet, first, col);
    } else if (plan.writes.length) {
      const p = this.parse(plan.writes[0].cell);
      this.workbook.selectOn(sheet, p.row, p.col);
    }
    return record;
  }

  async undoInsertion(record: InsertionRecord): Promise<{ undone: boolean; edited: string[] }> {
    const sheet = this.sheetNamed(record.sheet);
    const written = new Map(record.writes.map((w) => [normal(w.cell), w.value]));
    const edited: string[] = [];
    const inNew = (row: number) => record.rows.some((r) => row >= r.first && row < r.first + r.count);
    for (const run of record.rows) {
      for (const [key] of sheet.cells) {
        const row = keyRow(key);
        if (row < run.first || row >= run.first + run.count) continue;
        const address = cellAddress(row, keyCol(key));
        const want = written.get(address);
        const now = sheet.text(row, keyCol(key));
        if (want === undefined ? now.trim() !== '' : now.trim() !== want.trim()) edited.push(address);
      }
    }
    for (const [cell, value] of written) {
      const p = parseCellAddress(cell)!;
      if (!edited.includes(cell) && sheet.text(p.row, p.col).trim() !== value.trim()) edited.push(cell);
    }
    if (edited.length) return { undone: false, edited: sortCells(edited) };

    for (const [cell] of written) {
      const p = parseCellAddress(cell)!;
      if (!inNew(p.row)) sheet.setText(p.row, p.col, '');
    }
    for (const run of [...record.rows].sort((a, b) => b.first - a.first)) sheet.deleteRows(run.first, run.count);
    const key = JSON.stringify(record);
    const before = this.mergesBefore.get(key);
    if (before) {
      sheet.setMerges(before);
      this.mergesBefore.delete(key);
    }
    this.workbook.changedByHost();
    return { undone: true, edited: [] };
  }

  /** A blank table on a new sheet tab, with the plan's cells, merges, column widths, bold and borders. */
  async addBlankTable(plan: BlankTablePlan, name: string): Promise<string> {
    const sheet = PreviewSheet.fromSnapshot({ ...blankTableSnapshot(plan), name });
    // Excel's width in characters → pixels, as Excel draws it (7 px a character plus 5 px of padding).
    for (const { column, width } of plan.columnWidths) sheet.colWidths[columnIndex(column)] = Math.round(width * 7 + 5);
    const mark = (set: Set<number>, ranges: string[]) => {
      for (const address of ranges) {
        const r = parseRangeAddress(address);
        if (!r) continue;
        for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) set.add(cellKey(row, col));
      }
    };
    mark(sheet.bold, plan.bold);
    mark(sheet.borders, plan.borders);
    const added = this.workbook.addBuiltSheet(sheet);
    this.workbook.selectOn(added, 0, 0);
    return added.name;
  }

  private sheetNamed(name: string): PreviewSheet {
    const sheet = this.workbook.sheet(name);
    if (!sheet) {
      throw new HostError('sheet-gone', { app: 'preview', sheet: name });
    }
    return sheet;
  }

  private parse(cell: string): { row: number; col: number } {
    const p = parseCellAddress(cell);
    if (!p) {
      throw new HostError('not-a-cell', { app: 'preview', cell });
    }
    return p;
  }
}

function clone(settings: WorkbookSettings): WorkbookSettings {
  return JSON.parse(JSON.stringify(settings)) as WorkbookSettings;
}

/** The sheet's snapshot from A1 (the reference application addresses cells from the sheet's first row and column). */
function fullSnapshot(sheet: PreviewSheet): SheetSnapshot {
  const s = sheet.snapshot();
  const { row: top, col: left } = s.origin;
  const pad = <T>(rows: T[][] | undefined, empty: T): T[][] | undefined =>
    rows && [...Array.from({ length: top }, () => [] as T[]), ...rows.map((r) => [...Array.from({ length: left }, () => empty), ...r])];
  return {
    ...s,
    origin: { row: 0, col: 0 },
    values: pad<CellValue>(s.values, null)!,
    texts: pad(s.texts, null),
    formats: pad(s.formats, null),
    formulas: pad(s.formulas, null),
    merges: sheet.merges.map((m) => ({ ...m })),
  };
}

const normal = (cell: string): string => {
  const p = parseCellAddress(cell);
  return p ? cellAddress(p.row, p.col) : cell;
};

function sortCells(cells: string[]): string[] {
  const at = (c: string) => parseCellAddress(c) ?? { row: 0, col: 0 };
  return [...new Set(cells)].sort((a, b) => at(a).row - at(b).row || at(a).col - at(b).col);
}
