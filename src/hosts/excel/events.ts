/**
 * The change watcher: `worksheet.onChanged` (ExcelApi 1.7) on the active sheet, ignoring the add-in's own writes.
 * Where ExcelApi 1.8 exists applyEdits switches events off while writing, and from 1.14 an event says who caused
 * it; on 1.7 clients the writes are remembered here and events covering only those cells are ignored.
 */
import { cellsOf, areasOf } from './cells';
import type { CellRange } from '../../core/snapshot';
import type { ExcelRun } from './api';
import { toHostError } from './errors';

/** How long after a write an event on the written cells still counts as ours (events arrive asynchronously). */
const OWN_WRITE_WINDOW_MS = 3_000;

/** Cells the add-in wrote recently, so the change watcher can tell those events from the user's. */
export class OwnWrites {
  private entries: { sheet: string; cells: Set<string>; until: number }[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** Mark `cells` of `sheet` as being written; call the returned function when the write batch is done. */
  begin(sheet: string, cells: CellRange[]): () => void {
    const entry = { sheet, cells: new Set(cells.flatMap((c) => cellsOf(c, 100_000)).map(key)), until: Infinity };
    this.entries.push(entry);
    return () => {
      entry.until = this.now() + OWN_WRITE_WINDOW_MS;
    };
  }

  /**
   * True when every cell of `address` on `sheet` was written by the add-in just now. Each written cell answers for
   * one event only, so the user's next edit of the same cell is heard.
   */
  covers(sheet: string, address: string): boolean {
    const now = this.now();
    this.entries = this.entries.filter((e) => e.until >= now && e.cells.size > 0);
    const mine = this.entries.filter((e) => e.sheet === sheet);
    if (mine.length === 0) return false;
    const cells: string[] = [];
    for (const area of areasOf(address)) {
      const inArea = cellsOf(area, 10_001);
      if (inArea.length > 10_000) return false;
      cells.push(...inArea.map(key));
    }
    if (cells.length === 0 || !cells.every((c) => mine.some((e) => e.cells.has(c)))) return false;
    for (const c of cells) mine.find((e) => e.cells.has(c))?.cells.delete(c);
    return true;
  }
}

function key(c: { row: number; col: number }): string {
  return `${c.row},${c.col}`;
}

/** Watch the active sheet for the user's edits; resolves to an unsubscribe that removes the handler. */
export async function watchActiveSheet(
  run: ExcelRun,
  available: boolean,
  own: OwnWrites,
  listener: () => void,
): Promise<() => Promise<void>> {
  if (!available) return async () => undefined; // before ExcelApi 1.7: the pane re-checks on demand only
  let sheetName = '';
  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (event.triggerSource === 'ThisLocalAddin') return; // ExcelApi 1.14
    if (own.covers(sheetName, event.address)) return;
    try {
      listener();
    } catch {
      // a listener's failure must not break Excel's event dispatch
    }
  };
  let subscription: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;
  try {
    subscription = await run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      const added = sheet.onChanged.add(handler);
      await context.sync();
      sheetName = sheet.name;
      return added;
    });
  } catch (error) {
    throw toHostError(error, { apiSet: '1.7' });
  }
  let removed = false;
  return async () => {
    if (removed) return;
    removed = true;
    try {
      await run(async (context) => {
        subscription.remove();
        await context.sync();
      }, { reuse: subscription.context });
    } catch {
      // the workbook or pane is closing: the handler goes with it
    }
  };
}

/**
 * The write sync of a batch that switches change events off (ExcelApi 1.8) while it writes: should Excel refuse a
 * command in it, the batch stops there, before the command that switches them back on. `recover` then does that in
 * a run of its own.
 */
export class EventsGuard {
  /** The write sync is under way (a failure now may have left some writes done). */
  writing = false;
  private restore = false;

  /** The write sync starts; `previous`: enableEvents before the batch switched it off. */
  begin(previous: boolean | undefined): void {
    this.writing = true;
    this.restore = previous === true;
  }

  end(): void {
    this.writing = false;
  }

  async recover(run: ExcelRun): Promise<void> {
    if (!this.writing || !this.restore) return;
    await run(async (context) => {
      context.runtime.enableEvents = true;
      await context.sync();
    }).catch(() => undefined);
  }
}
