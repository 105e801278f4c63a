/** The indicator block's header row: what each column holds (the wording is vocabulary data). */
import { compact } from '../text';

export type { ColumnRole } from '../vocabulary';

/** True when a cell text looks like an operator column value. */
export function isOperatorText(text: string): boolean {
  return /^(?:[≥≤=><＞＜＝≧≦]=?|>=|<=|定性|定量|大于等于|小于等于|等于|大于|小于|不低于|不高于|不少于|不超过)$/.test(compact(text));
}

/** True when a cell text is an indicator direction (正向指标 / 反向指标). */
export function isDirectionText(text: string): boolean {
  return /^(?:正向|反向)(?:指标)?$/.test(compact(text));
}
