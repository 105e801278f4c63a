/**
 * An in-memory Host for pane tests: one sheet from a table literal or a sample file, compare-and-set writes on its
 * cells, and a record of every call the pane made. Failures are queued per method (`failNext`).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import type { CellEdit, EditPlan } from '../../src/core/model';
import type { SheetSnapshot } from '../../src/core/snapshot';
import { parseCellAddress } from '../../src/core/address';
import { cellText } from '../../src/core/outcome';
import { EMPTY_SETTINGS, type WorkbookSettings } from '../../src/core/settings';
import { HostError, type ApplyResult, type HighlightCell, type Host, type HostErrorCode, type HostNotice, type InsertionRecord, type SheetRead } from '../../src/hosts/host';
import { applyPlanToSnapshot, blankTableSnapshot, insertedRuns, type BlankTablePlan } from '../../src/core/templates';
import { parseDelimited } from '../../src/io/delimited';
import { sheet } from '../helpers/sheet';

type Method = keyof Host;

// jsdom's global has no structuredClone; everything here is plain JSON.
const clone = <T,>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
// applyPlanToSnapshot copies with structuredClone.
if (typeof globalThis.structuredClone !== 'function') Object.assign(globalThis, { structuredClone: clone });

/** A sample of test/fixtures/samples (its TSV) as the active sheet `Sheet1`. */
export function sampleSheet(name: string): SheetSnapshot {
  return parseDelimited(readFileSync(join(__dirname, '../fixtures/samples', `${name}.tsv`), 'utf8'), '\t', 'Sheet1');
}

