/**
 * domain.md §6.6: 满意度 targets are floors (`≥90%`) or a satisfaction grade (满意, 良好); reverse indicators (反向:
 * 投诉率, 事故发生率, or marked 反向指标) are ceilings (`≤`).
 */
import type { Indicator } from '../model';
import { formatTarget, type Operator, type ParsedTarget } from '../target';
import { createRule, type Suggestion } from './rule';
import { indicatorName, targetCells } from './shared/indicators';
import { isReverseIndicator, isSatisfactionName, nameCore, withUnit } from './shared/names';

/** Grades that state a level of satisfaction (with a degree word: 基本满意, 较满意, 非常满意). */
const SATISFACTION_GRADE = /^(?:比较|较为|非常|十分|基本|总体|较|很)?(?:满意|良好|优良|优秀|好|高|达标|合格)$/;

function replaceOperator(ind: Indicator, p: ParsedTarget, op: Operator): Suggestion<'changeTo'>[] {
  const value = formatTarget({ ...p, operator: op });
  if (ind.split) {
    const cell = ind.split.operatorCell;
    return cell ? [{ messageId: 'changeTo', data: { value }, edits: [{ cell, expected: ind.split.operator, value: op }] }] : [];
  }
  return [{ messageId: 'changeTo', data: { value }, edits: [{ cell: ind.cell, expected: ind.target, value }] }];
}

export const satisfactionTarget = createRule({
  meta: {
    id: 'satisfaction-target',
    severity: 'warning',
    tags: ['target'],
    description: {
      'zh-CN': '满意度指标应写“≥”加百分比（如 ≥90%）或满意等级；反向指标（投诉率、事故发生率等）应写“≤”',
      'en-US': 'A satisfaction target is a floor with a percentage (e.g. ≥90%) or a satisfaction grade; a reverse indicator (投诉率, 事故发生率 …) is a ceiling (≤)',
    },
    messages: {
      satisfactionAtMost: {
        'zh-CN': '“{name}”是满意度指标，指标值“{text}”却是上限：满意度应写下限，如“≥90%”',
        'en-US': '"{name}" is a satisfaction rate, but its target "{text}" is a ceiling: state a floor, e.g. "≥90%"',
      },
      satisfactionExact: {
        'zh-CN': '“{name}”是满意度指标，指标值“{text}”要求恰好等于该值：满意度应写下限，如“≥90%”',
        'en-US': '"{name}" is a satisfaction rate, but its target "{text}" asks for an exact value: state a floor, e.g. "≥90%"',
      },
      satisfactionNotPercent: {
        'zh-CN': '“{name}”是满意度指标，指标值“{text}”既不是百分比也不是满意等级：请填写如“≥90%”，或“满意”“良好”等等级',
        'en-US': '"{name}" is a satisfaction rate, but its target "{text}" is neither a percentage nor a satisfaction grade: write e.g. "≥90%", or a grade such as "满意", "良好"',
      },
      reverseAtLeast: {
        'zh-CN': '“{name}”是反向指标（越低越好），指标值“{text}”却用了“≥”：请改为上限，如“≤{value}”',
        'en-US': '"{name}" is a reverse indicator (lower is better), but its target "{text}" is a floor (≥): state a ceiling, e.g. "≤{value}"',
      },
      changeTo: { 'zh-CN': '改为“{value}”', 'en-US': 'Change to "{value}"' },
    },
    hasSuggestions: true,
    examples: {
      valid: ['服务对象满意度 ≥90%', '离休干部满意度 满意', '投诉率 ≤5%'],
      invalid: ['服务对象满意度 ≤90%', '服务对象满意度 =95%', '服务对象满意度 ≥200人', '安全事故发生率 ≥1%'],
    },
  },
  check(context) {
    for (const ind of context.table.indicators) {
      const p = context.parsed(ind);
      const name = indicatorName(ind);
      const core = nameCore(name);
      const data = { name, text: ind.target };
      const cells = targetCells(ind);
      const n = p.number;
      if (isSatisfactionName(core)) {
        switch (p.kind) {
          case 'percent':
            if (p.operator === '≤' || p.operator === '<') {
              context.report({ messageId: 'satisfactionAtMost', data, cells, suggestions: n !== undefined && n < 100 ? replaceOperator(ind, p, '≥') : [] });
            } else if (p.operator === '=') {
              context.report({ messageId: 'satisfactionExact', data, cells, suggestions: n !== undefined && n < 100 && n > 0 ? replaceOperator(ind, p, '≥') : [] });
            }
            break;
          case 'grade':
            if (!SATISFACTION_GRADE.test(p.grade ?? '')) context.report({ messageId: 'satisfactionNotPercent', data, cells });
            break;
          case 'number': {
            if (p.unit === '分') break; // a satisfaction score (测评得分 ≥90分)
            if (p.unit === '‰' || p.unit === '个百分点') break;
            const bare = !p.unit && !p.scale && n !== undefined && n > 1 && n <= 100;
            const suggestions: Suggestion<'changeTo'>[] = [];
            if (bare && !ind.split) {
              const value = withUnit(ind, p, '%');
              suggestions.push({ messageId: 'changeTo', data: { value }, edits: [{ cell: ind.cell, expected: ind.target, value }] });
            } else if (bare && ind.split?.unitCell) {
              suggestions.push({ messageId: 'changeTo', data: { value: withUnit(ind, p, '%') }, edits: [{ cell: ind.split.unitCell, expected: ind.split.unit, value: '%' }] });
            }
            context.report({ messageId: 'satisfactionNotPercent', data, cells, suggestions });
            break;
          }
          case 'period':
          case 'deadline':
            context.report({ messageId: 'satisfactionNotPercent', data, cells });
            break;
          default:
            break; // text, placeholders and blanks are other rules' findings
        }
        continue;
      }
      if (isReverseIndicator(ind) && (p.kind === 'percent' || p.kind === 'number') && (p.operator === '≥' || p.operator === '>')) {
        const ceiling = formatTarget({ ...p, operator: undefined, operatorMissing: true });
        // `≤0%` would be degenerate: a zero ceiling is `=0`.
        const op: Operator = n === 0 ? '=' : '≤';
        context.report({ messageId: 'reverseAtLeast', data: { ...data, value: ceiling }, cells, suggestions: replaceOperator(ind, p, op) });
      }
    }
  },
});
