/**
 * Plan the insertion of template rows into a recognised table (pure): which whole rows go in where, what is
 * written into them, which merges grow, and what is left to the user. Rows go at the end of their 二级 group, a
 * new 二级 group at its framework position inside its 一级 block, a new 一级 block at its framework position; 一级/
 * 二级 cells are written the way the table writes them (merged, repeated, or blank below the parent). Nothing that
 * is filled is ever overwritten; a group's empty category rows are filled first.
 */
import type { EditPlan, IndicatorBlock, IndicatorColumns, Note, TargetTable } from '../model';
import type { SheetSnapshot } from '../snapshot';
import { cellAddress, parseCellAddress } from '../address';
import { belongsUnder, categoryKey, parentsOf } from '../frameworks';
import { type BlockContext, type BlockRow, groupKey, level3Key, newLabel, readBlock } from './block';
import type { TemplateRow } from './types';
import { type Segment, build, rank } from './write';

/** Where to insert: the selected cell (its row's 二级 group), or a category by name (labels or canonical names). */
export type InsertionPoint = { cell: string } | { level1: string; level2: string };

/** A category the template rows go under. */
interface Target {
  k1: string;
  k2: string;
  label1: string;
  label2: string;
  rows: TemplateRow[];
}

/** Plan inserting `rows` into `table` on `snapshot` at `where` (rows carrying their own 一级/二级 go there). */
export function planInsertion(snapshot: SheetSnapshot, table: TargetTable, rows: TemplateRow[], where: InsertionPoint): EditPlan {
  const plan: EditPlan = { sheet: snapshot.name, rowInsertions: [], merges: [], writes: [], notes: [] };
  const located = locate(table, where);
  if ('note' in located) return { ...plan, notes: [located.note] };
  const ctx = readBlock(snapshot, table, located.block, located.columns);
  if (ctx.columns.level3 === undefined) return { ...plan, notes: [{ id: 'noLevel3Column' }] };
  const fallback = defaultCategory(ctx, where);
  if ('note' in fallback) return { ...plan, notes: [fallback.note] };

  const fills: { row: BlockRow; template: TemplateRow }[] = [];
  const segments: Segment[] = [];
  const newLevel1 = new Map<string, Target[]>();
  for (const target of targetsOf(ctx, rows, fallback)) {
    outsideFramework(ctx, target, plan.notes);
    const existing = groupRows(ctx, target);
    if (existing.length) appendToGroup(ctx, target, existing, fills, segments, plan.notes);
    else {
      elsewhere(ctx, target.rows, [], plan.notes);
      if (ctx.rows.some((r) => r.k1 === target.k1)) segments.push(newGroup(ctx, target, plan.notes));
      else newLevel1.set(target.k1, [...(newLevel1.get(target.k1) ?? []), target]);
    }
  }
  for (const targets of newLevel1.values()) segments.push(newLevel1Block(ctx, targets, plan.notes));
  return build(ctx, plan, fills, segments);
}

/** The block and column set the insertion point lies in. */
function locate(table: TargetTable, where: InsertionPoint): { block: IndicatorBlock; columns: IndicatorColumns } | { note: Note } {
  const blocks = table.indicatorBlocks ?? [];
  if (blocks.length === 0 || blocks.every((b) => b.columns.length === 0)) return { note: { id: 'noIndicatorBlock' } };
  if ('cell' in where) {
    const p = parseCellAddress(where.cell);
    const block = p ? blocks.find((b) => p.row >= b.firstRow && p.row <= b.lastRow) : undefined;
    if (!p || !block) return { note: { id: 'whereNotIndicator', data: { cell: where.cell }, cells: [where.cell] } };
    const span = (c: IndicatorColumns) => {
      const cols = [c.level1, c.level2, c.level3, c.operator, c.unit, c.weight, c.direction, ...c.targets, ...c.extras.map((x) => x.col)].filter((x): x is number => x !== undefined);
      return p.col >= Math.min(...cols) && p.col <= Math.max(...cols);
    };
    return { block, columns: block.columns.find(span) ?? block.columns[0] };
  }
  const k1 = categoryKey(where.level1);
  const k2 = categoryKey(where.level2);
  const has = (b: IndicatorBlock) => table.indicators.some((i) => i.row >= b.firstRow && i.row <= b.lastRow && (categoryKey(i.level1) === k1 || categoryKey(i.level2) === k2));
  const block = blocks.find(has) ?? blocks[0];
  return { block, columns: block.columns[0] };
}

