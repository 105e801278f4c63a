/**
 * A hand-written Excel workbook behind office-addin-mock objects, for the Excel host's tests.
 *
 * office-addin-mock gives the load/sync discipline, but it has no address arithmetic, used range, merges, events or
 * queued writes. This file supplies those the way Excel behaves: objects are mocks built from the model below;
 * property writes and method calls are queued and run in order at `context.sync()` (a failing command stops the
 * batch, earlier ones stay done, as in Excel); every sync is counted and logged. Where it matters, strictly so:
 * - reading a property that was not loaded and synced throws PropertyNotLoaded (the mock itself returns a string);
 * - an API newer than the emulated ExcelApi set fails the sync with ApiNotFound, as Office does;
 * - every request and response is measured (a JSON-size model of Office.js's batches) and refused above Excel on
 *   the web's 5 MB limit;
 * - change handlers live on the sheet they were added to; selecting a range on an inactive sheet fails;
 * - writing text makes of it what typing it would (a formula, a number, a date) unless it starts with an apostrophe
 *   or the cell is formatted as text;
 * - the user's undo stack: add-in writes clear it, except where Office keeps them (ExcelApi 1.20's undo groups).
 */
import { OfficeMockObject } from 'office-addin-mock';
import { cellAddress, columnIndex, columnLetters, parseCellAddress, parseRangeAddress, rangeAddress } from '../../../src/core/address';
import { shiftFormula } from '../../../src/core/templates/formulas';
import { moveCells, typedIn } from '../fake-cells';

export { typedIn };
import type { CellRange } from '../../../src/core/snapshot';
import type { ExcelRun } from '../../../src/hosts/excel/api';

/** One cell of the model. `fill` undefined: no fill of its own. */
export interface FakeCell {
  value?: string | number | boolean;
  text?: string;
  format?: string;
  formula?: string;
  fill?: string;
  pattern?: string;
  patternColor?: string;
  /** A theme colour's tint or shade (getCellProperties' tintAndShade); `fill` is the colour shown. */
  tint?: number;
  locked?: boolean;
  bold?: boolean;
}

/** An error as Office.js throws it (OfficeExtension.Error has `code` and `message`). */
export function officeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { name: 'RichApi.Error', code });
}

export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  merges: string[] = [];
  protected = false;
  allowFormatCells = false;
  readonly handlers: ((args: unknown) => Promise<void>)[] = [];
  autofitted = false;
  /** Column widths (points) by letter, row heights (points) by 0-based row. */
  readonly columnWidths = new Map<string, number>();
  readonly rowHeights = new Map<number, number>();
  /** Ranges given borders, centred or wrapped, as written. */
  readonly borders: string[] = [];
  readonly centred: string[] = [];
  readonly wrapped: string[] = [];

  constructor(
    public name: string,
    readonly id: string,
    cells: Record<string, FakeCell> = {},
  ) {
    for (const [a, c] of Object.entries(cells)) this.cells.set(a, { ...c });
  }

  cell(address: string): FakeCell {
    const p = parseCellAddress(address)!;
    const key = cellAddress(p.row, p.col);
    let c = this.cells.get(key);
    if (!c) this.cells.set(key, (c = {}));
    return c;
  }

  /** The cells holding a value or formula, as a rectangle (the used range, values only). */
  usedExtent(): CellRange | null {
    let x: CellRange | null = null;
    for (const [a, c] of this.cells) {
      if ((c.value === undefined || c.value === '') && !c.formula) continue;
      const p = parseCellAddress(a)!;
      x = x
        ? { top: Math.min(x.top, p.row), left: Math.min(x.left, p.col), bottom: Math.max(x.bottom, p.row), right: Math.max(x.right, p.col) }
        : { top: p.row, left: p.col, bottom: p.row, right: p.col };
    }
    return x;
  }

  address(rect: CellRange): string {
    const name = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(this.name) ? this.name : `'${this.name.replace(/'/g, "''")}'`;
    return `${name}!${rangeAddress(rect)}`;
  }
}

type Op = () => void;

export interface FakeOptions {
  /** The newest ExcelApi set this Excel supports ('1.13' means 1.1 … 1.13); default 1.14. */
  api?: string;
  /** Largest range (cells) whose values a single load may return; larger ones fail like Excel on the web. */
  payloadCells?: number;
  /** Largest request and response of one sync, in bytes (Excel on the web: 5 MB each). */
  requestLimit?: number;
  responseLimit?: number;
  /** What add-in writes do to the user's undo stack: clear it (most Office builds) or join it (ExcelApi 1.20). */
  undo?: 'clears' | 'keeps';
}

/** Excel on the web's limit on one request, and on one response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * What one command costs in the JSON Office.js sends: an action (a method call, a property set, a load) and an
 * object path (each object a command reaches: a range, its format, its fill), besides their arguments.
 */
const ACTION_BYTES = 90;
const PATH_BYTES = 130;

