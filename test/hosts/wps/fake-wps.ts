/**
 * A fake WPS 表格 behind the project's narrow interface of its object model (src/hosts/wps/api.ts), for the WPS
 * host's tests, the contract suite, the browser tests (bundled into the page as `window.Application`) and the bench.
 *
 * Like WPS it is synchronous, 1-based where WPS is, and VBA-like: `Value2` gives 2-D arrays (a scalar for one cell)
 * with error values as VBA's error codes, `MergeCells` is false/true/null, `MergeArea` the area around a cell, `Text`
 * one cell's display text, `Interior` the fill with BGR colours, the used range counts formatted cells. Every property
 * read or write and every method call is one cross-process call and is counted (`calls`); `callCost` makes each one
 * take that many milliseconds, as a real WPS would. Where WPS would refuse (a protected sheet, selecting on an
 * inactive sheet, merging cells that hold values while alerts are on) the fake refuses or records it.
 *
 * It imports only pure core modules, so that a test can bundle it for the browser (test/e2e/support/bundle.ts).
 */
import { cellAddress, columnIndex, columnLetters, parseCellAddress, parseRangeAddress, rangeAddress } from '../../../src/core/address';
import { shiftFormula } from '../../../src/core/templates/formulas';
import { moveCells, typedIn } from '../fake-cells';
import type { CellRange, SheetSnapshot } from '../../../src/core/snapshot';
import type {
  SheetChangeListener,
  WpsApplication,
  WpsBorders,
  WpsFont,
  WpsInterior,
  WpsRange,
  WpsSheets,
  WpsTaskPane,
  WpsWorkbook,
  WpsWorksheet,
} from '../../../src/hosts/wps/api';

/** One cell. `fill` ('#RRGGBB') undefined: no fill of its own. */
export interface FakeWpsCell {
  value?: string | number | boolean;
  text?: string;
  format?: string;
  formula?: string;
  fill?: string;
  /** VBA's pattern: 1 solid (the default with a fill), others patterned, 4000/4001 gradients. */
  pattern?: number;
  patternColor?: string;
  locked?: boolean;
  bold?: boolean;
}

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;
const NONE = -4142;
const WHITE = 16777215;

/** VBA's error codes, as WPS gives error values in Value2. */
export const ERROR_CODES: Record<string, number> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

export class FakeWpsSheet {
  readonly cells = new Map<string, FakeWpsCell>();
  merges: CellRange[] = [];
  protected = false;
  allowFormatting = false;
  /** -1 visible, 0 hidden, 2 very hidden. */
  visible = -1;
  readonly columnWidths = new Map<string, number>();
  readonly rowHeights = new Map<number, number>();
  readonly borders: string[] = [];
  readonly centred: string[] = [];
  readonly wrapped: string[] = [];
  autofitted = false;

  constructor(
    public name: string,
    cells: Record<string, FakeWpsCell> = {},
  ) {
    for (const [a, c] of Object.entries(cells)) this.cells.set(a, { ...c });
  }

  /** The cell at an A1 address (made empty when missing). */
  cell(address: string): FakeWpsCell {
    const p = parseCellAddress(address);
    if (!p) throw new Error(`fake WPS: not a cell: ${address}`);
    const key = cellAddress(p.row, p.col);
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = {}));
    return c;
  }

  at(row: number, col: number): FakeWpsCell | undefined {
    return this.cells.get(cellAddress(row, col));
  }

  private mergeIndex: { of: CellRange[]; count: number; rows: Map<number, CellRange[]> } | null = null;

  /** The merged area holding (row, col), if any. */
  mergeAt(row: number, col: number): CellRange | undefined {
    // Indexed by row, rebuilt when the list is replaced or grows (a big sheet's probes would otherwise scan every
    // merge for every cell); merges are never changed in place.
    if (!this.mergeIndex || this.mergeIndex.of !== this.merges || this.mergeIndex.count !== this.merges.length) {
      const rows = new Map<number, CellRange[]>();
      for (const m of this.merges) for (let r = m.top; r <= m.bottom; r++) rows.set(r, [...(rows.get(r) ?? []), m]);
      this.mergeIndex = { of: this.merges, count: this.merges.length, rows };
    }
    return this.mergeIndex.rows.get(row)?.find((m) => m.left <= col && m.right >= col);
  }

  /** VBA's used range: cells with content or a format of their own, and merged areas. */
  usedExtent(): CellRange | null {
    let x: CellRange | null = null;
    const grow = (r: CellRange) => {
      x = x ? { top: Math.min(x.top, r.top), left: Math.min(x.left, r.left), bottom: Math.max(x.bottom, r.bottom), right: Math.max(x.right, r.right) } : { ...r };
    };
    for (const [a, c] of this.cells) {
      const used = !isBlank(c.value) || !!c.formula || c.fill !== undefined || c.bold === true || (c.format !== undefined && !GENERAL.test(c.format));
      if (!used) continue;
      const p = parseCellAddress(a)!;
      grow({ top: p.row, left: p.col, bottom: p.row, right: p.col });
    }
    this.merges.forEach(grow);
    return x;
  }
}

