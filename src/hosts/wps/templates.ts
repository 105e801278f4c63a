/**
 * Indicator templates in WPS: an insertion plan applied all or nothing (every target checked empty before anything
 * changes), its undo while the new rows are untouched, and a blank table on a new sheet. WPS asks before merging
 * cells that hold values: alerts are off while the plan's merges are made.
 */
import { cellAddress, columnLetters, parseCellAddress, parseRangeAddress } from '../../core/address';
import type { EditPlan, MergeEdit } from '../../core/model';
import type { BlankTablePlan } from '../../core/templates';
import type { InsertionRecord } from '../host';
import { asText } from '../shared/cells';
import { editedSinceInsertion } from '../shared/edits';
import type { OwnWrites } from '../shared/own-writes';
import { insertedRuns, mergesBack, rowBefore } from '../../core/templates';
import { plainAddress, XL, type WpsApplication, type WpsWorksheet } from './api';
import { toHostError, wpsError } from './errors';
import { addSheet } from './report-sheet';
import { selectRange } from './select';
import { sheetNamed } from './sheets';

/** Whole rows `first`..`first+count-1` (0-based) as an A1 address (`28:30`). */
const rowsAddress = (first: number, count: number): string => `${first + 1}:${first + count}`;

const normal = (cell: string): string => {
  const p = parseCellAddress(cell)!;
  return cellAddress(p.row, p.col);
};

/** What a cell shows, for comparing with what was written: its text, or its formula when it shows nothing. */
function shown(value: unknown, formula: unknown): string {
  if (typeof formula === 'string' && formula.startsWith('=')) return formula;
  return value === undefined || value === null ? '' : String(value);
}

/** Run `work` with WPS's alerts off (merging cells that hold values would otherwise ask), then put them back. */
function quietly<T>(app: WpsApplication, work: () => T): T {
  const alerts = app.DisplayAlerts;
  app.DisplayAlerts = false;
  try {
    return work();
  } finally {
    app.DisplayAlerts = alerts;
  }
}

function applyMerges(sheet: WpsWorksheet, edits: MergeEdit[]): void {
  for (const e of edits) {
    if (e.kind === 'add') sheet.Range(e.range).Merge();
    else {
      sheet.Range(e.kind === 'extend' ? e.from : e.range).UnMerge();
      if (e.kind === 'extend') sheet.Range(e.range).Merge();
    }
  }
}

/** Apply an insertion plan; then, best effort, show the new rows. Returns what undoing it needs. */
export function applyPlan(app: WpsApplication, plan: EditPlan, own: OwnWrites): InsertionRecord {
  const runs = insertedRuns(plan.rowInsertions);
  const record: InsertionRecord = { sheet: plan.sheet, rows: runs, writes: plan.writes.map((w) => ({ ...w })) };
  for (const w of plan.writes) if (!parseCellAddress(w.cell)) throw wpsError('not-a-cell', { cell: w.cell });
  const sheet = sheetNamed(app, plan.sheet);
  if (sheet.ProtectContents === true) throw wpsError('protected', { sheet: plan.sheet });

  // Compare-and-set: targets in rows that are there now (before the insertions) must still be empty.
  const filled: { cell: string; text: string }[] = [];
  for (const w of plan.writes) {
    const p = parseCellAddress(w.cell)!;
    const before = rowBefore(p.row, runs);
    if (before === null) continue;
    const range = sheet.Range(cellAddress(before, p.col));
    const text = range.Text;
    const now = typeof text === 'string' && text !== '' ? text : shown(undefined, range.Formula);
    if (now.trim() !== w.expected.trim()) filled.push({ cell: normal(w.cell), text: now });
  }
  if (filled.length) throw wpsError('stale-cells', { cells: filled });

  const done = own.begin(plan.sheet, plan.writes.map((w) => parseRangeAddress(w.cell)!));
  let changed = false;
  try {
    quietly(app, () => {
      for (const ins of plan.rowInsertions) {
        // New rows take the format of the row above, or (the plan's format row being below) of the row below.
        const origin = ins.formatFromRow >= ins.beforeRow ? XL.formatFromRightOrBelow : XL.formatFromLeftOrAbove;
        sheet.Range(rowsAddress(ins.beforeRow, ins.count)).Insert(XL.shiftDown, origin);
        changed = true;
      }
      applyMerges(sheet, plan.merges);
      changed ||= plan.merges.length > 0;
      for (const w of plan.writes) {
        sheet.Range(w.cell).Value2 = asText(w.value);
        changed = true;
      }
    });
  } catch (error) {
    throw toHostError(error, { sheet: plan.sheet, partial: changed });
  } finally {
    done();
  }
  const first = runs.length ? rowsAddress(runs[0].first, runs[0].count) : plan.writes[0]?.cell;
  try {
    if (first) selectRange(app, plan.sheet, first);
  } catch {
    // the rows are in whatever happens here
  }
  return record;
}

