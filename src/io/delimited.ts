/** CSV / TSV text → SheetSnapshot, in one linear pass. */
import type { CellValue, SheetSnapshot } from '../core/snapshot';

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Parse delimited text. A field is quoted only when it starts with `"` (then `""` is a quote and line breaks are
 * kept); a quote anywhere else is literal, and so is an opening quote that never closes properly. Cells stay the
 * strings written; empty fields are null; trailing empty rows are dropped.
 */
export function parseDelimited(text: string, delimiter: ',' | '\t', sheetName: string): SheetSnapshot {
  const rows: (string | null)[][] = [];
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
    rows.push(endRow(row));
    row = [];
  }
  // A last line without a line break; after a final break `row` is empty and there is no extra line.
  if (row.length > 0) rows.push(endRow(row));

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
