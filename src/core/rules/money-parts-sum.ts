/**
 * domain.md §6.13: the parts of an amount add up to it (资金总额 = 财政拨款 (+ 上年结转) + 其他资金), per 其中 group
 * (the recogniser's `parent` links), so a whole-life total is never compared with annual parts.
 *
 * A blank part counts as 0 when the parts that are filled already add up to the amount (其他资金 left blank means
 * none). When they fall short and a part is blank, the table does not add up whichever way the blank is read: that
 * is reported as `blankPart`, with the missing amount offered as a suggestion for a single blank part.
 */
import { createRule, type Suggestion } from './rule';
import { amountText, displayLabel, formatAmount, fromYuan, inYuan, type NumberState, moneyGroups, readItem, showState, tolerance } from './shared/amounts';

export const moneyPartsSum = createRule({
  meta: {
    id: 'money-parts-sum',
    severity: 'error',
    tags: ['money'],
    description: {
      'zh-CN': '资金总额应等于其中各项之和（财政拨款 + 上年结转 + 其他资金）；中期（项目）总额与年度金额分开核对',
      'en-US': 'An amount equals the sum of its parts (财政拨款 + 上年结转 + 其他资金); whole-life and annual blocks are checked separately',
    },
    messages: {
      mismatch: {
        'zh-CN': '“{label}”为 {total}，但其中各项之和为 {sum}（{parts}），相差 {diff}：请核对各项金额',
        'en-US': '"{label}" is {total} but its parts add up to {sum} ({parts}), a difference of {diff}: check the amounts',
      },
      blankPart: {
        'zh-CN': '“{label}”为 {total}，已填的其中各项合计 {sum}（{parts}），还差 {diff}；“{blank}”未填写：请补填或核对金额',
        'en-US': '"{label}" is {total} but the filled parts add up to {sum} ({parts}), {diff} short, and "{blank}" is blank: fill it in or check the amounts',
      },
      fillPart: {
        'zh-CN': '在“{blank}”中填写 {value}',
        'en-US': 'Enter {value} in "{blank}"',
      },
    },
    hasSuggestions: true,
    examples: {
      valid: ['年度资金总额 120 = 财政拨款 100 + 其他资金 20', '资金总额 500 = 财政拨款 500 + 其他资金（空）'],
      invalid: ['年度资金总额 120 ≠ 财政拨款 100 + 其他资金 30', '资金总额 120，财政拨款 100，其他资金（空）'],
    },
  },
  check(context) {
    const table = context.table;
    for (const group of moneyGroups(table)) {
      if (!group.split) continue;
      const total = readItem(table, group.parent);
      if (total.kind !== 'number') continue;
      const states = group.parts.map((p) => readItem(table, p));
      // Unreadable parts are money-not-number's; without a filled part there is nothing to add up.
      if (states.some((s) => s.kind === 'unreadable')) continue;
      const filled = group.parts
        .map((p, i) => ({ item: p, state: states[i] }))
        .filter((x): x is { item: typeof x.item; state: NumberState } => x.state.kind === 'number');
      if (filled.length === 0) continue;
      const totalYuan = inYuan(total);
      const partsYuan = filled.map((x) => inYuan(x.state));
      // An undeclared unit: no comparison (money-unit-scale says the unit is missing).
      if (totalYuan === null || partsYuan.some((v) => v === null)) continue;
      const tol = tolerance([total, ...filled.map((x) => x.state)]);
      // One part above the whole amount is money-part-exceeds' (a more precise message).
      if (partsYuan.some((v) => (v as number) > totalYuan + tol)) continue;
      const sumYuan = partsYuan.reduce((a: number, v) => a + (v as number), 0);
      const diffYuan = totalYuan - sumYuan;
      if (Math.abs(diffYuan) <= tol) continue;

      const unit = total.unit;
      const show = (yuan: number) => formatAmount(fromYuan(yuan, unit), unit);
      const parts = filled.map((x) => `${displayLabel(x.item.label)} ${showState(x.state)}`).join(' + ');
      const data = { label: displayLabel(group.parent.label), total: show(totalYuan), sum: show(sumYuan), parts, diff: show(Math.abs(diffYuan)) };
      const cells = [group.parent.cell, ...group.parts.map((p) => p.cell)];
      const blanks = group.parts.filter((_p, i) => states[i].kind === 'blank');

      if (blanks.length > 0 && diffYuan > 0) {
        const blank = blanks.map((b) => displayLabel(b.label)).join('、');
        const suggestions: Suggestion<'fillPart'>[] = [];
        const only = blanks[0];
        const onlyUnit = only.unit ?? table.money.unit;
        if (blanks.length === 1 && onlyUnit) {
          const value = amountText(fromYuan(diffYuan, onlyUnit), filled.map((x) => x.item.text));
          suggestions.push({ messageId: 'fillPart', data: { blank, value }, edits: [{ cell: only.cell, expected: only.text ?? '', value }] });
        }
        context.report({ messageId: 'blankPart', data: { ...data, blank }, cells, suggestions });
        continue;
      }
      // Parts above the amount are wrong in any case; a shortfall is certain only when the split is complete.
      const severity = diffYuan < 0 || group.complete ? undefined : 'warning';
      context.report({ messageId: 'mismatch', data, cells, ...(severity ? { severity } : {}) });
    }
  },
});