/** The category rows without their own 一级/二级 go under: the selected row's, or the one named. */
function defaultCategory(ctx: BlockContext, where: InsertionPoint): { k1: string; k2: string; label1: string; label2: string } | { note: Note } {
  if ('cell' in where) {
    const row = parseCellAddress(where.cell)!.row;
    const r = ctx.rows.find((x) => x.row === row);
    if (!r) return { note: { id: 'whereNotIndicator', data: { cell: where.cell }, cells: [where.cell] } };
    return { k1: r.k1, k2: r.k2, label1: r.level1, label2: r.level2 };
  }
  const k1 = categoryKey(where.level1);
  const k2 = categoryKey(where.level2);
  if (!k2) return { note: { id: 'whereMissing' } };
  return { k1, k2, label1: newLabel(ctx, k1, 1), label2: newLabel(ctx, k2, 2) };
}

/** Template rows by the category they go under, in the order first named. */
function targetsOf(ctx: BlockContext, rows: TemplateRow[], fallback: { k1: string; k2: string; label1: string; label2: string }): Target[] {
  const out = new Map<string, Target>();
  for (const row of rows) {
    const own = row.level2 !== undefined;
    const k2 = own ? categoryKey(row.level2!) : fallback.k2;
    // A row naming only its 二级 goes under that 二级's 一级 (or the insertion point's, for the same 二级).
    const parents = own && !row.level1 ? parentsOf(k2, ctx.table.framework) : [];
    const k1 = !own ? fallback.k1 : row.level1 ? categoryKey(row.level1) : parents.length === 1 ? parents[0] : k2 === fallback.k2 ? fallback.k1 : '';
    const key = groupKey(k1, k2);
    if (!out.has(key)) {
      const sameAsFallback = k1 === fallback.k1 && k2 === fallback.k2;
      out.set(key, {
        k1,
        k2,
        label1: sameAsFallback ? fallback.label1 : newLabel(ctx, k1, 1),
        label2: sameAsFallback ? fallback.label2 : newLabel(ctx, k2, 2),
        rows: [],
      });
    }
    out.get(key)!.rows.push(row);
  }
  return [...out.values()];
}

function outsideFramework(ctx: BlockContext, t: Target, notes: Note[]): void {
  if (!ctx.framework || !t.k1 || !t.k2) return;
  if (belongsUnder(t.k1, t.k2, ctx.framework.id) !== true) {
    notes.push({ id: 'outsideFramework', data: { level1: t.label1 || t.k1, level2: t.label2 || t.k2, framework: ctx.framework.id } });
  }
}

/** The rows of the group a target names (a blank 一级 matches when the 二级 has no known parent). */
function groupRows(ctx: BlockContext, t: Target): BlockRow[] {
  const exact = ctx.rows.filter((r) => r.k1 === t.k1 && r.k2 === t.k2);
  return exact.length ? exact : ctx.rows.filter((r) => r.k1 === '' && r.k2 === t.k2 && t.k2 !== '');
}

function appendToGroup(ctx: BlockContext, t: Target, existing: BlockRow[], fills: { row: BlockRow; template: TemplateRow }[], segments: Segment[], notes: Note[]): void {
  const label1 = existing[0].level1;
  const label2 = existing[0].level2;
  const seen = new Map<string, BlockRow>();
  for (const r of existing) if (r.level3) seen.set(level3Key(r.level3), r);
  const pending: TemplateRow[] = [];
  const taken = new Set<string>();
  for (const row of t.rows) {
    const key = level3Key(row.level3);
    const there = seen.get(key);
    if (there) notes.push({ id: 'rowExists', data: { level3: row.level3, level2: label2 || label1 }, cells: there.level3Cell ? [there.level3Cell] : [] });
    else if (!taken.has(key)) pending.push(row);
    taken.add(key);
  }
  elsewhere(ctx, pending, existing, notes);
  const empty = existing.filter((r) => r.empty && fillable(ctx, r.row));
  const filled = Math.min(empty.length, pending.length);
  for (let i = 0; i < filled; i++) fills.push({ row: empty[i], template: pending[i] });
  if (filled) notes.push({ id: 'rowsFilled', data: { level2: label2 || label1, count: filled } });
  if (existing.some((r) => r.placeholder)) {
    notes.push({ id: 'placeholderRows', data: { level2: label2 || label1 }, cells: existing.filter((r) => r.placeholder).map((r) => cellAddress(r.row, ctx.columns.targets[0])) });
  }
  const rest = pending.slice(filled);
  if (rest.length === 0) return;
  const last = Math.max(...existing.map((r) => r.row));
  segments.push({ before: last + 1, phase: 0, order: [last], rows: rest.map((template) => ({ template, k1: existing[0].k1, k2: existing[0].k2, label1, label2 })) });
}

