/** domain.md §6.2: a target that looks like a value but cannot be read (two operators, no number, a garbled number or date). */
import { createRule } from './rule';
import { compact, toHalfWidth } from '../text';
import { indicatorName, isRangeText, RANGE, targetCells } from './shared/indicators';

export const targetMalformed = createRule({
  meta: {
    id: 'target-malformed',
    severity: 'error',
    tags: ['target'],
    description: {
      'zh-CN': '指标值无法读取：两个运算符、只有运算符没有数值、数字或日期写错：评审会退回',
      'en-US': 'A target that cannot be read (two operators, an operator with no number, a garbled number or date): a reviewer sends it back',
    },
    messages: {
      twoOperators: {
        'zh-CN': '“{name}”的指标值“{text}”同时有两个运算符“{first}”和“{second}”：只保留一个（≥、≤ 或 =）',
        'en-US': 'The target of "{name}" ("{text}") has two operators, "{first}" and "{second}": keep one (≥, ≤ or =)',
      },
      numberMissing: {
        'zh-CN': '“{name}”的指标值“{text}”只有运算符，没有数值：请在运算符后填写目标数值，如“≥95%”',
        'en-US': 'The target of "{name}" ("{text}") is an operator with no number: write the value after it, e.g. "≥95%"',
      },
      numberUnreadable: {
        'zh-CN': '“{name}”的指标值“{text}”中的数字无法识别：请检查多余的小数点、逗号或数字间的空格，写成一个数值，如“≥95%”“≥1000人”',
        'en-US': 'The number in the target of "{name}" ("{text}") cannot be read: check for extra dots, commas or spaces between digits, and write one number, e.g. "≥95%", "≥1000人"',
      },
      range: {
        'zh-CN': '“{name}”的指标值“{text}”是一个区间：指标值应是一个数值，请改为下限（如“≥95%”）或上限（如“≤100万元”）',
        'en-US': 'The target of "{name}" ("{text}") is a range: a target is one value, so state the floor (e.g. "≥95%") or the ceiling (e.g. "≤100万元")',
      },
      dateUnreadable: {
        'zh-CN': '“{name}”的指标值“{text}”中的日期无法识别（月份或日期超出范围）：请改为有效日期，如“2023.07-2024.01”',
        'en-US': 'The date in the target of "{name}" ("{text}") cannot be read (month or day out of range): write a valid date, e.g. "2023.07-2024.01"',
      },
    },
    examples: { valid: ['≥95%', '2023.07-2024.01'], invalid: ['≥=95%', '≥', '1,00人', '95..5%', '2023.13-2024.01', '95%-100% (warning)'] },
  },
  check(context) {
    for (const ind of context.table.indicators) {
      const p = context.parsed(ind);
      const name = indicatorName(ind);
      const text = ind.target;
      const cells = targetCells(ind);
      if (p.kind === 'text' && p.problems.length === 0 && isRangeText(text)) {
        context.report({ messageId: 'range', data: { name, text }, cells, severity: 'warning' });
        continue;
      }
      if (p.kind !== 'invalid') continue;
      const problem = p.problems[0];
      switch (problem?.id) {
        case 'two-operators':
          context.report({
            messageId: 'twoOperators',
            data: { name, text, first: String(problem.data.first ?? ''), second: String(problem.data.second ?? '') },
            cells,
          });
          break;
        case 'number-missing':
          context.report({ messageId: 'numberMissing', data: { name, text }, cells });
          break;
        case 'date-unreadable':
          context.report({ messageId: 'dateUnreadable', data: { name, text }, cells });
          break;
        default:
          // A range is readable, only not one value: worth a look rather than a send-back (some reviewers accept it).
          if (RANGE.test(compact(toHalfWidth(text)))) {
            context.report({ messageId: 'range', data: { name, text }, cells, severity: 'warning' });
          } else {
            context.report({ messageId: 'numberUnreadable', data: { name, text }, cells });
          }
      }
    }
  },
});
