/** Small table literals for tests: rows of cells separated by `|`, `''` for an empty cell. */
import type { CellRange, CellValue, SheetSnapshot } from '../../src/core/snapshot';
import { parseRangeAddress } from '../../src/core/address';

/**
 * A snapshot from a table literal: one line per row, cells separated by `|` (spaces around them trimmed, `⏎` for
 * a line break inside a cell),
 * merges as A1 ranges. `origin` places the first cell elsewhere than A1.
 */
export function sheet(
  literal: string,
  options: { name?: string; merges?: string[]; origin?: string } = {},
): SheetSnapshot {
  const lines = literal.replace(/^\n/, '').replace(/\n\s*$/, '').split('\n');
  const values: CellValue[][] = lines.map((line) =>
    line
      .trim()
      .split('|')
      .map((c) => c.trim().replace(/⏎/g, '\n'))
      .map((c) => (c === '' ? null : c)),
  );
  const o = options.origin ? parseRangeAddress(options.origin)! : { top: 0, left: 0 };
  const merges: CellRange[] = (options.merges ?? []).map((m) => parseRangeAddress(m)!);
  return { name: options.name ?? 'Sheet1', origin: { row: o.top, col: o.left }, values, merges };
}

/** Indicators as compact tuples: [cell, level1, level2, level3, target]. */
export function tuples(indicators: { cell: string; level1: string; level2: string; level3: string; target: string }[]): string[][] {
  return indicators.map((i) => [i.cell, i.level1, i.level2, i.level3, i.target]);
}

/** A minimal table literal with one indicator block (一级 | 二级 | 三级 | 指标值) holding `rows`. */
export const indicatorTable = (rows: string): string => `
  项目名称 | 示例 | |
  一级指标 | 二级指标 | 三级指标 | 指标值
${rows}`;

/** The same with split value columns (指标性质 | 指标值 | 度量单位) and 指标方向性, as budget-system exports have. */
export const splitIndicatorTable = (rows: string): string => `
  项目名称 | 示例 | | | | |
  一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 指标方向性
${rows}`;
