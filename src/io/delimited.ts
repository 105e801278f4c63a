/** CSV / TSV text → SheetSnapshot, in one linear pass, with the limits checked as it goes. */
import type { CellValue, SheetSnapshot } from '../core/snapshot';
import { EXCEL_COLS, EXCEL_ROWS, type ReadLimits } from './limits';

/** Thrown by `parseDelimited` as soon as the text goes past a limit (the rest is never parsed). */
export class DelimitedLimit extends Error {
  constructor(
    readonly kind: 'cells' | 'used-range' | 'too-wide' | 'too-many-rows',
    readonly amount: number,
    /** 1-based line of the row that went past it. */
    readonly row: number,
    /** For used-range: the width reached. */
    readonly width = 0,
  ) {
    super(`delimited text over the ${kind} limit (${amount}) at row ${row}`);
  }
}

type Limits = Pick<ReadLimits, 'maxCells' | 'maxFilledCells'>;
const NO_LIMITS: Limits = { maxCells: Infinity, maxFilledCells: Infinity };

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Parse delimited text. A field is quoted only when it starts with `"` (then `""` is a quote and line breaks are
 * kept); a quote anywhere else is literal, and so is an opening quote that never closes properly. Cells stay the
 * strings written; empty fields are null; trailing empty rows are dropped.
 */
export function parseDelimited(text: string, delimiter: ',' | '\t', sheetName: string, limits: Limits = NO_LIMITS): SheetSnapshot {
  const rows: (string | null)[][] = [];
  let filled = 0;
  let width = 0;
  // Checked at the end of every row, so a file far over a limit costs no more than the part read before it.
  const endOfRow = (r: (string | null)[]) => {
    const cells = endRow(r);
    rows.push(cells);
    const line = rows.length;
    if (cells.length > width) {
      width = cells.length;
      if (width > EXCEL_COLS) throw new DelimitedLimit('too-wide', width, line);
    }
    for (const v of cells) if (v !== null) filled++;
    if (filled > limits.maxFilledCells) throw new DelimitedLimit('cells', filled, line);
    if (line > EXCEL_ROWS) throw new DelimitedLimit('too-many-rows', line, line);
    if (line * width > limits.maxCells) throw new DelimitedLimit('used-range', line * width, line, width);
  };
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let row: (string | null)[] = [];
  let i = 0;

  while (i < n) {
    // At the start of a field.
    let value: string | null = null;
    if (text.charCodeAt(i) === QUOTE) {
      const quoted = scanQuoted(text, i, d);
      if (quoted) {
        value = quoted.value;
        i = quoted.end;
      }
    }
    if (value === null) {
      const start = i;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (c === d || c === LF || c === CR) break;
        i++;
      }
      value = text.slice(start, i);
    }
    row.push(value === '' ? null : value);

    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i === n) row.push(null); // `a,` at the very end still has a second (empty) field
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endOfRow(row);
    row = [];
  }
  // A last line without a line break; after a final break `row` is empty and there is no extra line.
  if (row.length > 0) endOfRow(row);

  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null)) rows.pop();
  return {
    name: sheetName,
    origin: { row: 0, col: 0 },
    values: rows as CellValue[][],
    texts: rows.map((r) => r.slice()),
    merges: [],
  };
}

// An empty line is a row with nothing in it, not a row with one empty cell.
function endRow(row: (string | null)[]): (string | null)[] {
  return row.length === 1 && row[0] === null ? [] : row;
}

/**
 * Read the quoted field opening at `start`. It closes at the first run of an odd number of quotes (pairs are
 * escaped quotes, the last one closes), which must be followed by the delimiter, a line break or the end.
 * Returns null when it does not close that way: the caller then reads the field as literal text.
 *
 * Linear overall: a failed scan stops at the first odd run F; a later field opening before F begins an even run
 * (all runs before F are even), so its own run already decides it, and fields after F scan new text.
 */
function scanQuoted(text: string, start: number, d: number): { value: string; end: number } | null {
  const n = text.length;
  let j = start + 1;
  for (;;) {
    const q = text.indexOf('"', j);
    if (q < 0) return null;
    let k = q + 1;
    while (k < n && text.charCodeAt(k) === QUOTE) k++;
    if ((k - q) % 2 === 0) {
      j = k;
      continue;
    }
    const next = k < n ? text.charCodeAt(k) : -1;
    if (next !== -1 && next !== d && next !== LF && next !== CR) return null;
    const raw = text.slice(start + 1, k - 1);
    return { value: raw.includes('"') ? raw.replace(/""/g, '"') : raw, end: k };
  }
}

/**
 * The delimiter of a text table, by consistency: a table's lines split into the same number of fields on its real
 * delimiter, while commas in narrative text (年度目标 written with ASCII commas) come a few here and there. Each
 * candidate scores the lines that share its most common field count (of 2 or more) among the first lines; the
 * extension's delimiter wins ties, and is kept when neither appears.
 */
export function pickDelimiter(text: string, preferred: ',' | '\t'): ',' | '\t' {
  const lines = text.slice(0, 256 * 1024).split(/\r\n|\r|\n/, 200);
  const score = (d: number): number => {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const fields = fieldCount(line, d);
      if (fields >= 2) counts.set(fields, (counts.get(fields) ?? 0) + 1);
    }
    let best = 0;
    for (const n of counts.values()) if (n > best) best = n;
    return best;
  };
  const other = preferred === ',' ? '\t' : ',';
  return score(other.charCodeAt(0)) > score(preferred.charCodeAt(0)) ? other : preferred;
}

/** Fields of one line split on `d`, delimiters inside quotes not counted (the line alone: a good-enough guess). */
function fieldCount(line: string, d: number): number {
  let fields = 1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (c === d && !quoted) fields++;
  }
  return fields;
}
