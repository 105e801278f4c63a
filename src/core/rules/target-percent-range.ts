/**
 * domain.md §6.3: a percentage outside 0–100%, or `≥100%` / `≤0%`, which can only mean `=100%` / `=0%`. Growth and
 * change rates (增长率 ≥120%, 降低率 -5%) may leave the range and are not reported.
 */
import { createRule, type Suggestion } from './rule';
import { indicatorName, targetCells } from './shared/indicators';
import { nameCore } from './shared/names';

/** Names of changes and ratios, which may exceed 100% or go below 0 (增长率, 同比, 投入产出比, 回报率). */
const CHANGE_NAME = /增长|增幅|增速|增加|增量|提高|提升|下降|降低|减少|降幅|变化|变动|增减|同比|环比|比上年|较上年|收益|回报|利润|带动|超额|(?:^|[^占分])比$|比值/;

export const targetPercentRange = createRule({
  meta: {
    id: 'target-percent-range',
    severity: 'warning',
    tags: ['target'],
    description: {
      'zh-CN': '百分比超出 0–100%，或写成“≥100%”“≤0%”（实际只能等于 100% / 0%）',
      'en-US': 'A percentage outside 0–100%, or "≥100%" / "≤0%" (which can only mean =100% / =0%)',
    },
    messages: {
      outOfRange: {
        'zh-CN': '“{name}”的指标值“{text}”超出 0–100% 的范围：比率不会超过 100% 或低于 0，请检查数值',
        'en-US': 'The target of "{name}" ("{text}") is outside 0–100%: a rate cannot exceed 100% or go below 0, so check the number',
      },
      degenerate: {
        'zh-CN': '“{name}”的指标值“{text}”：比率不能超过 100% 或低于 0，“≥100%”“≤0%”实际只能是“{fix}”，请改为“{fix}”',
        'en-US': 'The target of "{name}" ("{text}"): a rate cannot exceed 100% or go below 0, so "≥100%" / "≤0%" can only mean "{fix}"; write "{fix}"',
      },
      useExact: { 'zh-CN': '改为“{value}”', 'en-US': 'Change to "{value}"' },
    },
    hasSuggestions: true,
    examples: { valid: ['=100%', '≥95%', '≤100% (成本控制率)', '增长率 ≥120%'], invalid: ['≥100%', '≤0%', '120%', '>100%'] },
  },
  check(context) {
    for (const ind of context.table.indicators) {
      const p = context.parsed(ind);
      if (p.kind !== 'percent') continue;
      const name = indicatorName(ind);
      if (CHANGE_NAME.test(nameCore(name))) continue;
      const data = { name, text: ind.target };
      const cells = targetCells(ind);
      if (p.problems.some((x) => x.id === 'percent-out-of-range')) {
        context.report({ messageId: 'outOfRange', data, cells });
        continue;
      }
      const degenerate = p.problems.find((x) => x.id === 'degenerate-percent');
      if (!degenerate) continue;
      const fix = String(degenerate.data.fix ?? '');
      const suggestions: Suggestion<'useExact'>[] = [];
      if (!ind.split) {
        suggestions.push({ messageId: 'useExact', data: { value: fix }, edits: [{ cell: ind.cell, expected: ind.target, value: fix }] });
      } else if (ind.split.operatorCell) {
        suggestions.push({ messageId: 'useExact', data: { value: fix }, edits: [{ cell: ind.split.operatorCell, expected: ind.split.operator, value: '=' }] });
      }
      context.report({ messageId: 'degenerate', data: { ...data, fix }, cells, suggestions });
    }
  },
});
