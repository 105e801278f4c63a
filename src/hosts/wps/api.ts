/**
 * The part of WPS 表格's object model (`window.Application` in a WPS 加载项) that the WPS host uses, as this
 * project's own narrow interface. WPS's model is VBA-like and synchronous, and every property read or write and
 * every method call crosses into the WPS process: the host reads whole rectangles at once and never walks cells.
 *
 * Written from the `wps-jsapi` 1.0.5 declarations and the `wpsjs` 2.2.3 templates, which are generated from the COM
 * model and imprecise (many members typed `void` where a Range comes back): only what the host relies on is here,
 * typed as WPS behaves. The tests' fake (test/hosts/wps/fake-wps.ts) implements exactly this interface.
 */

/** A range of cells (one rectangle, or several given as `B3,D7` where noted). */
export interface WpsRange {
  /** Values: one cell → the value (empty: undefined or ''); a rectangle → rows of values. Dates are serial numbers. */
  Value2: unknown;
  /** Formulas, or the constants as typed: one cell → a string; a rectangle → rows of strings. */
  Formula: unknown;
  /** The text a cell shows (one cell; a rectangle gives its text only when every cell shows the same). */
  readonly Text: unknown;
  /** The number format: one string when every cell has it, else null. */
  NumberFormat: unknown;
  /** True when every cell is part of a merged area, false when none is, null when some are. */
  readonly MergeCells: boolean | null;
  /** The merged area holding the range's first cell (the cell itself when it is not merged). */
  readonly MergeArea: WpsRange;
  /** `$A$1:$D$5` (absolute, as VBA's default); several areas are joined with commas. */
  Address(): string;
  /** Locked for protection: true, false, or null when the cells differ. */
  Locked: boolean | null;
  readonly Interior: WpsInterior;
  readonly Font: WpsFont;
  readonly Borders: WpsBorders;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  /** Width of the columns in characters (as Excel's column width), height of the rows in points. */
  ColumnWidth: number;
  RowHeight: number;
  /** The columns of the range (for AutoFit). */
  readonly Columns: WpsRange;
  AutoFit(): void;
  Select(): void;
  /** Insert cells (whole rows here), shifting the rest down; `copyOrigin` 0 formats the new rows like the row above, 1 like the row below. */
  Insert(shift?: number, copyOrigin?: number): void;
  /** Delete cells (whole rows here), shifting the rest up. */
  Delete(shift?: number): void;
  Merge(across?: boolean): void;
  UnMerge(): void;
  ClearContents(): void;
}

/** A range's fill. Colours are BGR integers as in VBA (`0xBBGGRR`). */
export interface WpsInterior {
  /** The fill colour, or null when the cells differ (a cell without fill reads as white, 16777215). */
  Color: number | null;
  /** xlColorIndexNone (-4142) when the cells have no fill; writing it removes the fill. */
  ColorIndex: number | null;
  /** xlSolid (1), other patterns, xlNone (-4142), the gradients (4000, 4001); null when the cells differ. */
  Pattern: number | null;
  PatternColor: number | null;
}

export interface WpsFont {
  Bold: boolean | null;
}

export interface WpsBorders {
  /** xlContinuous (1) draws every edge and inside line of the range. */
  LineStyle: number | null;
}

export interface WpsWorksheet {
  Name: string;
  /** A range by A1 address: a cell, a rectangle, whole rows (`28:30`) or columns (`C:C`), or a comma list. */
  Range(address: string): WpsRange;
  /** From the first to the last used cell (cells with a format count as used, as in VBA). */
  readonly UsedRange: WpsRange;
  /** True when the sheet's contents are protected. */
  readonly ProtectContents: boolean;
  readonly Protection: { readonly AllowFormattingCells: boolean };
  /** xlSheetVisible (-1), xlSheetHidden (0), xlSheetVeryHidden (2). */
  Visible: number;
  Activate(): void;
}

export interface WpsSheets {
  readonly Count: number;
  /** By 1-based position or by name; throws when there is no such sheet. */
  Item(index: number | string): WpsWorksheet;
  /** A new sheet after `after` (and activated, as in VBA). */
  Add(before?: WpsWorksheet | null, after?: WpsWorksheet | null): WpsWorksheet;
}

