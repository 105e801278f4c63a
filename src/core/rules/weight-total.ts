/**
 * domain.md §6.12: where the indicators carry 权重/分值, they total 100, or 90 when 预算执行 is scored 10 apart
 * (财预〔2020〕10号: 产出50/效益30/满意度10/预算执行率10; Chongqing: 年度绩效目标(90分) + 项目资金预算执行10分). A
 * declared total (`年度绩效目标(90分)`) is the one that counts. A 一级 label with a score (`成本指标(0-20)分`,
 * `产出指标(50分)`) bounds its own rows. Tables the recogniser reports as incomplete (a 一级 absent) are not summed:
 * a cut-off block always totals too little.
 */
import type { Indicator } from '../model';
import { categoryKey, categoryLabel } from '../frameworks';
import { compact, toHalfWidth } from '../text';
import { absentLevel1 } from '../categories';
import { createRule } from './rule';

const EPSILON = 1e-6;

/** The score a 一级 label declares: a range `(0-20)分` / `(0-20分)`, or one value `(50分)` / `50分`. */
export function declaredScore(label: string): { min: number; max: number } | null {
  const s = compact(toHalfWidth(label));
  const range = /\(?(\d+(?:\.\d+)?)[-~—–至](\d+(?:\.\d+)?)\)?分\)?$/.exec(s);
  if (range) return { min: Number(range[1]), max: Number(range[2]) };
  const one = /\(?(\d+(?:\.\d+)?)分\)?$/.exec(s);
  if (one) return { min: Number(one[1]), max: Number(one[1]) };
  return null;
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

export const weightTotal = createRule({
  meta: {
    id: 'weight-total',
    severity: 'error',
    tags: ['structure'],
    description: {
      'zh-CN': '权重（分值）合计应为100分，预算执行率单独计10分时为90分；一级指标标明的分值范围（如“成本指标(0-20)分”）不能超出',
      'en-US': 'Weights (分值) total 100, or 90 when 预算执行率 is scored 10 separately; a 一级 label\'s declared score range (e.g. 成本指标(0-20)分) holds',
    },
    options: {
      total: {
        type: 'number',
        default: 100,
        min: 1,
        description: { 'zh-CN': '权重满分。', 'en-US': 'The full score of the weights.' },
      },
      budgetExecutionScore: {
        type: 'number',
        default: 10,
        min: 0,
        description: {
          'zh-CN': '预算执行率单独计分时的分值：合计为“满分减此值”也视为正确（0 表示不允许）。表中声明了合计（如“年度绩效目标(90分)”）时以声明为准。',
          'en-US': 'The score of 预算执行率 when scored outside the table: a total of the full score minus this also passes (0: not allowed). A total declared in the table (年度绩效目标(90分)) takes precedence.',
        },
      },
    },
    messages: {
      total: {
        'zh-CN': '各指标权重合计为{total}分，应为{expected}分：请调整权重',
        'en-US': 'The weights total {total}, not {expected}: adjust them',
      },
      level1Range: {
        'zh-CN': '“{level1}”下各指标权重合计为{total}分，超出了标明的{range}分：请调整权重',
        'en-US': 'The weights under "{level1}" total {total}, outside the declared {range}: adjust them',
      },
      weightBlank: {
        'zh-CN': '有{count}个指标没有填写权重（分值），其他指标都填写了：请补齐，权重合计应为{expected}分',
        'en-US': '{count} indicator(s) have no weight while the others have one: fill them in; the weights should total {expected}',
      },
      weightUnreadable: {
        'zh-CN': '权重“{text}”不是一个数字：请填写分值（如“10”）',
        'en-US': 'The weight "{text}" is not a number: write the score (e.g. "10")',
      },
    },
    examples: { valid: ['10+20+20+30+10+10 = 100', '年度绩效目标(90分): 90', '成本指标(0-20)分: 10'], invalid: ['10+20+30 = 60', '成本指标(0-20)分: 25'] },
  },
  check(context) {
    const table = context.table;
    const weighted = table.indicators.filter((i) => i.weight);
    if (weighted.length === 0) return;
    if (absentLevel1(table).length) return;
    const full = context.options.total;
    const apart = context.options.budgetExecutionScore;
    const allowed = table.declaredWeight !== undefined ? [table.declaredWeight] : apart > 0 ? [full, full - apart] : [full];
    const expected = allowed.map(fmt).join('或');

    // Blocks (value columns) are weighted separately.
    const blocks = new Map<string, Indicator[]>();
    for (const i of weighted) blocks.set(i.column ?? '', [...(blocks.get(i.column ?? '') ?? []), i]);
    for (const rows of blocks.values()) {
      const filled = rows.filter((i) => i.level3 || i.target.trim());
      const numbers = filled.filter((i) => i.weight!.value !== null);
      if (numbers.length === 0) continue; // a weight column left unused
      const unreadable = filled.filter((i) => i.weight!.value === null && i.weight!.text.trim());
      for (const i of unreadable) context.report({ messageId: 'weightUnreadable', data: { text: i.weight!.text }, cells: [i.weight!.cell], severity: 'warning' });
      const blank = filled.filter((i) => i.weight!.value === null && !i.weight!.text.trim());
      if (blank.length) context.report({ messageId: 'weightBlank', data: { count: blank.length, expected }, cells: blank.map((i) => i.weight!.cell), severity: 'warning' });
      if (unreadable.length || blank.length) continue; // the total would only repeat these

      const sum = numbers.reduce((s, i) => s + (i.weight!.value ?? 0), 0);
      // Weights written as fractions (0.1, 0.2 … totalling 1) are the same scale divided by 100.
      const fractions = numbers.every((i) => i.weight!.value! <= 1) && sum <= 1 + EPSILON;
      if (!allowed.some((a) => Math.abs(a - sum * (fractions ? 100 : 1)) < EPSILON * 100)) {
        const shown = fractions ? allowed.map((a) => fmt(a / 100)).join('或') : expected;
        context.report({ messageId: 'total', data: { total: fmt(sum), expected: shown }, cells: numbers.map((i) => i.weight!.cell) });
      }
      // Per-一级 scores declared in the labels.
      const byLevel1 = new Map<string, Indicator[]>();
      for (const i of numbers) if (i.level1) byLevel1.set(i.level1, [...(byLevel1.get(i.level1) ?? []), i]);
      for (const [label, inds] of byLevel1) {
        const score = declaredScore(label);
        if (!score) continue;
        const s = inds.reduce((t, i) => t + (i.weight!.value ?? 0), 0);
        if (s >= score.min - EPSILON && s <= score.max + EPSILON) continue;
        const range = score.min === score.max ? fmt(score.min) : `${fmt(score.min)}-${fmt(score.max)}`;
        context.report({
          messageId: 'level1Range',
          data: { level1: categoryLabel(categoryKey(label), table.framework), total: fmt(s), range },
          cells: inds.map((i) => i.weight!.cell),
        });
      }
    }
  },
});
