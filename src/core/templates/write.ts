/**
 * The second half of planning an insertion: from where the rows go (plan.ts) to the EditPlan — whole-row
 * insertions, the cells written into new and filled rows, 一级/二级 labels and merges as the table writes them, and
 * notes on what is left to the user.
 */
import type { CellEdit, EditPlan } from '../model';
import { cellAddress, parseCellAddress } from '../address';
import { type BlockContext, type BlockRow, groupKey } from './block';
import { MergeSet } from './merges';
import { finalRow, insertedRuns } from './rows';
import { directionOf, targetParts, targetText } from './pattern';
import type { TemplateRow } from './types';

/** A row to add: its template row and the category it goes under (keys, and the labels to write when new). */
export interface NewRow {
  template: TemplateRow;
  k1: string;
  k2: string;
  label1: string;
  label2: string;
}

/** Rows going in before one row of the original sheet, ordered among others going in at the same place. */
export interface Segment {
  before: number;
  /** 0 append to a group, 1 new group after another, 2 new 一级 block, 3 new group at the top of its 一级. */
  phase: number;
  order: number[];
  rows: NewRow[];
}

const EXPLANATION = /指标解释|指标说明|指标值说明/;

/** Framework order with unknown categories (-1) last. */
export const rank = (i: number) => (i < 0 ? Number.MAX_SAFE_INTEGER : i);

