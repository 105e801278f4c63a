/**
 * domain.md §6.10: a 一级 or 二级 label found in no known framework. Never an error: local variants exist; the
 * reviewer only needs to know the categories could not be checked against a framework.
 */
import { FRAMEWORKS, categoryKey } from '../frameworks';
import { createRule } from './rule';

/** Categories of the 中央预算内投资计划绩效目标表 (domain.md §4), known though not a framework of their own. */
const INVESTMENT = ['实施效果', '过程管理', '产出', '效益', '满意度', '计划管理', '资金管理', '项目管理', '监督检查'];

const KNOWN = new Set<string>([...INVESTMENT, ...FRAMEWORKS.flatMap((f) => f.level1.flatMap((l) => [l.name, ...l.level2]))]);

/** True when a category label names a category of some framework (after categoryKey's normalisation). */
export function isKnownCategory(label: string): boolean {
  return KNOWN.has(categoryKey(label));
}

export const categoryUnknown = createRule({
  meta: {
    id: 'category-unknown',
    severity: 'info',
    tags: ['structure'],
    description: {
      'zh-CN': '一级或二级指标名称不属于任何已知的指标体系（财预〔2015〕88号、财预〔2021〕101号、上海2020版）：无法按体系检查',
      'en-US': 'A 一级 or 二级 label that belongs to no known framework (national 2015, national 2021, Shanghai 2020): it cannot be checked against one',
    },
    messages: {
      frameworkUnknown: {
        'zh-CN': '指标体系无法识别（一级指标：{labels}）：不属于常用的指标体系，结构检查只做了一部分，请确认是否使用了规定的模板',
        'en-US': 'Unknown indicator framework (一级: {labels}): it is none of the usual frameworks, so structure checks were partial; check that the prescribed template was used',
      },
      level1Unknown: {
        'zh-CN': '一级指标“{label}”不是常用指标体系中的指标类别：请核对名称是否正确',
        'en-US': 'The 一级 label "{label}" is not a category of any usual framework: check the name',
      },
      level2Unknown: {
        'zh-CN': '二级指标“{label}”不是常用指标体系中的二级指标：请核对名称是否正确',
        'en-US': 'The 二级 label "{label}" is not a 二级 category of any usual framework: check the name',
      },
    },
    examples: { valid: ['产出指标 / 数量指标', '效果目标 / 经济效益'], invalid: ['过程指标 / 组织管理'] },
  },
  check(context) {
    const table = context.table;
    const labels = (level: 'level1' | 'level2') => {
      const byKey = new Map<string, { label: string; cells: Set<string> }>();
      for (const x of table.indicators) {
        const label = x[level];
        if (!label || !categoryKey(label)) continue;
        const k = categoryKey(label);
        const e = byKey.get(k) ?? { label, cells: new Set<string>() };
        e.cells.add(x.levelCells[level] ?? x.cell);
        byKey.set(k, e);
      }
      for (const g of table.emptyGroups) {
        const label = g[level];
        if (!label || !categoryKey(label)) continue;
        const k = categoryKey(label);
        const e = byKey.get(k) ?? { label, cells: new Set<string>() };
        if (e.cells.size === 0) e.cells.add(g.cell);
        byKey.set(k, e);
      }
      return [...byKey.entries()];
    };
    const unknown = (level: 'level1' | 'level2') => labels(level).filter(([k]) => !KNOWN.has(k));
    if (table.framework === 'unknown' && table.form !== 'investment') {
      // Known labels in an unknown mixture are left to the pairs check; only tables with unknown labels are reported.
      if (unknown('level1').length === 0 && unknown('level2').length === 0) return;
      const level1 = labels('level1');
      const shown = level1.length ? level1 : labels('level2');
      if (shown.length === 0) return;
      context.report({
        messageId: 'frameworkUnknown',
        data: { labels: shown.map(([, e]) => e.label).slice(0, 6).join('、') },
        cells: [...new Set(shown.flatMap(([, e]) => [...e.cells]))],
      });
      return;
    }
    // A known category of another framework (a mixed table) is not unknown; category-level2-misplaced looks at pairs.
    for (const [, e] of unknown('level1')) context.report({ messageId: 'level1Unknown', data: { label: e.label }, cells: [...e.cells] });
    for (const [, e] of unknown('level2')) context.report({ messageId: 'level2Unknown', data: { label: e.label }, cells: [...e.cells] });
  },
});
