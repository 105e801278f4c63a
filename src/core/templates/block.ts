/**
 * A recognised table's indicator block as the planner sees it: its data rows with their categories, and how the
 * table writes its 一级/二级 cells (merged, repeated on every row, or blank below the parent).
 */
import type { IndicatorBlock, IndicatorColumns, TargetTable } from '../model';
import type { CellRange, SheetSnapshot } from '../snapshot';
import { FRAMEWORKS, type FrameworkDef, categoryKey, categoryLabel, parentsOf } from '../frameworks';
import { parseCellAddress } from '../address';
import { Grid } from '../recognise/grid';
import { compact, toHalfWidth } from '../text';
import { isPlaceholderTarget } from './pattern';

/** One data row of the block: an indicator row or an unfilled category row. */
export interface BlockRow {
  row: number;
  /** Category keys (categoryKey); `k1` falls back to the 二级's parent when the 一级 cell is blank. */
  k1: string;
  k2: string;
  /** Labels as recognised ('' when the table leaves them out). */
  level1: string;
  level2: string;
  level3: string;
  level3Cell?: string;
  /** A category row with neither 三级 nor target (it can take a new indicator). */
  empty: boolean;
  /** A row left from a blank table: no 三级 and a placeholder target (`**`). */
  placeholder: boolean;
}

export type LevelStyle = 'merged' | 'repeated' | 'blank';

export interface BlockContext {
  grid: Grid;
  /** The sheet's merged areas (the planner never changes the snapshot). */
  merges: readonly CellRange[];
  table: TargetTable;
  block: IndicatorBlock;
  columns: IndicatorColumns;
  framework: FrameworkDef | undefined;
  rows: BlockRow[];
  style: { level1: LevelStyle; level2: LevelStyle };
  /** Categories interleaved (a flat list's rows in no order): new rows go after a category's last row. */
  interleaved: boolean;
  /** The block's first row carries project columns (a flat multi-project list): nothing goes above it. */
  flat: boolean;
}

/** A category-row key: 一级 key and 二级 key. */
export const groupKey = (k1: string, k2: string): string => `${k1}|${k2}`;

/** A 三级 name as compared for duplicates: no spaces, half-width, no ★, no `指标1:` numbering. */
export function level3Key(name: string): string {
  return compact(toHalfWidth(name))
    .replace(/[★☆]/g, '')
    .replace(/^指标\d+[:：.、]?/, '');
}

/** Read block `block` with column set `columns` of `table`. */
export function readBlock(snapshot: SheetSnapshot, table: TargetTable, block: IndicatorBlock, columns: IndicatorColumns): BlockContext {
  const grid = new Grid(snapshot);
  const framework = FRAMEWORKS.find((f) => f.id === table.framework);
  const inRows = (row: number) => row >= block.firstRow && row <= block.lastRow;
  const colOf = (cell: string) => parseCellAddress(cell)?.col ?? -1;
  const byRow = new Map<number, BlockRow>();
  const effective1 = (level1: string, level2: string) => {
    if (level1) return categoryKey(level1);
    const parents = level2 ? parentsOf(level2, table.framework) : [];
    return parents.length === 1 ? parents[0] : '';
  };
  for (const ind of table.indicators) {
    if (!inRows(ind.row) || !columns.targets.includes(colOf(ind.cell)) || byRow.has(ind.row)) continue;
    byRow.set(ind.row, {
      row: ind.row,
      k1: effective1(ind.level1, ind.level2),
      k2: ind.level2 ? categoryKey(ind.level2) : '',
      level1: ind.level1,
      level2: ind.level2,
      level3: ind.level3,
      ...(ind.levelCells.level3 ? { level3Cell: ind.levelCells.level3 } : {}),
      empty: false,
      placeholder: !ind.level3 && isPlaceholderTarget(ind.target),
    });
  }
  for (const g of table.emptyGroups) {
    const col = colOf(g.cell);
    if (!inRows(g.row) || byRow.has(g.row) || (col !== columns.level3 && col !== columns.targets[0])) continue;
    byRow.set(g.row, { row: g.row, k1: effective1(g.level1, g.level2), k2: g.level2 ? categoryKey(g.level2) : '', level1: g.level1, level2: g.level2, level3: '', empty: true, placeholder: false });
  }
  const rows = [...byRow.values()].sort((a, b) => a.row - b.row);
  const ctx: BlockContext = {
    grid,
    merges: snapshot.merges,
    table,
    block,
    columns,
    framework,
    rows,
    style: { level1: 'blank', level2: 'blank' },
    interleaved: interleaved(rows),
    flat: isFlat(grid, block, rows),
  };
  ctx.style = levelStyles(ctx);
  return ctx;
}

