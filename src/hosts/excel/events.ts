/**
 * Hearing the user's edits: `worksheet.onChanged` (ExcelApi 1.7) on the sheet being checked, ignoring the add-in's
 * own writes. Where ExcelApi 1.8 exists the writes switch events off, and from 1.14 an event says who caused it; on
 * 1.7 clients the writes are remembered here and events covering only those cells are ignored.
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

/** A sheet by name and by Excel's id (which survives renaming). */
export interface WatchedSheet {
  name: string;
  id: string;
}

/**
 * The change watcher: `worksheet.onChanged` (ExcelApi 1.7) on the sheet being checked. The pane subscribes once;
 * when a check reads another sheet, `follow` moves the handler there (removed through the context that added it,
 * as Office requires), so edits of the sheet on screen are heard and edits elsewhere are not.
 */
export class SheetWatcher {
  private listener: (() => void) | null = null;
  private current: { sheet: WatchedSheet; subscription: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs> } | null = null;

  constructor(
    private readonly run: ExcelRun,
    private readonly own: OwnWrites,
    private readonly available: boolean,
  ) {}

  /** Call `listener` on the user's edits of `sheet` (null: the active sheet); resolves to an unsubscribe. */
  async watch(listener: () => void, sheet: WatchedSheet | null): Promise<() => Promise<void>> {
    if (!this.available) return async () => undefined; // before ExcelApi 1.7: the pane re-checks on demand only
    await this.detach();
    this.listener = listener;
    try {
      await this.attach(sheet);
    } catch (error) {
      this.listener = null;
      throw toHostError(error, { apiSet: '1.7' });
    }
    return async () => {
      this.listener = null;
      await this.detach();
    };
  }

  /** Listen on `sheet` instead, if listening elsewhere (after a check read another sheet). */
  async follow(sheet: WatchedSheet): Promise<void> {
    if (!this.listener || this.current?.sheet.id === sheet.id) return;
    await this.detach();
    await this.attach(sheet);
  }

  private async attach(target: WatchedSheet | null): Promise<void> {
    const watched: WatchedSheet = { name: '', id: '' };
    const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
      if (event.triggerSource === 'ThisLocalAddin') return; // ExcelApi 1.14
      if (event.worksheetId && watched.id && event.worksheetId !== watched.id) return;
      if (this.own.covers(watched.name, event.address)) return;
      try {
        this.listener?.();
      } catch {
        // a listener's failure must not break Excel's event dispatch
      }
    };
    const subscription = await this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const sheet = target ? worksheets.getItem(target.id || target.name) : worksheets.getActiveWorksheet();
      sheet.load('name, id');
      const added = sheet.onChanged.add(handler);
      await context.sync();
      watched.name = sheet.name;
      watched.id = sheet.id;
      return added;
    });
    this.current = { sheet: watched, subscription };
  }

  private async detach(): Promise<void> {
    const current = this.current;
    this.current = null;
    if (!current) return;
    try {
      await this.run(async (context) => {
        current.subscription.remove();
        await context.sync();
      }, { reuse: current.subscription.context });
    } catch {
      // the workbook or pane is closing: the handler goes with it
    }
  }
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