export class FakeHost implements Host {
  readonly calls = {
    reads: 0,
    selectCell: [] as [string, string][],
    applyEdits: [] as CellEdit[][],
    highlight: [] as [string, HighlightCell[]][],
    clearHighlights: 0,
    saveSettings: [] as WorkbookSettings[],
    addReportSheet: [] as [string, string[][]][],
    getSelection: 0,
    applyPlan: [] as EditPlan[],
    undoInsertion: [] as InsertionRecord[],
    addBlankTable: [] as [string, BlankTablePlan][],
  };
  /** The selected range, as getSelection reports it (selectCell moves it). */
  selection: { sheet: string; address: string };
  /** The sheet before each insertion, so an undo restores it exactly (in memory only). */
  private readonly beforeInsertion = new Map<InsertionRecord, SheetSnapshot>();
  settings: WorkbookSettings;
  /** Fractions reported through onProgress on each read. */
  progressSteps: number[] = [];
  /** When set, reads wait for this promise (to look at the pane mid-read). */
  readGate: Promise<void> | null = null;
  readonly sheets: string[] = [];
  /** What every read says about itself, as ExcelHost does (merged cells unreadable in this Office). */
  notices: HostNotice[] = [];
  private readonly failures = new Map<Method, Error[]>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private snapshot: SheetSnapshot,
    settings: WorkbookSettings = EMPTY_SETTINGS,
  ) {
    this.settings = clone(settings);
    this.sheets.push(snapshot.name);
    this.selection = { sheet: snapshot.name, address: 'A1' };
  }

  /** A host whose active sheet is a sample of test/fixtures/samples (TSV). */
  static fromSample(name: string, settings?: WorkbookSettings): FakeHost {
    return new FakeHost(sampleSheet(name), settings);
  }

  /** A host whose active sheet is a table literal (see test/helpers/sheet.ts). */
  static fromLiteral(literal: string, settings?: WorkbookSettings): FakeHost {
    return new FakeHost(sheet(literal), settings);
  }

  /** The next call of `method` fails with `error` (a HostError with both messages, by default). */
  failNext(method: Method, error: Error | HostErrorCode): void {
    const e = typeof error === 'string' ? new HostError(error, { app: 'excel', apiSet: '1.13', detail: `simulated ${error}` }) : error;
    this.failures.set(method, [...(this.failures.get(method) ?? []), e]);
  }

  private fail(method: Method): void {
    const queue = this.failures.get(method);
    const e = queue?.shift();
    if (e) throw e;
  }

  /** The active sheet as it stands (a copy). */
  get sheetNow(): SheetSnapshot {
    return clone(this.snapshot);
  }

  /** The cell's text now. */
  text(cell: string): string {
    return cellText(this.snapshot, cell);
  }

  /** Change a cell as the user would, without telling anyone (a change event is `userEdit`). */
  setCell(cell: string, value: string): void {
    const p = parseCellAddress(cell)!;
    const r = p.row - this.snapshot.origin.row;
    const c = p.col - this.snapshot.origin.col;
    const rows = this.snapshot.values;
    while (rows.length <= r) rows.push([]);
    while (rows[r].length <= c) rows[r].push(null);
    rows[r][c] = value === '' ? null : value;
    if (this.snapshot.texts) {
      const texts = this.snapshot.texts;
      while (texts.length <= r) texts.push([]);
      texts[r][c] = value === '' ? null : value;
    }
  }

  /** The user types into a cell: the sheet changes and change listeners are called. */
  userEdit(cell: string, value: string): void {
    this.setCell(cell, value);
    for (const l of this.listeners) l();
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  async readActiveSheet(onProgress?: (fraction: number) => void): Promise<SheetRead> {
    this.calls.reads++;
    for (const f of this.progressSteps) onProgress?.(f);
    if (this.readGate) await this.readGate;
    this.fail('readActiveSheet');
    return { snapshot: clone(this.snapshot), notices: [...this.notices] };
  }

  async selectCell(sheetName: string, cell: string): Promise<void> {
    this.fail('selectCell');
    this.calls.selectCell.push([sheetName, cell]);
    this.selection = { sheet: sheetName, address: cell };
  }

  async applyEdits(edits: CellEdit[]): Promise<ApplyResult> {
    this.fail('applyEdits');
    this.calls.applyEdits.push(edits);
    const result: ApplyResult = { applied: [], stale: [] };
    for (const edit of edits) {
      const actual = this.text(edit.cell);
      if (edit.sheet !== this.snapshot.name || actual !== edit.expected) {
        result.stale.push({ edit, actual });
        continue;
      }
      this.setCell(edit.cell, edit.value);
      result.applied.push(edit);
    }
    return result;
  }

  async highlight(sheetName: string, cells: HighlightCell[]): Promise<void> {
    this.fail('highlight');
    this.calls.highlight.push([sheetName, cells]);
  }

  async clearHighlights(): Promise<void> {
    this.fail('clearHighlights');
    this.calls.clearHighlights++;
  }

  async onSheetChanged(listener: () => void): Promise<() => void> {
    this.fail('onSheetChanged');
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async loadSettings(): Promise<WorkbookSettings> {
    this.fail('loadSettings');
    return clone(this.settings);
  }

  async saveSettings(settings: WorkbookSettings): Promise<void> {
    this.fail('saveSettings');
    this.settings = clone(settings);
    this.calls.saveSettings.push(clone(settings));
  }

  async addReportSheet(name: string, rows: string[][]): Promise<string> {
    this.fail('addReportSheet');
    let unique = name;
    for (let n = 2; this.sheets.includes(unique); n++) unique = `${name} (${n})`;
    this.sheets.push(unique);
    this.calls.addReportSheet.push([unique, rows]);
    return unique;
  }

  async getSelection(): Promise<{ sheet: string; address: string }> {
    this.fail('getSelection');
    this.calls.getSelection++;
    return { ...this.selection };
  }

  async applyPlan(plan: EditPlan): Promise<InsertionRecord> {
    this.fail('applyPlan');
    this.calls.applyPlan.push(clone(plan));
    if (plan.sheet !== this.snapshot.name) throw new HostError('sheet-gone', { app: 'preview', sheet: plan.sheet });
    let next: SheetSnapshot;
    try {
      next = applyPlanToSnapshot(this.snapshot, plan);
    } catch (e) {
      throw new HostError('stale', { app: 'preview', detail: String(e) }, { cause: e });
    }
    const rows = insertedRuns(plan.rowInsertions);
    const record: InsertionRecord = { sheet: plan.sheet, rows, writes: clone(plan.writes) };
    this.beforeInsertion.set(record, clone(this.snapshot));
    this.snapshot = next;
    const first = plan.writes[0];
    if (first) this.selection = { sheet: plan.sheet, address: first.cell };
    return record;
  }

  async undoInsertion(record: InsertionRecord): Promise<{ undone: boolean; edited: string[] }> {
    this.fail('undoInsertion');
    this.calls.undoInsertion.push(record);
    const before = this.beforeInsertion.get(record);
    if (!before || record.sheet !== this.snapshot.name) return { undone: false, edited: [] };
    const edited = record.writes.filter((w) => this.text(w.cell) !== w.value && this.text(w.cell) !== '').map((w) => w.cell);
    if (edited.length) return { undone: false, edited };
    this.snapshot = before;
    this.beforeInsertion.delete(record);
    return { undone: true, edited: [] };
  }

  async addBlankTable(plan: BlankTablePlan, name: string): Promise<string> {
    this.fail('addBlankTable');
    let unique = name;
    for (let n = 2; this.sheets.includes(unique); n++) unique = `${name} (${n})`;
    this.sheets.push(unique);
    this.calls.addBlankTable.push([unique, clone(plan)]);
    this.snapshot = { ...blankTableSnapshot({ ...plan, sheet: unique }), name: unique };
    this.selection = { sheet: unique, address: 'A1' };
    return unique;
  }
}
