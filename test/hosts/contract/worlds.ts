/**
 * The three hosts over the same workbook, for the contract suite: the Excel host on the fake Excel, the WPS host on
 * the fake WPS, the preview host on the preview's in-memory workbook. A world says what the sheet looks like now
 * (text, fill, merges, selection) the way a user would see it, and lets a user act on it (type, colour a cell).
 */
import { readFileSync, readdirSync } from 'fs';
import path from 'path';
import { cellAddress, parseCellAddress, parseRangeAddress, rangeAddress } from '../../../src/core/address';
import type { CellRange, SheetSnapshot } from '../../../src/core/snapshot';
import type { Host } from '../../../src/hosts/host';
import { ExcelHost } from '../../../src/hosts/excel';
import { WpsHost } from '../../../src/hosts/wps';
import { PreviewHost, type SettingsStore } from '../../../src/preview/preview-host';
import { PreviewWorkbook, cellKey } from '../../../src/preview/preview-workbook';
import { readWorkbookBytes } from '../../../src/io';
import { FakeExcel, sheetFromSnapshot as excelSheet, userEdits as excelUserEdits } from '../excel/fake-excel';
import { fakeWpsFromSnapshots, type FakeWps } from '../wps/fake-wps';

export type HostName = 'excel' | 'wps' | 'preview';

