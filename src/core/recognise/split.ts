/** Split value columns (指标性质 | 指标值 | 度量单位) composed into one target text. */
import { compact } from '../text';

/** `≥` `95` `%` → `≥95%`; 定性 → the value alone; an empty value keeps what was written (`≥`, `%`). */
export function composeSplitTarget(operator: string, value: string, unit: string): string {
  const op = compact(operator);
  const v = value.trim();
  const u = compact(unit);
  const shownOp = op === '定性' || op === '定量' ? '' : op;
  if (!v) return `${shownOp}${u}`;
  if (u && v.endsWith(u)) return `${shownOp}${v}`;
  return `${shownOp}${v}${u}`;
}
