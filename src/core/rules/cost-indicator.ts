/**
 * domain.md §6.5: 成本 indicators state what the project may cost, as an amount (元/万元) with `≤` or `=`; a rate
 * (the seed's 成本 → 社会化资金发放覆盖率 ≥95%) or a floor (`≥`) is the classic mistake.
 */
import { categoryKey } from '../frameworks';
import type { Indicator } from '../model';
import { formatTarget, type ParsedTarget } from '../target';
import { createRule, type Suggestion } from './rule';
import { indicatorName, targetCells } from './shared/indicators';
import { isReverseIndicator, nameCore } from './shared/names';

export type CostCategory = '成本' | '经济成本' | '社会成本' | '生态环境成本';

/**
 * The cost category an indicator sits in: 二级 成本 (national-2015 / shanghai-2020, under 产出), or 一级 成本 with
 * 二级 经济成本 / 社会成本 / 生态环境成本 (national-2021; the 二级 alone is enough, the 一级 cell is sometimes blank).
 */
export function costCategory(ind: Indicator): CostCategory | null {
  const k2 = categoryKey(ind.level2);
  if (k2 === '经济成本' || k2 === '社会成本' || k2 === '生态环境成本' || k2 === '成本') return k2;
  if (categoryKey(ind.level1) === '成本') return '成本';
  return null;
}

/** Rates that measure cost control rather than being a rate of output: 成本控制率 ≤100% is a standard row (§7). */
export function isCostControlRate(core: string): boolean {
  return /(?:控制|节约|节省|降低|下降|执行|结余|超支|偏差|变动)率$/.test(core) || /(?:成本|费用|预算|造价|投资).*率$/.test(core);
}

/** A money amount: a unit in 元 (元, 万元, 元/人), or a bare number with a scale (`250万`, the Xiangtan style). */
export function isAmount(p: ParsedTarget): boolean {
  if (p.kind !== 'number') return false;
  return p.unit ? p.unit.includes('元') : !!p.scale;
}

export const costIndicator = createRule({
  meta: {
    id: 'cost-indicator',
    severity: 'warning',
    tags: ['target'],
    description: {
      'zh-CN': '成本指标应填写金额上限（元/万元，用 ≤ 或 =），不应是比率或“≥”；社会成本、生态环境成本可用定性等级',
      'en-US': 'A cost indicator states a cost ceiling as an amount (元/万元, with ≤ or =), not a rate or a floor (≥); social and environmental costs may use a grade',
    },
    messages: {
      rate: {
        'zh-CN': '“{name}”列在成本指标下，但指标值“{text}”是一个比率，不是成本：请填写成本上限，如“≤N万元”；比率类指标请移到质量或效益指标下',
        'en-US': '"{name}" is listed as a cost, but its target "{text}" is a rate, not a cost: state the cost ceiling, e.g. "≤N万元", and move rates to 质量 or 效益',
      },
      notAmount: {
        'zh-CN': '“{name}”列在{category}指标下，但指标值“{text}”不是金额：请填写成本上限，如“≤N万元”“≤N元/人”',
        'en-US': '"{name}" is listed under {category}, but its target "{text}" is not an amount: state the cost ceiling, e.g. "≤N万元", "≤N元/人"',
      },
      atLeast: {
        'zh-CN': '“{name}”是成本指标，指标值“{text}”却用了“≥”（下限）：成本应是上限，请用“≤”或“=”；若这是产出或效益，请移到相应指标下',
        'en-US': '"{name}" is a cost, but its target "{text}" is a floor (≥): a cost is a ceiling, so use "≤" or "="; if it is an output or a benefit, move it there',
      },
      useAtMost: { 'zh-CN': '改为“{value}”', 'en-US': 'Change to "{value}"' },
    },
    hasSuggestions: true,
    examples: {
      valid: ['项目建设成本 ≤65万元', '成本控制率 ≤100%', '文明施工情况 可控 (生态环境成本)', '控制在预算成本内 250万'],
      invalid: ['社会化资金发放覆盖率 >=95%', '项目建设成本 ≥65万元', '培训人数 ≥200人 (成本)'],
    },
  },
  check(context) {
    for (const ind of context.table.indicators) {
      const category = costCategory(ind);
      if (!category) continue;
      const p = context.parsed(ind);
      if (!['number', 'percent', 'grade', 'period', 'deadline'].includes(p.kind)) continue; // other rules' findings
      const name = indicatorName(ind);
      const core = nameCore(name);
      const data = { name, text: ind.target };
      const cells = targetCells(ind);
      const economic = category === '成本' || category === '经济成本';
      const controlRate = isCostControlRate(core);
      if (controlRate && (p.kind === 'percent' || p.kind === 'grade')) continue;
      if (economic && p.kind === 'percent') {
        context.report({ messageId: 'rate', data, cells });
        continue;
      }
      // A floor on a row marked 反向 is satisfaction-target's reverse-indicator finding.
      if ((p.operator === '≥' || p.operator === '>') && !isReverseIndicator(ind)) {
        context.report({ messageId: 'atLeast', data, cells, suggestions: isAmount(p) ? atMost(ind, p) : [] });
        continue;
      }
      // Social and environmental costs may be non-money quantities (占地 ≤N亩) or grades (文明施工情况 可控).
      if (!economic) continue;
      if (p.kind === 'number' && (isAmount(p) || !p.unit)) continue; // a bare number is in the table's money unit
      context.report({ messageId: 'notAmount', data: { ...data, category }, cells });
    }
  },
});

function atMost(ind: Indicator, p: ParsedTarget): Suggestion<'useAtMost'>[] {
  if (ind.split) {
    const cell = ind.split.operatorCell;
    return cell ? [{ messageId: 'useAtMost', data: { value: formatTarget({ ...p, operator: '≤' }) }, edits: [{ cell, expected: ind.split.operator, value: '≤' }] }] : [];
  }
  const value = formatTarget({ ...p, operator: '≤' });
  return [{ messageId: 'useAtMost', data: { value }, edits: [{ cell: ind.cell, expected: ind.target, value }] }];
}
