/**
 * domain.md §6.15: an amount must be one number. `120万120万`, `约100`, `待定` cannot be checked or added up; the
 * recogniser gives such items value null with their text (and a `money-unreadable` note). Cells saying "none"
 * (`-`, `/`, `无`) and numbers with a currency sign (`¥1,000`) are not reported.
 */
import type { MoneyItem } from '../model';
import { readAmount } from '../money';
import { compact, toHalfWidth } from '../text';
import { createRule } from './rule';
import { displayLabel, isUnreadable } from './shared/amounts';

export const moneyNotNumber = createRule({
  meta: {
    id: 'money-not-number',
    severity: 'error',
    tags: ['money'],
    description: {
      'zh-CN': '金额必须是一个数字：“120万120万”“约100”“待定”等无法核对',
      'en-US': 'An amount must be one number: "120万120万", "约100" or "待定" cannot be checked',
    },
    messages: {
      notNumber: {
        'zh-CN': '“{label}”的金额“{text}”不是一个数字：请只填写一个金额（如 120 或 120万元）',
        'en-US': 'The amount "{text}" of "{label}" is not one number: enter a single amount (e.g. 120 or 120万元)',
      },
      useAmount: {
        'zh-CN': '改为 {value}',
        'en-US': 'Change it to {value}',
      },
    },
    hasSuggestions: true,
    examples: { valid: ['14,624,640', '250万', '164万元', '-'], invalid: ['120万120万', '约100', '待定'] },
  },
  check(context) {
    const table = context.table;
    for (const item of table.money?.items ?? []) {
      if (!isUnreadable(table, item) || looksLikeLabel(item.text)) continue;
      const value = intendedAmount(item);
      context.report({
        messageId: 'notNumber',
        data: { label: displayLabel(item.label), text: item.text },
        cells: [item.cell],
        suggestions: value ? [{ messageId: 'useAmount', data: { value }, edits: [{ cell: item.cell, expected: item.text, value }] }] : [],
      });
    }
  },
});

/**
 * Text without a digit that speaks of money (`资金来源`, `预算金额`, `财政拨款`): more likely a neighbouring label read
 * as the value than an amount the clerk typed, so not reported as one.
 */
function looksLikeLabel(text: string): boolean {
  const t = compact(toHalfWidth(text ?? ''));
  return !/\d/.test(t) && /资金|预算|金额|拨款|来源|合计|总额|情况|单位|科目|分类|名称/.test(t);
}

/**
 * The amount a text most likely means, as written, when that is a guess worth offering: one amount typed twice
 * (`120万120万`), or an approximate one (`约100`, `100左右`: the table needs the exact amount, so only a suggestion).
 */
function intendedAmount(item: MoneyItem): string | null {
  const t = compact(toHalfWidth(item.text ?? ''));
  const amount = '(-?[\\d,]*\\.?\\d+(?:万元|万|元)?)';
  const repeated = new RegExp(`^${amount}(?:[,，、;；/]?\\1)+$`).exec(t);
  const approximate = new RegExp(`^(?:约|大约|约为|近)${amount}$|^${amount}(?:左右|余|多)$`).exec(t);
  const text = repeated?.[1] ?? approximate?.[1] ?? approximate?.[2];
  if (!text) return null;
  return readAmount(null, text).value !== null ? text : null;
}
