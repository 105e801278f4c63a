/**
 * Known target values with their expected readings, shared by the table tests and the property tests.
 * `samples` are every target value of /work/shared/samples/real/*.tsv (copied here: tests do not read shared).
 */
import type { ParsedTarget, TargetProblemId } from '../../../src/core/target';

export interface Case {
  input: string;
  /** Expected fields (toMatchObject); `kind` always given. */
  expect: Partial<ParsedTarget> & Pick<ParsedTarget, 'kind'>;
  /** Expected problem ids, in any order. */
  problems?: TargetProblemId[];
  /** Expected canonical text (formatTarget); defaults to the input when it has no style problems. */
  canonical?: string;
}

const c = (
  input: string,
  expect: Case['expect'],
  problems: TargetProblemId[] = [],
  canonical?: string,
): Case => ({ input, expect, problems, canonical });

/** Every target value of the real sample tables (split Sichuan columns composed: see format.test.ts). */
export const SAMPLE_CASES: Case[] = [
  // seed-shanghai-2020
  c('=100%', { kind: 'percent', operator: '=', number: 100, unit: '%' }),
  c('健全', { kind: 'grade', grade: '健全' }),
  c('规范', { kind: 'grade', grade: '规范' }),
  c('良好', { kind: 'grade', grade: '良好' }),
  c('>=200人', { kind: 'number', operator: '≥', operatorText: '>=', number: 200, unit: '人' }, ['ascii-operator'], '≥200人'),
  c('>=95%', { kind: 'percent', operator: '≥', number: 95, unit: '%' }, ['ascii-operator'], '≥95%'),
  c('>=99%', { kind: 'percent', operator: '≥', number: 99, unit: '%' }, ['ascii-operator'], '≥99%'),
  c('满意', { kind: 'grade', grade: '满意' }),
  // real-shanghai-putuo-2026
  c('可控', { kind: 'grade', grade: '可控' }),
  c('985米', { kind: 'number', number: 985, unit: '米', operatorMissing: true }, ['operator-missing']),
  c('=100.00(%)', { kind: 'percent', operator: '=', number: 100, numberText: '100.00', unit: '%' }, ['bracketed-unit'], '=100.00%'),
  c('及时', { kind: 'grade', grade: '及时' }),
  c('减少', { kind: 'grade', grade: '减少' }),
  c('提升', { kind: 'grade', grade: '提升' }),
  c('≥90.00(%)', { kind: 'percent', operator: '≥', number: 90, numberText: '90.00', unit: '%' }, ['bracketed-unit'], '≥90.00%'),
  // real-sichuan-jingyan-2023 (指标性质 | 指标值 | 度量单位 composed)
  c('≥95%', { kind: 'percent', operator: '≥', number: 95, unit: '%' }),
  c('≥1年', { kind: 'number', operator: '≥', number: 1, unit: '年' }),
  c('≥1人/年', { kind: 'number', operator: '≥', number: 1, unit: '人/年' }),
  c('≥230个', { kind: 'number', operator: '≥', number: 230, unit: '个' }),
  // real-hunan-xiangtan-2023
  c('10辆', { kind: 'number', number: 10, unit: '辆', operatorMissing: true }, ['operator-missing']),
  c('≥80M', { kind: 'number', operator: '≥', number: 80, unit: 'M' }),
  c('优良', { kind: 'grade', grade: '优良' }),
  c('2023.07-2024.01', { kind: 'period', period: { start: '2023.07', end: '2024.01' } }),
  c('250万', { kind: 'number', number: 2500000, numberText: '250万', scale: 1e4, operatorMissing: true }, ['operator-missing']),
  c('≥85%', { kind: 'percent', operator: '≥', number: 85, unit: '%' }),
  c('≥90%', { kind: 'percent', operator: '≥', number: 90, unit: '%' }),
  // real-chongqing-fengjie-2023 (and its 建设周期 / 年度预算执行率 cells)
  c('≤65万元', { kind: 'number', operator: '≤', number: 65, unit: '万元' }),
  c('2023年4月-2024年2月', { kind: 'period', period: { start: '2023年4月', end: '2024年2月' } }),
  c('100%', { kind: 'percent', number: 100, unit: '%', operatorMissing: true }, ['operator-missing']),
  // real-shaanxi-chencang-2020 (values left blank: unit only)
  c('公里', { kind: 'unit-only', unit: '公里' }, ['unit-only']),
  c('万亩', { kind: 'unit-only', unit: '万亩' }, ['unit-only']),
  c('万人', { kind: 'unit-only', unit: '万人' }, ['unit-only']),
  c('≧ %', { kind: 'unit-only', operator: '≥', operatorText: '≧', unit: '%' }, ['unit-only'], '≥%'),
  // real-hubei-huangshi-2022
  c('280人次', { kind: 'number', number: 280, unit: '人次' }, ['operator-missing']),
  c('25人次', { kind: 'number', number: 25, unit: '人次' }, ['operator-missing']),
  c('6次', { kind: 'number', number: 6, unit: '次' }, ['operator-missing']),
  c('70%', { kind: 'percent', number: 70, unit: '%' }, ['operator-missing']),
  c('220', { kind: 'number', number: 220, operatorMissing: true }, ['operator-missing']),
  c('≥95%', { kind: 'percent', operator: '≥', number: 95 }),
  // header values of the samples that share the grammar
  c('2026/1/1-2027/12/31', { kind: 'period', period: { start: '2026/1/1', end: '2027/12/31' } }),
  c('2020-12-31', { kind: 'deadline', deadline: '2020-12-31' }),
  // a 指标解释 cell with value-like text (domain.md §4): not a clean value
  c('100%(历史标准)', { kind: 'text' }),
];