/** The ExcelApi set each API the add-in may call arrived in. */
const API_SETS: Record<string, string> = {
  getUsedRangeOrNullObject: '1.4',
  settings: '1.4',
  getRangeByIndexes: '1.7',
  onChanged: '1.7',
  enableEvents: '1.8',
  getCellProperties: '1.9',
  setCellProperties: '1.9',
  getRanges: '1.9',
  copyFrom: '1.9',
  getMergedAreasOrNullObject: '1.13',
  mergeUndoGroup: '1.20',
};

/** Options of one Excel.run (the host's ExcelRun seam). */
export interface FakeRunOptions {
  reuse?: unknown;
  mergeUndoGroup?: boolean;
}

/** The workbook and its Excel: hand `run` and `supports` to ExcelHost. */
export class FakeExcel {
  readonly sheets: FakeSheet[];
  active: FakeSheet;
  readonly settings = new Map<string, unknown>();
  syncs = 0;
  runs = 0;
  /** The selected range of the active sheet (A1 address). */
  selection = 'A1';
  /** Every sync and every command as it ran, in order. */
  readonly log: string[] = [];
  /** Cell writes with the state of enableEvents when each ran. */
  readonly writes: { sheet: string; cell: string; value: unknown; eventsEnabled: boolean }[] = [];
  eventsEnabled = true;
  /** Excel is in cell-edit mode: every sync fails. */
  editing = false;
  api: string;
  payloadCells: number;
  /** getMergedAreasOrNullObject fails above this many areas. */
  mergeLimit = 512;
  /** An error getMergedAreasOrNullObject fails with whatever the count (another failure than too many areas). */
  mergeError: Error | null = null;
  requestLimit: number;
  responseLimit: number;
  /** Bytes of each sync's request and response, in order. */
  readonly requests: { request: number; response: number }[] = [];
  /** The user's undo stack, newest last: their own edits, and add-in writes where Office keeps them. */
  undoStack: string[] = [];
  undo: 'clears' | 'keeps';
  /** Options of each Excel.run, in order. */
  readonly runOptions: FakeRunOptions[] = [];
  private nextId = 1;

  constructor(sheets: FakeSheet[], options: FakeOptions = {}) {
    this.sheets = sheets;
    this.active = sheets[0];
    this.api = options.api ?? '1.14';
    this.payloadCells = options.payloadCells ?? Infinity;
    this.requestLimit = options.requestLimit ?? WEB_PAYLOAD_LIMIT;
    this.responseLimit = options.responseLimit ?? WEB_PAYLOAD_LIMIT;
    this.undo = options.undo ?? (this.supports('1.20') ? 'keeps' : 'clears');
  }

  supports = (version: string): boolean => Number(version.split('.')[1]) <= Number(this.api.split('.')[1]);

  /** Sheets with a change handler, by name. */
  watchedSheets(): string[] {
    return this.sheets.filter((s) => s.handlers.length > 0).map((s) => s.name);
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  run: ExcelRun = async (batch, options = {}) => {
    this.runs++;
    this.runOptions.push(options);
    const context = options.reuse ? (options.reuse as unknown as FakeContext) : new FakeContext(this, options.mergeUndoGroup === true);
    return batch(context as unknown as Excel.RequestContext);
  };

  newSheetId(): string {
    return `{fake-${this.nextId++}}`;
  }
}

const NOT_LOADED = 'Error, property was not loaded';
const NOT_SYNCED = 'Error, context.sync() was not called';

function notLoaded(property: string): Error {
  return officeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

interface TrackHooks {
  /** A property written: queue it. */
  onSet: (path: string, value: unknown) => void;
  /** Properties loaded (`a, b/c`), relative to the root object. */
  onLoad?: (props: string) => void;
  /** An object path reached (format, fill…): it costs request bytes. */
  onPath?: () => void;
}

/**
 * Wraps a mock so property writes become queued commands and reading a property that is not loaded and synced
 * throws, as Office.js does; reads and mock methods go to the mock itself.
 */
function tracked<T extends object>(mock: T, hooks: TrackHooks, prefix = ''): T {
  const children = new WeakMap<object, object>();
  return new Proxy(mock, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (value === NOT_LOADED || value === NOT_SYNCED) throw notLoaded(`${prefix}${String(prop)}`);
      if (prop === 'load' && typeof value === 'function') {
        return (props?: string) => {
          const list = (props ?? '*').split(',').map((p) => `${prefix}${p.trim()}`).join(', ');
          hooks.onLoad?.(list);
          return (value as (p?: string) => unknown).call(target, props);
        };
      }
      if (typeof value === 'function') return (value as (...a: unknown[]) => unknown).bind(target);
      if (value instanceof OfficeMockObject && typeof prop === 'string') {
        let child = children.get(value);
        if (!child) {
          hooks.onPath?.();
          children.set(value, (child = tracked(value, { ...hooks, onSet: (path, v) => hooks.onSet(`${prop}/${path}`, v) }, `${prefix}${prop}/`)));
        }
        return child;
      }
      return value;
    },
    set(target, prop, value) {
      if (prop !== 'isNullObject') hooks.onSet(`${String(prop)}`, value);
      (target as Record<string | symbol, unknown>)[prop] = value;
      return true;
    },
  });
}

