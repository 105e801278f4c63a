/**
 * Compare-and-set cell writes in two syncs: the first reads every target cell's text (and the sheet's protection),
 * the second writes only the cells that still show what the edit expects. A cell the user changed since the check
 * is reported stale with its current text, never overwritten.
 */
import { cellAddress, parseCellAddress, parseRangeAddress } from '../../core/address';
import type { CellEdit } from '../../core/model';
import type { ApplyResult } from '../host';
import type { ExcelRun } from './api';
import { hostError, toHostError } from './errors';
import { EventsGuard } from './events';
import { editsBySheet } from '../shared/edits';
import type { OwnWrites } from '../shared/own-writes';
import { asText } from '../shared/cells';
import { eachCell, loadCells } from './cells';

export interface EditOptions {
  /** worksheet.getRanges (ExcelApi 1.9): one object per sheet for reading the targets. */
  multiRange: boolean;
  /** context.runtime.enableEvents (ExcelApi 1.8): no change events from our writes. */
  suspendEvents: boolean;
  /** Excel.run's mergeUndoGroup (ExcelApi 1.20): the batch is one step of Excel's undo. */
  undoGroups?: boolean;
}

/** What a target cell holds now, and whether it is locked (null: unknown or mixed, counted as locked). */
interface Current {
  text: string;
  formula: string | null;
  locked: boolean | null;
}

/** The target cells of one sheet, read in the first sync. */
interface SheetTargets {
  sheet: string;
  worksheet: Excel.Worksheet;
  protection: Excel.WorksheetProtection;
  /** Current contents by normalised address (after the sync). */
  current(): Map<string, Current>;
}

const CELL_PROPS = 'address, text, formulas, format/protection/locked';

/** Apply `edits` (compare-and-set); at most two syncs. */
export async function applyEdits(run: ExcelRun, edits: CellEdit[], options: EditOptions, own: OwnWrites): Promise<ApplyResult> {
  const { bySheet, result } = editsBySheet(edits);
  if (bySheet.size === 0) return result;

  const done: (() => void)[] = [];
  const guard = new EventsGuard();
  try {
    return await run(async (context) => {
      if (options.suspendEvents) context.runtime.load('enableEvents');
      const targets = [...bySheet].map(([sheet, list]) => readTargets(context, sheet, list, options.multiRange));
      await context.sync();

      const writes: { target: SheetTargets; edit: CellEdit }[] = [];
      for (const target of targets) {
        const current = target.current();
        for (const edit of bySheet.get(target.sheet) ?? []) {
          const key = normalise(edit.cell);
          const now = current.get(key) ?? { text: '', formula: null, locked: null };
          if (!matches(edit.expected, now)) {
            result.stale.push({ edit, actual: now.text });
            continue;
          }
          // Refuse before writing anything: Excel would write the unlocked cells and then stop at a locked one.
          if (target.protection.protected && now.locked !== false) throw hostError('protected');
          writes.push({ target, edit });
          current.set(key, { ...now, text: edit.value, formula: null }); // a later edit of the same cell sees this one
        }
      }
      if (writes.length === 0) return result;

      await guard.write(context, !!options.suspendEvents, () => {
        for (const { target, edit } of writes) target.worksheet.getRange(edit.cell).values = [[asText(edit.value)]];
        // Without enableEvents the writes raise change events: remember them so the watcher knows them for ours.
        for (const target of options.suspendEvents ? [] : targets) {
          const mine = writes.filter((w) => w.target === target).map((w) => parseRangeAddress(w.edit.cell)!);
          if (mine.length) done.push(own.begin(target.sheet, mine));
        }
      });
      result.applied.push(...writes.map((w) => w.edit));
      return result;
    }, options.undoGroups ? { mergeUndoGroup: true } : {});
  } catch (error) {
    await guard.recover(run);
    throw toHostError(error, { partial: guard.writing, sheet: bySheet.size === 1 ? [...bySheet.keys()][0] : undefined });
  } finally {
    done.forEach((end) => end());
  }
}

/** The edit applies when the cell still shows `expected` (trimmed), or holds it as its formula. */
function matches(expected: string, now: Current): boolean {
  const want = expected.trim();
  return now.text.trim() === want || (now.formula !== null && now.formula === want);
}

function normalise(cell: string): string {
  const p = parseCellAddress(cell)!;
  return cellAddress(p.row, p.col);
}

/** Queue the reads of one sheet's target cells: one getRanges per ~240 characters of addresses, or one range per cell. */
function readTargets(context: Excel.RequestContext, sheet: string, edits: CellEdit[], multiRange: boolean): SheetTargets {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  const protection = worksheet.protection;
  protection.load('protected');
  const cells = [...new Set(edits.map((e) => normalise(e.cell)))];

  const loaded = loadCells(worksheet, cells, multiRange, CELL_PROPS);
  return {
    sheet,
    worksheet,
    protection,
    current: () => {
      const out = new Map<string, Current>();
      for (const range of loaded()) addRange(out, range);
      return out;
    },
  };
}

/** Record the cells of a loaded range by address. */
function addRange(out: Map<string, Current>, range: Excel.Range): void {
  const locked = range.format.protection.locked; // one value for the area: null when its cells differ
  eachCell(range, (address, text, formula) => out.set(address, { text, formula, locked: typeof locked === 'boolean' ? locked : null }));
}

