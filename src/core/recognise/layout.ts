/** Find indicator header rows and work out the layout of the block below them. */
import type { FieldKey, MoneyKey } from '../model';
import { compact } from '../text';
import { Grid } from './grid';
import { type ColumnRole, isDirectionText, isOperatorText } from './columns';
import { parseTarget } from '../target';

/** One set of indicator columns. Side-by-side blocks (实施期 | 年度) give a layout several of these. */
export interface ColumnBlock {
  level1?: number;
  level2?: number;
  level3?: number;
  targets: { col: number; label: string }[];
  operator?: number;
  unit?: number;
  weight?: number;
  direction?: number;
  extras: { col: number; label: string }[];
}

export interface IndicatorLayout {
  headerRow: number;
  /** The second header row (`2021年实际实现值 | 预期2022年实现值`), when there is one. */
  subHeaderRow?: number;
  dataStart: number;
  left: number;
  right: number;
  blocks: ColumnBlock[];
  /** Each role column's last column (header spans such as 三级指标 over D:F). */
  spanEnd: Map<number, number>;
  /** Project columns of a flat multi-project list (单位名称 · 项目名称 · 预算数 · 年度目标). */
  fieldColumns: { col: number; label: string; field?: FieldKey; money?: MoneyKey }[];
  selfEvaluation: boolean;
}

const HEADER_HINT = /级|指标|目标|值|权重|分值/;

/** Roles of a row's cells, when the row is an indicator header row (it names 三级 and 一级/二级 or a value). */
export function headerRoles(grid: Grid, row: number): Map<number, { role: ColumnRole; label: string }> | null {
  const cols = grid.filledColumns(row);
  if (cols.length < 2) return null;
  let hinted = false;
  for (const c of cols) {
    const t = grid.text(row, c);
    if (t.length <= 30 && HEADER_HINT.test(t)) {
      hinted = true;
      break;
    }
  }
  if (!hinted) return null;
  const roles = new Map<number, { role: ColumnRole; label: string }>();
  for (const c of cols) {
    const label = grid.text(row, c);
    const role = grid.vocab.columnRole(label);
    if (role) roles.set(c, { role, label });
  }
  const has = (r: ColumnRole) => [...roles.values()].some((x) => x.role === r);
  const ok = (has('level3') && (has('level1') || has('level2') || has('target'))) || (has('level1') && has('level2') && has('target'));
  return ok ? roles : null;
}

/** Work out the layout under header row `row` of a table spanning columns left..right. */
export function readLayout(grid: Grid, row: number, left: number, right: number): IndicatorLayout | null {
  const roles = headerRoles(grid, row);
  if (!roles) return null;
  const fieldColumns: IndicatorLayout['fieldColumns'] = [];
  for (const c of grid.filledColumns(row)) {
    if (roles.has(c) || c < left || c > right) continue;
    const label = grid.text(row, c);
    const m = grid.vocab.label(label);
    if (m?.kind === 'field') fieldColumns.push({ col: c, label, field: m.key });
    else if (m?.kind === 'money') fieldColumns.push({ col: c, label, money: m.money.kind === 'amount' ? m.money.key : m.money.annual });
  }

  // Each header cell reaches to the next header cell (or its merge's right edge).
  const headerCols = grid.filledColumns(row).filter((c) => c >= left && c <= right);
  const spanEnd = new Map<number, number>();
  headerCols.forEach((c, i) => spanEnd.set(c, i + 1 < headerCols.length ? headerCols[i + 1] - 1 : Math.max(right, c)));

  let columns = [...roles.entries()].map(([col, r]) => ({ col, role: r.role, label: r.label }));
  // Header cells merged down over two rows push the data down with them.
  let dataStart = Math.max(...headerCols.map((c) => grid.merge(row, c)?.bottom ?? row)) + 1;
  let subHeaderRow: number | undefined;
  const sub = readSubHeader(grid, row, dataStart, columns, spanEnd);
  if (sub) {
    subHeaderRow = dataStart;
    columns = sub;
    dataStart += 1;
  }
  for (const c of columns) if (!spanEnd.has(c.col)) spanEnd.set(c.col, c.col);

  // 指标性质 / 指标方向 hold operators in some exports and 正向/反向 in others: look at the values.
  for (const c of columns) {
    if (c.role !== 'operator' && c.role !== 'operatorOrDirection') continue;
    let ops = 0;
    let dirs = 0;
    for (let r = dataStart; r <= Math.min(grid.bottom, dataStart + 60); r++) {
      const t = grid.text(r, c.col);
      if (isOperatorText(t)) ops++;
      else if (isDirectionText(t)) dirs++;
    }
    c.role = dirs > ops ? 'direction' : 'operator';
  }

  const blocks = groupBlocks(columns);
  if (blocks.length === 0) return null;
  addUnnamedTargets(grid, row, dataStart, blocks, columns, fieldColumns);
  const selfEvaluation = columns.some((c) => c.role === 'actual' || c.role === 'score' || c.role === 'deviation');
  return { headerRow: row, subHeaderRow, dataStart, left, right, blocks, spanEnd, fieldColumns, selfEvaluation };
}

