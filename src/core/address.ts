/** A1-style addresses. All row/column numbers here are 0-based sheet coordinates. */
import type { CellRange } from './snapshot';

/** Letters of the columns asked for so far (addresses are made for every cell read, written and reported). */
const LETTERS: string[] = [];

/** Column index → letters (0 → A, 25 → Z, 26 → AA). */
export function columnLetters(col: number): string {
  if (col >= 0 && col < 16_384) return (LETTERS[col] ??= lettersOf(col));
  return lettersOf(col);
}

function lettersOf(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → column index (A → 0); -1 when the text is not a column name. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (row, col) → `B4`. */
export function cellAddress(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** A range → `A1:G37` (a single cell → `A1`). */
export function rangeAddress(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** `B4` or `$B$4` → {row, col}; null when it is not a cell address. Sheet prefixes (`Sheet1!B4`) are dropped. */
export function parseCellAddress(address: string): { row: number; col: number } | null {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(bare.trim());
  if (!m) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  if (row < 0 || col < 0) return null;
  return { row, col };
}

/** `A1:G37` (or a single cell) → range; null when unreadable. */
export function parseRangeAddress(address: string): CellRange | null {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = bare.split(':');
  const p = parseCellAddress(a);
  const q = parseCellAddress(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}
