/**
 * domain.md §6.18: the budget restated as an output or cost target. The Xiangtan sample's 产出/成本 row
 * `控制在预算成本内 | 250万` repeats the annual budget (250万): money is an input, not what the project produces,
 * and "stays within budget" measures nothing. Reported for 产出 and 成本 rows whose name speaks of the budget
 * (预算) with an amount as target, or of funds (资金, 经费, 投资, 拨款) with a target equal to an amount of the
 * money block. A cost indicator that names a cost (`项目建设成本 ≤65万元`) is not reported, even when it equals
 * the budget.
 */
import { categoryKey, parentsOf } from '../frameworks';
import type { Indicator, MoneyItem, TargetTable } from '../model';
import type { ParsedTarget } from '../target';
import { compact } from '../text';
import { createRule } from './rule';
import { decimalsOf, displayLabel, inYuan, isNumber, readItem, showState, tolerance } from './shared/amounts';

const MONEY_UNITS: Record<string, number> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

export const budgetAsOutput = createRule({
  meta: {
    id: 'budget-as-output',
    severity: 'warning',
    tags: ['money', 'target'],
    description: {
      'zh-CN': '把预算资金当作产出或成本指标（如 成本指标“控制在预算成本内 250万”）：预算是投入，不是产出目标',
      'en-US': 'The budget used as an output or cost target (e.g. "控制在预算成本内 250万"): money is an input, not an output',
    },
    messages: {
      equalsBudget: {
        'zh-CN': '“{name}”的指标值 {target} 就是表中的“{label}” {amount}：预算资金是投入，不是产出或成本目标；请改为可衡量的产出（完成的数量、质量）或成本指标（如单位成本 ≤N元）',
        'en-US': 'The target of "{name}" ({target}) is the table\'s "{label}" ({amount}): the budget is an input, not an output or cost target; use a measurable output (quantity, quality) or a cost indicator (e.g. unit cost ≤N元)',
      },
      budgetTarget: {
        'zh-CN': '“{name}”以预算金额 {target} 作为指标值：“控制在预算内”是投入要求，不是产出或成本目标；请改为可衡量的指标（如单位成本 ≤N元）',
        'en-US': '"{name}" has a budget amount ({target}) as its target: staying within budget is an input requirement, not an output or cost target; use a measurable indicator (e.g. unit cost ≤N元)',
      },
    },
    examples: { valid: ['成本指标 · 项目建设成本 · ≤65万元', '产出指标 · 数量指标 · 培训人次 · ≥300人次'], invalid: ['产出指标 · 成本指标 · 控制在预算成本内 · 250万'] },
  },
  check(context) {
    const table = context.table;
    for (const ind of table.indicators ?? []) {
      if (!inScope(ind, table)) continue;
      const name = compact(ind.level3 ?? '');
      if (!name || /率|节约|节省|结余|降低|下降|减少|偏差/.test(name)) continue;
      const saysBudget = /预算/.test(name);
      const saysFunds = saysBudget || /资金|经费|投资|拨款/.test(name);
      if (!saysFunds) continue;
      const amount = targetAmount(context.parsed(ind));
      if (!amount) continue;
      // A bare number under a count name (资金投入项目数 5) is a count, not an amount.
      if (amount.bare !== null && /(?:数|数量|人次|次数)$/.test(name)) continue;
      const match = matchingItem(table, amount);
      if (!match && !(saysBudget && amount.yuan !== null)) continue;
      const cells = [ind.cell];
      if (ind.levelCells?.level3 && ind.levelCells.level3 !== ind.cell) cells.push(ind.levelCells.level3);
      if (match) {
        cells.push(match.cell);
        context.report({
          messageId: 'equalsBudget',
          data: { name, target: ind.target, label: displayLabel(match.label), amount: showState(readItem(table, match)) },
          cells,
        });
      } else {
        context.report({ messageId: 'budgetTarget', data: { name, target: ind.target }, cells });
      }
    }
  },
});

/** 产出 rows (with 产出/成本 of the 2015 and Shanghai frameworks) and 成本 rows (the 2021 framework's 一级). */
function inScope(ind: Indicator, table: TargetTable): boolean {
  const k1 = categoryKey(ind.level1 ?? '');
  const k2 = categoryKey(ind.level2 ?? '');
  if (k1 === '产出' || k1 === '成本' || k2.endsWith('成本')) return true;
  if (k1) return false;
  const parents = parentsOf(ind.level2 ?? '', table.framework);
  return parents.includes('产出') || parents.includes('成本');
}

/**
 * The amount a target states: in 元 when it has a money unit (`≤65万元`) or a 万 scale (`250万`); a bare number
 * (`250`) only as written, to compare with the money block's numbers as written.
 */
function targetAmount(p: ParsedTarget): { yuan: number | null; bare: number | null; rounding: number } | null {
  if (p.kind !== 'number' || typeof p.number !== 'number' || !Number.isFinite(p.number) || p.number <= 0) return null;
  const d = decimalsOf(p.numberText ?? '');
  if (p.unit && MONEY_UNITS[p.unit]) {
    const f = MONEY_UNITS[p.unit];
    return { yuan: p.number * f, bare: null, rounding: d ? 0.5 * 10 ** -d * f : 0 };
  }
  if (p.unit) return null;
  if (p.scale) return { yuan: p.number, bare: null, rounding: d ? 0.5 * 10 ** -d * p.scale : 0 };
  return { yuan: null, bare: p.number, rounding: 0 };
}

/** The first money item whose amount the target repeats (a bare number: the total or annual amount as written). */
function matchingItem(table: TargetTable, amount: { yuan: number | null; bare: number | null; rounding: number }): MoneyItem | undefined {
  for (const item of table.money?.items ?? []) {
    const s = readItem(table, item);
    if (!isNumber(s) || s.value === 0) continue;
    if (amount.yuan !== null) {
      const y = inYuan(s);
      if (y !== null && Math.abs(y - amount.yuan) <= amount.rounding + tolerance([s])) return item;
    } else if (amount.bare !== null && (item.key === 'total' || item.key === 'annual') && Math.abs(s.value - amount.bare) <= tolerance([s])) {
      return item;
    }
  }
  return undefined;
}
