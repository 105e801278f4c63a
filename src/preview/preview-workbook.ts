/**
 * The preview's in-memory workbook: the sheets read from a file, made editable, with a fill colour per cell.
 * It knows nothing of React or the pane: the grid renders it, PreviewHost reads and writes it.
 */
import { clipMerges, snapshotBuilder, type CellRange, type CellValue, type SheetSnapshot } from '../core/snapshot';
import { uniqueSheetName } from '../hosts/shared/sheets';
import { cellAddress, parseCellAddress } from '../core/address';
import { shiftFormula } from '../core/templates/formulas';
import type { SheetOp } from './file/save';

/** One cell as the preview holds it. */
export interface PreviewCell {
  value: CellValue;
  /** Display text when the file gave one (`14,624,640`, `95%`); null: show `String(value)`. */
  text: string | null;
  format: string | null;
  formula: string | null;
}

/** What a file says about a sheet's looks beyond its snapshot (xlsx only, and only what SheetJS reads cheaply). */
export interface SheetLooks {
  /** Fill colour (`#RRGGBB`) by A1 address. */
  fills?: Record<string, string>;
  /** Column widths in pixels, by 0-based column index. */
  colWidths?: (number | undefined)[];
}

/** Who changed a cell: the user typing in the grid, or the add-in through the host. */
export type EditSource = 'user' | 'host';

// Cells and fills are keyed by one number: row * 16384 + column (Excel has 16 384 columns).
const WIDTH = 16384;
export const cellKey = (row: number, col: number): number => row * WIDTH + col;
export const keyRow = (key: number): number => Math.floor(key / WIDTH);
export const keyCol = (key: number): number => key % WIDTH;

/** A1 address → key; null when it is not an address. */
export function addressKey(address: string): number | null {
  const p = parseCellAddress(address);
  return p ? cellKey(p.row, p.col) : null;
}

/** A1 address of a key. */
export const keyAddress = (key: number): string => cellAddress(keyRow(key), keyCol(key));

/**
 * What typing `text` into a cell stores, roughly as Excel does: plain numbers, `1,234` and `95%` become numbers
 * (the text stays as typed), an empty string clears the cell, anything else is text.
 */
export function typedCell(text: string): PreviewCell | null {
  if (text === '') return null;
  const plain = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text);
  const grouped = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(text);
  if (plain || grouped) {
    return { value: Number(text.replace(/,/g, '')), text, format: grouped ? '#,##0' : null, formula: null };
  }
  const percent = /^[+-]?(\d+\.?\d*|\.\d+)%$/.exec(text);
  if (percent) return { value: Number(text.slice(0, -1)) / 100, text, format: '0%', formula: null };
  return { value: text, text, format: null, formula: null };
}

// As the file reader counts it: a formula counts even when its cached result is empty.
function hasContent(cell: PreviewCell | undefined): cell is PreviewCell {
  return !!cell && ((cell.value !== null && cell.value !== '') || !!cell.formula);
}

/** One sheet: sparse cells, merged areas, fills, and what changed since the file was opened (for 保存). */
export class PreviewSheet {
  readonly cells = new Map<number, PreviewCell>();
  /** Fill colour per cell as the grid shows it: the user's own, or a highlight the host put there. */
  readonly fills = new Map<number, string>();
  colWidths: (number | undefined)[] = [];
  /** Cells shown bold, and cells with thin borders (a blank table template's looks). */
  readonly bold = new Set<number>();
  readonly borders = new Set<number>();
  /** True for a sheet added here (a report, a blank table): saved whole, not patched. */
  added = false;
  /** Row insertions and deletions and merge changes since the file was opened, in order (file sheets only). */
  readonly ops: SheetOp[] = [];
  /** Every cell written since the file was opened, in today's rows. */
  readonly written = new Set<number>();
  /** Bumped by every change of content, rows or merges (not fills or selection): unsaved work shows as a change. */
  revision = 0;
  private mergeList: CellRange[] = [];
  /** The merged areas over each row (built when first needed): mergeAt must not scan 100,000 merges per cell. */
  private mergeRows: Map<number, CellRange[]> | null = null;

  constructor(public name: string) {}

  /** The merged areas. Change them with addMerge / removeMerge / setMerges, which keep the journal for 保存. */
  get merges(): readonly CellRange[] {
    return this.mergeList;
  }