/** Turn fills and segments into the plan: insertions, writes, merges, notes. */
export function build(ctx: BlockContext, plan: EditPlan, fills: { row: BlockRow; template: TemplateRow }[], segments: Segment[]): EditPlan {
  const sheet = plan.sheet;
  const byBefore = new Map<number, Segment[]>();
  for (const s of segments) byBefore.set(s.before, [...(byBefore.get(s.before) ?? []), s]);
  const insertions = [...byBefore.entries()]
    .map(([before, segs]) => {
      segs.sort((a, b) => a.phase - b.phase || compareOrder(a.order, b.order));
      return { beforeRow: before, rows: segs.flatMap((s) => s.rows) };
    })
    .filter((i) => i.rows.length > 0)
    .sort((a, b) => b.beforeRow - a.beforeRow);
  plan.rowInsertions = insertions.map((i) => ({ sheet, beforeRow: i.beforeRow, count: i.rows.length, formatFromRow: formatRow(ctx, i.beforeRow) }));
  const shifts = insertions.map((i) => ({ beforeRow: i.beforeRow, count: i.rows.length }));

  // Each new row at its final position; old data rows too, for the neighbours of new rows.
  const placed = new Map<number, NewRow>();
  const ascending = [...insertions].reverse();
  insertedRuns(shifts).forEach((run, k) => ascending[k].rows.forEach((r, j) => placed.set(run.first + j, r)));
  const old = new Map<number, BlockRow>();
  for (const r of ctx.rows) old.set(finalRow(r.row, shifts), r);

  const writes = new Map<string, string>();
  const put = (row: number, col: number | undefined, value: string) => {
    if (col === undefined || value === '') return;
    writes.set(cellAddress(row, col), value);
  };
  for (const [row, r] of placed) writeIndicator(ctx, row, r.template, put);
  for (const f of fills) writeIndicator(ctx, finalRow(f.row.row, shifts), f.template, (row, col, value) => {
    // A filled row only takes what fits into empty cells.
    if (col !== undefined && ctx.grid.text(f.row.row, col) === '' && !ctx.grid.merge(f.row.row, col)) put(row, col, value);
  });

  const merges = new MergeSet([...ctx.merges], shifts);
  const runsOfNewRows = runs([...placed.keys()].sort((a, b) => a - b), () => 'new');
  splitForeignMerges(ctx, merges, runsOfNewRows, placed, old);
  for (const level of [1, 2] as const) writeLevel(ctx, level, placed, old, merges, put);
  extendBlockLabels(ctx, merges, runsOfNewRows, shifts);

  plan.merges = merges.edits(sheet);
  plan.writes = [...writes.entries()]
    .map(([cell, value]): CellEdit => ({ sheet, cell, expected: '', value }))
    .sort((a, b) => parseCellAddress(a.cell)!.row - parseCellAddress(b.cell)!.row || parseCellAddress(a.cell)!.col - parseCellAddress(b.cell)!.col);
  addLeftBlankNotes(ctx, plan, [...placed.keys(), ...fills.map((f) => finalRow(f.row.row, shifts))], [...placed.values()].map((r) => r.template).concat(fills.map((f) => f.template)));
  return plan;
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = rank(a[i] ?? -1) - rank(b[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

/** The indicator row whose formats new rows take: the data row above the insertion, else the one below. */
function formatRow(ctx: BlockContext, before: number): number {
  const rows = ctx.rows.map((r) => r.row);
  if (rows.includes(before - 1) || rows.length === 0) return before - 1;
  if (rows.includes(before)) return before;
  return rows.reduce((best, r) => (Math.abs(r - before) < Math.abs(best - before) ? r : best), rows[0]);
}

/** 三级, target (one cell or split columns), 指标方向性 and 指标解释 of one row. */
function writeIndicator(ctx: BlockContext, row: number, t: TemplateRow, put: (row: number, col: number | undefined, value: string) => void): void {
  const c = ctx.columns;
  put(row, c.level3, t.level3);
  if (c.operator !== undefined || c.unit !== undefined) {
    const parts = targetParts(t.target);
    let value = parts.value;
    if (c.operator === undefined && parts.operator !== '定性') value = parts.operator + value;
    if (c.unit === undefined) value += parts.unit;
    for (const col of c.targets) put(row, col, value);
    put(row, c.operator, parts.operator);
    put(row, c.unit, parts.unit);
  } else {
    for (const col of c.targets) put(row, col, targetText(t.target));
  }
  const direction = directionOf(t.target);
  if (direction) put(row, c.direction, direction);
  const explanation = c.extras.find((x) => EXPLANATION.test(x.label));
  if (explanation && t.explanation) put(row, explanation.col, t.explanation);
}

/** Maximal runs of consecutive rows with the same key. */
function runs(rows: number[], key: (row: number) => string): { a: number; b: number; key: string }[] {
  const out: { a: number; b: number; key: string }[] = [];
  for (const r of rows) {
    const k = key(r);
    const last = out[out.length - 1];
    if (last && last.b === r - 1 && last.key === k) last.b = r;
    else out.push({ a: r, b: r, key: k });
  }
  return out;
}

/**
 * New rows that fall inside a merge which is not theirs (an 一级 merge running on into the next category or the
 * footer, a merged 三级 or target cell) would be swallowed by it: split it around them. A 一级/二级 merge over the
 * row above that belongs to the same category is theirs and simply grows.
 */
function splitForeignMerges(ctx: BlockContext, merges: MergeSet, newRuns: { a: number; b: number }[], placed: Map<number, NewRow>, old: Map<number, BlockRow>): void {
  const c = ctx.columns;
  const written = [c.level3, ...c.targets, c.operator, c.unit, c.direction, ...c.extras.filter((x) => EXPLANATION.test(x.label)).map((x) => x.col)];
  const levelCols: [number | undefined, (r: { k1: string; k2: string }) => string][] = [
    [c.level1, (r) => r.k1],
    [c.level2, (r) => groupKey(r.k1, r.k2)],
  ];
  for (const run of newRuns) {
    for (const col of written) {
      if (col === undefined) continue;
      const m = merges.at(run.a, col);
      if (m) merges.splitAround(m, run.a, run.b);
    }
    for (const [col, id] of levelCols) {
      if (col === undefined) continue;
      // Each stretch of new rows of one category, against the row above it.
      for (const part of runs(range(run.a, run.b), (r) => id(placed.get(r)!))) {
        const m = merges.at(part.a, col);
        if (!m) continue;
        const above = part.a - 1 >= m.top ? (placed.get(part.a - 1) ?? old.get(part.a - 1)) : undefined;
        if (above && id(above) === part.key) continue;
        merges.splitAround(m, part.a, part.b);
      }
    }
  }
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Write a level's labels and merges for the new rows, as the table writes that level. */
function writeLevel(
  ctx: BlockContext,
  level: 1 | 2,
  placed: Map<number, NewRow>,
  old: Map<number, BlockRow>,
  merges: MergeSet,
  put: (row: number, col: number | undefined, value: string) => void,
): void {
  const col = level === 1 ? ctx.columns.level1 : ctx.columns.level2;
  if (col === undefined) return;
  const style = level === 1 ? ctx.style.level1 : ctx.style.level2;
  const id = (r: { k1: string; k2: string }) => (level === 1 ? r.k1 : groupKey(r.k1, r.k2));
  const idAt = (row: number) => {
    const r = placed.get(row) ?? old.get(row);
    return r ? id(r) : null;
  };
  const oldText = (row: number) => {
    const r = old.get(row);
    return r ? ctx.grid.text(r.row, col) : '';
  };
  for (const run of runs([...placed.keys()].sort((a, b) => a - b), (row) => id(placed.get(row)!))) {
    const first = placed.get(run.a)!;
    const label = level === 1 ? first.label1 : first.label2;
    const aboveSame = idAt(run.a - 1) === run.key;
    const belowSame = idAt(run.b + 1) === run.key;
    // An existing category's label as its cells write it (line breaks and all), a new one as planned.
    const text = (aboveSame && oldText(run.a - 1)) || (belowSame && oldText(run.b + 1)) || label;
    if (style === 'repeated') {
      for (const row of range(run.a, run.b)) put(row, col, text);
      continue;
    }
    if (style === 'blank') {
      if (!aboveSame) put(run.a, col, text);
      continue;
    }
    if (merges.at(run.a, col)) continue; // inside the category's own merge, which grew with the new rows
    if (aboveSame) {
      // Extend the merge (or the label's blank span) above over the new rows.
      let r = run.a - 1;
      while (idAt(r) === run.key && oldText(r) === '' && !merges.at(r, col)) r--;
      if (idAt(r) !== run.key) continue; // the category has no label in this column: leave it so
      const m = merges.at(r, col);
      if (m) merges.replace(m, { ...m, bottom: run.b });
      else if (oldText(r)) merges.add({ top: r, bottom: run.b, left: col, right: col });
    } else if (belowSame) {
      // New rows at the top of their category: the label moves up to them, the merge grows upwards.
      if (!text) continue;
      put(run.a, col, text);
      const m = merges.at(run.b + 1, col);
      if (m) merges.replace(m, { ...m, top: run.a });
      else if (oldText(run.b + 1)) merges.add({ top: run.a, bottom: run.b + 1, left: col, right: col });
      else merges.add({ top: run.a, bottom: run.b, left: col, right: col });
    } else {
      put(run.a, col, label);
      merges.add({ top: run.a, bottom: run.b, left: col, right: col });
    }
  }
}

/**
 * A label column merged over the whole block (`绩效指标`, `年度绩效目标(90分)`) grows with rows added at the
 * block's end, as it would had they been there from the start.
 */
function extendBlockLabels(ctx: BlockContext, merges: MergeSet, newRuns: { a: number; b: number }[], shifts: { beforeRow: number; count: number }[]): void {
  if (ctx.rows.length === 0) return;
  const first = finalRow(ctx.rows[0].row, shifts);
  const last = finalRow(ctx.rows[ctx.rows.length - 1].row, shifts);
  const c = ctx.columns;
  const own = new Set([c.level1, c.level2, c.level3, c.operator, c.unit, c.weight, c.direction, ...c.targets, ...c.extras.map((x) => x.col)]);
  for (const run of newRuns) {
    if (run.a !== last + 1) continue;
    for (let col = ctx.grid.left; col <= ctx.grid.right; col++) {
      if (own.has(col)) continue;
      const m = merges.at(run.a - 1, col);
      if (m && m.left === col && m.bottom === run.a - 1 && m.top <= first && m.top < m.bottom) merges.replace(m, { ...m, bottom: run.b });
    }
  }
}

/** Notes on what the new rows leave to the user: 权重/分值, other columns, placeholder targets. */
function addLeftBlankNotes(ctx: BlockContext, plan: EditPlan, rows: number[], templates: TemplateRow[]): void {
  if (rows.length === 0) return;
  const c = ctx.columns;
  const header = (col: number) => ctx.grid.text(ctx.block.headerRow, col) || cellAddress(ctx.block.headerRow, col);
  if (c.weight !== undefined) {
    plan.notes.push({ id: 'weightLeftBlank', data: { column: header(c.weight) }, cells: rows.sort((a, b) => a - b).map((r) => cellAddress(r, c.weight!)) });
  }
  const explained = templates.some((t) => t.explanation);
  const blank = c.extras.filter((x) => !(explained && EXPLANATION.test(x.label))).map((x) => x.label || header(x.col));
  if (blank.length) plan.notes.push({ id: 'columnsLeftBlank', data: { columns: blank.join('、') } });
  const placeholders = templates.filter((t) => !('grade' in t.target)).length;
  plan.notes.push({ id: 'placeholdersToFill', data: { count: templates.length, placeholders } });
}
