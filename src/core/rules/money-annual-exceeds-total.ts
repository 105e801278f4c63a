/** domain.md §6.14: this year's amount (当年/年度预算) is at most the project's total budget (项目总预算). */
import { createRule } from './rule';
import { displayLabel, inYuan, readItem, showState, tolerance, uniqueItem } from './shared/amounts';

export const moneyAnnualExceedsTotal = createRule({
  meta: {
    id: 'money-annual-exceeds-total',
    severity: 'error',
    tags: ['money'],
    description: {
      'zh-CN': '当年（年度）预算不能超过项目总预算（换算元/万元后比较）',
      'en-US': "This year's amount (当年/年度预算) cannot exceed the project total (项目总预算), compared after converting 元/万元",
    },
    messages: {
      exceeds: {
        'zh-CN': '“{totalLabel}” {total} 小于“{annualLabel}” {annual}：当年预算不能超过项目总预算，请核对金额（注意单位）',
        'en-US': '"{totalLabel}" ({total}) is less than "{annualLabel}" ({annual}): this year\'s amount cannot exceed the project total; check the amounts and units',
      },
    },
    examples: { valid: ['项目总预算 14,624,640 元，项目当年预算 14,624,640 元'], invalid: ['项目总预算 14,624,640 元，项目当年预算 15,000,000 元'] },
  },
  check(context) {
    const table = context.table;
    const totalItem = uniqueItem(table, 'total');
    const annualItem = uniqueItem(table, 'annual');
    if (!totalItem || !annualItem) return;
    const total = readItem(table, totalItem);
    const annual = readItem(table, annualItem);
    const t = inYuan(total);
    const a = inYuan(annual);
    if (t === null || a === null) return;
    if (a <= t + tolerance([total, annual])) return;
    context.report({
      messageId: 'exceeds',
      data: { totalLabel: displayLabel(totalItem.label), total: showState(total), annualLabel: displayLabel(annualItem.label), annual: showState(annual) },
      cells: [totalItem.cell, annualItem.cell],
    });
  },
});
