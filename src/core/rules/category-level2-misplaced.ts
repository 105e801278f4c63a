/**
 * domain.md §6.10: a 二级 that belongs to another 一级 of the detected framework (满意度 under 产出; the Xiangtan
 * table's 社会公众或服务对象满意度指标 under 效益指标). Moving rows is structural, so there is no fix.
 */
import { belongsUnder, categoryLabel, parentsOf } from '../frameworks';
import { createRule } from './rule';

export const categoryLevel2Misplaced = createRule({
  meta: {
    id: 'category-level2-misplaced',
    severity: 'error',
    tags: ['structure'],
    description: {
      'zh-CN': '二级指标放在了不属于它的一级指标下（如满意度指标放在产出指标或效益指标下）：评审会退回',
      'en-US': 'A 二级 category under a 一级 it does not belong to in the framework (满意度 under 产出 or 效益): a reviewer sends the table back',
    },
    messages: {
      misplaced: {
        'zh-CN': '二级指标“{level2}”属于“{parent}”，不应放在一级指标“{level1}”下：请把这些行移到“{parent}”下',
        'en-US': 'The 二级 category "{level2}" belongs under "{parent}", not under the 一级 "{level1}": move these rows under "{parent}"',
      },
    },
    examples: { valid: ['满意度指标 / 服务对象满意度指标'], invalid: ['效益指标 / 社会公众或服务对象满意度指标', '产出指标 / 经济效益指标'] },
  },
  check(context) {
    const table = context.table;
    if (table.framework === 'unknown') return;
    const seen = new Set<string>();
    for (const ind of table.indicators) {
      if (!ind.level1 || !ind.level2) continue;
      if (belongsUnder(ind.level1, ind.level2, table.framework) !== false) continue;
      const key = `${ind.levelCells.level2 ?? ind.level2}|${ind.levelCells.level1 ?? ind.level1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const parents = parentsOf(ind.level2, table.framework);
      if (parents.length === 0) continue;
      const cells = [...new Set([ind.levelCells.level2, ind.levelCells.level1].filter((c): c is string => !!c))];
      context.report({
        messageId: 'misplaced',
        data: { level2: ind.level2, level1: ind.level1, parent: parents.map((p) => categoryLabel(p, table.framework)).join('或') },
        cells: cells.length ? cells : [ind.cell],
      });
    }
  },
});
