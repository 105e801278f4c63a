/**
 * Read WPS's active sheet into a SheetSnapshot with as few cross-process calls as the object model allows:
 * - the used range's values and formulas, two calls per chunk of rows (one for a normal sheet);
 * - display text and number format only for cells holding numbers (text is what a string cell holds): one
 *   NumberFormat call per column run of numbers, then one Text call per number whose format is not General;
 * - merged areas by probing MergeCells (merges.ts).
 * WPS's used range counts formatted cells too; the snapshot is trimmed to the cells with content, as Excel's host
 * and the file reader give it, and merges are clipped the same way.
 */
import { cellAddress, parseRangeAddress, rangeAddress } from '../../core/address';
import type { CellRange, CellValue, SheetSnapshot } from '../../core/snapshot';
import { clipMerges } from '../../core/snapshot';
import { toCellValue, toFormula } from '../shared/cells';
import { plainAddress, type WpsApplication, type WpsRange, type WpsWorksheet } from './api';
import { findMerges } from './merges';
import { wpsError } from './errors';

export interface ReadLimits {
  /** Cells per Value2/Formula read (a bigger sheet is read in chunks of rows, with progress). */
  chunkCells: number;
  /** No read beyond this many cells: the sheet is too large ('too-large'). */
  maxCells: number;
  /** MergeCells/MergeArea questions at most. */
  mergeQuestions: number;
  /** Text calls for numbers at most (beyond, numbers show as their value). */
  textCalls: number;
}

export const READ_LIMITS: ReadLimits = { chunkCells: 200_000, maxCells: 5_000_000, mergeQuestions: 40_000, textCalls: 40_000 };

/** How far right of the cells with content merges are looked for (a title merged over empty columns). */
const MERGE_REACH_COLS = 64;

export interface ReadResult {
  snapshot: SheetSnapshot;
  /** The sheet's name. */
  sheet: string;
  /** Merged areas: all found, or some left unread (the question budget ran out). */
  merges: 'read' | 'incomplete';
  /** Numbers whose display text was not read (the text budget ran out). */
  textsMissing: number;
}

/** The active sheet of the active workbook, or a HostError saying why there is none. */
export function activeSheet(app: WpsApplication): WpsWorksheet {
  if (!app.ActiveWorkbook) throw wpsError('no-workbook');
  const sheet = app.ActiveSheet;
  if (!sheet) throw wpsError('no-sheet');
  return sheet;
}

/** Read the active sheet. */
export function readActiveSheet(app: WpsApplication, limits: ReadLimits = READ_LIMITS, onProgress?: (fraction: number) => void): ReadResult {
  const sheet = activeSheet(app);
  const name = sheet.Name;
  let used: WpsRange;
  let address: string;
  try {
    used = sheet.UsedRange;
    address = plainAddress(used.Address());
  } catch (error) {
    throw wpsError('no-sheet', { sheet: name }, error);
  }
  const extent = parseRangeAddress(address);
  if (!extent) throw wpsError('failed', { detail: `UsedRange ${address}` });
  const rows = extent.bottom - extent.top + 1;
  const cols = extent.right - extent.left + 1;
  if (rows * cols > limits.maxCells) throw wpsError('too-large', { count: rows * cols, limit: limits.maxCells, address });

  // Values and formulas, in chunks of rows for a big sheet.
  const values: unknown[][] = [];
  const formulas: unknown[][] = [];
  const step = Math.max(1, Math.floor(limits.chunkCells / cols));
  for (let done = 0; done < rows; done += step) {
    const n = Math.min(step, rows - done);
    const chunk = done === 0 && n === rows ? used : sheet.Range(rangeAddress({ top: extent.top + done, bottom: extent.top + done + n - 1, left: extent.left, right: extent.right }));
    values.push(...grid(chunk.Value2, n, cols));
    formulas.push(...grid(chunk.Formula, n, cols));
    if (n < rows) onProgress?.((done + n) / rows);
  }

  const content = contentExtent(values, formulas, extent);
  if (!content) {
    onProgress?.(1);
    return { snapshot: { name, origin: { row: 0, col: 0 }, values: [], merges: [] }, sheet: name, merges: 'read', textsMissing: 0 };
  }

  const snapshot: SheetSnapshot = { name, origin: { row: content.top, col: content.left }, values: [], texts: [], formats: [], merges: [] };
  const snapFormulas: (string | null)[][] = [];
  let anyFormula = false;
  for (let r = content.top; r <= content.bottom; r++) {
    const rowValues: CellValue[] = [];
    const rowTexts: (string | null)[] = [];
    const rowFormulas: (string | null)[] = [];
    for (let c = content.left; c <= content.right; c++) {
      const raw = values[r - extent.top][c - extent.left];
      const value = toCellValue(raw);
      const formula = toFormula(formulas[r - extent.top][c - extent.left], raw);
      if (formula) anyFormula = true;
      rowValues.push(value);
      rowTexts.push(typeof value === 'string' ? value : typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : null);
      rowFormulas.push(formula);
    }
    snapshot.values.push(rowValues);
    snapshot.texts!.push(rowTexts);
    snapshot.formats!.push(rowValues.map(() => null));
    snapFormulas.push(rowFormulas);
  }
  if (anyFormula) snapshot.formulas = snapFormulas;

  const textsMissing = readNumberTexts(sheet, snapshot, limits.textCalls);

  const probeArea: CellRange = { ...content, right: Math.min(extent.right, content.right + MERGE_REACH_COLS) };
  const found = findMerges(probeArea, mergeQuestions(sheet), limits.mergeQuestions, likelyMergeStarts(snapshot, probeArea));
  snapshot.merges = clipMerges(found.areas, content);
  onProgress?.(1);
  return { snapshot, sheet: name, merges: found.complete ? 'read' : 'incomplete', textsMissing };
}