  addMerge(range: CellRange): void {
    // In place: readers copy what they keep (a copy per merge made 30,000 merges quadratic).
    this.mergeList.push({ ...range });
    this.mergesChanged({ kind: 'merge', range: { ...range } });
  }

  /** Unmerge exactly `range`, if it is merged. */
  removeMerge(range: CellRange): void {
    const kept = this.mergeList.filter((m) => !sameRange(m, range));
    if (kept.length === this.mergeList.length) return;
    this.mergeList = kept;
    this.mergesChanged({ kind: 'unmerge', range: { ...range } });
  }

  /** Make the merged areas exactly `ranges` (as an undo does), journalled as the unmerges and merges it takes. */
  setMerges(ranges: readonly CellRange[]): void {
    const wanted = new Set(ranges.map(rangeKey));
    const had = new Set(this.mergeList.map(rangeKey));
    const gone = new Map(this.mergeList.filter((x) => !wanted.has(rangeKey(x))).map((m) => [rangeKey(m), m]));
    if (gone.size) {
      this.mergeList = this.mergeList.filter((x) => wanted.has(rangeKey(x)));
      for (const m of gone.values()) this.mergesChanged({ kind: 'unmerge', range: { ...m } });
    }
    for (const r of ranges) {
      if (had.has(rangeKey(r))) continue;
      had.add(rangeKey(r));
      this.addMerge(r);
    }
    this.loadMerges(ranges); // in the order given
  }

  private mergesChanged(op: SheetOp): void {
    this.mergeRows = null;
    this.revision++;
    if (!this.added) this.ops.push(op);
  }

  /** The merges as read from a file: no journal. */
  private loadMerges(ranges: readonly CellRange[]): void {
    this.mergeList = ranges.map((m) => ({ ...m }));
    this.mergeRows = null;
  }

  /** A sheet holding `snapshot`'s cells at their sheet positions, with the file's fills and widths. */
  static fromSnapshot(snapshot: SheetSnapshot, looks: SheetLooks = {}): PreviewSheet {
    const sheet = PreviewSheet.shell(snapshot, looks);
    for (let r = 0; r < snapshot.values.length; r++) sheet.loadRow(snapshot, r);
    return sheet;
  }

  /** A sheet with `snapshot`'s name, merges and looks, and none of its cells yet (loadRow adds them). */
  static shell(snapshot: SheetSnapshot, looks: SheetLooks = {}): PreviewSheet {
    const sheet = new PreviewSheet(snapshot.name);
    sheet.loadMerges(snapshot.merges);
    for (const [address, colour] of Object.entries(looks.fills ?? {})) {
      const key = addressKey(address);
      if (key !== null) sheet.fills.set(key, colour);
    }
    sheet.colWidths = [...(looks.colWidths ?? [])];
    return sheet;
  }

  /** Add the cells of row `r` of `snapshot` (counted from its origin). */
  loadRow(snapshot: SheetSnapshot, r: number): void {
    const { row: top, col: left } = snapshot.origin;
    snapshot.values[r].forEach((value, c) => {
      const text = snapshot.texts?.[r]?.[c];
      const formula = snapshot.formulas?.[r]?.[c] ?? null;
      if ((value === null || value === undefined) && !formula) {
        if (typeof text !== 'string' || text === '') return;
      }
      this.cells.set(cellKey(top + r, left + c), {
        value: value ?? text ?? null,
        text: typeof text === 'string' ? text : null,
        format: snapshot.formats?.[r]?.[c] ?? null,
        formula,
      });
    });
  }

  /** The text a cell shows ('' when empty), the same text the core compares edits against. */
  text(row: number, col: number): string {
    const cell = this.cells.get(cellKey(row, col));
    if (!cell) return '';
    if (cell.text !== null) return cell.text;
    return cell.value === null ? '' : String(cell.value);
  }

  cell(row: number, col: number): PreviewCell | undefined {
    return this.cells.get(cellKey(row, col));
  }

  /** Store `text` as if typed (see typedCell). */
  setText(row: number, col: number, text: string): void {
    const key = cellKey(row, col);
    const cell = typedCell(text);
    if (cell) this.cells.set(key, cell);
    else if (!this.cells.delete(key) && !this.written.has(key)) return; // clearing an empty cell changes nothing
    this.written.add(key);
    this.revision++;
  }

