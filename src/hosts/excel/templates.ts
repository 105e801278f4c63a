/**
 * Indicator templates in Excel: the selection, applying an insertion plan (core/templates planInsertion) all or
 * nothing in two syncs, undoing it while the new rows are untouched, and a blank whole table on a new sheet.
 *
 * applyPlan: the first sync reads every write target (and the sheet's protection); the second inserts the rows,
 * copies their formats, applies the merge edits, writes and selects. A write target that is no longer empty stops it
 * before anything is changed (HostError 'stale-cells').
 */
import { cellAddress, parseCellAddress, parseRangeAddress } from '../../core/address';
import type { EditPlan, MergeEdit } from '../../core/model';
import { insertedRuns, mergesBack, rowBefore, type BlankTablePlan } from '../../core/templates';
import type { InsertionRecord } from '../host';
import type { ExcelRun } from './api';
import { hostError, toHostError } from './errors';
import { EventsGuard } from './events';
import { editedSinceInsertion } from '../shared/edits';
import type { OwnWrites } from '../shared/own-writes';
import { selectRange } from './select';
import { asText } from '../shared/cells';
import { eachCell, loadCells } from './cells';
import { addSheetNamedLike } from './report-sheet';

export interface TemplateOptions {
  /** worksheet.getRanges (ExcelApi 1.9): the targets read in one object per ~240 characters of addresses. */
  multiRange: boolean;
  /** context.runtime.enableEvents (ExcelApi 1.8): no change events from our writes. */
  suspendEvents: boolean;
  /** range.copyFrom (ExcelApi 1.9): the new rows take the formats of `formatFromRow`. */
  copyFormats: boolean;
  /** Excel.run's mergeUndoGroup (ExcelApi 1.20): the insertion, or its undo, is one step of Excel's undo. */
  undoGroups?: boolean;
}


/** The selected range of the active sheet (one sync). */
export async function getSelection(run: ExcelRun): Promise<{ sheet: string; address: string }> {
  try {
    return await run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load('address');
      range.worksheet.load('name');
      await context.sync();
      const address = range.address.includes('!') ? range.address.slice(range.address.lastIndexOf('!') + 1) : range.address;
      return { sheet: range.worksheet.name, address: address.replace(/\$/g, '') };
    });
  } catch (error) {
    throw toHostError(error);
  }
}

/** Whole rows `first`..`first+count-1` (0-based) as an A1 address (`28:30`). */
const rowsAddress = (first: number, count: number): string => `${first + 1}:${first + count}`;



/** Queue text reads of `cells` (A1, in one sheet); after the sync `texts()` gives address → shown text (or formula). */
function readCells(worksheet: Excel.Worksheet, cells: string[], multiRange: boolean): () => Map<string, string> {
  const loaded = loadCells(worksheet, cells, multiRange, 'address, text, formulas');
  return () => {
    const out = new Map<string, string>();
    for (const range of loaded()) addShown(out, range);
    return out;
  };
}

/** Record what each cell of a loaded range shows by address: its text, or its formula where it shows nothing. */
function addShown(out: Map<string, string>, range: Excel.Range): void {
  eachCell(range, (address, text, formula) => out.set(address, text === '' && formula !== null ? formula : text));
}

const norm = (cell: string): string => {
  const p = parseCellAddress(cell);
  return p ? cellAddress(p.row, p.col) : cell;
};

/** Apply an insertion plan: all or nothing, at most two syncs. */
export async function applyPlan(run: ExcelRun, plan: EditPlan, options: TemplateOptions, own: OwnWrites): Promise<InsertionRecord> {
  const runs = insertedRuns(plan.rowInsertions);
  const record: InsertionRecord = { sheet: plan.sheet, rows: runs, writes: plan.writes.map((w) => ({ ...w })) };
  for (const w of plan.writes) {
    if (!parseCellAddress(w.cell)) throw hostError('not-a-cell', { cell: w.cell });
  }
  // Targets in rows that exist now, in the sheet as it is (before the insertions).
  const existing = new Map<string, string>(); // address now → address in the plan
  for (const w of plan.writes) {
    const p = parseCellAddress(w.cell)!;
    const before = rowBefore(p.row, runs);
    if (before !== null) existing.set(cellAddress(before, p.col), norm(w.cell));
  }
  let done: (() => void) | null = null;
  const guard = new EventsGuard();
  try {
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(plan.sheet);
      sheet.protection.load('protected');
      if (options.suspendEvents) context.runtime.load('enableEvents');
      const texts = existing.size ? readCells(sheet, [...existing.keys()], options.multiRange) : () => new Map<string, string>();
      await context.sync();

      if (sheet.protection.protected) throw hostError('protected');
      const now = texts();
      const filled = [...existing]
        .map(([at, cell]) => ({ cell, text: now.get(at) ?? '' }))
        .filter((c) => c.text.trim() !== '');
      if (filled.length) throw hostError('stale-cells', { cells: filled });

      await guard.write(context, !!options.suspendEvents, () => {
        for (const ins of plan.rowInsertions) {
          const target = sheet.getRange(rowsAddress(ins.beforeRow, ins.count));
          target.insert('Down');
          // Inserted rows take the format of the row above (Excel's own rule): copy only from another row, as a
          // copy onto rows a merge has grown over may be refused.
          if (options.copyFormats && ins.formatFromRow !== ins.beforeRow - 1) {
            const from = ins.formatFromRow >= ins.beforeRow ? ins.formatFromRow + ins.count : ins.formatFromRow;
            sheet.getRange(rowsAddress(ins.beforeRow, ins.count)).copyFrom(sheet.getRange(rowsAddress(from, 1)), 'Formats');
          }
        }
        for (const e of plan.merges) {
          if (e.kind === 'add') sheet.getRange(e.range).merge(false);
          else {
            sheet.getRange(e.kind === 'extend' ? e.from : e.range).unmerge();
            if (e.kind === 'extend') sheet.getRange(e.range).merge(false);
          }
        }
        for (const w of plan.writes) sheet.getRange(w.cell).values = [[asText(w.value)]];
        // Without enableEvents the writes raise change events: remember them so the watcher knows them for ours.
        const rects = plan.writes.map((w) => parseRangeAddress(w.cell)!);
        if (!options.suspendEvents && rects.length) done = own.begin(plan.sheet, rects);
      });
    }, options.undoGroups ? { mergeUndoGroup: true } : {});
  } catch (error) {
    await guard.recover(run);
    throw toHostError(error, { partial: guard.writing, sheet: plan.sheet });
  } finally {
    (done as (() => void) | null)?.();
  }
  // Show the new rows: a step of its own, after their sheet is activated (a range of an inactive sheet cannot be
  // selected), and best effort: the rows are in whatever happens here.
  const shown = runs.length ? rowsAddress(runs[0].first, runs[0].count) : plan.writes[0]?.cell;
  if (shown) await selectRange(run, plan.sheet, shown).catch(() => undefined);
  return record;
}

