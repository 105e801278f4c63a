/**
 * A blank whole table on a new sheet, host-neutral: the cells to write, merges, column widths, row heights, bold
 * cells, borders and alignment. Its indicator tree has every 一级/二级 and a placeholder target per row, so the
 * checker reports the table as unfinished until the user fills it in.
 */
import type { CellEdit } from '../model';
import type { CellValue, SheetSnapshot } from '../snapshot';
import { columnLetters, parseCellAddress, parseRangeAddress } from '../address';
import type { BlankRow, BlankTree, TableTemplate } from './types';

export interface BlankTablePlan {
  sheet: string;
  /** Cells to write, compare-and-set against the new (empty) sheet. */
  writes: CellEdit[];
  /** Merged areas, A1 ranges. */
  merges: string[];
  /** Column widths in characters. */
  columnWidths: { column: string; width: number }[];
  /** Row heights in points (0-based rows). */
  rowHeights: { row: number; height: number }[];
  /** Ranges whose cells are bold, have thin borders on every side, are centred, or wrap their text. */
  bold: string[];
  borders: string[];
  center: string[];
  wrap: string[];
  /** The indicator header row and the tree below it. */
  indicatorBlock: string;
}

/** Lay out `template` on a new sheet `sheet` (the year line reads `(2026年度)` when `year` is given). */
export function planBlankTable(template: TableTemplate, sheet: string, options: { year?: number } = {}): BlankTablePlan {
  const last = columnLetters(template.columnWidths.length - 1);
  const plan: BlankTablePlan = {
    sheet,
    writes: [],
    merges: [],
    columnWidths: template.columnWidths.map((width, i) => ({ column: columnLetters(i), width })),
    rowHeights: [],
    bold: [],
    borders: [],
    center: [],
    wrap: [],
    indicatorBlock: '',
  };
  const put = (row: number, col: string, value: string) => {
    if (value) plan.writes.push({ sheet, cell: `${col}${row + 1}`, expected: '', value });
  };
  const wholeRow = (row: number) => `A${row + 1}:${last}${row + 1}`;
  const year = options.year !== undefined ? String(options.year) : '    ';
  let headerRow = -1;
  let row = 0;
  for (const spec of template.rows) {
    if ('tree' in spec) {
      const end = writeTree(spec, row, plan, put, wholeRow);
      plan.indicatorBlock = `A${headerRow + 1}:${last}${end + 1}`;
      row = end + 1;
      continue;
    }
    spec.cells.forEach((text, i) => put(row, columnLetters(i), text.replace('{year}', year)));
    for (const span of spec.spans ?? []) plan.merges.push(span.replace(/([A-Z]+)/g, `$1${row + 1}`));
    for (const [col, n] of Object.entries(spec.down ?? {})) plan.merges.push(`${col}${row + 1}:${col}${row + n}`);
    if (spec.cells.length && spec.bold === true) plan.bold.push(wholeRow(row));
    if (Array.isArray(spec.bold)) plan.bold.push(...spec.bold.map((c) => `${c}${row + 1}`));
    style(spec, row, plan, wholeRow);
    headerRow = row;
    row++;
  }
  return plan;
}

function style(spec: BlankRow | BlankTree, row: number, plan: BlankTablePlan, wholeRow: (row: number) => string): void {
  if (spec.border) plan.borders.push(wholeRow(row));
  if ('tree' in spec) return;
  if (spec.align === 'center') plan.center.push(wholeRow(row));
  if (spec.wrap) plan.wrap.push(wholeRow(row));
  if (spec.height) plan.rowHeights.push({ row, height: spec.height });
}

/** The tree: one row per 二级, the 一级 merged down its rows; returns the last row. */
function writeTree(spec: BlankTree, top: number, plan: BlankTablePlan, put: (row: number, col: string, value: string) => void, wholeRow: (row: number) => string): number {
  const { level1, level2, target } = spec.columns;
  let row = top;
  for (const node of spec.tree) {
    const start = row;
    for (const name of node.level2) {
      if (row === start) put(row, level1, node.level1);
      put(row, level2, name);
      put(row, target, spec.placeholder);
      for (const span of spec.spans ?? []) plan.merges.push(span.replace(/([A-Z]+)/g, `$1${row + 1}`));
      style(spec, row, plan, wholeRow);
      row++;
    }
    if (row - 1 > start) plan.merges.push(`${level1}${start + 1}:${level1}${row}`);
  }
  return row - 1;
}

/** The blank table as a snapshot (the preview host's new sheet, and the tests'). */
export function blankTableSnapshot(plan: BlankTablePlan): SheetSnapshot {
  const values: CellValue[][] = [];
  for (const w of plan.writes) {
    const p = parseCellAddress(w.cell)!;
    while (values.length <= p.row) values.push([]);
    values[p.row][p.col] = w.value;
  }
  const width = plan.columnWidths.length;
  for (const r of values) for (let c = 0; c < width; c++) r[c] ??= null;
  return { name: plan.sheet, origin: { row: 0, col: 0 }, values, merges: plan.merges.map((m) => parseRangeAddress(m)!) };
}
