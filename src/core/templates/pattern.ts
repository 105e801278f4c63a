/** Template targets as cell text: one cell (`≥**人`), or split columns (指标性质 | 指标值 | 度量单位). */
import { parseTarget } from '../target';
import type { TargetPattern } from './types';

/** A target pattern as one cell's text: `≥**人`, `=**%`, `健全`. */
export function targetText(t: TargetPattern): string {
  return 'grade' in t ? t.grade : t.operator + t.value + t.unit;
}

/** A target pattern as split columns: a grade is 定性 in the operator column, as the budget system writes it. */
export function targetParts(t: TargetPattern): { operator: string; value: string; unit: string } {
  return 'grade' in t ? { operator: '定性', value: t.grade, unit: '' } : { operator: t.operator, value: t.value, unit: t.unit };
}

/** True when a target is still a template placeholder (`**`, `≥**%`, `XX`): the checker reports it. */
export function isPlaceholderTarget(text: string): boolean {
  return text !== '' && parseTarget(text).kind === 'placeholder';
}

/** 指标方向性 for a target: ≥ is 正向 (higher is better), ≤ is 反向; none for = and grades. */
export function directionOf(t: TargetPattern): string | null {
  if ('grade' in t) return null;
  if (t.operator === '≥' || t.operator === '>') return '正向指标';
  if (t.operator === '≤' || t.operator === '<') return '反向指标';
  return null;
}