export interface World {
  name: HostName;
  host: Host;
  /** A new host over the same workbook, as after the pane is reloaded (nothing kept in memory). */
  reload(): Host;
  /** What a cell shows ('' when empty). */
  text(sheet: string, cell: string): string;
  /** A cell's fill (`#RRGGBB`), or undefined when it has none. */
  fill(sheet: string, cell: string): string | undefined;
  /** The user gives a cell a fill of their own. */
  paint(sheet: string, cell: string, colour: string): void;
  /** The user types into a cell of the active sheet (the host hears of it as the spreadsheet tells it). */
  userEdits(sheet: string, cell: string, value: string): Promise<void>;
  /** The active sheet and the selected cell or range. */
  selection(): { sheet: string; address: string };
  sheetNames(): string[];
  merges(sheet: string): string[];
  /** The highlight record is kept in the workbook: a reloaded pane can still restore the fills. */
  persistsHighlights: boolean;
  /** Protect a sheet's contents (not in the preview, which has no protection). */
  protect?(sheet: string): void;
  /** Let events the spreadsheet raises after a call reach the host. */
  settle(): Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const sortedMerges = (merges: readonly CellRange[]) => merges.map(rangeAddress).sort();

function excelWorld(snapshots: SheetSnapshot[], active: number): World {
  const excel = new FakeExcel(
    snapshots.map((s, i) => excelSheet(s, `{sheet-${i}}`)),
    { api: '1.14' },
  );
  excel.active = excel.sheets[active];
  const make = () => new ExcelHost({ run: excel.run, supports: excel.supports });
  return {
    name: 'excel',
    host: make(),
    persistsHighlights: true,
    reload: make,
    text: (sheet, cell) => {
      const c = excel.sheet(sheet).cells.get(normal(cell));
      if (!c || ((c.value === undefined || c.value === '') && !c.formula)) return '';
      return c.text ?? String(c.value);
    },
    fill: (sheet, cell) => excel.sheet(sheet).cells.get(normal(cell))?.fill?.toUpperCase(),
    paint: (sheet, cell, colour) => void (excel.sheet(sheet).cell(cell).fill = colour),
    userEdits: (sheet, cell, value) => excelUserEdits(excel, excel.sheet(sheet), cell, value),
    selection: () => ({ sheet: excel.active.name, address: excel.selection }),
    sheetNames: () => excel.sheets.map((s) => s.name),
    merges: (sheet) => sortedMerges(excel.sheet(sheet).merges.map((m) => parseRangeAddress(m)!)),
    protect: (sheet) => void (excel.sheet(sheet).protected = true),
    settle: () => wait(0),
  };
}

function wpsWorld(snapshots: SheetSnapshot[], active: number): World & { wps: FakeWps } {
  const wps = fakeWpsFromSnapshots(snapshots, { active });
  const make = () => new WpsHost({ app: wps.application });
  return {
    name: 'wps',
    wps,
    host: make(),
    persistsHighlights: true,
    reload: make,
    text: (sheet, cell) => {
      const c = wps.sheet(sheet).cells.get(normal(cell));
      if (!c || ((c.value === undefined || c.value === '') && !c.formula)) return '';
      return c.text ?? String(c.value);
    },
    fill: (sheet, cell) => wps.sheet(sheet).cells.get(normal(cell))?.fill?.toUpperCase(),
    paint: (sheet, cell, colour) => {
      const c = wps.sheet(sheet).cell(cell);
      c.fill = colour;
      c.pattern = 1;
    },
    userEdits: async (sheet, cell, value) => {
      wps.userEdits(sheet, cell, value);
      await wait(5); // WPS raises SheetChange once the edit is done
    },
    selection: () => wps.selected(),
    sheetNames: () => wps.sheets.filter((s) => s.visible === -1).map((s) => s.name),
    merges: (sheet) => sortedMerges(wps.sheet(sheet).merges),
    protect: (sheet) => void (wps.sheet(sheet).protected = true),
    settle: () => wait(5),
  };
}

function previewWorld(snapshots: SheetSnapshot[], active: number): World {
  const wb = PreviewWorkbook.fromSnapshots('workbook.xlsx', snapshots);
  wb.activate(active);
  const data = new Map<string, string>();
  const store: SettingsStore = { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  const make = () => new PreviewHost(wb, store);
  const sheetOf = (name: string) => {
    const s = wb.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  };
  const key = (cell: string) => {
    const p = parseCellAddress(cell)!;
    return cellKey(p.row, p.col);
  };
  return {
    name: 'preview',
    host: make(),
    // The preview's workbook lives in the page: a reload loses it along with the record.
    persistsHighlights: false,
    reload: make,
    text: (sheet, cell) => {
      const p = parseCellAddress(cell)!;
      return sheetOf(sheet).text(p.row, p.col);
    },
    fill: (sheet, cell) => sheetOf(sheet).fills.get(key(cell))?.toUpperCase(),
    paint: (sheet, cell, colour) => wb.setFills(sheetOf(sheet), [[key(cell), colour]]),
    userEdits: async (sheet, cell, value) => {
      wb.activate(wb.sheets.indexOf(sheetOf(sheet)));
      const p = parseCellAddress(cell)!;
      wb.editByUser(p.row, p.col, value);
    },
    selection: () => {
      const at = wb.selection();
      return { sheet: wb.activeSheet.name, address: cellAddress(at.row, at.col) };
    },
    sheetNames: () => wb.sheets.map((s) => s.name),
    merges: (sheet) => sortedMerges(sheetOf(sheet).merges),
    settle: () => wait(0),
  };
}

export const WORLDS: Record<HostName, (snapshots: SheetSnapshot[], active: number) => World> = {
  excel: excelWorld,
  wps: wpsWorld,
  preview: previewWorld,
};

const normal = (cell: string): string => {
  const p = parseCellAddress(cell)!;
  return cellAddress(p.row, p.col);
};

const FIXTURES = path.join(__dirname, '..', '..', 'fixtures');

/** A sheet of a sample file: the file's sheets as the file reader gives them, and which one is in front. */
export interface SampleSheet {
  label: string;
  sheets: SheetSnapshot[];
  index: number;
}

/** Every sheet of every sample (the first collection and the second, spreadsheets and text files alike). */
export function sampleSheets(): SampleSheet[] {
  const dirs = [path.join(FIXTURES, 'samples'), path.join(FIXTURES, 'second', 'files')];
  const out: SampleSheet[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => /\.(xlsx|xls|csv|tsv)$/.test(f)).sort()) {
      const sheets = readWorkbookBytes(new Uint8Array(readFileSync(path.join(dir, file))), file).sheets;
      sheets.forEach((s, index) => out.push({ label: `${path.basename(dir) === 'files' ? 'second/' : ''}${file}:${s.name}`, sheets, index }));
    }
  }
  return out;
}
