/**
 * domain.md §5/§6.2: a measurable value written without an operator (`10辆`, `100%`, Hubei's `280人次`): a reviewer
 * cannot tell whether it is a floor, a ceiling or an exact amount. Suggestions, not a fix: the intent is a guess.
 */
import type { Indicator } from '../model';
import { formatTarget, isMeasurable, type Operator, type ParsedTarget } from '../target';
import { createRule, type Suggestion } from './rule';
import { costCategory } from './cost-indicator';
import { indicatorName, targetCells } from './shared/indicators';
import { isReverseIndicator, isSatisfactionName, nameCore } from './shared/names';

/** Names whose value should stay low (a ceiling, `≤`): costs, spending, complaints, time taken. */
const CEILING_NAME = /成本|费用|造价|单价|支出|开支|能耗|排放|损耗|损失|超支|投诉|事故|差错|耗时|用时|时长|时限/;

/** Whether the natural operator of an indicator is `≤` (a cost, a reverse indicator) rather than `≥`. */
export function isCeilingIndicator(ind: Indicator): boolean {
  return costCategory(ind) !== null || isReverseIndicator(ind) || CEILING_NAME.test(nameCore(indicatorName(ind)));
}

/** The operators worth suggesting for a value, most likely first (never one that makes `≥100%` or `≤0%`). */
function candidateOperators(ind: Indicator, p: ParsedTarget): Operator[] {
  const n = p.number ?? 0;
  if (p.kind === 'percent' && (n > 100 || n < 0)) return []; // the number itself is wrong: see target-percent-range
  if (n === 0) return ['='];
  // Satisfaction is a floor; 100% satisfaction has no good operator (see satisfaction-target).
  if (isSatisfactionName(nameCore(indicatorName(ind)))) return p.kind === 'percent' && n === 100 ? [] : ['≥'];
  if (isCeilingIndicator(ind)) return ['≤', '='];
  if (p.kind === 'percent' && n === 100) return ['='];
  return ['=', '≥'];
}

/** A bare year for a year-like name (`完成年度 2023`): a date, not an amount. */
function isYear(ind: Indicator, p: ParsedTarget): boolean {
  const n = p.number ?? 0;
  return p.kind === 'number' && !p.unit && Number.isInteger(n) && n >= 1900 && n <= 2099 && /年/.test(nameCore(indicatorName(ind)));
}

export const targetOperatorMissing = createRule({
  meta: {
    id: 'target-operator-missing',
    severity: 'warning',
    tags: ['target'],
    description: {
      'zh-CN': '数值型指标值缺少运算符（≥、≤、=），看不出是下限、上限还是确切值',
      'en-US': 'A numeric target with no operator (≥, ≤, =): it does not say whether the value is a floor, a ceiling or exact',
    },
    messages: {
      operatorMissing: {
        'zh-CN': '“{name}”的指标值“{text}”缺少运算符：请写明是不低于（≥）、不高于（≤）还是等于（=）该值',
        'en-US': 'The target of "{name}" ("{text}") has no operator: state whether the value is a floor (≥), a ceiling (≤) or exact (=)',
      },
      withOperator: { 'zh-CN': '改为“{value}”', 'en-US': 'Change to "{value}"' },
    },
    hasSuggestions: true,
    examples: { valid: ['≥200人', '=100%', '良好'], invalid: ['10辆', '100%', '280人次'] },
  },
  check(context) {
    for (const ind of context.table.indicators) {
      const p = context.parsed(ind);
      if (!isMeasurable(p) || !p.operatorMissing) continue;
      if (isYear(ind, p)) continue;
      const suggestions: Suggestion<'withOperator'>[] = [];
      for (const op of candidateOperators(ind, p)) {
        const value = formatTarget({ ...p, operator: op, operatorMissing: false });
        if (ind.split) {
          // Split columns: the operator goes in the 指标性质 cell, never into the value cell.
          const cell = ind.split.operatorCell;
          if (cell) suggestions.push({ messageId: 'withOperator', data: { value }, edits: [{ cell, expected: ind.split.operator, value: op }] });
        } else {
          suggestions.push({ messageId: 'withOperator', data: { value }, edits: [{ cell: ind.cell, expected: ind.target, value }] });
        }
      }
      context.report({ messageId: 'operatorMissing', data: { name: indicatorName(ind), text: ind.target }, cells: targetCells(ind), suggestions });
    }
  },
});
