/**
 * Style of a readable target: full-width characters, `>=` for `≥`, words or `以上` for operators, stray spaces,
 * a bracketed unit (`=100.00(%)`), thousands separators, Chinese numerals, an odd period separator. The autofix is
 * the parser's canonical text (`formatTarget`), so it never changes what the target means.
 *
 * Operator style: `≥ ≤` by default, because Chinese budget systems and reviewers write them; a table that must
 * stay ASCII (`>= <=`, for a system that cannot take ≥) sets `operatorStyle: "ascii"`. The table's own majority
 * is not followed: the seed writes every floor as `>=`, and that is exactly what the fix is for.
 */
import type { Indicator } from '../model';
import { formatTarget, MEASURED_KINDS, operatorOf, STYLE_PROBLEMS, type Operator } from '../target';
import { createRule } from './rule';
import type { RuleContext } from './rule';
import { indicatorName } from './shared/indicators';

/** Message id per style problem (one problem: a specific message; several: `restyle`). */
const MESSAGE_OF: Record<string, 'fullWidth' | 'operator' | 'spaces' | 'bracketedUnit' | 'thousandsSeparator' | 'chineseNumerals' | 'periodSeparator'> = {
  'full-width-chars': 'fullWidth',
  'ascii-operator': 'operator',
  'nonstandard-operator': 'operator',
  'stray-spaces': 'spaces',
  'bracketed-unit': 'bracketedUnit',
  'thousands-separator': 'thousandsSeparator',
  'chinese-numerals': 'chineseNumerals',
  'period-separator': 'periodSeparator',
};

/** A text that is only a number with thousands separators: most likely a number cell shown with `#,##0`. */
const FORMATTED_NUMBER = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export const targetStyle = createRule({
  meta: {
    id: 'target-style',
    severity: 'info',
    tags: ['target'],
    description: {
      'zh-CN': '指标值书写不规范：全角字符、“>=”应为“≥”、文字运算符、多余空格、单位加括号“(%)”等；可一键修正，含义不变',
      'en-US': 'Target written irregularly: full-width characters, ">=" for "≥", word operators, stray spaces, a bracketed unit "(%)" …; fixable without changing its meaning',
    },
    messages: {
      fullWidth: {
        'zh-CN': '“{name}”的指标值“{text}”含全角字符，宜写作“{fix}”',
        'en-US': 'The target of "{name}" ("{text}") has full-width characters; write "{fix}"',
      },
      operator: {
        'zh-CN': '“{name}”的指标值“{text}”的运算符宜写作“{operator}”：“{fix}”',
        'en-US': 'The operator of the target of "{name}" ("{text}") is better written "{operator}": "{fix}"',
      },
      spaces: {
        'zh-CN': '“{name}”的指标值“{text}”含多余空格，宜写作“{fix}”',
        'en-US': 'The target of "{name}" ("{text}") has stray spaces; write "{fix}"',
      },
      bracketedUnit: {
        'zh-CN': '“{name}”的指标值“{text}”的单位不必加括号，宜写作“{fix}”',
        'en-US': 'The unit in the target of "{name}" ("{text}") needs no brackets; write "{fix}"',
      },
      thousandsSeparator: {
        'zh-CN': '“{name}”的指标值“{text}”中的千分位逗号宜去掉：“{fix}”',
        'en-US': 'Drop the thousands separator in the target of "{name}" ("{text}"): "{fix}"',
      },
      chineseNumerals: {
        'zh-CN': '“{name}”的指标值“{text}”宜用阿拉伯数字：“{fix}”',
        'en-US': 'Write the target of "{name}" ("{text}") with Arabic digits: "{fix}"',
      },
      periodSeparator: {
        'zh-CN': '“{name}”的指标值“{text}”的起止分隔符宜写作“{fix}”',
        'en-US': 'Write the period in the target of "{name}" ("{text}") as "{fix}"',
      },
      restyle: {
        'zh-CN': '“{name}”的指标值“{text}”书写不规范（全角字符、运算符、空格或单位括号等），宜写作“{fix}”',
        'en-US': 'The target of "{name}" ("{text}") is written irregularly (full-width characters, operator, spaces, bracketed unit …); write "{fix}"',
      },
    },
    fixable: true,
    options: {
      operatorStyle: {
        type: 'string',
        default: 'unicode',
        enum: ['unicode', 'ascii'],
        description: {
          'zh-CN': '运算符写法：unicode 写作“≥ ≤”（默认）；ascii 写作“>= <=”（用于不支持 ≥ 的系统）',
          'en-US': 'How to write operators: unicode "≥ ≤" (default); ascii ">= <=" (for systems that cannot take ≥)',
        },
      },
    },
    examples: { valid: ['≥95%', '=100.00%', '良好', '2023.07-2024.01'], invalid: ['>=95%', '=100.00(%)', '９５％', '≥ 95 %', '不低于95%', '95%以上'] },
  },
  check(context) {
    const operatorStyle = context.options.operatorStyle;
    for (const ind of context.table.indicators) {
      const name = indicatorName(ind);
      if (ind.split) {
        splitOperator(context, ind, name, operatorStyle);
        continue;
      }
      const p = context.parsed(ind);
      if (!MEASURED_KINDS.includes(p.kind)) continue;
      if (FORMATTED_NUMBER.test(ind.target)) continue; // a number cell: its display comes from the number format
      const fix = formatTarget(p, { operatorStyle });
      if (fix === ind.target) continue;
      let ids = p.problems.map((x) => x.id).filter((id) => STYLE_PROBLEMS.includes(id));
      // In ASCII style `>=` is right and `≥` is what changes.
      if (operatorStyle === 'ascii') ids = ids.filter((id) => id !== 'ascii-operator');
      if (operatorStyle === 'ascii' && (p.operatorText === '≥' || p.operatorText === '≤')) ids.push('ascii-operator');
      const messages = [...new Set(ids.map((id) => MESSAGE_OF[id]))];
      const messageId = messages.length === 1 ? messages[0] : 'restyle';
      context.report({
        messageId,
        // `changes`: the style problem ids, for reports that list them.
        data: { name, text: ind.target, fix, operator: p.operator ? render(p.operator, operatorStyle) : '', changes: ids.join(',') },
        cells: [ind.cell],
        fix: [{ cell: ind.cell, expected: ind.target, value: fix }],
      });
    }
  },
});

function render(op: Operator, style: 'unicode' | 'ascii'): string {
  if (style === 'ascii' && op === '≥') return '>=';
  if (style === 'ascii' && op === '≤') return '<=';
  return op;
}

/** Split columns: only the 指标性质 cell is restyled (`>=` → `≥`); the composed text never goes into a cell. */
function splitOperator(context: RuleContext, ind: Indicator, name: string, operatorStyle: 'unicode' | 'ascii'): void {
  const split = ind.split;
  if (!split?.operatorCell || !split.operator) return;
  const op = operatorOf(split.operator);
  if (!op) return;
  const canonical = render(op, operatorStyle);
  if (canonical === split.operator) return;
  context.report({
    messageId: 'operator',
    data: { name, text: split.operator, fix: canonical, operator: canonical, changes: 'nonstandard-operator' },
    cells: [split.operatorCell],
    fix: [{ cell: split.operatorCell, expected: split.operator, value: canonical }],
  });
}
