/**
 * Hearing the user's edits: `worksheet.onChanged` (ExcelApi 1.7) on the sheet being checked, ignoring the add-in's
 * own writes. Where ExcelApi 1.8 exists the writes switch events off, and from 1.14 an event says who caused it; on
 * 1.7 clients the writes are remembered here and events covering only those cells are ignored.
 */
import type { OwnWrites } from '../shared/own-writes';
import type { ExcelRun } from './api';
import { toHostError } from './errors';

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

  /**
   * Queue `write` with change events off where this Excel can switch them off (`suspend`: ExcelApi 1.8, with
   * `enableEvents` loaded by the read sync), and back to what they were; then the write sync. A failure during it
   * leaves `writing` set, so the caller can say some cells may be written and `recover` switches events back on.
   */
  async write(context: Excel.RequestContext, suspend: boolean, write: () => void): Promise<void> {
    const previous = suspend ? context.runtime.enableEvents : false;
    if (suspend) context.runtime.enableEvents = false;
    write();
    if (suspend) context.runtime.enableEvents = previous;
    this.writing = true;
    this.restore = previous === true;
    await context.sync();
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