const ge = (operatorText: string, input: string, problems: TargetProblemId[] = ['nonstandard-operator']) =>
  c(input, { kind: 'percent', operator: '≥', operatorText, number: 95, unit: '%' }, problems, '≥95%');
const le = (operatorText: string, input: string, problems: TargetProblemId[] = ['nonstandard-operator']) =>
  c(input, { kind: 'percent', operator: '≤', operatorText, number: 5, unit: '%' }, problems, '≤5%');

/** Every operator spelling of domain.md §5 and the brief. */
export const OPERATOR_CASES: Case[] = [
  ge('≥', '≥95%', []),
  ge('>=', '>=95%', ['ascii-operator']),
  ge('＞＝', '＞＝95%', ['full-width-chars', 'nonstandard-operator']),
  ge('≧', '≧95%'),
  ge('⩾', '⩾95%'),
  ge('≮', '≮95%'),
  ge('=>', '=>95%'),
  ge('不低于', '不低于95%'),
  ge('不少于', '不少于95%'),
  ge('大于等于', '大于等于95%'),
  ge('大于或等于', '大于或等于95%'),
  ge('高于等于', '高于等于95%'),
  ge('不小于', '不小于95%'),
  ge('不得低于', '不得低于95%'),
  ge('至少', '至少95%'),
  ge('达到', '达到95%'),
  ge('以上', '95%以上'),
  ge('及以上', '95%及以上'),
  ge('或以上', '95%或以上'),
  ge('≥…以上', '≥95%以上'),
  ge('达到…以上', '达到95%以上'),
  le('≤', '≤5%', []),
  le('<=', '<=5%', ['ascii-operator']),
  le('＜＝', '＜＝5%', ['full-width-chars', 'nonstandard-operator']),
  le('≦', '≦5%'),
  le('⩽', '⩽5%'),
  le('≯', '≯5%'),
  le('=<', '=<5%'),
  le('不超过', '不超过5%'),
  le('不高于', '不高于5%'),
  le('小于等于', '小于等于5%'),
  le('小于或等于', '小于或等于5%'),
  le('低于等于', '低于等于5%'),
  le('不大于', '不大于5%'),
  le('不多于', '不多于5%'),
  le('不得超过', '不得超过5%'),
  le('控制在', '控制在5%'),
  le('控制在…以内', '控制在5%以内'),
  le('以内', '5%以内'),
  le('以下', '5%以下'),
  le('及以下', '5%及以下'),
  le('之内', '5%之内'),
  c('=100%', { kind: 'percent', operator: '=', operatorText: '=' }),
  c('＝100%', { kind: 'percent', operator: '=', operatorText: '＝' }, ['full-width-chars'], '=100%'),
  c('==100%', { kind: 'percent', operator: '=', operatorText: '==' }, ['nonstandard-operator'], '=100%'),
  c('等于100%', { kind: 'percent', operator: '=', operatorText: '等于' }, ['nonstandard-operator'], '=100%'),
  c('>90%', { kind: 'percent', operator: '>', operatorText: '>' }),
  c('＞90%', { kind: 'percent', operator: '>', operatorText: '＞' }, ['full-width-chars'], '>90%'),
  c('大于90%', { kind: 'percent', operator: '>', operatorText: '大于' }, ['nonstandard-operator'], '>90%'),
  c('超过90%', { kind: 'percent', operator: '>', operatorText: '超过' }, ['nonstandard-operator'], '>90%'),
  c('高于90%', { kind: 'percent', operator: '>', operatorText: '高于' }, ['nonstandard-operator'], '>90%'),
  c('<5%', { kind: 'percent', operator: '<', operatorText: '<' }),
  c('＜5%', { kind: 'percent', operator: '<', operatorText: '＜' }, ['full-width-chars'], '<5%'),
  c('小于5%', { kind: 'percent', operator: '<', operatorText: '小于' }, ['nonstandard-operator'], '<5%'),
  c('低于5%', { kind: 'percent', operator: '<', operatorText: '低于' }, ['nonstandard-operator'], '<5%'),
  c('少于5人', { kind: 'number', operator: '<', operatorText: '少于', unit: '人' }, ['nonstandard-operator'], '<5人'),
  c('200人以上', { kind: 'number', operator: '≥', operatorText: '以上', number: 200, unit: '人' }, ['nonstandard-operator'], '≥200人'),
  c('65万元以内', { kind: 'number', operator: '≤', operatorText: '以内', number: 65, unit: '万元' }, ['nonstandard-operator'], '≤65万元'),
  c('控制在65万元以内', { kind: 'number', operator: '≤', operatorText: '控制在…以内', number: 65, unit: '万元' }, ['nonstandard-operator'], '≤65万元'),
  c('30天内', { kind: 'number', operator: '≤', operatorText: '内', number: 30, unit: '天' }, ['nonstandard-operator'], '≤30天'),
  c('不少于10个', { kind: 'number', operator: '≥', number: 10, unit: '个' }, ['nonstandard-operator'], '≥10个'),
  c('< =5%', { kind: 'percent', operator: '≤', operatorText: '<=' }, ['stray-spaces', 'ascii-operator'], '≤5%'),
  // words that are not operators here: the text is read as a whole
  c('达到国家标准', { kind: 'text' }),
  c('不超过预算', { kind: 'text' }),
  c('达到优良', { kind: 'text' }),
];