export interface WpsWorkbook {
  readonly Name: string;
  readonly Worksheets: WpsSheets;
  /** True when the workbook's structure is protected: no sheet can be added, renamed or removed. */
  readonly ProtectStructure: boolean;
}

/** A task pane made by CreateTaskPane: its ID finds it again (GetTaskPane). */
export interface WpsTaskPane {
  readonly ID: string | number;
  Visible: boolean;
  DockPosition: number;
}

export type SheetChangeListener = (sheet: WpsWorksheet, target: WpsRange) => void;

export interface WpsApplication {
  /** The workbook in front, or null/undefined when none is open. */
  readonly ActiveWorkbook: WpsWorkbook | null | undefined;
  /** The sheet in front (a chart sheet has no cells). */
  readonly ActiveSheet: WpsWorksheet | null | undefined;
  /** The selected cells (not a range when a picture or chart is selected). */
  readonly Selection: WpsRange | null | undefined;
  /** False: WPS asks nothing (merging cells that hold values would otherwise ask). */
  DisplayAlerts: boolean;
  /** Application events; the one used here is `SheetChange` (the sheet, and the range that changed). */
  readonly ApiEvent: {
    AddApiEventListener(name: 'SheetChange', callback: SheetChangeListener): void;
    RemoveApiEventListener(name: 'SheetChange', callback: SheetChangeListener): void;
  };
  /** Strings shared by all pages of the add-in while WPS runs (not saved anywhere). */
  readonly PluginStorage: { getItem(key: string): unknown; setItem(key: string, value: unknown): void };
  CreateTaskPane(url: string): WpsTaskPane;
  GetTaskPane(id: string | number): WpsTaskPane | null | undefined;
  /** A page in a dialog; width and height in device pixels. */
  ShowDialog(url: string, title: string, width: number, height: number, modal: boolean): void;
}

/** VBA's constants, as WPS takes them. */
export const XL = {
  shiftDown: -4121,
  shiftUp: -4162,
  formatFromLeftOrAbove: 0,
  formatFromRightOrBelow: 1,
  none: -4142, // xlNone, xlColorIndexNone
  solid: 1, // xlSolid
  gradientLinear: 4000,
  gradientRectangular: 4001,
  continuous: 1, // xlContinuous
  center: -4108, // xlCenter
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  dockRight: 2, // msoCTPDockPositionRight
} as const;

/**
 * WPS's Application in this page, or null outside WPS. WPS puts it on `window.Application` in every page of an
 * add-in; some builds expose the spreadsheet's through `window.wps` instead (`wps.EtApplication()`).
 */
export function findWpsApplication(root: unknown = typeof globalThis === 'object' ? globalThis : undefined): WpsApplication | null {
  const w = root as { Application?: unknown; wps?: { EtApplication?: () => unknown; Application?: unknown } } | undefined;
  if (!w) return null;
  try {
    if (w.Application && typeof w.Application === 'object') return w.Application as WpsApplication;
    if (w.wps && typeof w.wps.EtApplication === 'function') return (w.wps.EtApplication() as WpsApplication) ?? null;
    if (w.wps && w.wps.Application && typeof w.wps.Application === 'object') return w.wps.Application as WpsApplication;
  } catch {
    // a half-started WPS page: treat as outside WPS
  }
  return null;
}

/** BGR integer (VBA) → `#RRGGBB`. */
export function bgrToHex(bgr: number): string {
  const n = Math.max(0, Math.min(0xffffff, Math.round(bgr)));
  const r = n & 0xff;
  const g = (n >> 8) & 0xff;
  const b = (n >> 16) & 0xff;
  return `#${[r, g, b].map((x) => (x < 16 ? '0' : '') + x.toString(16)).join('')}`.toUpperCase();
}

/** `#RRGGBB` → BGR integer (VBA). */
export function hexToBgr(hex: string): number {
  const n = parseInt(hex.replace('#', ''), 16);
  const r = (n >> 16) & 0xff;
  const g = (n >> 8) & 0xff;
  const b = n & 0xff;
  return r + g * 256 + b * 65536;
}

/** `$A$1:$D$5` (or `Sheet1!$A$1`) → `A1:D5`. */
export function plainAddress(address: string): string {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  return bare.replace(/\$/g, '');
}