const GENERAL = /^(General|G\/通用格式)$/;
const isBlank = (v: unknown) => v === undefined || v === null || v === '';

export interface FakeWpsOptions {
  /** Milliseconds each call takes (busy-waiting, as a call into another process blocks). */
  callCost?: number;
  /** When SheetChange reaches listeners: during the call that changed the sheet, or after it (default). */
  events?: 'sync' | 'async';
  /** The General format's name: WPS in Chinese says G/通用格式. */
  general?: string;
  /** This WPS has no very hidden sheets (setting Visible = 2 fails). */
  noVeryHidden?: boolean;
}

export interface FakeDialog {
  url: string;
  title: string;
  width: number;
  height: number;
  modal: boolean;
}


/** A fake WPS: the workbook model, and `application`, the object the host is given. */
export class FakeWps {
  calls = 0;
  /** Writes and structural changes, in order (`write Sheet1!B3=…`, `insert 28:30`, `merge A1:B1`…). */
  readonly log: string[] = [];
  /** Questions WPS would have put to the user (merging cells that hold values with alerts on). */
  readonly alerts: string[] = [];
  sheets: FakeWpsSheet[];
  /** False: no workbook is open. */
  open = true;
  /** The active workbook's name (a test turns to another workbook by swapping `sheets` and this). */
  bookName = 'Book1.xlsx';
  protectStructure = false;
  active: FakeWpsSheet;
  selection: { sheet: FakeWpsSheet; rect: CellRange };
  displayAlerts = true;
  readonly listeners = new Map<string, SheetChangeListener[]>();
  readonly storage = new Map<string, unknown>();
  readonly panes: { ID: number; url: string; Visible: boolean; DockPosition: number }[] = [];
  readonly dialogs: FakeDialog[] = [];
  readonly general: string;
  readonly application: WpsApplication;
  /** Called before each cell is written; throw to make WPS fail there (earlier writes stay, as in WPS). */
  beforeWrite: ((sheet: string, cell: string) => void) | null = null;

  constructor(
    sheets: FakeWpsSheet[],
    readonly options: FakeWpsOptions = {},
  ) {
    this.sheets = sheets;
    this.active = sheets[0];
    this.selection = { sheet: sheets[0], rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    this.general = options.general ?? 'G/通用格式';
    this.application = new FakeApplication(this);
  }

  /** The user turns to another open workbook: its sheets, the first one in front. */
  switchTo(bookName: string, sheets: FakeWpsSheet[]): { bookName: string; sheets: FakeWpsSheet[] } {
    const previous = { bookName: this.bookName, sheets: this.sheets };
    this.bookName = bookName;
    this.sheets = sheets;
    this.active = sheets[0];
    this.selection = { sheet: sheets[0], rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    return previous;
  }

  /** One cross-process call. */
  call(): void {
    this.calls++;
    const cost = this.options.callCost ?? 0;
    if (cost > 0) {
      const until = performance.now() + cost;
      while (performance.now() < until) {
        // a call into WPS blocks the page for its duration
      }
    }
  }

  sheet(name: string): FakeWpsSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`fake WPS: no sheet ${name}`);
    return s;
  }

  /** The selected range as an address on the active sheet (`B3` or `C20:D22`). */
  selected(): { sheet: string; address: string } {
    return { sheet: this.selection.sheet.name, address: rangeAddress(this.selection.rect) };
  }

  /** Tell the SheetChange listeners that `rect` of `sheet` changed (now, or once the current call is over). */
  changed(sheet: FakeWpsSheet, rect: CellRange): void {
    const listeners = [...(this.listeners.get('SheetChange') ?? [])];
    if (listeners.length === 0) return;
    const fire = () => {
      for (const l of listeners) l(new FakeWorksheet(this, sheet), new FakeRange(this, sheet, [rect]));
    };
    if (this.options.events === 'sync') fire();
    else setTimeout(fire, 0);
  }

