/**
 * domain.md §6.14: the same-name project's spending last year (上年预算执行数) above its budget (上年预算额) means
 * an execution rate over 100%: suspicious, worth a look.
 */
import { createRule } from './rule';
import { displayLabel, inYuan, readItem, showState, tolerance, uniqueItem } from './shared/amounts';

export const moneyExecutionRate = createRule({
  meta: {
    id: 'money-execution-rate',
    severity: 'warning',
    tags: ['money'],
    description: {
      'zh-CN': '同名项目上年预算执行数大于上年预算额（执行率超过 100%），请核对',
      'en-US': "Last year's spending on the same-name project above last year's budget (execution over 100%): check it",
    },
    messages: {
      overBudget: {
        'zh-CN': '“{spentLabel}” {spent} 大于“{budgetLabel}” {budget}（执行率 {rate}%）：执行数一般不超过预算额，请核对',
        'en-US': '"{spentLabel}" ({spent}) is more than "{budgetLabel}" ({budget}), an execution rate of {rate}%: spending normally stays within the budget; check the amounts',
      },
      noBudget: {
        'zh-CN': '“{spentLabel}”为 {spent}，但“{budgetLabel}”为 0：没有预算却有执行数，请核对',
        'en-US': '"{spentLabel}" is {spent} but "{budgetLabel}" is 0: spending without a budget; check the amounts',
      },
    },
    options: {
      maxRate: {
        type: 'number',
        default: 100,
        min: 0,
        description: { 'zh-CN': '执行率（%）超过此值时提示', 'en-US': 'Report execution rates (%) above this' },
      },
    },
    examples: { valid: ['上年预算额 12,978,930，上年预算执行数 12,978,930'], invalid: ['上年预算额 12,978,930，上年预算执行数 13,500,000'] },
  },
  check(context) {
    const table = context.table;
    const budgetItem = uniqueItem(table, 'lastYearBudget');
    const spentItem = uniqueItem(table, 'lastYearSpent');
    if (!budgetItem || !spentItem) return;
    const budget = readItem(table, budgetItem);
    const spent = readItem(table, spentItem);
    const b = inYuan(budget);
    const s = inYuan(spent);
    if (b === null || s === null || b < 0 || s <= 0) return;
    const data = { spentLabel: displayLabel(spentItem.label), spent: showState(spent), budgetLabel: displayLabel(budgetItem.label), budget: showState(budget) };
    const cells = [budgetItem.cell, spentItem.cell];
    if (b === 0) {
      context.report({ messageId: 'noBudget', data, cells });
      return;
    }
    const maxRate = context.options.maxRate;
    if (s <= (b * maxRate) / 100 + tolerance([budget, spent])) return;
    const rate = (s / b) * 100;
    context.report({ messageId: 'overBudget', data: { ...data, rate: rateText(rate) }, cells });
  },
});

/** A rate with enough decimals to show it is above 100 (`100.02`, `135.4`). */
function rateText(rate: number): string {
  for (const d of [1, 2, 3]) {
    const s = rate.toFixed(d);
    if (Number(s) > 100 || rate <= 100) return s.replace(/\.?0+$/, '');
  }
  return rate.toFixed(4);
}
