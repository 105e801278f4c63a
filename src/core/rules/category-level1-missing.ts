/**
 * domain.md §6.9: every 一级 of the detected framework has at least one filled 三级, and 产出 has a 数量 row.
 * A 一级 entirely absent (no row at all: a cut-off block) is reported by the recogniser as
 * `indicator-block-incomplete`; this rule covers a 一级 that is there (as a label or as empty category rows) but
 * has no 三级 filled in.
 */
import { categoryKey, categoryLabel } from '../frameworks';
import { frameworkOf, level1Rows } from '../categories';
import { createRule } from './rule';

/** Column letters of an A1 address. */
export function columnOf(cell: string): string {
  return /^[A-Z]+/.exec(cell)?.[0] ?? '';
}

const unique = (cells: (string | undefined)[]): string[] => [...new Set(cells.filter((c): c is string => !!c))];

export const categoryLevel1Missing = createRule({
  meta: {
    id: 'category-level1-missing',
    severity: 'error',
    tags: ['structure'],
    description: {
      'zh-CN': '框架中的每个一级指标至少要有一个已填写的三级指标，产出指标须有数量指标：缺少时评审会退回',
      'en-US': 'Every 一级 category of the framework has at least one filled 三级 indicator, and 产出 has a 数量 row: a reviewer sends the table back otherwise',
    },
    messages: {
      level1Empty: {
        'zh-CN': '一级指标“{level1}”下没有填写任何三级指标：请至少填写一个三级指标及其指标值',
        'en-US': 'The 一级 category "{level1}" has no 三级 indicator filled in: add at least one indicator with its target',
      },
      quantityMissing: {
        'zh-CN': '“{level1}”下没有数量指标：产出指标应包含数量指标（如“培训人次 ≥200人次”），请补充',
        'en-US': '"{level1}" has no 数量 (quantity) indicator: outputs must include a quantity indicator (e.g. "培训人次 ≥200人次"); add one',
      },
    },
    examples: { valid: ['产出指标 / 数量指标 / 培训人次 / ≥200人次'], invalid: ['效益指标 / 社会效益指标 / (blank) / (blank)', '产出指标 / 质量指标 only'] },
  },
  check(context) {
    const table = context.table;
    const def = frameworkOf(table);
    if (!def || table.indicators.length === 0) return;
    // A layout without a 三级 column names no indicators: nothing to count.
    if (!table.indicators.some((i) => i.level3)) return;
    const rows = level1Rows(table, def);
    const incomplete = rows.some((r) => r.indicators.length === 0 && r.groups.length === 0);
    for (const r of rows) {
      if (r.indicators.length === 0 && r.groups.length === 0) continue; // absent: the recogniser reports it
      const level1 = categoryLabel(r.name, table.framework);
      if (!r.indicators.some((i) => i.level3)) {
        const cells = unique([...r.groups.map((g) => g.cell), ...r.indicators.map((i) => i.levelCells.level3 ?? i.cell)]);
        context.report({ messageId: 'level1Empty', data: { level1 }, cells });
        continue;
      }
      const level2 = def.level1.find((l) => l.name === r.name)?.level2 ?? [];
      if (r.name !== '产出' || !level2.includes('数量')) continue;
      const isQuantity = (x: { level2: string }) => categoryKey(x.level2) === '数量';
      if (r.indicators.some((i) => i.level3 && isQuantity(i))) continue;
      // Point where the quantity rows belong: an unfilled 数量 row, else the 产出 label.
      const emptyQuantity = r.groups.filter(isQuantity).map((g) => g.cell);
      const labels = unique(r.indicators.map((i) => i.levelCells.level1));
      const cells = emptyQuantity.length ? emptyQuantity : labels.length ? labels : unique([r.indicators[0].levelCells.level2 ?? r.indicators[0].cell]);
      // On a block the recogniser reports as incomplete the 数量 rows may be in the part that is missing.
      context.report({ messageId: 'quantityMissing', data: { level1 }, cells, ...(incomplete ? { severity: 'warning' as const } : {}) });
    }
  },
});