  /**
   * Insert `count` whole rows before `beforeRow`, as Excel does: cells, fills and looks below move down, formulas
   * referring to moved rows follow them, a merge the rows go strictly inside grows; the new rows take the fills,
   * bold and borders of `formatFromRow` (in the sheet before the insertion).
   */
  insertRows(beforeRow: number, count: number, formatFromRow: number): void {
    const from = formatFromRow >= beforeRow ? formatFromRow + count : formatFromRow;
    const move = (key: number) => (keyRow(key) >= beforeRow ? key + count * WIDTH : key);
    const cells = [...this.cells].map(([key, cell]): [number, PreviewCell] => [
      move(key),
      cell.formula ? { ...cell, formula: shiftFormula(cell.formula, this.name, beforeRow, count) } : cell,
    ]);
    this.cells.clear();
    for (const [key, cell] of cells) this.cells.set(key, cell);
    const fills = [...this.fills].map(([key, colour]): [number, string] => [move(key), colour]);
    this.fills.clear();
    for (const [key, colour] of fills) this.fills.set(key, colour);
    for (const set of [this.bold, this.borders, this.written]) {
      const keys = [...set].map(move);
      set.clear();
      keys.forEach((k) => set.add(k));
    }
    const at = (row: number) => (row >= beforeRow ? row + count : row);
    this.loadMerges(this.mergeList.map((m) => ({ ...m, top: at(m.top), bottom: at(m.bottom) })));
    for (const [key, colour] of [...this.fills]) {
      if (keyRow(key) !== from) continue;
      for (let r = beforeRow; r < beforeRow + count; r++) this.fills.set(cellKey(r, keyCol(key)), colour);
    }
    for (const set of [this.bold, this.borders]) {
      for (const key of [...set]) {
        if (keyRow(key) !== from) continue;
        for (let r = beforeRow; r < beforeRow + count; r++) set.add(cellKey(r, keyCol(key)));
      }
    }
    this.revision++;
    if (!this.added) this.ops.push({ kind: 'insert', before: beforeRow, count, formatFrom: formatFromRow });
  }

  /**
   * Delete `count` whole rows from `first`, as Excel does: what is below moves up, formulas follow, merges shrink
   * (a merge lying wholly in the rows goes).
   */
  deleteRows(first: number, count: number): void {
    const end = first + count; // first row kept below
    const gone = (key: number) => keyRow(key) >= first && keyRow(key) < end;
    const move = (key: number) => (keyRow(key) >= end ? key - count * WIDTH : key);
    const cells = [...this.cells]
      .filter(([key]) => !gone(key))
      .map(([key, cell]): [number, PreviewCell] => [move(key), cell.formula ? { ...cell, formula: shiftFormula(cell.formula, this.name, end, -count) } : cell]);
    this.cells.clear();
    for (const [key, cell] of cells) this.cells.set(key, cell);
    const fills = [...this.fills].filter(([key]) => !gone(key)).map(([key, colour]): [number, string] => [move(key), colour]);
    this.fills.clear();
    for (const [key, colour] of fills) this.fills.set(key, colour);
    for (const set of [this.bold, this.borders, this.written]) {
      const keys = [...set].filter((k) => !gone(k)).map(move);
      set.clear();
      keys.forEach((k) => set.add(k));
    }
    const at = (row: number, top: boolean) => (row >= end ? row - count : row >= first ? (top ? first : first - 1) : row);
    this.loadMerges(
      this.mergeList.map((m) => ({ ...m, top: at(m.top, true), bottom: at(m.bottom, false) })).filter((m) => m.bottom >= m.top && (m.bottom > m.top || m.right > m.left)),
    );
    this.revision++;
    if (!this.added) this.ops.push({ kind: 'delete', first, count });
  }

