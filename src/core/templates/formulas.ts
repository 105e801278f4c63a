/**
 * Formula references after whole rows are inserted, as Excel adjusts them: a reference to a row at or below the
 * insertion moves down, so `=SUM(E20:E30)` below the block keeps summing the same cells (a range the rows go into
 * grows). References to other sheets and text in quotes are left alone. Used by the in-memory application only;
 * real hosts do this themselves.
 */

const REFERENCE = /('(?:[^']|'')+'!|[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*!)?(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g;

/** Shift the row numbers of `formula`'s references on sheet `sheet` for `count` rows inserted before `beforeRow` (0-based). */
export function shiftFormula(formula: string, sheet: string, beforeRow: number, count: number): string {
  // Split off string literals ("…", with "" as an escaped quote): nothing inside them is a reference.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : shiftPart(part, sheet, beforeRow, count)))
    .join('');
}

function shiftPart(text: string, sheet: string, beforeRow: number, count: number): string {
  return text.replace(REFERENCE, (whole, prefix: string | undefined, colAbs: string, col: string, rowAbs: string, row: string, offset: number) => {
    const before = text[offset - 1];
    if (before && /[\w.$]/.test(before)) return whole; // part of a longer name (LOG10, a defined name)
    if (prefix) {
      const name = prefix.slice(0, -1).replace(/^'|'$/g, '').replace(/''/g, "'");
      if (name !== sheet) return whole;
    }
    const n = Number(row);
    const shifted = n - 1 >= beforeRow ? n + count : n;
    return `${prefix ?? ''}${colAbs}${col}${rowAbs}${shifted}`;
  });
}
