/**
 * What the checker keeps with the workbook in WPS: a very hidden sheet, `ptcheck-settings`, one row per key (the
 * settings, the highlight record): A = key, B = number of parts, C… = the JSON in parts of at most 30,000
 * characters (a cell holds 32,767), each after a `|` so that no part is ever read as a number or a formula.
 *
 * Why a sheet: cells are the one thing every WPS and Excel version saves in every format (.xlsx, .xls, .et) without
 * a length limit that matters; custom document properties stop at 255 characters in Excel's and WPS's own dialogs
 * and are not reliably kept longer, and PluginStorage lives only while WPS runs, on one PC. The sheet travels with
 * the file, as Excel's workbook settings do; very hidden, it shows in no sheet list (VBA's editor still lists it).
 */
import { columnLetters, parseRangeAddress } from '../../core/address';
import { plainAddress, XL, type WpsApplication, type WpsWorkbook, type WpsWorksheet } from './api';
import { wpsError } from './errors';

export const STORE_SHEET = 'ptcheck-settings';
const MARKER = '绩效目标表校验加载项的设置，请勿修改或删除 · settings of the performance-target checker add-in: do not edit or delete';
const PART_CHARS = 30_000;
const PART_MARK = '|';

/** The store sheet of `book`, or null when it has none (a workbook never given settings). */
function storeSheet(book: WpsWorkbook): WpsWorksheet | null {
  try {
    return book.Worksheets.Item(STORE_SHEET) ?? null;
  } catch {
    return null; // WPS throws for a name it does not have
  }
}

function activeBook(app: WpsApplication): WpsWorkbook {
  const book = app.ActiveWorkbook;
  if (!book) throw wpsError('no-workbook');
  return book;
}

/** The store's rows: key → its parts joined, with the row (1-based) and how many cells it uses. */
function rowsOf(sheet: WpsWorksheet): Map<string, { row: number; width: number; value: string }> {
  const used = sheet.UsedRange;
  const at = parseRangeAddress(plainAddress(used.Address()));
  const raw = used.Value2;
  const rows: unknown[][] = Array.isArray(raw) ? (raw as unknown[][]) : [[raw]];
  const out = new Map<string, { row: number; width: number; value: string }>();
  if (!at || at.left !== 0) return out; // column A is empty: nothing of ours is there
  rows.forEach((cells, i) => {
    const key = cells?.[0];
    const count = Number(cells?.[1]);
    const row = at.top + i + 1;
    if (typeof key !== 'string' || !key || row === 1 || !(count >= 0)) return;
    const parts = cells.slice(2, 2 + count).map((p) => (typeof p === 'string' && p.startsWith(PART_MARK) ? p.slice(1) : ''));
    out.set(key, { row, width: 2 + count, value: parts.join('') });
  });
  return out;
}

/** The value stored under `key` in the active workbook, or null. Six calls. */
export function readStored(app: WpsApplication, key: string): string | null {
  const sheet = storeSheet(activeBook(app));
  if (!sheet) return null;
  return rowsOf(sheet).get(key)?.value ?? null;
}

/**
 * Store `value` under `key` in the active workbook (null removes it), making the hidden sheet on first use. Throws
 * HostError('protected') when the workbook's structure is protected and the sheet is not there yet.
 */
export function writeStored(app: WpsApplication, key: string, value: string | null): void {
  const book = activeBook(app);
  let sheet = storeSheet(book);
  if (!sheet) {
    if (value === null) return;
    sheet = makeStoreSheet(app, book);
  }
  const rows = rowsOf(sheet);
  const old = rows.get(key);
  const row = old?.row ?? Math.max(1, ...[...rows.values()].map((r) => r.row)) + 1;
  const parts: string[] = [];
  for (let i = 0; value !== null && i < value.length; i += PART_CHARS) parts.push(PART_MARK + value.slice(i, i + PART_CHARS));
  const cells: (string | number)[] = value === null ? ['', ''] : [key, parts.length, ...parts];
  while (cells.length < (old?.width ?? 0)) cells.push(''); // clear the parts of a longer old value
  sheet.Range(`A${row}:${columnLetters(cells.length - 1)}${row}`).Value2 = [cells];
}

function makeStoreSheet(app: WpsApplication, book: WpsWorkbook): WpsWorksheet {
  if (book.ProtectStructure) throw wpsError('structure-protected');
  const sheets = book.Worksheets;
  const last = sheets.Item(sheets.Count);
  const active = app.ActiveSheet;
  const sheet = sheets.Add(null, last); // WPS, like Excel, makes the new sheet the active one
  sheet.Name = STORE_SHEET;
  sheet.Range('A1').Value2 = MARKER;
  active?.Activate();
  try {
    sheet.Visible = XL.sheetVeryHidden;
  } catch {
    sheet.Visible = XL.sheetHidden; // a WPS without very hidden sheets
  }
  return sheet;
}
