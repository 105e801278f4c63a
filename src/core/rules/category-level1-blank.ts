/**
 * domain.md §6.11: a 三级 row whose 一级 cell is blank and cannot be inherited (the Putuo 2026 table's 成本 row:
 * 生态环境成本指标 with an empty 一级 cell). The 一级 its 二级 belongs to is suggested, not written: the writer may
 * prefer to merge the cell with another category instead.
 */
import { categoryLabel, parentsOf } from '../frameworks';
import type { Indicator } from '../model';
import { columnOf } from './category-level1-missing';
import { createRule } from './rule';

export const categoryLevel1Blank = createRule({
  meta: {
    id: 'category-level1-blank',
    severity: 'warning',
    tags: ['structure'],
    description: {
      'zh-CN': '指标行的一级指标为空，无法判断它属于哪一类：请填写一级指标',
      'en-US': 'An indicator row whose 一级 cell is blank, so its category is unclear: fill in the 一级',
    },
    hasSuggestions: true,
    messages: {
      blankWithParent: {
        'zh-CN': '二级指标“{level2}”所在行的一级指标为空：它属于“{parent}”，请在一级指标栏填写“{parent}”',
        'en-US': 'The 一级 cell of the row of 二级 "{level2}" is blank: it belongs under "{parent}"; write "{parent}" in the 一级 column',
      },
      blank: {
        'zh-CN': '二级指标“{level2}”所在行的一级指标为空：请填写它所属的一级指标',
        'en-US': 'The 一级 cell of the row of 二级 "{level2}" is blank: fill in the 一级 category it belongs to',
      },
      fill: { 'zh-CN': '一级指标填写“{parent}”', 'en-US': 'Write "{parent}" as the 一级' },
    },
    examples: { valid: ['成本指标 / 生态环境成本指标 / 文明施工情况'], invalid: ['(blank) / 生态环境成本指标 / 文明施工情况'] },
  },
  check(context) {
    const table = context.table;
    // A layout without a 一级 column leaves every row blank: nothing to report.
    const labelled = table.indicators.filter((i) => i.level1);
    if (labelled.length === 0 && !table.emptyGroups.some((g) => g.level1)) return;
    // The 一级 column, when all 一级 labels sit in one column: the blank cell of a row is there.
    const columns = new Set(labelled.map((i) => i.levelCells.level1).filter((c): c is string => !!c).map(columnOf));
    const column = columns.size === 1 ? [...columns][0] : null;
    const groups = new Map<string, Indicator[]>();
    for (const ind of table.indicators) {
      if (ind.level1 || !ind.level2) continue;
      const key = ind.levelCells.level2 ?? ind.cell;
      groups.set(key, [...(groups.get(key) ?? []), ind]);
    }
    for (const [key, rows] of groups) {
      const level2 = rows[0].level2;
      const parents = parentsOf(level2, table.framework);
      if (parents.length !== 1) {
        context.report({ messageId: 'blank', data: { level2 }, cells: [key] });
        continue;
      }
      const parent = categoryLabel(parents[0], table.framework);
      const blanks = column ? [...new Set(rows.map((r) => `${column}${r.row + 1}`))] : [];
      context.report({
        messageId: 'blankWithParent',
        data: { level2, parent },
        cells: [...blanks, key],
        ...(blanks.length ? { suggestions: [{ messageId: 'fill', data: { parent }, edits: blanks.map((cell) => ({ cell, expected: '', value: parent })) }] } : {}),
      });
    }
  },
});
