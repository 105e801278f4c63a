/**
 * A target or unit that is an Excel date serial (`44561` under 时效指标, or in a 计量单位 column): a date typed into
 * a cell whose format was lost, or a date format copied onto a unit cell. The finding shows the date it stands for.
 */
import { categoryKey } from '../frameworks';
import { isPlausibleDateSerial, serialToISODate } from '../dates';
import { compact, toHalfWidth } from '../text';
import { createRule } from './rule';

/** The serial a cell text spells (`44,561`, `44561`), when it is one. */
function serialOf(text: string | undefined): number | null {
  const t = compact(toHalfWidth(text ?? '')).replace(/^[=＝]/, '');
  if (!/^\d{2},?\d{3}$/.test(t)) return null;
  const n = Number(t.replace(',', ''));
  return isPlausibleDateSerial(n) ? n : null;
}

export const targetDateSerial = createRule({
  meta: {
    id: 'target-date-serial',
    severity: 'warning',
    tags: ['target'],
    description: {
      'zh-CN': '指标值或计量单位是 Excel 日期序号（如 44561 即 2021-12-31）：日期丢了格式，评审看到的是一个数字',
      'en-US': 'A target or unit that is an Excel date serial (44561 is 2021-12-31): the date lost its format and a reviewer sees a number',
    },
    messages: {
      serial: {
        'zh-CN': '“{name}”的{what}“{text}”是 Excel 日期序号，代表 {date}：请写成日期文字（如“{date}前”）',
        'en-US': 'The {what} "{text}" of "{name}" is an Excel date serial standing for {date}: write the date as text (e.g. "{date}前")',
      },
    },
    examples: { valid: ['时效指标 / 资金到位时间 / 2021年12月31日前', '数量指标 / 受益人数 / ≥44561人'], invalid: ['时效指标 / 资金到位时间 / 44,561', '计量单位: 44,561'] },
  },
  check(context) {
    for (const ind of context.table.indicators) {
      const name = ind.level3 || ind.level2;
      const timely = categoryKey(ind.level2) === '时效' || /时间|日期|时限/.test(ind.level3);
      const value = ind.split ? ind.split.value : ind.target;
      const unitSerial = ind.split ? serialOf(ind.split.unit) : null;
      const valueSerial = serialOf(value);
      const cells: string[] = [];
      let serial: number | null = null;
      let what = '';
      if (valueSerial !== null && (timely || unitSerial !== null)) {
        cells.push(ind.cell);
        serial = valueSerial;
        what = '指标值';
      }
      if (unitSerial !== null && ind.split?.unitCell) {
        cells.push(ind.split.unitCell);
        serial ??= unitSerial;
        what = what ? '指标值和计量单位' : '计量单位';
      }
      if (serial === null) continue;
      context.report({ messageId: 'serial', data: { name, what, text: ind.split && !valueSerial ? ind.split.unit : value, date: serialToISODate(serial) ?? '' }, cells });
    }
  },
});