/** Value2/Formula of a range as rows × cols (one cell gives a scalar). */
function grid(raw: unknown, rows: number, cols: number): unknown[][] {
  if (!Array.isArray(raw)) return [[raw]];
  const out: unknown[][] = [];
  for (let r = 0; r < rows; r++) {
    const row = raw[r];
    out.push(Array.isArray(row) ? row : Array.from({ length: cols }, () => undefined));
  }
  return out;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

/** The rectangle of cells holding a value or a formula, or null when there is none. */
function contentExtent(values: unknown[][], formulas: unknown[][], extent: CellRange): CellRange | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = formulas[r]?.[c];
      if (isEmpty(v) && !(typeof f === 'string' && f.startsWith('='))) return;
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }),
  );
  if (bottom < 0) return null;
  return { top: extent.top + top, bottom: extent.top + bottom, left: extent.left + left, right: extent.left + right };
}

/** Error values as cells show them; WPS may give them as numbers (VBA's error codes), their text tells. */
const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)$/;

/**
 * A number shown in the General format, when its text is certain without asking: no exponent, at most 11
 * characters (General shows more only in a wide column), and not one of VBA's error codes (-2146826xxx).
 */
function generalText(v: number): string | null {
  const s = String(v);
  return s.length <= 11 && !/e/i.test(s) && !(v <= -2146826200 && v >= -2146826300) ? s : null;
}

const GENERAL = /^(General|G\/通用格式|常规)$/i;

/**
 * Display text and number format of every number in the snapshot: each vertical run of numbers in a column shares
 * one NumberFormat call; a number in a General run is shown as itself, others are asked for their Text. Returns how
 * many numbers were left without text when the budget ran out.
 */
function readNumberTexts(sheet: WpsWorksheet, snapshot: SheetSnapshot, budget: number): number {
  const { values, texts, formats, origin } = snapshot;
  let left = budget;
  let missing = 0;
  const width = values.reduce((w, r) => Math.max(w, r.length), 0);
  for (let c = 0; c < width; c++) {
    for (let r = 0; r < values.length; r++) {
      if (typeof values[r][c] !== 'number') continue;
      let end = r;
      while (end + 1 < values.length && typeof values[end + 1][c] === 'number') end++;
      const run: CellRange = { top: origin.row + r, bottom: origin.row + end, left: origin.col + c, right: origin.col + c };
      const runFormat = left > 0 ? sheet.Range(rangeAddress(run)).NumberFormat : null;
      left--;
      for (let k = r; k <= end; k++) {
        const v = values[k][c] as number;
        const format = typeof runFormat === 'string' ? runFormat : null;
        if (format !== null && GENERAL.test(format) && generalText(v) !== null) {
          texts![k][c] = generalText(v);
          formats![k][c] = format;
          continue;
        }
        if (left <= 0) {
          missing++;
          continue;
        }
        const cell = sheet.Range(cellAddress(origin.row + k, origin.col + c));
        const cellFormat = format ?? cell.NumberFormat;
        const text = cell.Text;
        left -= format === null ? 2 : 1;
        formats![k][c] = typeof cellFormat === 'string' ? cellFormat : null;
        if (typeof text !== 'string' || /^#+$/.test(text.trim())) continue; // #### in a narrow column: the value will do
        if (ERROR_TEXT.test(text.trim())) {
          values[k][c] = text.trim();
          texts![k][c] = text.trim();
        } else texts![k][c] = text;
      }
      r = end;
    }
  }
  return missing;
}

/**
 * The columns of row `row` (between `left` and `right`) whose cells probably start a merged area: content, with the
 * cell to the right (within `area`) or below empty. Only the order of the search: it finds every merge either way.
 */
function likelyMergeStarts(snapshot: SheetSnapshot, area: CellRange): (row: number, left: number, right: number) => number[] {
  const { values, origin } = snapshot;
  const empty = (row: number, col: number) => isEmpty(values[row - origin.row]?.[col - origin.col]);
  return (row, left, right) => {
    const out: number[] = [];
    for (let col = left; col <= right; col++) {
      if (empty(row, col)) continue;
      if ((col < area.right && empty(row, col + 1)) || (row < area.bottom && empty(row + 1, col))) out.push(col);
    }
    return out;
  };
}

/** MergeCells and MergeArea questions on `sheet`, reusing a probed cell's Range for its area. */
function mergeQuestions(sheet: WpsWorksheet) {
  let last: { address: string; range: WpsRange } | null = null;
  const rangeOf = (address: string) => (last && last.address === address ? last.range : sheet.Range(address));
  return {
    mergeCells(rect: CellRange): boolean | null {
      const address = rangeAddress(rect);
      const range = sheet.Range(address);
      last = { address, range };
      const merged = range.MergeCells;
      return merged === false ? false : merged === true ? true : null;
    },
    areaAt(row: number, col: number): CellRange {
      const address = cellAddress(row, col);
      const area = parseRangeAddress(plainAddress(rangeOf(address).MergeArea.Address()));
      return area ?? { top: row, left: col, bottom: row, right: col };
    },
  };
}
