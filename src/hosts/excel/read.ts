/**
 * Read the active sheet into a SheetSnapshot. A normal sheet costs exactly one sync (the used range's address,
 * size, values, text, number formats and formulas together); reading merged areas (ExcelApi 1.13) costs a second,
 * kept apart so that its failure (more than 512 areas) cannot lose the values.
 *
 * Big sheets: Excel on the web refuses responses over 5 MB, and no Excel reads more than 5,000,000 cells at once.
 * The first read is optimistic (checking the size first would cost a sync on every sheet); when it fails, the size
 * is probed and the rows are read in chunks. A sheet once found big is probed first on later reads.
 */
import type { CellRange, SheetSnapshot } from '../../core/snapshot';
import type { ExcelRun } from './api';
import { clipMerges } from '../../core/snapshot';
import { appendGrids, areasOf, emptyGrids, type RangeGrids, type SnapshotGrids } from '../shared/cells';
import { classify, isSizeError, tooLarge } from './errors';
import { parseRangeAddress } from '../../core/address';

export interface ReadLimits {
  /** A sheet with more used cells than this is probed first on its next read. */
  chunkAbove: number;
  /** Cells per chunk (halved while Excel still says a chunk is too large). */
  chunkCells: number;
  /** No read beyond this many cells: the sheet is too large ('too-large'). */
  maxCells: number;
  /** Syncs spent on merged areas at most (a failed request is split in halves). */
  mergeSyncs: number;
}

export const READ_LIMITS: ReadLimits = { chunkAbove: 1_000_000, chunkCells: 100_000, maxCells: 5_000_000, mergeSyncs: 16 };

export interface ReadOptions {
  /** Read merged areas (ExcelApi 1.13). */
  merges: boolean;
  /** Probe the used range's size before reading (the sheet was big last time). */
  probeFirst: boolean;
  limits: ReadLimits;
  onProgress?: (fraction: number) => void;
}

export interface ReadResult {
  snapshot: SheetSnapshot;
  /** The sheet read, by name and id. */
  sheet: { name: string; id: string };
  /** Cells in the used range. */
  cells: number;
  /** Read in row chunks (the sheet is big). */
  chunked: boolean;
  /** Merged areas: all read, some missing (a part failed), or not asked for. */
  merges: 'read' | 'incomplete' | 'failed' | 'skipped';
}

const EXTENT = 'address, rowCount, columnCount';
const CELLS = 'values, text, numberFormat, formulas';

/** Read the active worksheet (one Excel.run). */
export function readActiveSheet(run: ExcelRun, options: ReadOptions): Promise<ReadResult> {
  return run(async (context) => {
    let sheet = context.workbook.worksheets.getActiveWorksheet();
    let used = sheet.getUsedRangeOrNullObject(true);
    sheet.load('name, id');
    let grids: SnapshotGrids | null = null;
    let firstFailure: unknown = null;

    if (!options.probeFirst) {
      used.load(`${EXTENT}, ${CELLS}`);
      try {
        await context.sync();
        if (!used.isNullObject) {
          grids = emptyGrids();
          appendGrids(grids, used as unknown as RangeGrids);
        }
      } catch (error) {
        if (classify(error) !== 'failed') throw error; // edit mode, a chart sheet…: reading again will not help
        firstFailure = error;
        sheet = context.workbook.worksheets.getActiveWorksheet();
        used = sheet.getUsedRangeOrNullObject(true);
        sheet.load('name, id');
      }
    }
    if (!grids && (options.probeFirst || firstFailure)) {
      used.load(EXTENT);
      await context.sync();
    }
    const name = sheet.name;
    const ref = { name, id: sheet.id };
    if (used.isNullObject) return { snapshot: { name, origin: { row: 0, col: 0 }, values: [], merges: [] }, sheet: ref, cells: 0, chunked: false, merges: 'skipped' };

    const extent = parseRangeAddress(used.address);
    if (!extent) throw new Error(`unreadable used-range address ${used.address}`);
    const cells = used.rowCount * used.columnCount;
    const chunked = !grids;
    if (!grids) {
      if (cells > options.limits.maxCells) throw tooLarge(cells, options.limits.maxCells, used.address);
      // A small sheet whose one read failed fails again in chunks: report the original error.
      if (firstFailure && cells <= options.limits.chunkCells && !isSizeError(firstFailure)) throw firstFailure;
      grids = await readRows(context, sheet, extent, options);
    }

    let merges: CellRange[] = [];
    let mergeState: ReadResult['merges'] = 'skipped';
    if (options.merges) {
      const found = await readMerges(context, sheet, { top: 0, bottom: extent.bottom }, extent.right, { syncs: options.limits.mergeSyncs });
      merges = clipMerges(found.areas, extent);
      mergeState = found.state;
    }

    const snapshot: SheetSnapshot = {
      name,
      origin: { row: extent.top, col: extent.left },
      values: grids.values,
      texts: grids.texts,
      formats: grids.formats,
      merges,
    };
    if (grids.anyFormula) snapshot.formulas = grids.formulas;
    return { snapshot, sheet: ref, cells, chunked, merges: mergeState };
  });
}