  /** The user types `input` into a cell (as WPS's UI would: typed, then SheetChange). */
  userEdits(sheetName: string, cell: string, input: string): void {
    const sheet = this.sheet(sheetName);
    const c = sheet.cell(cell);
    write(sheet, c, input, this.general);
    this.changed(sheet, parseRangeAddress(cell)!);
  }
}


/** Write typed input into a cell, keeping its format unless the input brings one. */
function write(sheet: FakeWpsSheet, c: FakeWpsCell, input: string, general: string): void {
  const typed = typedIn(input, c.format);
  c.value = typed.value;
  c.text = typed.text;
  if (typed.formula) c.formula = typed.formula;
  else delete c.formula;
  if (typed.format && (c.format === undefined || GENERAL.test(c.format))) c.format = typed.format;
  if (c.format === undefined) c.format = general;
  void sheet;
}

/** A cell's display text. */
function textOf(c: FakeWpsCell | undefined): string {
  if (!c || (isBlank(c.value) && !c.formula)) return '';
  if (c.text !== undefined) return c.text;
  if (typeof c.value === 'boolean') return c.value ? 'TRUE' : 'FALSE';
  return String(c.value ?? '');
}

/** A cell's Value2 (error values as VBA's codes). */
function value2Of(c: FakeWpsCell | undefined): unknown {
  if (!c || isBlank(c.value)) return undefined;
  if (typeof c.value === 'string' && ERROR_CODES[c.value] !== undefined) return ERROR_CODES[c.value];
  return c.value;
}

/** A cell's Formula: the formula, or the constant as typed ('' for an empty cell). */
function formulaOf(c: FakeWpsCell | undefined): string {
  if (!c) return '';
  if (c.formula) return c.formula;
  if (isBlank(c.value)) return '';
  if (typeof c.value === 'boolean') return c.value ? 'TRUE' : 'FALSE';
  return String(c.value);
}

/** A1 address → rectangle; whole rows (`28:30`) and columns (`C:D`) too. */
function parseAddress(address: string): CellRange {
  const a = address.replace(/\$/g, '').trim();
  const rows = /^(\d+):(\d+)$/.exec(a);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: LAST_COL };
  const cols = /^([A-Z]+):([A-Z]+)$/i.exec(a);
  if (cols) return { top: 0, left: columnIndex(cols[1]), bottom: LAST_ROW, right: columnIndex(cols[2]) };
  const r = parseRangeAddress(a);
  if (!r) throw new Error(`fake WPS: 无效的引用 ${address}`);
  return r;
}

const absolute = (r: CellRange): string => {
  const a = `$${columnLetters(r.left)}$${r.top + 1}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:$${columnLetters(r.right)}$${r.bottom + 1}`;
};

const overlaps = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** Every cell of the rectangles (whole rows or columns: only the cells the sheet has). */
function eachCell(sheet: FakeWpsSheet, rects: CellRange[], fn: (row: number, col: number) => void): void {
  for (const r of rects) {
    const huge = (r.bottom - r.top + 1) * (r.right - r.left + 1) > 1_000_000;
    if (huge) {
      for (const a of [...sheet.cells.keys()]) {
        const p = parseCellAddress(a)!;
        if (p.row >= r.top && p.row <= r.bottom && p.col >= r.left && p.col <= r.right) fn(p.row, p.col);
      }
      continue;
    }
    for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(row, col);
  }
}

/** One value for every cell, or null when they differ. */
function uniform<T>(sheet: FakeWpsSheet, rects: CellRange[], get: (c: FakeWpsCell | undefined) => T): T | null {
  let first = true;
  let out: T | null = null;
  let mixed = false;
  eachCell(sheet, rects, (row, col) => {
    if (mixed) return;
    const v = get(sheet.at(row, col));
    if (first) {
      out = v;
      first = false;
    } else if (v !== out) mixed = true;
  });
  return mixed ? null : out;
}

class FakeApplication implements WpsApplication {
  constructor(private readonly wps: FakeWps) {}

  get ActiveWorkbook(): WpsWorkbook | null {
    this.wps.call();
    return this.wps.open ? new FakeWorkbook(this.wps) : null;
  }

