/**
 * domain.md §6.4: a rate name (…率, …比例, 知晓度) with a value that is not a percentage, or a count name (…数量,
 * …人次) with a percentage. The last suffix of the name decides: 课时比例 is a rate, 课程数量达标率 is a rate too.
 */
import { createRule } from './rule';
import { indicatorName, targetCells } from './shared/indicators';
import { isProportionUnit, nameCore, nameKind, withUnit } from './shared/names';

export const targetKindMismatch = createRule({
  meta: {
    id: 'target-kind-mismatch',
    severity: 'warning',
    tags: ['target'],
    description: {
      'zh-CN': '指标名称与指标值的类型不符：比率类名称（…率、…比例、知晓度）的值不是百分比，或数量类名称（…数、…数量、…人次）的值是百分比',
      'en-US': 'The name and the value disagree: a rate name (…率, …比例, 知晓度) with a value that is not a percentage, or a count name (…数, …数量, …人次) with a percentage',
    },
    messages: {
      rateNotPercent: {
        'zh-CN': '“{name}”是比率类指标，指标值“{text}”却不是百分比：请改为百分比（如“≥95%”），或修改指标名称',
        'en-US': '"{name}" is a rate, but its target "{text}" is not a percentage: state a percentage (e.g. "≥95%") or rename the indicator',
      },
      rateWithoutPercent: {
        'zh-CN': '“{name}”是比率类指标，指标值“{text}”缺少“%”：请补上百分号',
        'en-US': '"{name}" is a rate, but its target "{text}" has no "%": add the percent sign',
      },
      countIsPercent: {
        'zh-CN': '“{name}”是数量类指标，指标值“{text}”却是百分比：请填写数量和单位（如“≥200人”），或把名称改为比率（如“…完成率”）',
        'en-US': '"{name}" is a count, but its target "{text}" is a percentage: state the number with its unit (e.g. "≥200人") or rename it as a rate (e.g. "…完成率")',
      },
      addPercent: { 'zh-CN': '改为“{value}”', 'en-US': 'Change to "{value}"' },
    },
    hasSuggestions: true,
    examples: { valid: ['课时比例 70%', '课程数量达标率 =100%', '培训人数 ≥200人'], invalid: ['知晓率 ≥200人', '合格率 ≥95', '培训人数 ≥95%'] },
  },
  check(context) {
    for (const ind of context.table.indicators) {
      const p = context.parsed(ind);
      const name = indicatorName(ind);
      const kind = nameKind(nameCore(name));
      const data = { name, text: ind.target };
      const cells = targetCells(ind);
      if (kind === 'rate') {
        if (p.kind === 'percent') continue;
        if (p.kind === 'number') {
          if (isProportionUnit(p.unit)) continue;
          if (!p.unit && !p.scale) {
            if (p.number === 0) continue; // 0 is 0 in any unit
            const n = p.number ?? 0;
            const suggestions =
              n > 1 && n <= 100
                ? ind.split
                  ? ind.split.unitCell
                    ? [{ messageId: 'addPercent' as const, data: { value: withUnit(ind, p, '%') }, edits: [{ cell: ind.split.unitCell, expected: ind.split.unit, value: '%' }] }]
                    : []
                  : [{ messageId: 'addPercent' as const, data: { value: withUnit(ind, p, '%') }, edits: [{ cell: ind.cell, expected: ind.target, value: withUnit(ind, p, '%') }] }]
                : [];
            context.report({ messageId: 'rateWithoutPercent', data, cells, suggestions });
            continue;
          }
          context.report({ messageId: 'rateNotPercent', data, cells });
        } else if (p.kind === 'grade' || p.kind === 'period' || p.kind === 'deadline') {
          context.report({ messageId: 'rateNotPercent', data, cells });
        }
      } else if (kind === 'count' && p.kind === 'percent') {
        context.report({ messageId: 'countIsPercent', data, cells });
      }
    }
  },
});
