/** domain.md §6.11: an indicator with no 二级 category (the recogniser found no 二级 label to inherit). */
import { createRule } from './rule';

export const indicatorLevel2Missing = createRule({
  meta: {
    id: 'indicator-level2-missing',
    severity: 'warning',
    tags: ['structure'],
    description: {
      'zh-CN': '三级指标没有对应的二级指标：无法判断它属于数量、质量、时效还是效益等哪一类',
      'en-US': 'A 三级 indicator with no 二级 category: it is unclear whether it is a quantity, quality, timeliness, benefit … indicator',
    },
    messages: {
      noLevel2: {
        'zh-CN': '三级指标“{name}”没有二级指标：请在二级指标栏填写它所属的类别（如数量指标、质量指标、社会效益指标）',
        'en-US': 'The 三级 indicator "{name}" has no 二级 category: fill in its category in the 二级 column (e.g. 数量指标, 质量指标, 社会效益指标)',
      },
    },
    examples: { valid: ['产出指标 / 数量指标 / 培训人次'], invalid: ['产出指标 / (blank) / 培训人次'] },
  },
  check(context) {
    const table = context.table;
    // A layout without a 二级 column leaves every row without one: nothing to report.
    if (!table.indicators.some((i) => i.level2) && !table.emptyGroups.some((g) => g.level2)) return;
    const seen = new Set<string>();
    for (const ind of table.indicators) {
      if (ind.level2 || (!ind.level3 && !ind.target.trim())) continue;
      // One report per row, however many value columns it has.
      const cell = ind.levelCells.level3 ?? ind.cell;
      if (seen.has(cell)) continue;
      seen.add(cell);
      context.report({ messageId: 'noLevel2', data: { name: ind.level3 || ind.target }, cells: [cell] });
    }
  },
});
