import { moneyNotNumber } from '../../../src/core/rules/money-not-number';
import { ruleTester } from '../../helpers/rule-tester';

/** 项目总预算 B2 and 当年预算 D2 in 万元. */
const amounts = (total: string, annual: string) => `
  项目名称 | 道路养护 | 金额单位:万元 |
  项目总预算 | ${total} | 当年预算 | ${annual}
  一级指标 | 二级指标 | 三级指标 | 指标值
  产出指标 | 数量指标 | 养护里程 | ≥20公里`;

ruleTester(moneyNotNumber, {
  valid: [
    { name: 'plain numbers', table: amounts('120', '80') },
    { name: 'numbers with separators, decimals and units (14,624,640 / 250万 / 164万元)', table: amounts('1,200.50', '164万元') },
    { name: 'an amount like 250万', table: amounts('250万', '250万') },
    { name: 'blank amounts (money-total-blank and the header rules look at those)', table: amounts('', '') },
    { name: '"-" and "无" say none', table: amounts('120', '-') },
    { name: 'a currency sign before the number', table: amounts('¥1,200', '￥800') },
    { name: 'a neighbouring label read as the value (资金来源) is not an amount the clerk typed', table: amounts('资金来源', '80') },
  ],
  invalid: [
    {
      name: 'an amount typed twice (120万120万): the single amount suggested',
      table: amounts('120万120万', '80'),
      findings: [{ messageId: 'notNumber', cells: ['B2'], data: { label: '项目总预算', text: '120万120万' }, suggestions: [{ B2: '120万' }] }],
    },
    {
      name: 'an approximate amount (约100): the number suggested, not fixed',
      table: amounts('120', '约100'),
      findings: [{ messageId: 'notNumber', cells: ['D2'], data: { label: '当年预算', text: '约100' }, suggestions: [{ D2: '100' }] }],
    },
    {
      name: 'words instead of an amount (待定), no suggestion',
      table: amounts('待定', '80'),
      findings: [{ messageId: 'notNumber', cells: ['B2'], data: { label: '项目总预算', text: '待定' } }],
    },
    {
      name: 'a part with a note in it',
      table: `
        项目名称 | 培训项目 | | | | |
        资金情况（万元） | 年度资金总额 | 120 | 其中：财政拨款 | 100（含结转） | 其他资金 | 20
        一级指标 | 二级指标 | 三级指标 | 指标值 | | |
        产出指标 | 数量指标 | 培训人次 | ≥300人次 | | |`,
      findings: [{ messageId: 'notNumber', cells: ['E2'], data: { label: '财政拨款', text: '100（含结转）' } }],
    },
  ],
});