/** Two operators, missing numbers, unreadable numbers. */
export const INVALID_CASES: Case[] = [
  c('≥=95%', { kind: 'invalid' }, ['two-operators']),
  c('≥≤', { kind: 'invalid' }, ['two-operators']),
  c('≥ ≤ 95%', { kind: 'invalid' }, ['two-operators']),
  c('>==95%', { kind: 'invalid' }, ['two-operators']),
  c('≤≥5%', { kind: 'invalid' }, ['two-operators']),
  c('<>5', { kind: 'invalid' }, ['two-operators']),
  c('不低于≥95%', { kind: 'invalid' }, ['two-operators']),
  c('≥95%以下', { kind: 'invalid' }, ['two-operators']),
  c('≤5%以上', { kind: 'invalid' }, ['two-operators']),
  c('≥', { kind: 'invalid' }, ['number-missing']),
  c('=', { kind: 'invalid' }, ['number-missing']),
  c('1,00人', { kind: 'invalid' }, ['number-unreadable']),
  c('12,345,67', { kind: 'invalid' }, ['number-unreadable']),
  c('95..5%', { kind: 'invalid' }, ['number-unreadable']),
  c('95.%', { kind: 'invalid' }, ['number-unreadable']),
  c('95.', { kind: 'invalid' }, ['number-unreadable']),
  c('.5', { kind: 'invalid' }, ['number-unreadable']),
  c('1.000.000元', { kind: 'invalid' }, ['number-unreadable']),
  c('9 5%', { kind: 'invalid' }, ['number-unreadable']),
  c('≥ 9 5%', { kind: 'invalid' }, ['number-unreadable']),
  c('≥95%%', { kind: 'invalid' }, ['number-unreadable']),
  c('95%-100%', { kind: 'invalid' }, ['number-unreadable']),
  c('≥95-100', { kind: 'invalid' }, ['number-unreadable']),
  c('≥.5%', { kind: 'invalid' }, ['number-unreadable']),
  c('1e5', { kind: 'invalid' }, ['number-unreadable']),
  c('2023.13-2024.01', { kind: 'invalid' }, ['date-unreadable']),
  c('2023年13月前', { kind: 'invalid' }, ['date-unreadable']),
  // One date reader for targets and header dates: a day that does not exist is unreadable in both.
  c('2023年2月30日前', { kind: 'invalid' }, ['date-unreadable']),
  c('2024年2月29日前', { kind: 'deadline' }),
];