/** Rows whose 三级 the table has under another category: inserted, with a note (the checker reports duplicates). */
function elsewhere(ctx: BlockContext, rows: TemplateRow[], group: BlockRow[], notes: Note[]): void {
  for (const row of rows) {
    const other = ctx.table.indicators.find((i) => i.level3 && level3Key(i.level3) === level3Key(row.level3) && !group.some((g) => g.row === i.row));
    if (other) notes.push({ id: 'rowElsewhere', data: { level3: row.level3, level2: other.level2 || other.level1 }, cells: other.levelCells.level3 ? [other.levelCells.level3] : [] });
  }
}

/** The cells a filled row receives are empty and not inside a merge. */
function fillable(ctx: BlockContext, row: number): boolean {
  const c = ctx.columns;
  const cols = [c.level3!, ...c.targets, c.operator, c.unit].filter((x): x is number => x !== undefined);
  return cols.every((col) => ctx.grid.text(row, col) === '' && !ctx.grid.merge(row, col));
}

const indexIn = (list: readonly string[] | undefined, key: string) => (list ? list.indexOf(key) : -1);

/** A new 二级 group inside an existing 一级 block: after the last group before it in the framework, else first. */
function newGroup(ctx: BlockContext, t: Target, notes: Note[]): Segment {
  notes.push({ id: 'groupAdded', data: { level1: t.label1 || t.k1, level2: t.label2 } });
  const level1Rows = ctx.rows.filter((r) => r.k1 === t.k1);
  const label1 = level1Rows.find((r) => r.level1)?.level1 ?? '';
  const rows = t.rows.map((template) => ({ template, k1: t.k1, k2: t.k2, label1, label2: t.label2 }));
  const order2 = ctx.framework?.level1.find((l) => l.name === t.k1)?.level2;
  const i1 = ctx.framework ? ctx.framework.level1.findIndex((l) => l.name === t.k1) : -1;
  const i2 = indexIn(order2, t.k2);
  const afterLevel1 = { before: Math.max(...level1Rows.map((r) => r.row)) + 1, phase: 1, order: [i1, i2], rows };
  if (ctx.interleaved || i2 < 0) return afterLevel1;
  const preceding = level1Rows.filter((r) => {
    const i = indexIn(order2, r.k2);
    return i >= 0 && i < i2;
  });
  if (preceding.length) {
    // After the whole run of the last preceding group.
    const lastKey = preceding[preceding.length - 1].k2;
    const last = Math.max(...level1Rows.filter((r) => r.k2 === lastKey).map((r) => r.row));
    return { before: last + 1, phase: 1, order: [i1, i2], rows };
  }
  const first = Math.min(...level1Rows.map((r) => r.row));
  if (ctx.flat && first === ctx.rows[0].row) return afterLevel1;
  return { before: first, phase: 3, order: [i1, i2], rows };
}

/** A new 一级 block with its groups in framework order: after the last 一级 before it, else first in the block. */
function newLevel1Block(ctx: BlockContext, targets: Target[], notes: Note[]): Segment {
  const k1 = targets[0].k1;
  const def = ctx.framework?.level1;
  const i1 = def ? def.findIndex((l) => l.name === k1) : -1;
  const order2 = def?.[i1]?.level2;
  const sorted = [...targets].sort((a, b) => rank(indexIn(order2, a.k2)) - rank(indexIn(order2, b.k2)));
  notes.push({ id: 'level1Added', data: { level1: targets[0].label1 } });
  for (const t of sorted) notes.push({ id: 'groupAdded', data: { level1: t.label1, level2: t.label2 } });
  const rows = sorted.flatMap((t) => t.rows.map((template) => ({ template, k1: t.k1, k2: t.k2, label1: t.label1, label2: t.label2 })));
  const end = ctx.rows.length ? Math.max(...ctx.rows.map((r) => r.row)) + 1 : ctx.block.firstRow;
  const atEnd = { before: end, phase: 2, order: [i1], rows };
  if (i1 < 0 || ctx.interleaved || ctx.rows.length === 0) return atEnd;
  const preceding = ctx.rows.filter((r) => {
    const i = def!.findIndex((l) => l.name === r.k1);
    return i >= 0 && i < i1;
  });
  if (preceding.length) {
    const lastKey = preceding.sort((a, b) => def!.findIndex((l) => l.name === a.k1) - def!.findIndex((l) => l.name === b.k1)).pop()!.k1;
    return { before: Math.max(...ctx.rows.filter((r) => r.k1 === lastKey).map((r) => r.row)) + 1, phase: 2, order: [i1], rows };
  }
  return ctx.flat ? atEnd : { before: ctx.rows[0].row, phase: 2, order: [i1], rows };
}
