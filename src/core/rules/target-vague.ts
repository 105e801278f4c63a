/** domain.md §6.8: vague outcome wording (进一步提高, 明显改善, 有效促进) or an approximate number (约95%, 200余人). */
import { createRule } from './rule';
import { indicatorName, targetCells } from './shared/indicators';

export const targetVague = createRule({
  meta: {
    id: 'target-vague',
    severity: 'warning',
    tags: ['target'],
    description: {
      'zh-CN': '指标值是模糊表述（进一步提高、明显改善、有效促进）或约数（约95%、200余人），无法衡量',
      'en-US': 'The target is vague wording (进一步提高, 明显改善, 有效促进) or an approximate number (约95%, 200余人): it cannot be measured',
    },
    messages: {
      vague: {
        'zh-CN': '“{name}”的指标值“{text}”中的“{phrase}”是模糊表述，无法衡量：请写明可衡量的目标，如“≥95%”或“较上年提高5个百分点”',
        'en-US': 'The target of "{name}" ("{text}") uses the vague wording "{phrase}", which cannot be measured: state a measurable target, e.g. "≥95%" or "较上年提高5个百分点"',
      },
      approximate: {
        'zh-CN': '“{name}”的指标值“{text}”是约数：请填写确切的指标值，并用“≥”“≤”或“=”写明是下限、上限还是确切值',
        'en-US': 'The target of "{name}" ("{text}") is approximate: state the exact value, with "≥", "≤" or "=" for a floor, a ceiling or an exact amount',
      },
    },
    examples: { valid: ['≥95%', '提升', '良好'], invalid: ['进一步提高', '明显改善', '有效促进', '约95%', '200余人'] },
  },
  check(context) {
    for (const ind of context.table.indicators) {
      const p = context.parsed(ind);
      if (p.kind !== 'text') continue;
      const data = { name: indicatorName(ind), text: ind.target };
      const vague = p.problems.find((x) => x.id === 'vague-wording');
      if (vague) {
        context.report({ messageId: 'vague', data: { ...data, phrase: String(vague.data.phrase ?? '') }, cells: targetCells(ind) });
      } else if (p.problems.some((x) => x.id === 'approximate-number')) {
        context.report({ messageId: 'approximate', data, cells: targetCells(ind) });
      }
    }
  },
});
