/**
 * Hearing the user's edits in WPS: one `SheetChange` listener (WPS raises it for every sheet, with the sheet and
 * the changed range), passing on only changes of the sheet being checked that the add-in did not make itself. The
 * add-in's own writes are remembered cell by cell (OwnWrites), whether WPS raises their events during the write or
 * after it.
 */
import type { OwnWrites } from '../shared/own-writes';
import { plainAddress, type WpsApplication, type WpsRange, type WpsWorksheet } from './api';

export const CHANGE_EVENT = 'SheetChange' as const;

export class SheetWatcher {
  /** The sheet whose changes are passed on (by name: WPS sheets have no id). */
  private watched: string | null = null;

  constructor(
    private readonly app: () => WpsApplication,
    private readonly own: OwnWrites,
  ) {}

  /** Call `listener` on the user's edits of `sheet` (null: the active sheet); returns the unsubscribe. */
  watch(listener: () => void, sheet: string | null): () => void {
    const app = this.app();
    this.watched = sheet ?? app.ActiveSheet?.Name ?? null;
    const handler = (changed: WpsWorksheet, target: WpsRange): void => {
      try {
        const name = changed.Name;
        if (name !== this.watched) return;
        if (this.own.covers(name, plainAddress(target.Address()))) return;
        listener();
      } catch {
        // a listener's failure must not break WPS's event dispatch
      }
    };
    app.ApiEvent.AddApiEventListener(CHANGE_EVENT, handler);
    return () => {
      try {
        app.ApiEvent.RemoveApiEventListener(CHANGE_EVENT, handler);
      } catch {
        // WPS or the workbook is closing: the listener goes with it
      }
    };
  }

  /** Pass on changes of `sheet` from now on (a check read another sheet). */
  follow(sheet: string): void {
    this.watched = sheet;
  }
}