type Col = { col: number; role: ColumnRole; label: string };

/** Rows looked at to tell what a column holds. */
const SAMPLE_ROWS = 30;

/**
 * A block with 三级 but no value column: the columns right of its level columns whose header names no role
 * (`西坪镇尧山村 | 桃舟乡吾培村 …`: one value column per town or village) are its value columns when what they hold
 * reads as targets. Each keeps its header as the column name.
 */
function addUnnamedTargets(grid: Grid, row: number, dataStart: number, blocks: ColumnBlock[], columns: Col[], fieldColumns: IndicatorLayout['fieldColumns']): void {
  const named = new Set([...columns.map((c) => c.col), ...fieldColumns.map((f) => f.col)]);
  blocks.forEach((b, i) => {
    if (b.targets.length > 0 || b.level3 === undefined) return;
    const next = blocks[i + 1];
    const end = next ? Math.min(...[next.level1, next.level2, next.level3].filter((c): c is number => c !== undefined && c > b.level3!)) - 1 : grid.right;
    for (const c of grid.filledColumns(row)) {
      if (c <= b.level3 || c > end || named.has(c)) continue;
      if (readsAsTargets(grid, c, dataStart)) b.targets.push({ col: c, label: compact(grid.text(row, c)) });
    }
  });
}

/** True when most filled cells of a column below the header parse as targets (numbers, percentages, grades). */
function readsAsTargets(grid: Grid, col: number, dataStart: number): boolean {
  let filled = 0;
  let targets = 0;
  for (let r = dataStart; r <= Math.min(grid.bottom, dataStart + SAMPLE_ROWS); r++) {
    const t = grid.text(r, col);
    if (!t) continue;
    filled++;
    const kind = parseTarget(t).kind;
    if (kind !== 'text' && kind !== 'invalid') targets++;
  }
  return filled > 0 && targets * 2 >= filled;
}

/**
 * A second header row: its cells sit under header cells (a 指标值 spanning `2021年实际实现值 | 预期2022年实现值`,
 * or `指标性质 | 指标值 | 度量单位`) and the level columns are empty in it.
 */
function readSubHeader(grid: Grid, headerRow: number, row: number, columns: Col[], spanEnd: Map<number, number>): Col[] | null {
  if (row > grid.bottom) return null;
  const filled = grid.filledColumns(row);
  if (filled.length === 0) return null;
  const levelCols = new Set(columns.filter((c) => c.role === 'level1' || c.role === 'level2' || c.role === 'level3').map((c) => c.col));
  const parentOf = (col: number) => columns.find((c) => col >= c.col && col <= (spanEnd.get(c.col) ?? c.col));
  const subs: Col[] = [];
  for (const col of filled) {
    if (levelCols.has(col)) return null;
    const parent = parentOf(col);
    const label = grid.text(row, col);
    const role = grid.vocab.columnRole(label);
    if (role) subs.push({ col, role, label });
    else if (parent && parent.role === 'target' && (spanEnd.get(parent.col) ?? parent.col) > parent.col) subs.push({ col, role: 'target', label });
    else return null;
  }
  void headerRow;
  const replaced = new Set<number>();
  for (const s of subs) {
    const p = parentOf(s.col);
    if (p) replaced.add(p.col);
  }
  const kept = columns.filter((c) => !replaced.has(c.col) || subs.some((s) => s.col === c.col));
  const merged = [...kept.filter((c) => !subs.some((s) => s.col === c.col)), ...subs].sort((a, b) => a.col - b.col);
  // A parent whose sub cells are all history keeps nothing to read; make sure a target survives.
  return merged.some((c) => c.role === 'target') ? merged : null;
}

function groupBlocks(columns: Col[]): ColumnBlock[] {
  const blocks: ColumnBlock[] = [];
  let cur: ColumnBlock = { targets: [], extras: [] };
  const targetCount = columns.filter((c) => c.role === 'target').length;
  for (const c of [...columns].sort((a, b) => a.col - b.col)) {
    const isLevel = c.role === 'level1' || c.role === 'level2' || c.role === 'level3';
    if (isLevel && cur.targets.length > 0) {
      blocks.push(cur);
      cur = { targets: [], extras: [] };
    }
    switch (c.role) {
      case 'level1':
      case 'level2':
      case 'level3':
      case 'operator':
      case 'unit':
      case 'weight':
      case 'direction':
        cur[c.role] ??= c.col; // a block reads the first column of each role
        break;
      case 'target':
        cur.targets.push({ col: c.col, label: targetCount > 1 ? compact(c.label) : '' });
        break;
      default:
        cur.extras.push({ col: c.col, label: compact(c.label) });
    }
  }
  if (cur.targets.length > 0 || cur.level3 !== undefined) blocks.push(cur);
  // Later blocks share the earlier blocks' 一级/二级 columns when they have none of their own.
  for (let i = 1; i < blocks.length; i++) {
    blocks[i].level1 ??= blocks[i - 1].level1;
    if (blocks[i].level2 === undefined && blocks[i].level3 === undefined) blocks[i].level2 = blocks[i - 1].level2;
  }
  return blocks.filter((b) => b.level3 !== undefined || b.targets.length > 0);
}