  /** The merged area `(row, col)` lies in, if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    if (!this.mergeRows) {
      this.mergeRows = new Map();
      for (const m of this.mergeList) {
        for (let r = m.top; r <= m.bottom; r++) {
          const list = this.mergeRows.get(r);
          if (list) list.push(m);
          else this.mergeRows.set(r, [m]);
        }
      }
    }
    return this.mergeRows.get(row)?.find((m) => col >= m.left && col <= m.right);
  }

  /** The cell that shows `(row, col)`: the top-left of its merged area, or itself. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Rows and columns in use (cells with content, merges, fills); 0×0 for an empty sheet. */
  extent(): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    const grow = (row: number, col: number): void => {
      if (row + 1 > rows) rows = row + 1;
      if (col + 1 > cols) cols = col + 1;
    };
    for (const [key, cell] of this.cells) if (hasContent(cell)) grow(keyRow(key), keyCol(key));
    for (const key of this.fills.keys()) grow(keyRow(key), keyCol(key));
    for (const m of this.mergeList) grow(m.bottom, m.right);
    return { rows, cols };
  }

  /**
   * A snapshot as the Excel host reads one: cropped to the cells that hold something, merges clipped to that
   * rectangle. Fresh arrays every time, so the caller owns its copy.
   */
  snapshot(): SheetSnapshot {
    const build = this.snapshotBuilder();
    while (!build.step(Infinity));
    return build.result();
  }

  /**
   * The same snapshot built a slice of rows at a time (`step(ms)` works for about `ms` and says whether it is done),
   * so a page can build the snapshot of a large sheet without freezing.
   */
  snapshotBuilder(): { step(ms: number): boolean; readonly fraction: number; result(): SheetSnapshot } {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (!hasContent(cell)) continue;
      const r = keyRow(key);
      const c = keyCol(key);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    const extent = bottom < 0 ? null : { top, left, bottom, right };
    const cells = this.cells;
    const build = snapshotBuilder(this.name, extent, extent ? clipMerges(this.mergeList, extent) : [], (r, c, out) => {
      const cell = cells.get(cellKey(r, c));
      if (!hasContent(cell)) return false;
      out.value = cell.value;
      out.text = cell.text;
      out.format = cell.format;
      out.formula = cell.formula;
      return true;
    });
    return {
      get fraction() {
        return build.fraction;
      },
      step(ms: number): boolean {
        const until = Date.now() + ms;
        while (!build.addRows(64)) if (Date.now() > until) return false;
        return true;
      },
      result: () => build.result(),
    };
  }
}

const rangeKey = (m: CellRange): string => `${m.top},${m.left},${m.bottom},${m.right}`;

function sameRange(a: CellRange, b: CellRange): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

/** The selected cell of the active sheet. */
export interface Selection {
  row: number;
  col: number;
}

/**
 * The workbook: sheets in tab order, the active one, each sheet's selected cell. Every change bumps `version` and
 * tells the subscribers (the grid re-renders); a change by the user also tells the user-edit listeners (the pane).
 */
export class PreviewWorkbook {
  private active = 0;
  private readonly selections = new Map<PreviewSheet, Selection>();
  private readonly listeners = new Set<() => void>();
  private readonly userEditListeners = new Set<() => void>();
  private version = 0;
  /** contentRevision() when the workbook was opened or last saved. */
  private savedRevision = 0;

  constructor(
    readonly fileName: string,
    readonly sheets: PreviewSheet[],
  ) {
    if (sheets.length === 0) sheets.push(new PreviewSheet('Sheet1'));
    this.savedRevision = this.contentRevision();
  }

  /** A number that changes with every change of content, rows, merges or sheets (not with fills or selection). */
  contentRevision(): number {
    return this.sheets.reduce((n, s) => n + s.revision + (s.added ? 1 : 0), 0);
  }

  /** True when something changed since the file was opened or last saved (保存 would write something new). */
  get unsaved(): boolean {
    return this.contentRevision() !== this.savedRevision;
  }

  /** What was saved is the workbook as of `revision` (taken when the save began). */
  markSaved(revision: number): void {
    this.savedRevision = revision;
    this.changed();
  }

  /** A workbook of the snapshots a file was read into, with what the file said about fills and widths. */
  static fromSnapshots(fileName: string, snapshots: SheetSnapshot[], looks: Record<string, SheetLooks> = {}): PreviewWorkbook {
    return new PreviewWorkbook(
      fileName,
      snapshots.map((s) => PreviewSheet.fromSnapshot(s, looks[s.name])),
    );
  }

