import { moneyPartExceeds } from '../../../src/core/rules/money-part-exceeds';
import { ruleTester } from '../../helpers/rule-tester';

const INDICATORS = `
  一级指标 | 二级指标 | 三级指标 | 指标值 | | |
  产出指标 | 数量指标 | 培训人次 | ≥300人次 | | |`;

/** The standard 资金情况 row: 年度资金总额 C2, 其中：财政拨款 E2, 其他资金 G2. */
const standard = (annual: string, fiscal: string, other: string, unit = '资金情况（万元）') => `
  项目名称 | 培训项目 | | | | |
  ${unit} | 年度资金总额 | ${annual} | 其中：财政拨款 | ${fiscal} | 其他资金 | ${other}${INDICATORS}`;

/** The Hubei sample's line: 项目金额 B2 with one 当年 share D2. */
const hubei = (total: string, share: string) => `
  项目名称 | 主体班 | |
  项目金额 | ${total} | 其中:当年市级财政资金 | ${share}
  一级指标 | 二级指标 | 三级指标 | 指标值
  产出指标 | 数量指标 | 主体班培训人次 | 280人次`;

ruleTester(moneyPartExceeds, {
  valid: [
    { name: 'parts within their total', table: standard('120', '100', '20') },
    { name: 'Hubei: 其中 当年市级财政资金 132万元 within 项目金额 164万元', table: hubei('164万元', '132万元') },
    { name: 'a part equal to its total (Chongqing-like 65 = 65 + 0)', table: standard('65', '65', '0') },
    { name: 'a part in 元 within a total in 万元 (1,000,000 元 ≤ 120 万元)', table: standard('120', '1,000,000元', '200,000元') },
    { name: 'no unit declared: no comparison', table: standard('120', '150', '0', '资金情况') },
    { name: 'blank and unreadable amounts are not compared', table: standard('', '待定', '20') },
  ],
  invalid: [
    {
      name: '其中：财政拨款 150 above 年度资金总额 120',
      table: standard('120', '150', '0'),
      findings: [{ messageId: 'exceeds', cells: ['C2', 'E2'], data: { part: '财政拨款', amount: '150 万元', label: '年度资金总额', total: '120 万元' } }],
    },
    {
      name: 'Hubei with the amounts swapped: the 当年 share above the whole 项目金额',
      table: hubei('132万元', '164万元'),
      findings: [{ messageId: 'exceeds', cells: ['B2', 'D2'], data: { part: '当年市级财政资金', amount: '164 万元', label: '项目金额', total: '132 万元' } }],
    },
    {
      name: 'a part in 元 above a total in 万元 after conversion (2,000,000 元 > 120 万元)',
      table: standard('120', '2,000,000元', '0'),
      findings: [{ messageId: 'exceeds', cells: ['C2', 'E2'], data: { part: '财政拨款', amount: '2,000,000 元', label: '年度资金总额', total: '120 万元' } }],
    },
  ],
});
