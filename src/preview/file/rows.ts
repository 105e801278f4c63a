/**
 * Row insertions and deletions applied to A1 references the way Excel applies them: a reference at or below an
 * insertion moves down and a range the rows go into grows; a deletion moves what is below up and shrinks a range
 * it cuts into. One step at a time, in the order the user made them, so an insertion undone leaves every reference
 * as it was.
 */

/** One change of a sheet's rows or merges, in 0-based rows, as the preview made it. */
export type RowOp =
  | { kind: 'insert'; before: number; count: number; formatFrom: number }
  | { kind: 'delete'; first: number; count: number };

/** A 0-based row after `op`, or null when the op deleted it. */
export function rowAfter(row: number, op: RowOp): number | null {
  if (op.kind === 'insert') return row >= op.before ? row + op.count : row;
  if (row < op.first) return row;
  if (row < op.first + op.count) return null;
  return row - op.count;
}

/** A range's rows after `op` (a deletion shrinks it; null when nothing is left). */
export function rangeRowsAfter(top: number, bottom: number, op: RowOp): { top: number; bottom: number } | null {
  if (op.kind === 'insert') return { top: rowAfter(top, op)!, bottom: rowAfter(bottom, op)! };
  const end = op.first + op.count;
  const t = top >= end ? top - op.count : top >= op.first ? op.first : top;
  const b = bottom >= end ? bottom - op.count : bottom >= op.first ? op.first - 1 : bottom;
  return b >= t ? { top: t, bottom: b } : null;
}

const CELL = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/;

/** One A1 reference or range (`D27`, `$A$1:$G$40`, `A5:D10`) after `op`; null when it is deleted. */
export function refAfter(ref: string, op: RowOp): string | null {
  const [a, b] = ref.split(':');
  const p = CELL.exec(a);
  const q = b === undefined ? p : CELL.exec(b);
  if (!p || !q) return ref; // a whole column, a name: rows do not move it
  const rows = rangeRowsAfter(Number(p[4]) - 1, Number(q[4]) - 1, op);
  if (!rows) return null;
  const first = `${p[1]}${p[2]}${p[3]}${rows.top + 1}`;
  if (b === undefined) return first;
  return `${first}:${q[1]}${q[2]}${q[3]}${rows.bottom + 1}`;
}

/** A space-separated list of references (`sqref`) after `op`; null when all of it is deleted. */
export function sqrefAfter(sqref: string, op: RowOp): string | null {
  const kept = sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((r) => refAfter(r, op))
    .filter((r): r is string => r !== null);
  return kept.length ? kept.join(' ') : null;
}

// A reference, maybe qualified with a sheet, maybe a range; not a function name (`LOG10(`) or part of a longer word.
const REFERENCE = /((?:'(?:[^']|'')+'|[A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*)!)?(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?(?![\w(!])/g;

/**
 * A formula's references to sheet `sheet` after `op`. `own`: the formula is on that sheet, so its unqualified
 * references are the sheet's too. Text in quotes is left alone; a deleted reference becomes #REF!.
 */
export function formulaAfter(formula: string, sheet: string, op: RowOp, own: boolean): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(REFERENCE, (whole, prefix: string | undefined, a: string, b: string | undefined, offset: number) => {
      const before = part[offset - 1];
      if (before && /[\w.$:]/.test(before)) return whole; // part of a longer name, or a column range like A:B
      const name = prefix ? prefix.slice(0, -1).replace(/^'|'$/g, '').replace(/''/g, "'") : null;
      if (name === null ? !own : name !== sheet) return whole;
      const moved = refAfter(b === undefined ? a : `${a}:${b}`, op);
      return `${prefix ?? ''}${moved ?? '#REF!'}`;
    })))
    .join('');
}
