/**
 * `window.__preview`: a small handle on the page for tests and for anyone poking at it from the devtools console.
 *
 *   __preview.setUserFill('D28', '#C6EFCE')   colour a cell as the user would (sheet: the active one, or a 3rd arg);
 *                                            undefined/null removes the fill
 *   __preview.fillOf('D28')                  the cell's fill now ('#FDE7E9' while highlighted), or null
 *   __preview.textOf('D27')                  the text a cell shows
 *   __preview.select('D27')                  select a cell; the grid scrolls it into view (only cells in view are drawn)
 *   __preview.activeSheet()                  the name of the sheet on screen
 *   __preview.sheetNames()                   every sheet's name, in tab order
 *   __preview.open(bytes, 'name.xlsx')       open a file from bytes (Uint8Array or number[]); resolves false if
 *                                            unreadable (the page then shows why)
 *   __preview.fileName()                     the open file's name
 *   __preview.unsaved()                      true while there are changes 保存 has not written
 *   await __preview.saved('xlsx')            the bytes 保存 writes (as numbers), without a download
 *
 * It only reads and writes the preview's own in-memory workbook; the pane still goes through the Host.
 */
import { parseCellAddress } from '../core/address';
import { cellKey, type PreviewSheet } from './preview-workbook';
import type { Current, PreviewSession } from './session';

export interface PreviewTestHook {
  setUserFill(cell: string, colour: string | null | undefined, sheet?: string): void;
  fillOf(cell: string, sheet?: string): string | null;
  textOf(cell: string, sheet?: string): string;
  /** Select a cell of the active sheet, as a click would: the grid scrolls it into view (only cells in view are drawn). */
  select(cell: string): void;
  activeSheet(): string;
  sheetNames(): string[];
  open(bytes: Uint8Array | number[], fileName: string): Promise<boolean>;
  fileName(): string | null;
  /** True while the workbook has changes 保存 has not written yet. */
  unsaved(): boolean;
  /** The saved file's bytes, as 保存 would download them (`csv` for a text file saved as text). */
  saved(target?: 'xlsx' | 'csv'): Promise<number[] | null>;
}

declare global {
  interface Window {
    __preview?: PreviewTestHook;
  }
}

interface HookState {
  current: Current | undefined;
  open: (bytes: Uint8Array, fileName: string) => Promise<boolean>;
  session: PreviewSession;
}

/** Put the hook on `window` for the workbook now open; returns the cleanup that takes it off again. */
export function installTestHook(state: HookState): () => void {
  const sheetOf = (name?: string): PreviewSheet => {
    const wb = state.current?.workbook;
    if (!wb) throw new Error('no workbook is open');
    const sheet = name === undefined ? wb.activeSheet : wb.sheet(name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    return sheet;
  };
  const keyOf = (cell: string): number => {
    const at = parseCellAddress(cell);
    if (!at) throw new Error(`not a cell address: ${cell}`);
    return cellKey(at.row, at.col);
  };
  const hook: PreviewTestHook = {
    setUserFill(cell, colour, sheet) {
      const s = sheetOf(sheet);
      state.current?.workbook.setFills(s, [[keyOf(cell), colour ?? undefined]]);
    },
    fillOf: (cell, sheet) => sheetOf(sheet).fills.get(keyOf(cell)) ?? null,
    textOf(cell, sheet) {
      const at = parseCellAddress(cell);
      return at ? sheetOf(sheet).text(at.row, at.col) : '';
    },
    select(cell) {
      const at = parseCellAddress(cell);
      if (!at) throw new Error(`not a cell address: ${cell}`);
      state.current?.workbook.select(at.row, at.col);
    },
    activeSheet: () => sheetOf().name,
    sheetNames: () => state.current?.workbook.sheets.map((s) => s.name) ?? [],
    open: (bytes, fileName) => state.open(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes), fileName),
    fileName: () => state.current?.workbook.fileName ?? null,
    unsaved: () => state.current?.workbook.unsaved ?? false,
    async saved(target = 'xlsx') {
      let out: number[] | null = null;
      await state.session.save(target, (bytes) => {
        out = [...bytes];
      });
      return out;
    },
  };
  window.__preview = hook;
  return () => {
    if (window.__preview === hook) delete window.__preview;
  };
}