  get ActiveSheet(): WpsWorksheet | null {
    this.wps.call();
    return this.wps.open ? new FakeWorksheet(this.wps, this.wps.active) : null;
  }

  get Selection(): WpsRange | null {
    this.wps.call();
    if (!this.wps.open) return null;
    return new FakeRange(this.wps, this.wps.selection.sheet, [this.wps.selection.rect]);
  }

  get DisplayAlerts(): boolean {
    this.wps.call();
    return this.wps.displayAlerts;
  }

  set DisplayAlerts(on: boolean) {
    this.wps.call();
    this.wps.displayAlerts = on;
  }

  get ApiEvent(): WpsApplication['ApiEvent'] {
    this.wps.call();
    const wps = this.wps;
    return {
      AddApiEventListener(name: string, callback: SheetChangeListener) {
        wps.call();
        wps.listeners.set(name, [...(wps.listeners.get(name) ?? []), callback]);
      },
      RemoveApiEventListener(name: string, callback: SheetChangeListener) {
        wps.call();
        wps.listeners.set(name, (wps.listeners.get(name) ?? []).filter((l) => l !== callback));
      },
    };
  }

  get PluginStorage(): WpsApplication['PluginStorage'] {
    this.wps.call();
    const wps = this.wps;
    return {
      getItem(key: string) {
        wps.call();
        return wps.storage.get(key);
      },
      setItem(key: string, value: unknown) {
        wps.call();
        wps.storage.set(key, value);
      },
    };
  }

  CreateTaskPane(url: string): WpsTaskPane {
    this.wps.call();
    const pane = { ID: this.wps.panes.length + 1, url, Visible: false, DockPosition: 2 };
    this.wps.panes.push(pane);
    return pane;
  }

  GetTaskPane(id: string | number): WpsTaskPane | null {
    this.wps.call();
    return this.wps.panes.find((p) => String(p.ID) === String(id)) ?? null;
  }

  ShowDialog(url: string, title: string, width: number, height: number, modal: boolean): void {
    this.wps.call();
    this.wps.dialogs.push({ url, title, width, height, modal });
  }
}

class FakeWorkbook implements WpsWorkbook {
  constructor(private readonly wps: FakeWps) {}

  get Name(): string {
    this.wps.call();
    return this.wps.bookName;
  }

  get Worksheets(): WpsSheets {
    this.wps.call();
    return new FakeSheets(this.wps);
  }

  get ProtectStructure(): boolean {
    this.wps.call();
    return this.wps.protectStructure;
  }
}

class FakeSheets implements WpsSheets {
  constructor(private readonly wps: FakeWps) {}

  get Count(): number {
    this.wps.call();
    return this.wps.sheets.length;
  }

  Item(index: number | string): WpsWorksheet {
    this.wps.call();
    const sheet = typeof index === 'number' ? this.wps.sheets[index - 1] : this.wps.sheets.find((s) => s.name.toLowerCase() === String(index).toLowerCase());
    if (!sheet) throw new Error('下标越界。');
    return new FakeWorksheet(this.wps, sheet);
  }

  Add(_before?: WpsWorksheet | null, after?: WpsWorksheet | null): WpsWorksheet {
    this.wps.call();
    if (this.wps.protectStructure) throw new Error('工作簿有保护，不能更改。');
    let n = this.wps.sheets.length + 1;
    while (this.wps.sheets.some((s) => s.name === `Sheet${n}`)) n++;
    const sheet = new FakeWpsSheet(`Sheet${n}`);
    const at = after instanceof FakeWorksheet ? this.wps.sheets.indexOf(after.sheet) + 1 : 0;
    this.wps.sheets.splice(at, 0, sheet);
    this.wps.active = sheet;
    this.wps.selection = { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
    this.wps.log.push(`add sheet ${sheet.name}`);
    return new FakeWorksheet(this.wps, sheet);
  }
}

class FakeWorksheet implements WpsWorksheet {
  constructor(
    private readonly wps: FakeWps,
    readonly sheet: FakeWpsSheet,
  ) {}

  get Name(): string {
    this.wps.call();
    return this.sheet.name;
  }

  set Name(name: string) {
    this.wps.call();
    if (/[:\\/?*[\]]/.test(name) || name.length > 31 || !name.trim()) throw new Error('工作表名称无效。');
    if (this.wps.sheets.some((s) => s !== this.sheet && s.name.toLowerCase() === name.toLowerCase())) throw new Error('该名称已被使用。');
    this.sheet.name = name;
  }