/** A mock property whose loaded value is null (the constructor cannot take null: it would treat it as an object). */
function setMockValue(mock: object, name: string, value: unknown): void {
  (mock as { setValue(name: string, value: unknown): void }).setValue(name, value);
}

export class FakeContext {
  private queue: { op: Op; write: boolean }[] = [];
  private mocks: OfficeMockObject[] = [];
  private afterSync: (() => void)[] = [];
  private loads: { cells: number; props: string }[] = [];
  private events: (() => Promise<void>)[] = [];
  /** Bytes of the batch being built, and of what its loads will return. */
  private request = 0;
  private response = 0;
  /** This run already made an undo step (with mergeUndoGroup, later syncs join it). */
  private undoStep = false;
  readonly workbook: unknown;
  readonly runtime: unknown;

  constructor(
    readonly excel: FakeExcel,
    private readonly mergeUndo = false,
  ) {
    if (mergeUndo) this.requireApi('mergeUndoGroup');
    this.workbook = {
      worksheets: this.worksheets(),
      settings: this.settingsCollection(),
      getSelectedRange: () => (this.path(), this.range(excel.active, parseRangeAddress(excel.selection)!)),
    };
    const runtime = this.register(new OfficeMockObject({ enableEvents: excel.eventsEnabled }));
    this.runtime = tracked(runtime, {
      onSet: (_path, value) => {
        this.requireApi('enableEvents');
        this.action(value);
        this.enqueue(() => {
          excel.eventsEnabled = value as boolean;
          excel.log.push(`enableEvents=${String(value)}`);
        });
      },
      onLoad: () => {
        this.requireApi('enableEvents');
        this.action();
        this.response += 20;
      },
    });
  }

  async sync(): Promise<void> {
    const excel = this.excel;
    excel.syncs++;
    excel.log.push('sync');
    const queue = this.queue;
    const loads = this.loads;
    const after = this.afterSync;
    const size = { request: this.request, response: this.response };
    this.queue = [];
    this.loads = [];
    this.afterSync = [];
    this.request = 0;
    this.response = 0;
    excel.requests.push(size);
    if (excel.editing) throw officeError('InvalidOperationInCellEditMode', 'This operation is not allowed while Excel is in cell-edit mode.');
    if (size.request > excel.requestLimit) throw officeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    if (size.response > excel.responseLimit) throw officeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    for (const load of loads) {
      if (load.cells > excel.payloadCells && /values|text|formulas|\*/.test(load.props)) {
        throw officeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
      }
    }
    let wrote = false;
    try {
      for (const { op, write } of queue) {
        op(); // a throwing command ends the batch here, like Excel
        wrote ||= write;
      }
    } finally {
      if (wrote) this.undoAfterWrite();
    }
    for (const mock of this.mocks) await mock.sync();
    for (const fn of after) fn();
    const events = this.events;
    this.events = [];
    for (const fire of events) await fire();
  }

  /** What add-in writes do to the user's undo stack. */
  private undoAfterWrite(): void {
    const excel = this.excel;
    if (excel.undo === 'clears') excel.undoStack = [];
    else if (!(this.mergeUndo && this.undoStep)) excel.undoStack.push('add-in');
    this.undoStep = true;
  }

  /** Queue a command; `write`: it changes the workbook (an undo step, or the end of the user's undo stack). */
  enqueue(op: Op, write = false): void {
    this.queue.push({ op, write });
  }

  /** A command that changes cells, formats, rows or sheets. */
  write(op: Op): void {
    this.enqueue(op, true);
  }

  /** Request bytes of an action with these arguments. */
  action(...args: unknown[]): void {
    this.request += ACTION_BYTES + jsonLength(args);
  }

  /** Request bytes of an object path with these arguments. */
  path(...args: unknown[]): void {
    this.request += PATH_BYTES + jsonLength(args);
  }

  /** Fail the next sync like Office when `api` is newer than the emulated set. */
  requireApi(api: keyof typeof API_SETS | string): void {
    const set = API_SETS[api];
    if (set && !this.excel.supports(set)) {
      this.enqueue(() => {
        throw officeError('ApiNotFound', `The API you are trying to use could not be found (${api}, ExcelApi ${set}). It may be available in a newer version of Excel.`);
      });
    }
  }

  register<T extends OfficeMockObject>(mock: T): T {
    this.mocks.push(mock);
    return mock;
  }

  /** A value readable only after the next sync (isNullObject, ClientResult.value): reading it earlier throws. */
  private afterNextSync<T>(holder: Record<string, unknown>, key: string, value: T): void {
    let ready = false;
    Object.defineProperty(holder, key, {
      configurable: true,
      enumerable: true,
      get: () => {
        if (!ready) throw notLoaded(key);
        return value;
      },
    });
    this.afterSync.push(() => {
      ready = true;
    });
  }

  // ---- worksheets -------------------------------------------------------------------------------------------