/** The used range's rows in chunks of about `chunkCells` cells, one sync each, halving a chunk Excel finds too large. */
async function readRows(context: Excel.RequestContext, sheet: Excel.Worksheet, extent: CellRange, options: ReadOptions): Promise<SnapshotGrids> {
  const rows = extent.bottom - extent.top + 1;
  const cols = extent.right - extent.left + 1;
  const grids = emptyGrids();
  let step = Math.max(1, Math.floor(options.limits.chunkCells / cols));
  for (let done = 0; done < rows; ) {
    const n = Math.min(step, rows - done);
    const chunk = sheet.getRangeByIndexes(extent.top + done, extent.left, n, cols);
    chunk.load(CELLS);
    try {
      await context.sync(); // one sync per chunk is the point of chunks
    } catch (error) {
      if (isSizeError(error) && n > 1) {
        step = Math.ceil(n / 2);
        continue;
      }
      throw error;
    }
    appendGrids(grids, chunk as unknown as RangeGrids);
    done += n;
    options.onProgress?.(done / rows);
  }
  return grids;
}

/**
 * Merged areas of rows `top..bottom` from column A (getMergedAreasOrNullObject returns the areas whose top-left
 * cell is inside the range, so the range starts at column A and, first, at row 1), each area's address read on its
 * own (RangeAreas.areas). More than 512 areas make the request fail: then each half is asked separately, within a
 * budget of syncs. Any other failure is not retried (halving cannot cure it): those merges are missing.
 */
async function readMerges(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  rows: { top: number; bottom: number },
  right: number,
  budget: { syncs: number },
): Promise<{ areas: CellRange[]; state: 'read' | 'incomplete' | 'failed' }> {
  const merged = sheet.getRangeByIndexes(rows.top, 0, rows.bottom - rows.top + 1, right + 1).getMergedAreasOrNullObject();
  merged.areas.load('address');
  budget.syncs--;
  try {
    await context.sync();
  } catch (error) {
    if (!isTooManyAreas(error)) return { areas: [], state: 'failed' };
    if (rows.bottom === rows.top || budget.syncs < 2) return { areas: [], state: 'incomplete' };
    const mid = Math.floor((rows.top + rows.bottom) / 2);
    const upper = await readMerges(context, sheet, { top: rows.top, bottom: mid }, right, budget);
    const lower = await readMerges(context, sheet, { top: mid + 1, bottom: rows.bottom }, right, budget);
    const state = upper.state === 'failed' || lower.state === 'failed' ? 'failed' : upper.state === 'read' && lower.state === 'read' ? 'read' : 'incomplete';
    return { areas: [...upper.areas, ...lower.areas], state };
  }
  return { areas: merged.isNullObject ? [] : merged.areas.items.flatMap((area) => areasOf(area.address)), state: 'read' };
}

/**
 * Excel reports more than 512 merged areas as a general failure, without a code of its own: any error but the
 * known, specific ones (cell-edit mode, a sheet gone, protection, a missing API). A response too large is cured by
 * asking for halves too.
 */
function isTooManyAreas(error: unknown): boolean {
  return classify(error) === 'failed';
}