  Range(address: string): WpsRange {
    this.wps.call();
    return new FakeRange(this.wps, this.sheet, address.split(',').map(parseAddress));
  }

  get UsedRange(): WpsRange {
    this.wps.call();
    return new FakeRange(this.wps, this.sheet, [this.sheet.usedExtent() ?? { top: 0, left: 0, bottom: 0, right: 0 }]);
  }

  get ProtectContents(): boolean {
    this.wps.call();
    return this.sheet.protected;
  }

  get Protection(): { readonly AllowFormattingCells: boolean } {
    this.wps.call();
    const wps = this.wps;
    const sheet = this.sheet;
    return {
      get AllowFormattingCells() {
        wps.call();
        return sheet.allowFormatting;
      },
    };
  }

  get Visible(): number {
    this.wps.call();
    return this.sheet.visible;
  }

  set Visible(v: number) {
    this.wps.call();
    if (v === 2 && this.wps.options.noVeryHidden) throw new Error('不支持。');
    if (v !== -1 && this.wps.sheets.filter((s) => s.visible === -1 && s !== this.sheet).length === 0) throw new Error('不能隐藏所有工作表。');
    this.sheet.visible = v;
    if (v !== -1 && this.wps.active === this.sheet) this.wps.active = this.wps.sheets.find((s) => s.visible === -1)!;
  }

  Activate(): void {
    this.wps.call();
    if (this.sheet.visible !== -1) throw new Error('不能激活隐藏的工作表。');
    this.wps.active = this.sheet;
    this.wps.log.push(`activate ${this.sheet.name}`);
  }
}

class FakeRange implements WpsRange {
  constructor(
    private readonly wps: FakeWps,
    private readonly sheet: FakeWpsSheet,
    private readonly rects: CellRange[],
  ) {}

  private get rect(): CellRange {
    if (this.rects.length !== 1) throw new Error('fake WPS: 不能对多重选定区域使用此命令。');
    return this.rects[0];
  }

  private single(): boolean {
    return this.rects.length === 1 && this.rect.top === this.rect.bottom && this.rect.left === this.rect.right;
  }