/** Numbers: separators, decimals, full-width, scale characters, Chinese numerals, signs. */
export const NUMBER_CASES: Case[] = [
  c('95', { kind: 'number', number: 95, numberText: '95' }, ['operator-missing']),
  c('95.5%', { kind: 'percent', number: 95.5, numberText: '95.5' }, ['operator-missing']),
  c('1,000', { kind: 'number', number: 1000, numberText: '1,000' }, ['operator-missing', 'thousands-separator'], '1000'),
  c('≤ 1,000 元', { kind: 'number', operator: '≤', number: 1000, unit: '元' }, ['stray-spaces', 'thousands-separator'], '≤1000元'),
  c('14,624,640元', { kind: 'number', number: 14624640 }, ['operator-missing', 'thousands-separator'], '14624640元'),
  c('2,600.50元', { kind: 'number', number: 2600.5, numberText: '2,600.50' }, ['operator-missing', 'thousands-separator'], '2600.50元'),
  c('９５', { kind: 'number', number: 95, numberText: '９５' }, ['operator-missing', 'full-width-chars'], '95'),
  c('９５％', { kind: 'percent', number: 95, unit: '%' }, ['operator-missing', 'full-width-chars'], '95%'),
  c('95﹪', { kind: 'percent', number: 95, unit: '%' }, ['operator-missing', 'full-width-chars'], '95%'),
  c('１，０００人', { kind: 'number', number: 1000, unit: '人' }, ['operator-missing', 'full-width-chars', 'thousands-separator'], '1000人'),
  c('≥９０．５％', { kind: 'percent', number: 90.5, numberText: '９０．５' }, ['full-width-chars'], '≥90.5%'),
  c('＝１００％', { kind: 'percent', operator: '=', number: 100 }, ['full-width-chars'], '=100%'),
  c('≥８０Ｍ', { kind: 'number', number: 80, unit: 'M' }, ['full-width-chars'], '≥80M'),
  c('100.00', { kind: 'number', number: 100, numberText: '100.00' }, ['operator-missing']),
  c('0095', { kind: 'number', number: 95, numberText: '0095' }, ['operator-missing']),
  c('0', { kind: 'number', number: 0 }, ['operator-missing']),
  c('-5', { kind: 'number', number: -5 }, ['operator-missing']),
  c('2.6万', { kind: 'number', number: 26000, numberText: '2.6万', scale: 1e4 }, ['operator-missing']),
  c('≥2.6万', { kind: 'number', operator: '≥', number: 26000, scale: 1e4 }),
  c('2.6万以上', { kind: 'number', operator: '≥', number: 26000, scale: 1e4 }, ['nonstandard-operator'], '≥2.6万'),
  c('1.1万', { kind: 'number', number: 11000, scale: 1e4 }, ['operator-missing']),
  c('1.5亿', { kind: 'number', number: 150000000, scale: 1e8 }, ['operator-missing']),
  c('3千', { kind: 'number', number: 3000, scale: 1e3 }, ['operator-missing']),
  c('1,000万', { kind: 'number', number: 10000000, scale: 1e4 }, ['operator-missing', 'thousands-separator'], '1000万'),
  // 万 before a unit belongs to the unit
  c('2.6万元', { kind: 'number', number: 2.6, unit: '万元' }, ['operator-missing']),
  c('2.6万人', { kind: 'number', number: 2.6, unit: '万人' }, ['operator-missing']),
  c('≥3万亩', { kind: 'number', number: 3, unit: '万亩' }),
  c('3千米', { kind: 'number', number: 3, unit: '千米' }, ['operator-missing']),
  c('0.5万元', { kind: 'number', number: 0.5, unit: '万元' }, ['operator-missing']),
  // Chinese numerals: only before a counting unit, after an operator, or as 百分之…
  c('三次', { kind: 'number', number: 3, numberText: '三', unit: '次' }, ['operator-missing', 'chinese-numerals'], '3次'),
  c('两个', { kind: 'number', number: 2, unit: '个' }, ['operator-missing', 'chinese-numerals'], '2个'),
  c('十二个月', { kind: 'number', number: 12, unit: '个月' }, ['operator-missing', 'chinese-numerals'], '12个月'),
  c('至少三次', { kind: 'number', operator: '≥', number: 3, unit: '次' }, ['nonstandard-operator', 'chinese-numerals'], '≥3次'),
  c('≥一百零五人', { kind: 'number', operator: '≥', number: 105, unit: '人' }, ['chinese-numerals'], '≥105人'),
  c('百分之九十五', { kind: 'percent', number: 95, unit: '%' }, ['operator-missing', 'chinese-numerals'], '95%'),
  c('不低于百分之九十', { kind: 'percent', operator: '≥', number: 90 }, ['nonstandard-operator', 'chinese-numerals'], '≥90%'),
  c('百分之百', { kind: 'percent', number: 100 }, ['operator-missing', 'chinese-numerals'], '100%'),
  c('一般', { kind: 'grade', grade: '一般' }),
  c('十分满意', { kind: 'grade', grade: '十分满意' }),
  c('零事故', { kind: 'text' }),
  // found by the property tests: readings whose canonical text would read differently
  c('两万以内', { kind: 'text' }),
  c('＞三余', { kind: 'text' }),
  c('0内以下', { kind: 'text' }),
  c('二〇二三年', { kind: 'text' }),
];