/**
 * Undo an insertion while the user has not edited it: every written cell still holds what was written and no other
 * cell of the new rows was filled; then the rows are deleted (bottom-up), writes in old rows cleared, and the merges
 * the plan split or moved put back.
 */
export function undoInsertion(app: WpsApplication, record: InsertionRecord, merges: MergeEdit[] = []): { undone: boolean; edited: string[] } {
  const sheet = sheetNamed(app, record.sheet);
  if (sheet.ProtectContents === true) throw wpsError('protected', { sheet: record.sheet });
  const used = parseRangeAddress(plainAddress(sheet.UsedRange.Address()));
  const written = new Map(record.writes.map((w) => [normal(w.cell), w.value]));
  const now = new Map<string, string>();
  const inNew = (row: number) => record.rows.some((r) => row >= r.first && row < r.first + r.count);
  if (used) {
    for (const run of record.rows) {
      const top = Math.max(run.first, used.top);
      const bottom = Math.min(run.first + run.count - 1, used.bottom);
      if (top > bottom) continue;
      const range = sheet.Range(`${columnLetters(used.left)}${top + 1}:${columnLetters(used.right)}${bottom + 1}`);
      const values = range.Value2;
      const formulas = range.Formula;
      const cell = (grid: unknown, r: number, c: number) => (Array.isArray(grid) ? (grid[r] as unknown[] | undefined)?.[c] : grid);
      for (let r = top; r <= bottom; r++) {
        for (let c = used.left; c <= used.right; c++) now.set(cellAddress(r, c), shown(cell(values, r - top, c - used.left), cell(formulas, r - top, c - used.left)));
      }
    }
  }
  const outside = [...written.keys()].filter((c) => !inNew(parseCellAddress(c)!.row));
  for (const cell of outside) {
    const range = sheet.Range(cell);
    now.set(cell, shown(range.Value2, range.Formula));
  }
  const edited = editedSinceInsertion(written, now);
  if (edited.length) return { undone: false, edited };

  let changed = false;
  try {
    quietly(app, () => {
      for (const r of [...record.rows].sort((a, b) => b.first - a.first)) {
        sheet.Range(rowsAddress(r.first, r.count)).Delete(XL.shiftUp);
        changed = true;
      }
      for (const cell of outside) {
        const p = parseCellAddress(cell)!;
        const before = p.row - record.rows.filter((r) => r.first + r.count <= p.row).reduce((n, r) => n + r.count, 0);
        sheet.Range(cellAddress(before, p.col)).ClearContents();
      }
      const back = mergesBack(merges, record.rows);
      for (const m of back.unmerge) sheet.Range(m).UnMerge();
      for (const m of back.merge) sheet.Range(m).Merge();
    });
  } catch (error) {
    throw toHostError(error, { sheet: record.sheet, partial: changed });
  }
  return { undone: true, edited: [] };
}

/** A blank whole table on a new sheet named like `name`; returns its name. */
export function addBlankTable(app: WpsApplication, plan: BlankTablePlan, name: string): string {
  const { sheet, name: finalName } = addSheet(app, name);
  try {
    // Column widths are in characters in WPS as in the plan; row heights in points.
    for (const { column, width } of plan.columnWidths) sheet.Range(`${column}:${column}`).ColumnWidth = width;
    for (const { row, height } of plan.rowHeights) sheet.Range(rowsAddress(row, 1)).RowHeight = height;
    quietly(app, () => {
      for (const m of plan.merges) sheet.Range(m).Merge();
    });
    for (const w of plan.writes) sheet.Range(w.cell).Value2 = asText(w.value);
    for (const r of plan.bold) sheet.Range(r).Font.Bold = true;
    for (const r of plan.center) {
      const range = sheet.Range(r);
      range.HorizontalAlignment = XL.center;
      range.VerticalAlignment = XL.center;
    }
    for (const r of plan.wrap) sheet.Range(r).WrapText = true;
    for (const r of plan.borders) sheet.Range(r).Borders.LineStyle = XL.continuous;
    sheet.Activate();
    sheet.Range('A1').Select();
  } catch (error) {
    throw toHostError(error, { sheet: finalName, partial: true });
  }
  return finalName;
}