  private grid<T>(get: (c: FakeWpsCell | undefined) => T): T | T[][] {
    const r = this.rect;
    if (this.single()) return get(this.sheet.at(r.top, r.left));
    const out: T[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: T[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(get(this.sheet.at(row, col)));
      out.push(line);
    }
    return out;
  }

  private guardContents(): void {
    if (!this.sheet.protected) return;
    let locked = false;
    eachCell(this.sheet, this.rects, (row, col) => {
      if (this.sheet.at(row, col)?.locked !== false) locked = true;
    });
    if (locked) throw new Error('您试图更改的单元格或图表位于受保护的工作表中。');
  }

  private guardFormats(): void {
    if (this.sheet.protected && !this.sheet.allowFormatting) throw new Error('您试图更改的单元格或图表位于受保护的工作表中。');
  }

  /** Write each cell from `input(row, col)` (typed), then tell the listeners. */
  private writeCells(input: (row: number, col: number) => string, kind: string): void {
    this.guardContents();
    eachCell(this.sheet, this.rects, (row, col) => {
      const text = input(row, col);
      this.wps.beforeWrite?.(this.sheet.name, cellAddress(row, col));
      const c = this.sheet.cell(cellAddress(row, col));
      write(this.sheet, c, text, this.wps.general);
      this.wps.log.push(`${kind} ${this.sheet.name}!${cellAddress(row, col)}=${text}`);
    });
    for (const r of this.rects) this.wps.changed(this.sheet, r);
  }

  private inputs(v: unknown): (row: number, col: number) => string {
    const r = this.rects[0];
    if (Array.isArray(v)) {
      const rows = v as unknown[][];
      if (this.rects.length !== 1 || rows.length !== r.bottom - r.top + 1 || rows.some((x) => !Array.isArray(x) || x.length !== r.right - r.left + 1)) {
        throw new Error('fake WPS: the array does not fit the range');
      }
      return (row, col) => String(rows[row - r.top][col - r.left] ?? '');
    }
    return () => (v === undefined || v === null ? '' : String(v));
  }

  get Value2(): unknown {
    this.wps.call();
    return this.grid(value2Of);
  }

  set Value2(v: unknown) {
    this.wps.call();
    this.writeCells(this.inputs(v), 'write');
  }

  get Formula(): unknown {
    this.wps.call();
    return this.grid(formulaOf);
  }

  set Formula(v: unknown) {
    this.wps.call();
    this.writeCells(this.inputs(v), 'formula');
  }

  get Text(): unknown {
    this.wps.call();
    return uniform(this.sheet, this.rects, textOf);
  }

  get NumberFormat(): unknown {
    this.wps.call();
    return uniform(this.sheet, this.rects, (c) => c?.format ?? this.wps.general);
  }

  set NumberFormat(v: unknown) {
    this.wps.call();
    this.guardFormats();
    eachCell(this.sheet, this.rects, (row, col) => (this.sheet.cell(cellAddress(row, col)).format = String(v)));
  }

  get MergeCells(): boolean | null {
    this.wps.call();
    let merged = 0;
    let all = 0;
    eachCell(this.sheet, this.rects, (row, col) => {
      all++;
      if (this.sheet.mergeAt(row, col)) merged++;
    });
    return merged === 0 ? false : merged === all ? true : null;
  }

  get MergeArea(): WpsRange {
    this.wps.call();
    const first = this.rects[0];
    const m = this.sheet.mergeAt(first.top, first.left);
    return new FakeRange(this.wps, this.sheet, [m ?? { top: first.top, left: first.left, bottom: first.top, right: first.left }]);
  }

  Address(): string {
    this.wps.call();
    return this.rects.map(absolute).join(',');
  }

  get Locked(): boolean | null {
    this.wps.call();
    return uniform(this.sheet, this.rects, (c) => c?.locked !== false);
  }

  set Locked(v: boolean | null) {
    this.wps.call();
    this.guardFormats();
    eachCell(this.sheet, this.rects, (row, col) => (this.sheet.cell(cellAddress(row, col)).locked = v === true));
  }

  get Interior(): WpsInterior {
    this.wps.call();
    return new FakeInterior(this.wps, this.sheet, this.rects, () => this.guardFormats());
  }

  get Font(): WpsFont {
    this.wps.call();
    const { wps, sheet, rects } = this;
    const guard = () => this.guardFormats();
    return {
      get Bold() {
        wps.call();
        return uniform(sheet, rects, (c) => c?.bold === true);
      },
      set Bold(v: boolean | null) {
        wps.call();
        guard();
        eachCell(sheet, rects, (row, col) => (sheet.cell(cellAddress(row, col)).bold = v === true));
      },
    };
  }

  get Borders(): WpsBorders {
    this.wps.call();
    const { wps, sheet, rects } = this;
    return {
      get LineStyle() {
        wps.call();
        return null;
      },
      set LineStyle(v: number | null) {
        wps.call();
        if (v === 1) sheet.borders.push(...rects.map(rangeAddress));
      },
    };
  }

  get HorizontalAlignment(): number {
    this.wps.call();
    return 1;
  }

  set HorizontalAlignment(v: number) {
    this.wps.call();
    if (v === -4108) this.sheet.centred.push(...this.rects.map(rangeAddress));
  }

  get VerticalAlignment(): number {
    this.wps.call();
    return -4107;
  }

  set VerticalAlignment(_v: number) {
    this.wps.call();
  }

  get WrapText(): boolean {
    this.wps.call();
    return false;
  }

  set WrapText(v: boolean) {
    this.wps.call();
    if (v) this.sheet.wrapped.push(...this.rects.map(rangeAddress));
  }

  get ColumnWidth(): number {
    this.wps.call();
    return 8.38;
  }

  set ColumnWidth(v: number) {
    this.wps.call();
    for (let col = this.rect.left; col <= this.rect.right; col++) this.sheet.columnWidths.set(columnLetters(col), v);
  }

  get RowHeight(): number {
    this.wps.call();
    return 13.5;
  }

  set RowHeight(v: number) {
    this.wps.call();
    for (let row = this.rect.top; row <= this.rect.bottom; row++) this.sheet.rowHeights.set(row, v);
  }

  get Columns(): WpsRange {
    this.wps.call();
    return new FakeRange(this.wps, this.sheet, this.rects);
  }

  AutoFit(): void {
    this.wps.call();
    this.sheet.autofitted = true;
  }

  Select(): void {
    this.wps.call();
    if (this.wps.active !== this.sheet) throw new Error('选择失败：工作表不是活动工作表。');
    this.wps.selection = { sheet: this.sheet, rect: this.rects[0] };
    this.wps.log.push(`select ${this.sheet.name}!${rangeAddress(this.rects[0])}`);
  }

  Insert(shift?: number, copyOrigin?: number): void {
    this.wps.call();
    const rect = this.rect;
    if (shift !== -4121 || rect.left !== 0 || rect.right !== LAST_COL) throw new Error('fake WPS: only whole rows are inserted (shift down)');
    if (this.sheet.protected) throw new Error('您试图更改的单元格或图表位于受保护的工作表中。');
    const count = rect.bottom - rect.top + 1;
    const at = (row: number) => (row >= rect.top ? row + count : row);
    moveCells(this.sheet, at, (f) => shiftFormula(f, this.sheet.name, rect.top, count));
    this.sheet.merges = this.sheet.merges.map((m) => ({ ...m, top: at(m.top), bottom: at(m.bottom) }));
    // Formats of the row above (CopyOrigin 0, the default) or of the row below (1); merges are not copied.
    const from = copyOrigin === 1 ? rect.top + count : rect.top - 1;
    for (const [a, c] of [...this.sheet.cells]) {
      const p = parseCellAddress(a)!;
      if (p.row !== from) continue;
      for (let r = rect.top; r < rect.top + count; r++) {
        const cell = this.sheet.cell(cellAddress(r, p.col));
        for (const k of ['fill', 'pattern', 'patternColor', 'bold', 'format'] as const) if (c[k] !== undefined) (cell as Record<string, unknown>)[k] = c[k];
      }
    }
    this.wps.log.push(`insert ${rect.top + 1}:${rect.bottom + 1}${copyOrigin === 1 ? ' (format below)' : ''}`);
    this.wps.changed(this.sheet, rect);
  }

  Delete(shift?: number): void {
    this.wps.call();
    const rect = this.rect;
    if (shift !== -4162 || rect.left !== 0 || rect.right !== LAST_COL) throw new Error('fake WPS: only whole rows are deleted (shift up)');
    if (this.sheet.protected) throw new Error('您试图更改的单元格或图表位于受保护的工作表中。');
    const first = rect.top;
    const end = rect.bottom + 1;
    const count = end - first;
    moveCells(this.sheet, (r) => (r >= end ? r - count : r >= first ? null : r), (f) => shiftFormula(f, this.sheet.name, end, -count));
    this.sheet.merges = this.sheet.merges
      .map((r) => ({ ...r, top: r.top >= end ? r.top - count : r.top >= first ? first : r.top, bottom: r.bottom >= end ? r.bottom - count : r.bottom >= first ? first - 1 : r.bottom }))
      .filter((r) => r.bottom > r.top || (r.bottom === r.top && r.right > r.left));
    this.wps.log.push(`delete ${first + 1}:${end}`);
    this.wps.changed(this.sheet, rect);
  }

  Merge(): void {
    this.wps.call();
    const rect = this.rect;
    if (this.sheet.protected) throw new Error('您试图更改的单元格或图表位于受保护的工作表中。');
    const clash = this.sheet.merges.find((m) => overlaps(m, rect));
    if (clash) throw new Error(`fake WPS: cannot merge ${rangeAddress(rect)} over ${rangeAddress(clash)}`);
    let filled = 0;
    eachCell(this.sheet, [rect], (row, col) => {
      if (!isBlank(this.sheet.at(row, col)?.value)) filled++;
    });
    if (filled > 1 && this.wps.displayAlerts) this.wps.alerts.push(`合并单元格时，仅保留左上角的值 (${rangeAddress(rect)})`);
    this.sheet.merges.push({ ...rect });
    this.wps.log.push(`merge ${rangeAddress(rect)}${this.wps.displayAlerts ? '' : ' (alerts off)'}`);
  }

  UnMerge(): void {
    this.wps.call();
    if (this.sheet.protected) throw new Error('您试图更改的单元格或图表位于受保护的工作表中。');
    this.sheet.merges = this.sheet.merges.filter((m) => !this.rects.some((r) => overlaps(m, r)));
    this.wps.log.push(`unmerge ${this.rects.map(rangeAddress).join(',')}`);
  }

  ClearContents(): void {
    this.wps.call();
    this.guardContents();
    eachCell(this.sheet, this.rects, (row, col) => {
      const c = this.sheet.at(row, col);
      if (!c) return;
      delete c.value;
      delete c.text;
      delete c.formula;
    });
    this.wps.log.push(`clear ${this.rects.map(rangeAddress).join(',')}`);
    for (const r of this.rects) this.wps.changed(this.sheet, r);
  }
}

class FakeInterior implements WpsInterior {
  constructor(
    private readonly wps: FakeWps,
    private readonly sheet: FakeWpsSheet,
    private readonly rects: CellRange[],
    private readonly guard: () => void,
  ) {}

