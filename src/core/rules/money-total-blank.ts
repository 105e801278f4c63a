/**
 * domain.md §6.15: a blank total (or annual amount) next to filled parts (the Chencang sample: 资金总额 blank,
 * 其中：财政拨款 500). When the parts are a complete split and all filled, the total is their sum: an autofix.
 * When a part is blank too, the sum of the filled parts is only a suggestion — as it is when the blank total's
 * cell (where the recogniser places an empty value) is in neither the row nor the column of its parts.
 */
import { parseCellAddress } from '../address';
import { createRule } from './rule';
import { amountText, displayLabel, fromYuan, inYuan, moneyGroups, readItem, showState } from './shared/amounts';

export const moneyTotalBlank = createRule({
  meta: {
    id: 'money-total-blank',
    severity: 'error',
    tags: ['money'],
    description: {
      'zh-CN': '资金总额（或年度资金总额）为空，而其中各项已填写',
      'en-US': 'A total (or annual amount) left blank while its parts are filled in',
    },
    messages: {
      blank: {
        'zh-CN': '“{label}”为空，但其中项已填写（{parts}）：请填写{label}',
        'en-US': '"{label}" is blank but its parts are filled in ({parts}): fill in "{label}"',
      },
      fillTotal: {
        'zh-CN': '填写其中各项之和 {value}',
        'en-US': 'Enter the sum of the parts, {value}',
      },
    },
    fixable: true,
    hasSuggestions: true,
    examples: { valid: ['资金总额 500，其中：财政拨款 500'], invalid: ['资金总额（空），其中：财政拨款 500'] },
  },
  check(context) {
    const table = context.table;
    for (const group of moneyGroups(table)) {
      // A column title where the total belongs is reported by the recogniser (money-column-title), as a warning.
      if (group.parent.columnTitle || readItem(table, group.parent).kind !== 'blank') continue;
      const states = group.parts.map((p) => readItem(table, p));
      const filled = group.parts.filter((_p, i) => states[i].kind === 'number');
      // Only zeros under a blank total: a block the project does not use, not a missing total.
      if (!states.some((s) => s.kind === 'number' && s.value !== 0)) continue;
      const label = displayLabel(group.parent.label);
      const parts = filled.map((p) => `${displayLabel(p.label)} ${showState(readItem(table, p))}`).join('、');
      const report = { messageId: 'blank' as const, data: { label, parts }, cells: [group.parent.cell, ...filled.map((p) => p.cell)] };

      // The sum is offered only for a split into parts of the total's own family, all read, in known units.
      const unit = group.parent.unit ?? table.money.unit;
      const yuan = states.map(inYuan);
      const readable = states.every((s) => s.kind !== 'unreadable');
      const known = states.every((s, i) => s.kind !== 'number' || yuan[i] !== null);
      if (!group.split || !readable || !known || !unit) {
        context.report(report);
        continue;
      }
      const sum = yuan.reduce((a: number, v) => a + (v ?? 0), 0);
      const sameUnit = states.every((s) => s.kind !== 'number' || s.value === 0 || s.unit === unit);
      // Written like the parts (separators, decimals, an inline `万`) when they share the total's unit.
      const value = amountText(fromYuan(sum, unit), sameUnit ? filled.map((p) => p.text) : []);
      const edit = { cell: group.parent.cell, expected: group.parent.text ?? '', value };
      if (group.complete && filled.length === group.parts.length && sameUnit && aligned(group.parent.cell, filled.map((p) => p.cell))) {
        context.report({ ...report, fix: [edit] });
      } else {
        context.report({ ...report, suggestions: [{ messageId: 'fillTotal', data: { value }, edits: [edit] }] });
      }
    }
  },
});

/** Whether a blank amount's cell lines up with its parts (above them in their column, or beside them in their row). */
function aligned(cell: string, parts: string[]): boolean {
  const c = parseCellAddress(cell);
  if (!c) return false;
  return parts.some((p) => {
    const a = parseCellAddress(p);
    return !!a && (a.col === c.col || a.row === c.row);
  });
}
