/** Read the indicator rows of one block: levels inherited through merges and blanks, one entry per target cell. */
import type { EmptyGroup, Indicator } from '../model';
import { belongsUnder } from '../frameworks';
import { compact } from '../text';
import { Grid } from './grid';
import type { ColumnBlock, IndicatorLayout } from './layout';
import { composeSplitTarget } from '../target';

interface Level {
  text: string;
  row: number;
  col: number;
  /** True when the text came from the row itself (its own cell or a merge over it), not from inheritance. */
  own: boolean;
}

/** Indicators and unfilled categories of rows first..last under `layout`. */
export function readRows(
  grid: Grid,
  layout: IndicatorLayout,
  first: number,
  last: number,
): { indicators: Indicator[]; emptyGroups: EmptyGroup[] } {
  const indicators: Indicator[] = [];
  const emptyGroups: EmptyGroup[] = [];
  const rows: number[] = [];
  for (let r = first; r <= last; r++) if (!grid.isEmptyRow(r) && !isBanner(grid, layout, r)) rows.push(r);
  for (const block of layout.blocks) {
    const l1 = ownLevels(grid, layout, block.level1, rows, first, last);
    const l2own = ownLevels(grid, layout, block.level2, rows, first, last);
    const l1filled = fillLevel1(l1, fillDown(l2own));
    const l2 = fillLevel2(l2own, l1filled);
    rows.forEach((r, i) => {
      const level3 = levelText(grid, layout, block.level3, r, first, last);
      const entries = block.targets.map((t) => readTarget(grid, block, t.col, r));
      const anyTarget = entries.some((e) => e && e.target !== '');
      if (!level3.text && !anyTarget) {
        if (l1[i].own || l2[i].own) {
          emptyGroups.push({ level1: l1filled[i].text, level2: l2[i].text, row: r, cell: grid.address(r, block.level3 ?? block.targets[0]?.col ?? 0) });
        }
        return;
      }
      block.targets.forEach((t, k) => {
        const e = entries[k];
        if (!e) return; // covered by a merged target cell above
        const ind: Indicator = {
          level1: l1filled[i].text,
          level2: l2[i].text,
          level3: level3.text,
          target: e.target,
          cell: grid.address(r, t.col),
          row: r,
          levelCells: {},
        };
        if (l1filled[i].text) ind.levelCells.level1 = grid.address(l1filled[i].row, l1filled[i].col);
        if (l2[i].text) ind.levelCells.level2 = grid.address(l2[i].row, l2[i].col);
        if (level3.text) ind.levelCells.level3 = grid.address(level3.row, level3.col);
        if (e.split) ind.split = e.split;
        if (t.label) ind.column = t.label;
        if (block.weight !== undefined) {
          const text = grid.mergedText(r, block.weight);
          const m = /^(-?\d+(?:\.\d+)?)\s*(?:分|%|％)?$/.exec(compact(text));
          ind.weight = { value: m ? Number(m[1]) : null, text, cell: grid.address(r, block.weight) };
        }
        if (block.direction !== undefined) {
          const d = grid.text(r, block.direction);
          if (d) ind.direction = d;
        }
        const extra: Record<string, string> = {};
        for (const x of block.extras) {
          const v = grid.mergedText(r, x.col);
          if (v) extra[x.label] = v;
        }
        if (Object.keys(extra).length) ind.extra = extra;
        indicators.push(ind);
      });
    });
  }
  indicators.sort((a, b) => a.row - b.row || a.cell.length - b.cell.length || (a.cell < b.cell ? -1 : 1));
  return { indicators, emptyGroups };
}

/** A row whose one cell spans most role columns (a section banner, `二、年度绩效指标`). */
function isBanner(grid: Grid, layout: IndicatorLayout, r: number): boolean {
  const filled = grid.filledColumns(r);
  if (filled.length !== 1) return false;
  const m = grid.merge(r, filled[0]);
  if (!m || m.top !== r) return false;
  const roleCols = layout.blocks.flatMap((b) => [b.level1, b.level2, b.level3, ...b.targets.map((t) => t.col)]).filter((c): c is number => c !== undefined);
  const covered = roleCols.filter((c) => c >= m.left && c <= m.right).length;
  return covered >= 3;
}