/**
 * Undo an insertion while the user has not edited it: the first sync reads the used part of the new rows and the
 * written cells in rows that were there before; when every written cell still holds what was written and no other
 * cell of the new rows was filled, the second deletes the rows (bottom-up) and clears the writes made in old rows.
 */
export async function undoInsertion(
  run: ExcelRun,
  record: InsertionRecord,
  options: TemplateOptions,
  merges: MergeEdit[] = [],
): Promise<{ undone: boolean; edited: string[] }> {
  const guard = new EventsGuard();
  try {
    return await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(record.sheet);
      const used = record.rows.map((r) => {
        const range = sheet.getRange(rowsAddress(r.first, r.count)).getUsedRangeOrNullObject(true);
        range.load('address, text, formulas');
        return range;
      });
      const inNew = (row: number) => record.rows.some((r) => row >= r.first && row < r.first + r.count);
      const outside = record.writes.filter((w) => !inNew(parseCellAddress(w.cell)!.row)).map((w) => norm(w.cell));
      const texts = outside.length ? readCells(sheet, outside, options.multiRange) : () => new Map<string, string>();
      if (options.suspendEvents) context.runtime.load('enableEvents');
      await context.sync();

      const written = new Map(record.writes.map((w) => [norm(w.cell), w.value]));
      const now = texts();
      for (const range of used) if (!range.isNullObject) addShown(now, range);
      const edited = editedSinceInsertion(written, now);
      if (edited.length) return { undone: false, edited };

      await guard.write(context, !!options.suspendEvents, () => {
        for (const r of [...record.rows].sort((a, b) => b.first - a.first)) sheet.getRange(rowsAddress(r.first, r.count)).delete('Up');
        for (const cell of outside) {
          const p = parseCellAddress(cell)!;
          sheet.getRange(cellAddress(rowBefore(p.row, record.rows)!, p.col)).values = [['']];
        }
        const { unmerge, merge } = mergesBack(merges, record.rows);
        for (const m of unmerge) sheet.getRange(m).unmerge();
        for (const m of merge) sheet.getRange(m).merge(false);
      });
      return { undone: true, edited: [] };
    }, options.undoGroups ? { mergeUndoGroup: true } : {});
  } catch (error) {
    await guard.recover(run);
    throw toHostError(error, { partial: guard.writing, sheet: record.sheet });
  }
}

/** Excel column width in points for a width in characters (about 7 px a character plus 5 px padding, at 96 dpi). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A blank whole table on a new sheet named like `name` (two syncs); returns its name. */
export async function addBlankTable(run: ExcelRun, plan: BlankTablePlan, name: string): Promise<string> {
  try {
    return await run(async (context) => {
      const { sheet, name: finalName } = await addSheetNamedLike(context, name);
      for (const { column, width } of plan.columnWidths) sheet.getRange(`${column}:${column}`).format.columnWidth = charsToPoints(width);
      for (const { row, height } of plan.rowHeights) sheet.getRange(rowsAddress(row, 1)).format.rowHeight = height;
      for (const m of plan.merges) sheet.getRange(m).merge(false);
      for (const w of plan.writes) sheet.getRange(w.cell).values = [[asText(w.value)]];
      for (const r of plan.bold) sheet.getRange(r).format.font.bold = true;
      for (const r of plan.center) {
        sheet.getRange(r).format.horizontalAlignment = 'Center';
        sheet.getRange(r).format.verticalAlignment = 'Center';
      }
      for (const r of plan.wrap) sheet.getRange(r).format.wrapText = true;
      for (const r of plan.borders) {
        const borders = sheet.getRange(r).format.borders;
        for (const side of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) {
          borders.getItem(side).style = 'Continuous';
        }
      }
      sheet.activate();
      sheet.getRange('A1').select();
      await context.sync();
      return finalName;
    });
  } catch (error) {
    throw toHostError(error);
  }
}