  private worksheets(): unknown {
    const excel = this.excel;
    this.path();
    const collection: Record<string, unknown> = {
      getActiveWorksheet: () => (this.path(), this.worksheet(excel.active)),
      getItem: (key: string) => {
        this.path(key);
        const s = excel.sheets.find((x) => x.name === key || x.id === key);
        if (!s) {
          this.enqueue(() => {
            throw officeError('ItemNotFound', `The requested resource doesn't exist.`);
          });
          return this.worksheet(new FakeSheet(key, 'missing'));
        }
        return this.worksheet(s);
      },
      getItemOrNullObject: (key: string) => {
        this.path(key);
        const s = excel.sheets.find((x) => x.name === key || x.id === key);
        const ws = this.worksheet(s ?? new FakeSheet(key, 'missing')) as Record<string, unknown>;
        this.afterNextSync(ws, 'isNullObject', !s);
        return ws;
      },
      add: (name: string) => {
        this.path(name);
        const sheet = new FakeSheet(name, excel.newSheetId());
        this.write(() => {
          if (excel.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase())) throw officeError('ItemAlreadyExists', 'A sheet with that name exists.');
          excel.sheets.push(sheet);
          excel.log.push(`add sheet ${name}`);
        });
        return this.worksheet(sheet);
      },
      load: () => {
        this.action();
        this.response += 60 * excel.sheets.length;
        this.afterNextSync(collection, 'items', excel.sheets.map((s) => ({ name: s.name, id: s.id })));
      },
    };
    return collection;
  }

  private worksheet(sheet: FakeSheet): unknown {
    const excel = this.excel;
    const mock = this.register(
      new OfficeMockObject({
        name: sheet.name,
        id: sheet.id,
        protection: { protected: sheet.protected, options: { allowFormatCells: sheet.allowFormatCells } },
        onChanged: {
          add: (handler: (args: unknown) => Promise<void>) => {
            this.requireApi('onChanged');
            this.action();
            this.enqueue(() => sheet.handlers.push(handler));
            return {
              context: this,
              remove: () => {
                this.action();
                this.enqueue(() => {
                  const at = sheet.handlers.indexOf(handler);
                  if (at < 0) throw officeError('InvalidArgument', 'The handler was not added on this sheet.');
                  sheet.handlers.splice(at, 1);
                });
              },
            };
          },
        },
      }),
    );
    const ws = mock as unknown as Record<string, unknown>;
    ws.getRange = (address?: string) => (this.path(address), this.range(sheet, address ? parseAddress(address) : { top: 0, left: 0, bottom: 1_048_575, right: 16_383 }));
    ws.getRangeByIndexes = (row: number, col: number, rows: number, cols: number) => {
      this.requireApi('getRangeByIndexes');
      this.path(row, col, rows, cols);
      return this.range(sheet, { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 });
    };
    ws.getUsedRangeOrNullObject = () => {
      this.requireApi('getUsedRangeOrNullObject');
      this.path(true);
      const x = sheet.usedExtent();
      const r = this.range(sheet, x ?? { top: 0, left: 0, bottom: 0, right: 0 }) as Record<string, unknown>;
      this.afterNextSync(r, 'isNullObject', x === null);
      return r;
    };
    ws.getRanges = (list: string) => {
      this.requireApi('getRanges');
      this.path(list);
      return this.rangeAreas(sheet, list);
    };
    ws.activate = () => {
      this.action();
      this.enqueue(() => ((excel.active = sheet), excel.log.push(`activate ${sheet.name}`)));
    };
    return tracked(mock, { onSet: () => undefined, onLoad: (props) => this.loaded(props, 40), onPath: () => this.path() });
  }

  /** A load: an action, and `bytes` of response per property. */
  private loaded(props: string, bytes: number): void {
    this.action(props);
    this.response += bytes * props.split(',').length;
  }

  // ---- ranges -----------------------------------------------------------------------------------------------

  private range(sheet: FakeSheet, rect: CellRange): unknown {
    const excel = this.excel;
    const rows = rect.bottom - rect.top + 1;
    const cols = rect.right - rect.left + 1;
    // The cells looked up once, each property mapped from them. Whole rows/columns: never loaded in these tests.
    const raw: (FakeCell | undefined)[][] =
      rows * cols > 20_000_000 || cols === 16_384 || rows === 1_048_576
        ? []
        : Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => sheet.cells.get(cellAddress(rect.top + r, rect.left + c))));
    const grid = <T>(f: (c: FakeCell | undefined) => T): T[][] => raw.map((row) => row.map(f));
    const cells = rows * cols <= 100_000 ? raw : [];
    const flat = cells.flat();
    const one = rows === 1 && cols === 1 ? flat[0] : undefined;
    const lockedAll = flat.every((c) => c?.locked !== false);
    const unlockedAll = flat.every((c) => c?.locked === false);
    const data: Record<string, unknown> = {
      address: sheet.address(rect),
      rowCount: rows,
      columnCount: cols,
      values: grid((c) => c?.value ?? ''),
      text: grid((c) => c?.text ?? (c?.value === undefined ? '' : String(c.value))),
      numberFormat: grid((c) => c?.format ?? 'General'),
      formulas: grid((c) => c?.formula ?? c?.value ?? ''),
    };
    /** A method call: its request bytes now, `op` (if any) at the sync. */
    const call = (name: string, args: unknown[], op?: Op, write = false) => {
      this.requireApi(name);
      this.action(...args);
      if (op) this.enqueue(op, write);
    };
    const mock = this.register(
      new OfficeMockObject({
        ...data,
        worksheet: { name: sheet.name },
        format: {
          borders: {
            getItem: (side: string) => {
              const context = this; // eslint-disable-line @typescript-eslint/no-this-alias
              context.path(side);
              return {
                set style(value: string) {
                  context.action(value);
                  context.write(() => sheet.borders.push(`${rangeAddress(rect)} ${side} ${value}`));
                },
              };
            },
          },
          fill: {
            color: rows * cols === 1 ? (one?.fill ?? '#FFFFFF') : '',
            clear: () =>
              call('clear', [], () => this.each(sheet, rect, 'format', (c, a) => (delete c.fill, delete c.pattern, delete c.patternColor, delete c.tint, excel.log.push(`clear ${a}`))), true),
          },
          font: { bold: one?.bold ?? false },
          protection: { locked: lockedAll || !unlockedAll },
          autofitColumns: () => call('autofitColumns', [], () => (sheet.autofitted = true), true),
        },
      }),
    );
    const range = mock as unknown as Record<string, unknown>;
    if (!lockedAll && !unlockedAll) setMockValue((range.format as { protection: object }).protection, 'locked', null); // mixed
    range.select = () =>
      call('select', [], () => {
        if (excel.active !== sheet) throw officeError('InvalidSelection', `Cannot select a range on ${sheet.name}: it is not the active sheet.`);
        excel.log.push(`select ${sheet.address(rect)}`);
        excel.selection = rangeAddress(rect);
      });
    range.insert = (shift: string) => call('insert', [shift], () => this.insertRows(sheet, rect, shift), true);
    range.delete = (shift: string) => call('delete', [shift], () => this.deleteRows(sheet, rect, shift), true);
    range.copyFrom = (source: unknown, type: string) => {
      const from = this.rects.get(source as object);
      call('copyFrom', [type], () => this.copyFormats(sheet, rect, from!, type), true);
    };
    range.merge = () =>
      call(
        'merge',
        [false],
        () => {
          const clash = sheet.merges.find((m) => overlaps(parseRangeAddress(m)!, rect));
          if (clash) throw officeError('InvalidOperation', `cannot merge ${rangeAddress(rect)} over ${clash}`);
          sheet.merges.push(rangeAddress(rect));
          excel.log.push(`merge ${rangeAddress(rect)}`);
        },
        true,
      );
    range.unmerge = () =>
      call(
        'unmerge',
        [],
        () => {
          sheet.merges = sheet.merges.filter((m) => !overlaps(parseRangeAddress(m)!, rect));
          excel.log.push(`unmerge ${rangeAddress(rect)}`);
        },
        true,
      );
    range.getMergedAreasOrNullObject = () => {
      this.requireApi('getMergedAreasOrNullObject');
      this.path();
      return this.mergedAreas(sheet, rect);
    };
    range.getUsedRangeOrNullObject = () => {
      this.path(true);
      const x = sheet.usedExtent();
      const inside = x && overlaps(x, rect) ? { top: Math.max(x.top, rect.top), left: Math.max(x.left, rect.left), bottom: Math.min(x.bottom, rect.bottom), right: Math.min(x.right, rect.right) } : null;
      // the used part of this range: the extent of its own filled cells
      let used: CellRange | null = null;
      if (inside) {
        for (const [a, c] of sheet.cells) {
          if ((c.value === undefined || c.value === '') && !c.formula) continue;
          const p = parseCellAddress(a)!;
          if (p.row < inside.top || p.row > inside.bottom || p.col < inside.left || p.col > inside.right) continue;
          used = used
            ? { top: Math.min(used.top, p.row), left: Math.min(used.left, p.col), bottom: Math.max(used.bottom, p.row), right: Math.max(used.right, p.col) }
            : { top: p.row, left: p.col, bottom: p.row, right: p.col };
        }
      }
      const r = this.range(sheet, used ?? { top: 0, left: 0, bottom: 0, right: 0 }) as Record<string, unknown>;
      this.afterNextSync(r, 'isNullObject', used === null);
      return r;
    };
    range.getCellProperties = (which: unknown) => {
      call('getCellProperties', [which]);
      const result: Record<string, unknown> = {};
      const value = grid((c) => ({
        format: {
          fill: c?.fill
            ? { color: c.fill, pattern: c.pattern ?? 'Solid', patternColor: c.patternColor ?? '#000000', patternTintAndShade: 0, tintAndShade: c.tint ?? 0 }
            : { color: '#FFFFFF', pattern: 'None', patternColor: '#000000', patternTintAndShade: 0, tintAndShade: 0 },
        },
      }));
      this.response += JSON.stringify(value).length;
      this.afterNextSync(result, 'value', value);
      return result;
    };
    range.setCellProperties = (props: { format?: { fill?: { color?: string; pattern?: string; patternColor?: string; tintAndShade?: number } } }[][]) =>
      call(
        'setCellProperties',
        [props],
        () =>
          this.each(sheet, rect, 'format', (c, a, r, k) => {
            const fill = props[r]?.[k]?.format?.fill;
            if (!fill) return;
            if (fill.pattern === 'None') delete c.fill;
            else if (fill.color) c.fill = tinted(fill.color.toUpperCase(), fill.tintAndShade ?? 0); // the tint applies to the colour given
            if (fill.tintAndShade) c.tint = fill.tintAndShade;
            else delete c.tint;
            if (fill.pattern && fill.pattern !== 'None' && fill.pattern !== 'Solid') c.pattern = fill.pattern;
            else delete c.pattern;
            if (fill.patternColor && c.pattern) c.patternColor = fill.patternColor;
            excel.log.push(`setCellProperties ${a} ${c.fill ?? 'none'}${c.pattern ? ` ${c.pattern}` : ''}`);
          }),
        true,
      );
    const proxy = tracked(mock, {
      onSet: (path, value) => {
        this.action(value);
        this.write(() => this.setProperty(sheet, rect, path, value));
      },
      onLoad: (props) => {
        this.action(props);
        for (const prop of props.split(',').map((p) => p.trim())) {
          this.response += prop in data ? JSON.stringify(data[prop]).length : 24;
        }
        this.loads.push({ cells: rows * cols, props });
      },
      onPath: () => this.path(),
    });
    this.rects.set(proxy, rect);
    return proxy;
  }

  /** Each range object handed out, with its rectangle (copyFrom gets the source as an object). */
  private readonly rects = new WeakMap<object, CellRange>();

  /** `range.insert('Down')` on whole rows: cells, merges and formulas move as in Excel. */
  private insertRows(sheet: FakeSheet, rect: CellRange, shift: string): void {
    if (shift !== 'Down' || rect.left !== 0 || rect.right !== 16_383) throw new Error('fake Excel: only whole rows are inserted');
    if (sheet.protected) throw officeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
    const count = rect.bottom - rect.top + 1;
    const at = (row: number) => (row >= rect.top ? row + count : row);
    moveCells(sheet, (r) => at(r), (f) => shiftFormula(f, sheet.name, rect.top, count));
    sheet.merges = sheet.merges.map((m) => {
      const r = parseRangeAddress(m)!;
      return rangeAddress({ ...r, top: at(r.top), bottom: at(r.bottom) });
    });
    // The new rows take the formats of the row above, as in Excel (merges are not copied).
    for (const [a, c] of [...sheet.cells]) {
      const p = parseCellAddress(a)!;
      if (p.row !== rect.top - 1) continue;
      for (let r = rect.top; r < rect.top + count; r++) {
        const cell = sheet.cell(cellAddress(r, p.col));
        for (const k of ['fill', 'bold', 'format', 'pattern', 'patternColor'] as const) if (c[k] !== undefined) (cell as Record<string, unknown>)[k] = c[k];
      }
    }
    this.excel.log.push(`insert ${rect.top + 1}:${rect.bottom + 1}`);
  }

  /** `range.delete('Up')` on whole rows. */
  private deleteRows(sheet: FakeSheet, rect: CellRange, shift: string): void {
    if (shift !== 'Up' || rect.left !== 0 || rect.right !== 16_383) throw new Error('fake Excel: only whole rows are deleted');
    if (sheet.protected) throw officeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
    const first = rect.top;
    const end = rect.bottom + 1;
    const count = end - first;
    moveCells(sheet, (r) => (r >= end ? r - count : r >= first ? null : r), (f) => shiftFormula(f, sheet.name, end, -count));
    sheet.merges = sheet.merges
      .map((m) => parseRangeAddress(m)!)
      .map((r) => ({ ...r, top: r.top >= end ? r.top - count : r.top >= first ? first : r.top, bottom: r.bottom >= end ? r.bottom - count : r.bottom >= first ? first - 1 : r.bottom }))
      .filter((r) => r.bottom > r.top || (r.bottom === r.top && r.right > r.left))
      .map((r) => rangeAddress(r));
    this.excel.log.push(`delete ${first + 1}:${end}`);
  }

  /** `copyFrom(source, 'Formats')` of one whole row onto whole rows: fills, bold and number formats, tiled. */
  private copyFormats(sheet: FakeSheet, rect: CellRange, from: CellRange, type: string): void {
    if (type !== 'Formats') throw new Error(`fake Excel: copyFrom ${type} is not modelled`);
    const source = [...sheet.cells].filter(([a]) => parseCellAddress(a)!.row === from.top);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (const [a, c] of source) {
        const col = parseCellAddress(a)!.col;
        const cell = sheet.cell(cellAddress(r, col));
        for (const k of ['fill', 'bold', 'format', 'pattern', 'patternColor'] as const) {
          if (c[k] !== undefined) (cell as Record<string, unknown>)[k] = c[k];
        }
      }
    }
    this.excel.log.push(`copyFormats ${from.top + 1} → ${rect.top + 1}:${rect.bottom + 1}`);
  }

  private rangeAreas(sheet: FakeSheet, list: string): unknown {
    const rects = list.split(',').map((a) => parseRangeAddress(a.trim())!);
    const items = rects.map((rect) => this.range(sheet, rect));
    const flat = rects.flatMap((rect) => {
      const out: (FakeCell | undefined)[] = [];
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) out.push(sheet.cells.get(cellAddress(r, c)));
      return out;
    });
    const all = flat.every((c) => c?.locked !== false);
    const none = flat.every((c) => c?.locked === false);
    const format = this.register(
      new OfficeMockObject({
        protection: { locked: all || !none },
        fill: {
          color: '',
          clear: () => {
            this.requireApi('getRanges');
            this.action();
            this.write(() => rects.forEach((rect) => this.each(sheet, rect, 'format', (c, a) => (delete c.fill, delete c.pattern, delete c.patternColor, delete c.tint, this.excel.log.push(`clear ${a}`)))));
          },
        },
      }),
    );
    if (!all && !none) setMockValue((format as unknown as { protection: object }).protection, 'locked', null); // mixed
    const areas: Record<string, unknown> = {
      load: (props: string) => {
        items.forEach((i) => (i as OfficeMockObject).load(props));
        this.afterNextSync(areas, 'items', items);
      },
    };
    const onSet = (path: string, value: unknown) => {
      this.action(value);
      this.write(() => rects.forEach((rect) => this.setProperty(sheet, rect, `format/${path}`, value)));
    };
    return { areas, format: tracked(format, { onSet, onLoad: (props) => this.loaded(props, 12), onPath: () => this.path() }) };
  }

  private mergedAreas(sheet: FakeSheet, rect: CellRange): unknown {
    const inside = sheet.merges
      .map((m) => parseRangeAddress(m)!)
      .filter((m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right);
    const failure = this.excel.mergeError ?? (inside.length > this.excel.mergeLimit ? officeError('GeneralException', 'There were too many merged areas to return.') : null);
    if (failure) {
      this.enqueue(() => {
        throw failure;
      });
    }
    const mock = this.register(new OfficeMockObject({ address: inside.map((m) => sheet.address(m)).join(', '), areaCount: inside.length }));
    const areas = tracked(mock, { onSet: () => undefined, onLoad: (props) => this.loaded(props, 40 * inside.length), onPath: () => this.path() }) as unknown as Record<string, unknown>;
    // Each area as a range whose address can be loaded (RangeAreas.areas).
    const items = inside.map((m) => this.range(sheet, m));
    const collection: Record<string, unknown> = {
      load: (props: string) => {
        items.forEach((i) => (i as OfficeMockObject).load(props));
        this.afterNextSync(collection, 'items', items);
      },
    };
    areas.areas = collection;
    this.afterNextSync(areas, 'isNullObject', inside.length === 0);
    return areas;
  }

  /** Run `fn` on every cell of `rect`, refusing like Excel on a protected sheet. */
  private each(sheet: FakeSheet, rect: CellRange, kind: 'values' | 'format', fn: (c: FakeCell, address: string, r: number, k: number) => void): void {
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let k = rect.left; k <= rect.right; k++) {
        const address = cellAddress(r, k);
        const cell = sheet.cell(address);
        if (sheet.protected && (kind === 'format' ? !sheet.allowFormatCells : cell.locked !== false)) {
          throw officeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.');
        }
        fn(cell, address, r - rect.top, k - rect.left);
      }
    }
  }

  private setProperty(sheet: FakeSheet, rect: CellRange, path: string, value: unknown): void {
    const excel = this.excel;
    const at = (r: number, k: number) => (Array.isArray(value) ? (value as unknown[][])[r]?.[k] : value);
    switch (path) {
      case 'values':
        this.each(sheet, rect, 'values', (c, a, r, k) => {
          const v = at(r, k) as string | number | boolean;
          const typed = typeof v === 'string' ? typedIn(v, c.format) : { value: v, text: String(v) };
          c.value = typed.value;
          c.text = typed.text;
          if (typed.formula) c.formula = typed.formula;
          else delete c.formula;
          if (typed.format) c.format = typed.format;
          excel.writes.push({ sheet: sheet.name, cell: a, value: v, eventsEnabled: excel.eventsEnabled });
          excel.log.push(`write ${a}=${String(v)}`);
        });
        if (excel.eventsEnabled) this.changed(sheet, rect);
        return;
      case 'numberFormat':
        this.each(sheet, rect, 'format', (c, _a, r, k) => (c.format = String(at(r, k))));
        return;
      case 'format/fill/color':
        this.each(sheet, rect, 'format', (c, a) => {
          c.fill = String(value).toUpperCase();
          delete c.tint; // an RGB colour replaces the theme colour and its tint
          excel.log.push(`fill ${a} ${c.fill}`);
        });
        return;
      case 'format/font/bold':
        this.each(sheet, rect, 'format', (c) => (c.bold = value as boolean));
        return;
      case 'format/columnWidth':
        for (let k = rect.left; k <= rect.right; k++) sheet.columnWidths.set(columnLetters(k), value as number);
        return;
      case 'format/rowHeight':
        for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, value as number);
        return;
      case 'format/horizontalAlignment':
        sheet.centred.push(rangeAddress(rect));
        return;
      case 'format/verticalAlignment':
        return;
      case 'format/wrapText':
        sheet.wrapped.push(rangeAddress(rect));
        return;
      default:
        throw new Error(`fake Excel: writing ${path} is not modelled`);
    }
  }

  /** Queue the onChanged event Excel raises after a batch (triggerSource from ExcelApi 1.14). */
  private changed(sheet: FakeSheet, rect: CellRange): void {
    const args = {
      address: rangeAddress(rect),
      changeType: 'RangeEdited',
      source: 'Local',
      worksheetId: sheet.id,
      type: 'WorksheetChanged',
      ...(this.excel.supports('1.14') ? { triggerSource: 'ThisLocalAddin' } : {}),
    };
    for (const handler of [...sheet.handlers]) this.events.push(() => handler(args));
  }

  // ---- settings ---------------------------------------------------------------------------------------------

  private settingsCollection(): unknown {
    const excel = this.excel;
    return {
      getItemOrNullObject: (key: string) => {
        this.requireApi('settings');
        this.path(key);
        const has = excel.settings.has(key);
        const value = has ? (excel.settings.get(key) as string) : '';
        const mock = this.register(new OfficeMockObject({ key, value }));
        const item = tracked(mock, { onSet: () => undefined, onLoad: (props) => this.loaded(props, JSON.stringify(value).length), onPath: () => this.path() });
        this.afterNextSync(item as unknown as Record<string, unknown>, 'isNullObject', !has);
        return item;
      },
      add: (key: string, value: unknown) => {
        this.requireApi('settings');
        this.action(key, value);
        this.enqueue(() => {
          excel.settings.set(key, value);
          excel.log.push(`setting ${key}`);
        });
      },
    };
  }
}

