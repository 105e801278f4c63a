/** What the target rules share about an indicator: its name, the cells its target is written in, range texts. */
import type { Indicator } from '../../model';
import { hanOr } from '../../han';
import { compact, toHalfWidth } from '../../text';

/** Every cell a target is written in: the target cell, and for split columns the operator and unit cells too. */
export function targetCells(ind: Indicator): string[] {
  if (!ind.split) return [ind.cell];
  return [ind.split.operatorCell, ind.cell, ind.split.unitCell].filter((c): c is string => !!c);
}

/** The name a message calls an indicator by: its 三级, else its 二级. */
export function indicatorName(ind: Indicator): string {
  return ind.level3 || ind.level2;
}

/** Two numbers joined by a dash, 至 or ~ (`95%-100%`, `90~100分`): a range where one target value is expected. */
export const RANGE = new RegExp(`\\d(?:%|${hanOr('A-Za-z')}{0,3})?(?:-|~|〜|—|–|至|到)+[≥≤=<>]?\\d`);
const RANGE_WHOLE = new RegExp(
  `^[≥≤=<>]?\\d+(?:\\.\\d+)?(?:%|${hanOr('A-Za-z')}{1,4})?(?:-|~|〜|—|–|至|到)+\\d+(?:\\.\\d+)?(?:%|${hanOr('A-Za-z/·')}{1,6})?$`,
);

/**
 * A target that is a range of two numbers. The parser reads `95%-100%` as invalid but `90-100分`, `3-5人` as text;
 * both are reported here as a range, and target-not-measurable leaves them alone.
 */
export function isRangeText(text: string): boolean {
  return RANGE_WHOLE.test(compact(toHalfWidth(text)));
}