/** Percent ranges and degenerate percents. */
export const PERCENT_CASES: Case[] = [
  c('≥100%', { kind: 'percent', operator: '≥', number: 100 }, ['degenerate-percent']),
  c('≥100.00(%)', { kind: 'percent', operator: '≥', number: 100 }, ['degenerate-percent', 'bracketed-unit'], '≥100.00%'),
  c('100%以上', { kind: 'percent', operator: '≥', number: 100 }, ['degenerate-percent', 'nonstandard-operator'], '≥100%'),
  c('≤0%', { kind: 'percent', operator: '≤', number: 0 }, ['degenerate-percent']),
  c('≤100%', { kind: 'percent', operator: '≤', number: 100 }),
  c('=0%', { kind: 'percent', operator: '=', number: 0 }),
  c('120%', { kind: 'percent', number: 120 }, ['operator-missing', 'percent-out-of-range']),
  c('≥120%', { kind: 'percent', number: 120 }, ['percent-out-of-range']),
  c('>100%', { kind: 'percent', operator: '>', number: 100 }, ['percent-out-of-range']),
  c('<0%', { kind: 'percent', operator: '<', number: 0 }, ['percent-out-of-range']),
  c('-5%', { kind: 'percent', number: -5 }, ['operator-missing', 'percent-out-of-range']),
  c('≤-5%', { kind: 'percent', operator: '≤', number: -5 }, ['percent-out-of-range']),
  c('(%)', { kind: 'unit-only', unit: '%' }, ['unit-only'], '%'),
];

/** Units after the number. */
export const UNIT_CASES: Case[] = [
  c('≥1次/年', { kind: 'number', unit: '次/年' }),
  c('5000元/人·月', { kind: 'number', number: 5000, unit: '元/人·月' }, ['operator-missing']),
  c('≤300元/亩', { kind: 'number', unit: '元/亩' }),
  c('≥420平方米', { kind: 'number', number: 420, unit: '平方米' }),
  c('≥15cm', { kind: 'number', unit: 'cm' }),
  c('≥4.5m³', { kind: 'number', number: 4.5, unit: 'm³' }),
  c('≥300m2', { kind: 'number', unit: 'm2' }),
  c('≥20个工作日', { kind: 'number', unit: '个工作日' }),
  c('≥20年', { kind: 'number', number: 20, unit: '年' }),
  c('0起', { kind: 'number', number: 0, unit: '起' }, ['operator-missing']),
  c('≥95(人)', { kind: 'number', number: 95, unit: '人' }, ['bracketed-unit'], '≥95人'),
  c('≥95（%）', { kind: 'percent', number: 95, unit: '%' }, ['bracketed-unit', 'full-width-chars'], '≥95%'),
  c('≥95%的学员', { kind: 'text' }),
  c('100%完成', { kind: 'text' }),
  c('完成率100%', { kind: 'text' }),
];