  private set(fn: (c: FakeWpsCell) => void, what: string): void {
    this.guard();
    eachCell(this.sheet, this.rects, (row, col) => fn(this.sheet.cell(cellAddress(row, col))));
    this.wps.log.push(`${what} ${this.rects.map(rangeAddress).join(',')}`);
  }

  get Color(): number | null {
    this.wps.call();
    return uniform(this.sheet, this.rects, (c) => (c?.fill ? toBgr(c.fill) : WHITE));
  }

  set Color(v: number | null) {
    this.wps.call();
    const hex = fromBgr(Number(v));
    this.set((c) => {
      c.fill = hex;
      if (c.pattern === undefined || c.pattern === NONE) c.pattern = 1;
    }, `fill ${hex}`);
  }

  get ColorIndex(): number | null {
    this.wps.call();
    return uniform(this.sheet, this.rects, (c) => (c?.fill ? 6 : NONE));
  }

  set ColorIndex(v: number | null) {
    this.wps.call();
    if (v !== NONE) throw new Error('fake WPS: only xlColorIndexNone is modelled');
    this.set((c) => {
      delete c.fill;
      delete c.pattern;
      delete c.patternColor;
    }, 'clear fill');
  }

  get Pattern(): number | null {
    this.wps.call();
    return uniform(this.sheet, this.rects, (c) => (c?.fill ? (c.pattern ?? 1) : NONE));
  }