/** A category appears in two separate runs of rows (a flat list's indicators in no particular order). */
function interleaved(rows: BlockRow[]): boolean {
  for (const key of [(r: BlockRow) => r.k1, (r: BlockRow) => groupKey(r.k1, r.k2)]) {
    const done = new Set<string>();
    for (let i = 0; i < rows.length; i++) {
      const k = key(rows[i]);
      if (i > 0 && key(rows[i - 1]) === k) continue;
      if (done.has(k)) return true;
      done.add(k);
    }
  }
  return false;
}

function roleColumns(block: IndicatorBlock): Set<number> {
  const cols = new Set<number>();
  for (const c of block.columns) {
    for (const k of ['level1', 'level2', 'level3', 'operator', 'unit', 'weight', 'direction'] as const) if (c[k] !== undefined) cols.add(c[k]!);
    for (const t of c.targets) cols.add(t);
    for (const x of c.extras) cols.add(x.col);
  }
  return cols;
}

function isFlat(grid: Grid, block: IndicatorBlock, rows: BlockRow[]): boolean {
  if (rows.length === 0) return false;
  const roles = roleColumns(block);
  const row = rows[0].row;
  // A label merged down over the block (`年度绩效指标`) is not a project column.
  return grid.filledColumns(row).some((c) => !roles.has(c) && !((grid.merge(row, c)?.bottom ?? row) > row));
}

/** How the table writes each level: merged (any vertical merge in the column), repeated on every row, or blank. */
function levelStyles(ctx: BlockContext): BlockContext['style'] {
  const { rows, columns, block, grid } = ctx;
  const merged = (col: number | undefined) =>
    col !== undefined &&
    ctx.merges.some((m) => m.left <= col && m.right >= col && m.bottom > m.top && m.top <= block.lastRow && m.bottom >= block.firstRow);
  const own = (col: number | undefined) => col !== undefined && rows.length > 1 && rows.every((r) => grid.text(r.row, col) !== '');
  const distinct = (f: (r: BlockRow) => string) => new Set(rows.map(f)).size;
  const decide = (col: number | undefined, groups: number): LevelStyle | 'ambiguous' => {
    if (merged(col)) return 'merged';
    if (!own(col)) return 'blank';
    return groups < rows.length ? 'repeated' : 'ambiguous';
  };
  const s1 = decide(columns.level1, distinct((r) => r.k1));
  const s2 = decide(columns.level2, distinct((r) => groupKey(r.k1, r.k2)));
  // Every category one row long: repeated and blank look the same; follow the other level, else blank.
  const level1 = s1 === 'ambiguous' ? (s2 === 'repeated' ? 'repeated' : 'blank') : s1;
  const level2 = s2 === 'ambiguous' ? (level1 === 'repeated' ? 'repeated' : 'blank') : s2;
  return { level1, level2 };
}

/** The label a new 一级/二级 gets in this table: the suffix (指标 / 目标 / none) its other labels use. */
export function newLabel(ctx: BlockContext, name: string, level: 1 | 2): string {
  if (name === '投入与管理') return name;
  const texts = ctx.rows.map((r) => (level === 1 ? r.level1 : r.level2)).filter((t) => t && categoryKey(t) !== '投入与管理');
  const counts = new Map<string, number>();
  for (const t of texts) {
    const bare = toHalfWidth(t)
      .replace(/\(?\d+(?:\.\d+)?(?:[-~—至]\d+(?:\.\d+)?)?\)?分$/, '')
      .replace(/\([^)]*分[^)]*\)$/, '');
    const suffix = /指标$/.test(bare) ? '指标' : /目标$/.test(bare) ? '目标' : '';
    counts.set(suffix, (counts.get(suffix) ?? 0) + 1);
  }
  if (counts.size === 0) {
    if (level === 1) return categoryLabel(name, ctx.table.framework);
    return ctx.table.framework === 'shanghai-2020' ? name : name + '指标';
  }
  const suffix = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return name + suffix;
}
