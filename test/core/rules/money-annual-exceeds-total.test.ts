import { moneyAnnualExceedsTotal } from '../../../src/core/rules/money-annual-exceeds-total';
import { ruleTester } from '../../helpers/rule-tester';

/** The seed's money block (shanghai-2020): 项目总预算 B3, 项目当年预算 D3, last year's budget B4 and spending D4. */
const seed = (total: string, annual: string, unit = '(元)') => `
  项目名称 | 老干部工作专项经费 | 项目类别 | 经常性专项业务费
  项目总预算${unit}: | ${total} | 项目当年预算${unit}: | ${annual}
  同名项目上年预算额${unit}: | 12,978,930 | 同名项目上年预算执行数${unit}: | 12,978,930
  一级指标 | 二级指标 | 三级指标 | 指标值
  投入与管理 | 投入管理 | 预算执行率 | =100%`;

ruleTester(moneyAnnualExceedsTotal, {
  valid: [
    { name: 'the seed: 项目总预算 = 项目当年预算 = 14,624,640', table: seed('14,624,640', '14,624,640') },
    { name: 'a multi-year project: this year below the total', table: seed('771,325,800.00', '226,145,100.00') },
    {
      name: 'a total in 万元 and a year in 元, equal after conversion',
      table: `
        项目名称 | 培训项目 | |
        项目总预算(万元) | 150 | 项目当年预算(元) | 1,500,000
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 培训人次 | ≥300人次`,
    },
    { name: 'no unit declared: no comparison', table: seed('120', '150', '') },
    { name: 'a blank or unreadable amount is not compared', table: seed('', '150') },
  ],
  invalid: [
    {
      name: 'this year above the total',
      table: seed('14,624,640', '15,000,000'),
      findings: [
        {
          messageId: 'exceeds',
          cells: ['B2', 'D2'],
          data: { totalLabel: '项目总预算', total: '14,624,640 元', annualLabel: '项目当年预算', annual: '15,000,000 元' },
        },
      ],
    },
    {
      name: 'the 2026 form: 年度资金申请总额 above 项目资金总额',
      table: `
        项目名称 | | 兰溪路-真南路下立交工程 | | 项目性质 | 阶段性项目 | 项目类别 | 特定目标类
        项目资金（元） | | 项目资金总额 | | 226,145,100.00 | 年度资金申请总额 | | 771,325,800.00
        | | 其中：财政资金 | | 226,145,100.00 | 其中：当年财政拨款 | | 771,325,800.00
        | | 其他资金 | | 0 | 其他资金 | | 0
        | 一级指标 | 二级指标 | 三级指标 | | | 年度(/项目)指标值 |
        | 产出指标 | 数量指标 | 道路建设长度 | | | 985米 |`,
      findings: [{ messageId: 'exceeds', cells: ['E2', 'H2'] }],
    },
    {
      name: 'compared after conversion: 150 万元 total, 2,000,000 元 this year',
      table: `
        项目名称 | 培训项目 | |
        项目总预算(万元) | 150 | 项目当年预算(元) | 2,000,000
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 培训人次 | ≥300人次`,
      findings: [{ messageId: 'exceeds', cells: ['B2', 'D2'], data: { totalLabel: '项目总预算', total: '150 万元', annualLabel: '项目当年预算', annual: '2,000,000 元' } }],
    },
  ],
});