/** Grades, vague wording, free text. */
export const WORD_CASES: Case[] = [
  ...['健全', '规范', '良好', '满意', '优良', '优秀', '合格', '达标', '及时', '有效', '可控', '合理', '提高', '提升',
    '减少', '降低', '明显', '显著', '是', '否', '基本满意', '完善', '完成', '正常', '稳定', '安全', '无', '有', '持续',
    '长期', '较好', '非常满意', '基本健全', '总体稳定', '全覆盖'].map((g) => c(g, { kind: 'grade', grade: g })),
  c('≥良好', { kind: 'grade', grade: '良好', operator: '≥' }),
  c('良好以上', { kind: 'grade', grade: '良好', operator: '≥', operatorText: '以上' }, ['nonstandard-operator'], '≥良好'),
  c('合格及以上', { kind: 'grade', grade: '合格', operator: '≥' }, ['nonstandard-operator'], '≥合格'),
  c(' 良好 ', { kind: 'grade', grade: '良好' }, ['stray-spaces'], '良好'),
  c('良 好', { kind: 'grade', grade: '良好' }, ['stray-spaces'], '良好'),
  ...['进一步提高', '进一步提升', '明显改善', '有效促进', '不断提升', '逐步提升', '持续改善', '显著提高', '有所提高',
    '进一步提高群众满意度', '有效促进当地经济发展', '服务水平明显改善'].map((v) =>
    c(v, { kind: 'text' }, ['vague-wording']),
  ),
  c('按合同约定完成', { kind: 'text' }),
  c('符合国家标准', { kind: 'text' }),
  c('≥上年水平', { kind: 'text' }),
  c('7*24小时', { kind: 'text' }),
  c('C25', { kind: 'text' }),
  c('TRUE', { kind: 'text' }),
  c('约95%', { kind: 'text' }, ['approximate-number']),
  c('大约200人', { kind: 'text' }, ['approximate-number']),
  c('200余人', { kind: 'text' }, ['approximate-number']),
  c('2000多人', { kind: 'text' }, ['approximate-number']),
  c('95%左右', { kind: 'text' }, ['approximate-number']),
];

/** Periods and deadlines. */
export const DATE_CASES: Case[] = [
  c('2023.07-2024.01', { kind: 'period', period: { start: '2023.07', end: '2024.01' } }),
  c('2023年4月-2024年2月', { kind: 'period', period: { start: '2023年4月', end: '2024年2月' } }),
  c('2026/1/1-2027/12/31', { kind: 'period', period: { start: '2026/1/1', end: '2027/12/31' } }),
  c('20230101-20231231', { kind: 'period', period: { start: '20230101', end: '20231231' } }),
  c('2023-2025', { kind: 'period', period: { start: '2023', end: '2025' } }),
  c('2023年4月-12月', { kind: 'period', period: { start: '2023年4月', end: '12月' } }),
  c('2023年4月至12月', { kind: 'period', period: { start: '2023年4月', end: '12月' } }, ['period-separator'], '2023年4月-12月'),
  c('2023.07—2024.01', { kind: 'period' }, ['period-separator'], '2023.07-2024.01'),
  c('2023.7.1~2023.12.31', { kind: 'period' }, ['period-separator'], '2023.7.1-2023.12.31'),
  c('2023.07 - 2024.01', { kind: 'period' }, ['stray-spaces'], '2023.07-2024.01'),
  c('２０２３．０７－２０２４．０１', { kind: 'period' }, ['full-width-chars'], '2023.07-2024.01'),
  c('2023-01-01-2023-12-31', { kind: 'period', period: { start: '2023-01-01', end: '2023-12-31' } }, ['period-separator'], '2023-01-01至2023-12-31'),
  c('2023-01-01至2023-12-31', { kind: 'period', period: { start: '2023-01-01', end: '2023-12-31' } }),
  c('2024.01-2023.07', { kind: 'period' }, ['period-reversed']),
  c('12月底前', { kind: 'deadline', deadline: '12月底前' }),
  c('2020年12月31日前', { kind: 'deadline', deadline: '2020年12月31日前' }),
  c('2023年12月底前完成', { kind: 'deadline' }),
  c('6月30日前', { kind: 'deadline' }),
  c('年底前', { kind: 'deadline', deadline: '年底前' }),
  c('年底', { kind: 'deadline' }),
  c('年内', { kind: 'deadline' }),
  c('年度内', { kind: 'deadline' }),
  c('上半年', { kind: 'deadline' }),
  c('当年', { kind: 'text' }),
  c('按期', { kind: 'deadline', deadline: '按期' }),
  c('按时完成', { kind: 'deadline' }),
  c('2023年', { kind: 'deadline' }),
  c('2023年度', { kind: 'deadline' }),
  c('2023年12月', { kind: 'deadline' }),
  c('2023.12', { kind: 'deadline' }),
  c('2023-12-31', { kind: 'deadline' }),
  c('12月', { kind: 'deadline' }),
  c('１２月底前', { kind: 'deadline', deadline: '12月底前' }, ['full-width-chars'], '12月底前'),
  c('2023', { kind: 'number', number: 2023 }, ['operator-missing']),
  c('≥2023年', { kind: 'number', number: 2023, unit: '年' }),
  c('12个月内', { kind: 'number', operator: '≤', number: 12, unit: '个月' }, ['nonstandard-operator'], '≤12个月'),
];

