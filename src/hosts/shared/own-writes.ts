/**
 * Cells the add-in wrote just now, so a host's change watcher can tell those change events from the user's (Excel
 * before ExcelApi 1.14 and WPS say nothing of who made a change).
 */
import type { CellRange } from '../../core/snapshot';
import { areasOf, cellsOf } from './cells';

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