/** A user's edit from Excel's UI: the cell changes and the sheet's onChanged handlers hear of it (no triggerSource). */
export async function userEdits(excel: FakeExcel, sheet: FakeSheet, cell: string, value: string): Promise<void> {
  const c = sheet.cell(cell);
  c.value = value;
  c.text = value;
  excel.undoStack.push(`edit ${cell}`);
  const args = { address: cell, changeType: 'RangeEdited', source: 'Local', worksheetId: sheet.id, type: 'WorksheetChanged', ...(excel.supports('1.14') ? { triggerSource: 'Unknown' } : {}) };
  for (const handler of [...sheet.handlers]) await handler(args);
}

/** A fake sheet holding a snapshot's cells and merges (to run a real sample through the Excel host). */
export function sheetFromSnapshot(snapshot: import('../../../src/core/snapshot').SheetSnapshot, id = '{sample}'): FakeSheet {
  const sheet = new FakeSheet(snapshot.name, id);
  snapshot.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formula = snapshot.formulas?.[r]?.[c];
      if (value === null && !formula) return;
      const address = cellAddress(snapshot.origin.row + r, snapshot.origin.col + c);
      sheet.cells.set(address, {
        value: value ?? '',
        text: snapshot.texts?.[r]?.[c] ?? (value === null ? '' : String(value)),
        format: snapshot.formats?.[r]?.[c] ?? 'General',
        ...(formula ? { formula } : {}),
      });
    }),
  );
  sheet.merges = snapshot.merges.map((m) => rangeAddress(m));
  return sheet;
}

/** An A1 range, or whole rows (`28:30`) or whole columns (`C:C`) as Excel takes them. */
function parseAddress(address: string): CellRange {
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) return { top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: 16_383 };
  const cols = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (cols) return { top: 0, left: columnIndex(cols[1]), bottom: 1_048_575, right: columnIndex(cols[2]) };
  const r = parseRangeAddress(address);
  if (!r) throw new Error(`fake Excel: not an address: ${address}`);
  return r;
}

const overlaps = (a: CellRange, b: CellRange) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;


/** JSON size of command arguments. */
function jsonLength(args: unknown[]): number {
  return args.length ? JSON.stringify(args).length : 0;
}


/** A colour lightened (tint > 0) or darkened (tint < 0), as Excel applies tintAndShade to it. */
export function tinted(colour: string, tint: number): string {
  if (!tint) return colour;
  const channels = [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16));
  const out = channels.map((ch) => Math.round(tint > 0 ? ch + (255 - ch) * tint : ch * (1 + tint)));
  return `#${out.map((ch) => ch.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}
