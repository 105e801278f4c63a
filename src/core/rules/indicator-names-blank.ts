/**
 * A table whose 三级 names are all blank (a template filled in everywhere but the names): no reviewer can tell what
 * is measured, so the table is not ready to send.
 */
import { cellAddress } from '../address';
import { createRule } from './rule';

export const indicatorNamesBlank = createRule({
  meta: {
    id: 'indicator-names-blank',
    severity: 'error',
    tags: ['structure'],
    description: {
      'zh-CN': '三级指标名称全部为空：看不出每个指标值衡量的是什么',
      'en-US': 'Every 三级 indicator name is blank: nothing says what each target measures',
    },
    messages: {
      allBlank: {
        'zh-CN': '三级指标名称全部未填写（{count} 行有指标值）：请为每一行写明指标名称',
        'en-US': 'No 三级 indicator name is filled in ({count} rows have targets): name each indicator',
      },
    },
    examples: { valid: ['产出指标 / 数量指标 / 培训人次 / ≥280人次'], invalid: ['产出指标 / 数量指标 / (blank) / ≥280人次'] },
  },
  check(context) {
    const table = context.table;
    const col = table.indicatorBlocks?.[0]?.columns[0]?.level3;
    // Only a layout with a 三级 column can leave it blank.
    if (col === undefined || table.indicators.length === 0 || table.indicators.some((i) => i.level3)) return;
    const rows = [...new Set(table.indicators.filter((i) => i.target.trim()).map((i) => i.row))];
    if (rows.length === 0) return;
    context.report({ messageId: 'allBlank', data: { count: rows.length }, cells: rows.map((r) => cellAddress(r, col)) });
  },
});