/** Placeholders, unit-only, empty. */
export const BLANK_CASES: Case[] = [
  c('**', { kind: 'placeholder' }, ['placeholder']),
  c('*', { kind: 'placeholder' }, ['placeholder']),
  c('XX', { kind: 'placeholder' }, ['placeholder']),
  c('xx', { kind: 'placeholder' }, ['placeholder']),
  c('ＸＸ', { kind: 'placeholder' }, ['placeholder']),
  c('≥**%', { kind: 'placeholder', operator: '≥', unit: '%' }, ['placeholder']),
  c('(≥**%)', { kind: 'placeholder', operator: '≥', unit: '%' }, ['placeholder']),
  c('（≥**%）', { kind: 'placeholder', operator: '≥', operatorText: '≥', unit: '%' }, ['placeholder']),
  c('*%', { kind: 'placeholder', unit: '%' }, ['placeholder']),
  c('≥*人', { kind: 'placeholder', unit: '人' }, ['placeholder']),
  c('≥XX人次', { kind: 'placeholder', unit: '人次' }, ['placeholder']),
  c('≥N人', { kind: 'placeholder', operator: '≥', unit: '人' }, ['placeholder']),
  c('N', { kind: 'placeholder' }, ['placeholder']),
  c('N%', { kind: 'placeholder', unit: '%' }, ['placeholder']),
  c('__', { kind: 'placeholder' }, ['placeholder']),
  c('＿＿', { kind: 'placeholder' }, ['placeholder']),
  c('××', { kind: 'placeholder' }, ['placeholder']),
  c('按XX标准执行', { kind: 'placeholder' }, ['placeholder']),
  c('不低于**%', { kind: 'placeholder', operator: '≥', operatorText: '不低于' }, ['placeholder']),
  c('公里', { kind: 'unit-only', unit: '公里' }, ['unit-only']),
  c('万亩', { kind: 'unit-only', unit: '万亩' }, ['unit-only']),
  c('%', { kind: 'unit-only', unit: '%' }, ['unit-only']),
  c('≧ %', { kind: 'unit-only', operator: '≥', unit: '%' }, ['unit-only'], '≥%'),
  c('≥ 人', { kind: 'unit-only', operator: '≥', unit: '人' }, ['unit-only'], '≥人'),
  c('＞＝ %', { kind: 'unit-only', operator: '≥', unit: '%' }, ['unit-only'], '≥%'),
  c('不低于%', { kind: 'unit-only', operator: '≥', unit: '%' }, ['unit-only'], '≥%'),
  c('元/人', { kind: 'unit-only', unit: '元/人' }, ['unit-only']),
  c('万元', { kind: 'unit-only', unit: '万元' }, ['unit-only']),
  c('', { kind: 'empty' }, ['empty']),
  c('   ', { kind: 'empty' }, ['empty'], ''),
  c('\u3000\n\t', { kind: 'empty' }, ['empty'], ''),
  c('\u200b', { kind: 'empty' }, ['empty'], ''),
];

export const ALL_CASES: Case[] = [
  ...SAMPLE_CASES,
  ...OPERATOR_CASES,
  ...INVALID_CASES,
  ...NUMBER_CASES,
  ...PERCENT_CASES,
  ...UNIT_CASES,
  ...WORD_CASES,
  ...DATE_CASES,
  ...BLANK_CASES,
];
