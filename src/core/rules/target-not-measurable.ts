/**
 * domain.md §6.1: free text that is neither a value nor a grade (`按合同约定完成`). A warning, not an error: text can
 * state a target a reviewer accepts; vague wording and approximate numbers are target-vague's.
 */
import { hanOr } from '../han';
import { toHalfWidth } from '../text';
import { createRule } from './rule';
import { indicatorName, isRangeText, targetCells } from './shared/indicators';

/**
 * Text a reviewer reads as a checkable yes/no target: no incident (`无重大安全事故`, `零投诉`, `未发生…`) or
 * conformance with a stated standard (`符合国家标准`, `达到设计要求`, `通过竣工验收`).
 */
const CHECKABLE_TEXT = [
  new RegExp(`^(?:无|零|未发生|不发生|杜绝)${hanOr('A-Za-z')}{0,12}$`),
  /^(?:全部|全面|全额|足额|按时|按期|如期|及时|已)(?:完成|到位|发放|拨付|落实|达标|覆盖|实现)$/u,
  // Short qualitative grades the parser's GRADES do not list (合规, 公开, 齐全 …).
  /^(?:基本|总体|较为|较)?(?:合规|合法|公开|透明|公平|公正|高效|便捷|明确|齐全|完备|完整|可行|落实|正常运行|运行正常|有效运行)$/u,
  new RegExp(`^(?:符合|达到|满足)${hanOr('A-Za-z0-9')}{0,16}(?:标准|要求|规定|规范)$`),
  new RegExp(`^(?:通过|完成)${hanOr()}{0,8}验收$`),
];

export const targetNotMeasurable = createRule({
  meta: {
    id: 'target-not-measurable',
    severity: 'warning',
    tags: ['target'],
    description: {
      'zh-CN': '指标值是一段文字，既不是数值也不是常用等级，难以衡量是否完成',
      'en-US': 'The target is free text, neither a value nor a usual grade: hard to tell whether it was met',
    },
    messages: {
      notMeasurable: {
        'zh-CN': '“{name}”的指标值“{text}”是文字描述，无法衡量：请改为数值（如“≥95%”“≥200人”）或等级（如“良好”“达标”）',
        'en-US': 'The target of "{name}" ("{text}") is a description that cannot be measured: state a value (e.g. "≥95%", "≥200人") or a grade (e.g. "良好", "达标")',
      },
    },
    examples: { valid: ['≥95%', '良好', '2023.07-2024.01', '无重大安全事故', '符合国家标准'], invalid: ['按合同约定完成', '≥上年水平'] },
  },
  check(context) {
    for (const ind of context.table.indicators) {
      const p = context.parsed(ind);
      if (p.kind !== 'text' || p.problems.length > 0) continue;
      const text = ind.target.replace(/\s+/g, '');
      if (CHECKABLE_TEXT.some((re) => re.test(text)) || isRangeText(text)) continue; // a range: target-malformed
      // A value followed by words (`100%完成`, `≥95%（含）`) states a measurable target; the parser reads it as text.
      if (/^[≥≤=<>]?\d+(?:\.\d+)?%?/.test(toHalfWidth(text))) continue;
      context.report({ messageId: 'notMeasurable', data: { name: indicatorName(ind), text: ind.target }, cells: targetCells(ind) });
    }
  },
});
