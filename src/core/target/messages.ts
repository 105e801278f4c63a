/** Messages for target problems, zh-CN and en-US (i18n catalogue format; data keys as in TargetProblem.data). */
import type { Catalogue } from '../i18n';
import type { TargetProblemId } from './types';

export const TARGET_PROBLEM_MESSAGES: Catalogue & Record<TargetProblemId, Catalogue[string]> = {
  empty: { 'zh-CN': '指标值为空', 'en-US': 'The target is empty' },
  placeholder: { 'zh-CN': '指标值是模板占位符“{text}”', 'en-US': 'The target is a template placeholder: {text}' },
  'unit-only': { 'zh-CN': '指标值只有单位“{unit}”，没有数值', 'en-US': 'The target has a unit ({unit}) but no value' },
  'number-missing': { 'zh-CN': '运算符后没有数值：“{text}”', 'en-US': 'No value after the operator: {text}' },
  'number-unreadable': { 'zh-CN': '无法读取数值：“{text}”', 'en-US': 'The number cannot be read: {text}' },
  'date-unreadable': { 'zh-CN': '无法读取日期：“{text}”', 'en-US': 'The date cannot be read: {text}' },
  'two-operators': {
    'zh-CN': '指标值有两个运算符：“{first}”和“{second}”',
    'en-US': 'The target has two operators: {first} and {second}',
  },
  'operator-missing': { 'zh-CN': '指标值缺少运算符（≥、≤、=）', 'en-US': 'The target has no operator (≥, ≤, =)' },
  'percent-out-of-range': { 'zh-CN': '百分比 {value}% 超出 0–100%', 'en-US': 'The percentage {value}% is outside 0–100%' },
  'degenerate-percent': {
    'zh-CN': '“≥100%”或“≤0%”实际等于“{fix}”',
    'en-US': '≥100% or ≤0% can only mean {fix}',
  },
  'period-reversed': { 'zh-CN': '期间的结束早于开始：{start} 至 {end}', 'en-US': 'The period ends before it starts: {start} to {end}' },
  'vague-wording': {
    'zh-CN': '“{phrase}”是模糊表述，无法衡量',
    'en-US': '“{phrase}” is vague wording and cannot be measured',
  },
  'approximate-number': {
    'zh-CN': '指标值是约数：“{text}”，应填写确切数值',
    'en-US': 'The target is approximate ({text}); state the number itself',
  },
  'full-width-chars': { 'zh-CN': '含全角字符“{text}”', 'en-US': 'Full-width characters: {text}' },
  'ascii-operator': { 'zh-CN': '运算符“{text}”宜写作“{fix}”', 'en-US': 'Write the operator {text} as {fix}' },
  'nonstandard-operator': { 'zh-CN': '运算符“{text}”宜写作“{fix}”', 'en-US': 'Write the operator {text} as {fix}' },
  'stray-spaces': { 'zh-CN': '含多余空格', 'en-US': 'Stray spaces' },
  'bracketed-unit': { 'zh-CN': '单位“{text}”宜写作“{fix}”', 'en-US': 'Write the unit {text} as {fix}' },
  'thousands-separator': { 'zh-CN': '数值“{text}”宜写作“{fix}”', 'en-US': 'Write the number {text} as {fix}' },
  'chinese-numerals': { 'zh-CN': '中文数字“{text}”宜写作“{fix}”', 'en-US': 'Write the Chinese numeral {text} as {fix}' },
  'period-separator': { 'zh-CN': '期间分隔符“{text}”宜写作“{fix}”', 'en-US': 'Write the period separator {text} as {fix}' },
};
