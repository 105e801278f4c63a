/**
 * domain.md §6.21: a project running over more than one year states both its overall (实施期) goal and this year's
 * goal, and they are not copies of each other (the Xiangtan table's 实施期绩效目标 and 本年度绩效目标 are identical
 * for a 2023.07-2024.01 service). Multi-year: the dates or 项目期 end in a later year than they start; without
 * readable dates, a 阶段性 project. 持续性 alone is not multi-year (recurring projects are budgeted year by year).
 * Forms with only one goal field are not reported: the writer cannot add a field.
 */
import { splitAfter } from '../lookbehind';
import type { TargetTable } from '../model';
import { compact, toHalfWidth } from '../text';
import { projectYears } from './dates-valid';
import { isBlank } from './required-fields';
import { createRule } from './rule';

const CHECKED = /[■√☑✓✔●▣]/;
const BOX = /[■□口√☑☐✓✔●○▣]/;

/** True when the 项目性质/项目属性 text selects 阶段性: plain text, or the option next to a checked box. */
export function selectsPhased(nature: string): boolean {
  const s = compact(nature);
  if (!/阶段性/.test(s)) return false;
  if (!BOX.test(s)) return true;
  // Boxes before their options (`□一次性■阶段性`) or after them (`阶段性项目■持续性项目□`).
  const before = BOX.test(s[0]);
  const options = before ? s.split(/(?=[■□口√☑☐✓✔●○▣])/) : splitAfter(s, BOX);
  return options.some((o) => /阶段性/.test(o) && CHECKED.test(o));
}

/** Whether the project runs over more than one year; null when nothing says. */
export function isMultiYear(table: TargetTable): boolean | null {
  const years = projectYears(table);
  if (years) return years.end > years.start;
  const nature = table.fields.nature?.value;
  return nature && selectsPhased(nature) ? true : null;
}

/** Goal text as compared: no spaces or punctuation, half-width. */
function goalKey(text: string): string {
  return compact(toHalfWidth(text)).replace(/[,.;:!?'"()，。；：！？、“”‘’（）《》【】\-—…]/g, '');
}

/** Copies: the same text, or one containing the other with almost nothing added. */
function isCopy(a: string, b: string): boolean {
  const x = goalKey(a);
  const y = goalKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length >= 0.9 * long.length;
}

export const goalsMultiYear = createRule({
  meta: {
    id: 'goals-multi-year',
    severity: 'warning',
    tags: ['header'],
    description: {
      'zh-CN': '跨年度项目应分别填写总目标（实施期目标）和年度目标，且二者不能照抄',
      'en-US': 'A project over several years states both its overall (实施期) goal and this year\'s goal, and they are not copies of each other',
    },
    messages: {
      goalsIdentical: {
        'zh-CN': '本项目跨年度实施，但“{overall}”与“{annual}”内容相同：年度目标应写明本年度要完成的部分，请分别填写',
        'en-US': 'The project runs over more than one year, but "{overall}" and "{annual}" say the same: the annual goal should state this year\'s part; write them separately',
      },
      goalBlank: {
        'zh-CN': '本项目跨年度实施，但“{label}”未填写：请分别填写总目标和年度目标',
        'en-US': 'The project runs over more than one year, but "{label}" is blank: state both the overall and the annual goal',
      },
    },
    examples: { valid: ['2023-2025: 总目标 ≠ 年度目标', '2023年: 总目标 = 年度目标'], invalid: ['2023.07-2024.01: 实施期绩效目标 = 本年度绩效目标'] },
  },
  check(context) {
    const table = context.table;
    const { overallGoal, annualGoal } = table.fields;
    if (!overallGoal || !annualGoal || overallGoal.cell === annualGoal.cell) return;
    if (isMultiYear(table) !== true) return;
    const label = (s: string) => compact(s).replace(/[:：]+$/, '');
    const overallBlank = isBlank(overallGoal.value);
    const annualBlank = isBlank(annualGoal.value);
    if (overallBlank && annualBlank) return; // required-fields reports it
    if (overallBlank || annualBlank) {
      const f = overallBlank ? overallGoal : annualGoal;
      context.report({ messageId: 'goalBlank', data: { label: label(f.label) }, cells: [f.cell] });
      return;
    }
    if (isCopy(overallGoal.value, annualGoal.value)) {
      context.report({
        messageId: 'goalsIdentical',
        data: { overall: label(overallGoal.label), annual: label(annualGoal.label) },
        cells: [overallGoal.cell, annualGoal.cell],
      });
    }
  },
});
