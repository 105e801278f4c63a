/** Office.js cell data → snapshot data: pure functions, no Office calls. */
import { parseRangeAddress } from '../../core/address';
import type { CellRange, CellValue } from '../../core/snapshot';

/** The four grids read from a range, as Office returns them. */
export interface RangeGrids {
  values: unknown[][];
  text: unknown[][];
  numberFormat: unknown[][];
  formulas: unknown[][];
}

/** The grids of a snapshot (formulas only where some cell has one). */
export interface SnapshotGrids {
  values: CellValue[][];
  texts: (string | null)[][];
  formats: (string | null)[][];
  formulas: (string | null)[][];
  anyFormula: boolean;
}

/** An Office value → a snapshot value: '' (empty) → null; numbers, strings, booleans as they are; errors stay text. */
export function toCellValue(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * A `formulas` entry → the formula (`=SUM(B3:B5)`), or null for a constant: Office repeats a constant's value
 * there, so the text `=100%` (written with an apostrophe) reads `=100%` in both. A formula differs from its value.
 */
export function toFormula(f: unknown, value: unknown): string | null {
  return typeof f === 'string' && f.startsWith('=') && f !== value ? f : null;
}

/** Append the rows of one range read (a chunk, or the whole used range) to `into`. */
export function appendGrids(into: SnapshotGrids, read: RangeGrids): void {
  read.values.forEach((row, r) => {
    const values: CellValue[] = [];
    const texts: (string | null)[] = [];
    const formats: (string | null)[] = [];
    const formulas: (string | null)[] = [];
    row.forEach((raw, c) => {
      const value = toCellValue(raw);
      const formula = toFormula(read.formulas[r]?.[c], raw);
      const empty = value === null && formula === null;
      const text = read.text[r]?.[c];
      const format = read.numberFormat[r]?.[c];
      values.push(value);
      texts.push(empty || typeof text !== 'string' ? null : text);
      formats.push(empty || typeof format !== 'string' ? null : format);
      formulas.push(formula);
      if (formula !== null) into.anyFormula = true;
    });
    into.values.push(values);
    into.texts.push(texts);
    into.formats.push(formats);
    into.formulas.push(formulas);
  });
}

export function emptyGrids(): SnapshotGrids {
  return { values: [], texts: [], formats: [], formulas: [], anyFormula: false };
}

/** Split a multi-area address (`Sheet1!A1:B2, 'a,b'!C3`) at the commas outside quoted sheet names. */
export function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted; // '' inside a quoted name toggles twice: still quoted
    if (ch === ',' && !quoted) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts.filter((p) => p.length > 0);
}

/** The rectangles of a (multi-area) address, 0-based; unreadable parts are skipped. */
export function areasOf(address: string): CellRange[] {
  return splitAreas(address)
    .map((a) => parseRangeAddress(a))
    .filter((r): r is CellRange => r !== null);
}


/** Every cell address of an A1 range (`B3:C4` → B3, C3, B4, C4), at most `limit`. */
export function cellsOf(range: CellRange, limit: number): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) {
      if (out.length >= limit) return out;
      out.push({ row, col });
    }
  }
  return out;
}

/** `getRanges('B3, D7, …')` takes an address list; Excel's own reference lists stop near 255 characters. */
export const ADDRESS_LIST_CHARS = 240;

/** Addresses grouped into comma-separated lists of at most ADDRESS_LIST_CHARS characters. */
export function addressLists(cells: string[]): string[][] {
  const lists: string[][] = [];
  let current: string[] = [];
  let length = 0;
  for (const cell of cells) {
    if (current.length && length + cell.length + 1 > ADDRESS_LIST_CHARS) {
      lists.push(current);
      current = [];
      length = 0;
    }
    current.push(cell);
    length += cell.length + 1;
  }
  if (current.length) lists.push(current);
  return lists;
}

/**
 * Text as it must be written to stay exactly that text. Excel reads what is written as if typed: `=`, `+`, `-` and
 * `@` start a formula, `95%`, `001`, `1/2`, `3-5`, `2026年1月`, `TRUE` become numbers, dates or booleans, and a
 * leading apostrophe is taken as the mark that keeps text text. Such text gets that apostrophe (it is not part of
 * the value); any other text is written as it is, so the cell shows no stray apostrophe in the formula bar.
 */
export function asText(value: string): string {
  return couldBeRead(value) ? `'${value}` : value;
}

/** Could Excel read `value`, typed into a cell, as anything but this text? (Cautious: a yes costs only an apostrophe.) */
export function couldBeRead(value: string): boolean {
  const t = value.trim();
  if (t === '') return false;
  if (/^[=+\-@'#]/.test(value) || /^[=+\-@#]/.test(t)) return true; // formulas, signs, error values (#N/A), an apostrophe of its own
  if (/^(true|false)$/i.test(t)) return true;
  // Digits with only what numbers, percentages, fractions, currencies, dates and times are written with.
  const rest = t.replace(/[0-9０-９]/g, '');
  if (rest.length < t.length && /^[\s.,:/%+\-()$¥￥€£eE年月日时分秒点上下午AaPpMm]*$/.test(rest)) return true;
  // English dates (`1 Jan`, `Mar-25`): a month name next to digits.
  return /\d/.test(t) && /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i.test(t);
}