  set Pattern(v: number | null) {
    this.wps.call();
    this.set((c) => {
      if (v === NONE) {
        delete c.fill;
        delete c.pattern;
        delete c.patternColor;
      } else {
        c.pattern = Number(v);
        c.fill ??= '#FFFFFF';
      }
    }, `pattern ${v}`);
  }

  get PatternColor(): number | null {
    this.wps.call();
    return uniform(this.sheet, this.rects, (c) => (c?.patternColor ? toBgr(c.patternColor) : 0));
  }

  set PatternColor(v: number | null) {
    this.wps.call();
    const hex = fromBgr(Number(v));
    this.set((c) => (c.patternColor = hex), `patternColor ${hex}`);
  }
}

const toBgr = (hex: string): number => {
  const n = parseInt(hex.slice(1), 16);
  return ((n >> 16) & 0xff) + ((n >> 8) & 0xff) * 256 + (n & 0xff) * 65536;
};

const fromBgr = (bgr: number): string => {
  const r = bgr & 0xff;
  const g = (bgr >> 8) & 0xff;
  const b = (bgr >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
};


/** A fake sheet holding a snapshot's cells (values, shown text, formats, formulas) and merges. */
export function sheetFromSnapshot(snapshot: SheetSnapshot, general = 'G/通用格式'): FakeWpsSheet {
  const sheet = new FakeWpsSheet(snapshot.name);
  snapshot.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = snapshot.formulas?.[r]?.[c];
      if ((value === null || value === undefined) && !formula) return;
      const address = cellAddress(snapshot.origin.row + r, snapshot.origin.col + c);
      const format = snapshot.formats?.[r]?.[c];
      sheet.cells.set(address, {
        value: value ?? '',
        text: snapshot.texts?.[r]?.[c] ?? (value === null || value === undefined ? '' : typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value)),
        format: format && !/^general$/i.test(format) ? format : general,
        ...(formula ? { formula } : {}),
      });
    }),
  );
  sheet.merges = snapshot.merges.map((m) => ({ ...m }));
  return sheet;
}

/** A fake WPS with a workbook of `snapshots`, the sheet at `active` in front. */
export function fakeWpsFromSnapshots(snapshots: SheetSnapshot[], options: FakeWpsOptions & { active?: number } = {}): FakeWps {
  const wps = new FakeWps(
    snapshots.map((s) => sheetFromSnapshot(s, options.general)),
    options,
  );
  wps.active = wps.sheets[options.active ?? 0];
  wps.selection = { sheet: wps.active, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
  return wps;
}
