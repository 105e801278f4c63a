/**
 * domain.md §6.13: a 其中 item is never larger than the amount it belongs to (其中：财政拨款 ≤ 年度资金总额).
 * Holds across families too: a 当年 share is at most the 项目金额 it is listed under.
 */
import { createRule } from './rule';
import { displayLabel, inYuan, moneyGroups, readItem, showState, tolerance } from './shared/amounts';

export const moneyPartExceeds = createRule({
  meta: {
    id: 'money-part-exceeds',
    severity: 'error',
    tags: ['money'],
    description: {
      'zh-CN': '“其中”项金额不能大于它所属的总额（如 其中：财政拨款 大于 资金总额）',
      'en-US': 'A 其中 item cannot be larger than the amount it belongs to (e.g. 财政拨款 above 资金总额)',
    },
    messages: {
      exceeds: {
        'zh-CN': '其中项“{part}”为 {amount}，大于它所属的“{label}” {total}：其中项不能超过总额，请核对金额（注意单位）',
        'en-US': 'The part "{part}" is {amount}, more than the "{label}" it belongs to ({total}): a part cannot exceed its total; check the amounts and units',
      },
    },
    examples: { valid: ['资金总额 120，其中：财政拨款 100'], invalid: ['资金总额 120，其中：财政拨款 150'] },
  },
  check(context) {
    const table = context.table;
    for (const group of moneyGroups(table)) {
      const total = readItem(table, group.parent);
      const totalYuan = inYuan(total);
      if (totalYuan === null) continue;
      for (const part of group.parts) {
        const state = readItem(table, part);
        const yuan = inYuan(state);
        if (yuan === null) continue;
        if (yuan <= totalYuan + tolerance([total, state])) continue;
        context.report({
          messageId: 'exceeds',
          data: { part: displayLabel(part.label), amount: showState(state), label: displayLabel(group.parent.label), total: showState(total) },
          cells: [group.parent.cell, part.cell],
        });
      }
    }
  },
});