  /**
   * The same workbook built a slice of rows at a time, `breathe()` between slices of about `sliceMs`: the page stays
   * responsive while a file of hundreds of thousands of cells is taken in.
   */
  static async fromSnapshotsInSlices(
    fileName: string,
    snapshots: SheetSnapshot[],
    looks: Record<string, SheetLooks>,
    breathe: () => Promise<void>,
    sliceMs = 25,
  ): Promise<PreviewWorkbook> {
    const sheets: PreviewSheet[] = [];
    let since = Date.now();
    for (const snapshot of snapshots) {
      const sheet = PreviewSheet.shell(snapshot, looks[snapshot.name]);
      for (let r = 0; r < snapshot.values.length; r++) {
        sheet.loadRow(snapshot, r);
        if ((r & 63) === 63 && Date.now() - since > sliceMs) {
          await breathe();
          since = Date.now();
        }
      }
      sheets.push(sheet);
    }
    return new PreviewWorkbook(fileName, sheets);
  }

  // Arrow functions: handed to useSyncExternalStore as they are.
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly getVersion = (): number => this.version;

  /** Call `listener` after each edit the user makes in the grid (never for the host's own writes). */
  onUserEdit(listener: () => void): () => void {
    this.userEditListeners.add(listener);
    return () => {
      this.userEditListeners.delete(listener);
    };
  }

  get activeSheet(): PreviewSheet {
    return this.sheets[this.active];
  }

  get activeIndex(): number {
    return this.active;
  }

  sheet(name: string): PreviewSheet | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Show sheet `index` (as a tab click does). */
  activate(index: number): void {
    if (index < 0 || index >= this.sheets.length || index === this.active) return;
    this.active = index;
    this.changed();
  }

  /** The selected cell of a sheet (A1 until something else is selected). */
  selection(sheet: PreviewSheet = this.activeSheet): Selection {
    return this.selections.get(sheet) ?? { row: 0, col: 0 };
  }

  /** Select a cell of the active sheet (the top-left of its merged area when it lies in one). */
  select(row: number, col: number): void {
    if (row < 0 || col < 0) return;
    const at = this.activeSheet.anchor(row, col);
    const now = this.selection();
    if (now.row === at.row && now.col === at.col) return;
    this.selections.set(this.activeSheet, at);
    this.changed();
  }

  /** Write `text` into a cell of the active sheet as the user: the pane hears about it. */
  editByUser(row: number, col: number, text: string): void {
    const sheet = this.activeSheet;
    if (sheet.text(row, col) === text) return;
    sheet.setText(row, col, text);
    this.changed();
    for (const listener of [...this.userEditListeners]) listener();
  }

  /** Write cells as the add-in: the grid shows them, the user-edit listeners do not fire. */
  writeByHost(sheet: PreviewSheet, writes: { row: number; col: number; text: string }[]): void {
    for (const w of writes) sheet.setText(w.row, w.col, w.text);
    if (writes.length) this.changed();
  }

  /** Tell the grid the host changed a sheet (rows inserted or deleted), without telling the user-edit listeners. */
  changedByHost(): void {
    this.changed();
  }

  /** Select a cell of `sheet`, activating it first. */
  selectOn(sheet: PreviewSheet, row: number, col: number): void {
    this.activate(this.sheets.indexOf(sheet));
    this.select(row, col);
  }

  /** Add a sheet built elsewhere (a blank table), named `name` or `name (2)` … when taken; returns it. */
  addBuiltSheet(sheet: PreviewSheet): PreviewSheet {
    sheet.name = uniqueSheetName(sheet.name, this.sheets.map((s) => s.name));
    sheet.added = true;
    this.sheets.push(sheet);
    this.changed();
    return sheet;
  }

  /** Set (or with `undefined` remove) fills; one re-render for the lot. */
  setFills(sheet: PreviewSheet, fills: [key: number, colour: string | undefined][]): void {
    for (const [key, colour] of fills) {
      if (colour === undefined) sheet.fills.delete(key);
      else sheet.fills.set(key, colour);
    }
    if (fills.length) this.changed();
  }

  /** A new sheet at the end named `name`, or `name (2)`, `name (3)` … when taken; returns it. */
  addSheet(name: string, rows: string[][]): PreviewSheet {
    const sheet = new PreviewSheet(uniqueSheetName(name, this.sheets.map((s) => s.name)));
    sheet.added = true;
    rows.forEach((row, r) => row.forEach((text, c) => sheet.setText(r, c, text)));
    this.sheets.push(sheet);
    this.changed();
    return sheet;
  }

  private changed(): void {
    this.version++;
    for (const listener of [...this.listeners]) listener();
  }
}