/** The text of a level column in a row: its own cell, a merge over it, or text elsewhere in its header span. */
function levelText(grid: Grid, layout: IndicatorLayout, col: number | undefined, r: number, first: number, last: number): Level {
  if (col === undefined) return { text: '', row: r, col: 0, own: false };
  const end = layout.spanEnd.get(col) ?? col;
  for (let c = col; c <= end; c++) {
    const own = grid.text(r, c);
    if (own) return { text: compact(own), row: r, col: c, own: true };
    const m = grid.merge(r, c);
    if (m && m.top >= first && m.top <= last) {
      const t = grid.text(m.top, m.left);
      if (t) return { text: compact(t), row: m.top, col: m.left, own: true };
    }
    if (m) break;
  }
  return { text: '', row: r, col, own: false };
}

function ownLevels(grid: Grid, layout: IndicatorLayout, col: number | undefined, rows: number[], first: number, last: number): Level[] {
  return rows.map((r) => levelText(grid, layout, col, r, first, last));
}

/** Blank cells take the nearest label above. */
function fillDown(levels: Level[]): Level[] {
  let above: Level | undefined;
  return levels.map((l) => {
    if (l.text) {
      above = l;
      return l;
    }
    return above ? { ...above, own: false } : l;
  });
}

/**
 * 一级 for blank cells: the label above, unless the row's 二级 does not belong there and the next label below is
 * where it belongs (a label in the middle or at the bottom of its unmerged span). Rows above the first label take
 * the label below when their 二级 belongs there (or is unknown); a 二级 that belongs nowhere near keeps 一级 blank.
 */
function fillLevel1(l1: Level[], l2: Level[]): Level[] {
  const out: Level[] = [...l1];
  // Nearest label above and below each row, found once: scanning from every blank row is quadratic on long tails.
  const above = nearestAbove(l1);
  const below = nearestBelow(l1);
  for (let i = 0; i < l1.length; i++) {
    if (l1[i].text) continue;
    const a = above[i];
    const b = below[i];
    const up = a >= 0 ? l1[a] : undefined;
    const down = b < l1.length ? l1[b] : undefined;
    const fits = (x: Level | undefined) => (x && l2[i].text ? belongsUnder(x.text, l2[i].text) : null);
    let pick: Level | undefined;
    if (up) pick = fits(up) === false && down && fits(down) === true ? down : up;
    else if (down && fits(down) !== false) pick = down;
    if (pick) out[i] = { ...pick, own: false };
  }
  return out;
}

/** 二级 for blank cells: the label above within the same 一级, else the next label below within it. */
function fillLevel2(l2: Level[], l1: Level[]): Level[] {
  const out: Level[] = [...l2];
  const above = nearestAbove(l2);
  const below = nearestBelow(l2);
  // sameL1[i]: the last row of the run of rows from i on that share row i's 一级.
  const sameL1 = new Int32Array(l1.length);
  for (let i = l1.length - 1; i >= 0; i--) sameL1[i] = i + 1 < l1.length && l1[i + 1].text === l1[i].text ? sameL1[i + 1] : i;
  for (let i = 0; i < l2.length; i++) {
    if (l2[i].text) continue;
    const a = above[i];
    if (a >= 0 && l1[a].text === l1[i].text) {
      out[i] = { ...l2[a], own: false };
      continue;
    }
    const b = below[i];
    if (b < l2.length && b <= sameL1[i]) out[i] = { ...l2[b], own: false };
  }
  return out;
}

/** For each row, the index of the nearest row above with text (-1 when none). */
function nearestAbove(levels: Level[]): Int32Array {
  const out = new Int32Array(levels.length);
  let last = -1;
  for (let i = 0; i < levels.length; i++) {
    out[i] = last;
    if (levels[i].text) last = i;
  }
  return out;
}

/** For each row, the index of the nearest row below with text (`levels.length` when none). */
function nearestBelow(levels: Level[]): Int32Array {
  const out = new Int32Array(levels.length);
  let next = levels.length;
  for (let i = levels.length - 1; i >= 0; i--) {
    out[i] = next;
    if (levels[i].text) next = i;
  }
  return out;
}

function readTarget(grid: Grid, block: ColumnBlock, col: number, r: number): { target: string; split?: Indicator['split'] } | null {
  const m = grid.merge(r, col);
  if (m && m.top !== r) return null;
  const value = grid.text(r, col);
  if (block.operator === undefined && block.unit === undefined) return { target: value };
  const operator = block.operator !== undefined ? grid.text(r, block.operator) : '';
  const unit = block.unit !== undefined ? grid.text(r, block.unit) : '';
  const split: NonNullable<Indicator['split']> = { operator, value, unit };
  if (block.operator !== undefined) split.operatorCell = grid.address(r, block.operator);
  if (block.unit !== undefined) split.unitCell = grid.address(r, block.unit);
  return { target: composeSplitTarget(operator, value, unit), split };
}
