import { moneyUnitScale } from '../../../src/core/rules/money-unit-scale';
import { ruleTester } from '../../helpers/rule-tester';

const INDICATORS = `
  一级指标 | 二级指标 | 三级指标 | 指标值 | | |
  产出指标 | 数量指标 | 培训人次 | ≥300人次 | | |`;

/** The standard 资金情况 row: 年度资金总额 C2 = 财政拨款 E2 + 其他资金 G2. */
const standard = (annual: string, fiscal: string, other: string, unit = '资金情况（万元）') => `
  项目名称 | 培训项目 | | | | |
  ${unit} | 年度资金总额 | ${annual} | 其中：财政拨款 | ${fiscal} | 其他资金 | ${other}${INDICATORS}`;

/** The seed's block: 项目总预算 B2, 项目当年预算 D2, 上年预算额 B3, 上年预算执行数 D3. */
const seed = (total: string, annual: string, budget: string, spent: string, unit = '(元)') => `
  项目名称 | 老干部工作专项经费 | 项目类别 | 经常性专项业务费
  项目总预算${unit}: | ${total} | 项目当年预算${unit}: | ${annual}
  同名项目上年预算额${unit}: | ${budget} | 同名项目上年预算执行数${unit}: | ${spent}
  一级指标 | 二级指标 | 三级指标 | 指标值
  投入与管理 | 投入管理 | 预算执行率 | =100%`;

ruleTester(moneyUnitScale, {
  valid: [
    { name: 'the seed (元)', table: seed('14,624,640', '14,624,640', '12,978,930', '12,978,930') },
    { name: 'amounts of one order in 万元', table: standard('150', '150', '0') },
    { name: 'a large project with small other funds still adds up (20,000 = 19,998 + 2)', table: standard('20000', '19998', '2') },
    {
      name: 'a whole-life total far above this year, both plausible in 万元 (50,000 and 5)',
      table: `
        项目名称 | 道路工程 | 金额单位:万元 |
        项目总预算 | 50000 | 当年预算 | 5
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 道路建设长度 | 985米`,
    },
    {
      name: 'different units on different labels, equal after conversion (150 万元 and 1,500,000 元)',
      table: `
        项目名称 | 培训项目 | |
        项目总预算(万元) | 150 | 项目当年预算(元) | 1,500,000
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 培训人次 | ≥300人次`,
    },
    {
      name: 'one amount and no unit (a flat list’s 预算数): nothing is compared, nothing to say',
      table: `
        项目名称 | 村组干部报酬 | 预算数 | 3309840
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 发放人数 | ≥100人`,
    },
    { name: 'no unit, but only zeros to compare', table: standard('0', '0', '0', '资金情况') },
  ],
  invalid: [
    {
      name: 'no unit declared where amounts are compared: one info',
      table: `
        项目名称 | 道路养护 | |
        项目总预算 | 120 | 当年预算 | 80
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 养护里程 | ≥20公里`,
      findings: [{ messageId: 'unitUnknown', cells: ['B2', 'D2'], severity: 'info' }],
    },
    {
      name: 'no unit in a 资金情况 block: one info for all its amounts',
      table: standard('120', '100', '20', '资金情况'),
      findings: [{ messageId: 'unitUnknown', cells: ['C2', 'E2', 'G2'], severity: 'info' }],
    },
    {
      name: 'a 万元 table with a part typed in 元 (150 vs 1,500,000)',
      table: standard('150', '1,500,000', '0'),
      findings: [{ messageId: 'parts', cells: ['C2', 'E2'], severity: 'warning', data: { label: '年度资金总额', total: '150 万元', sum: '1,500,000 万元' } }],
    },
    {
      name: 'a 元 table with the parts typed in 万元',
      table: standard('1,500,000', '120', '30', '资金情况（元）'),
      findings: [{ messageId: 'parts', cells: ['C2', 'E2', 'G2'], data: { label: '年度资金总额', total: '1,500,000 元', sum: '150 元' } }],
    },
    {
      name: 'this year 10,000 times the total',
      table: `
        项目名称 | 道路养护 | 金额单位:万元 |
        项目总预算 | 150 | 当年预算 | 1,500,000
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 养护里程 | ≥20公里`,
      findings: [{ messageId: 'pair', cells: ['B2', 'D2'], data: { a: '项目总预算', aAmount: '150 万元', b: '当年预算', bAmount: '1,500,000 万元' } }],
    },
    {
      name: 'the seed with this year typed in 万元: the odd one out among three amounts',
      table: seed('14,624,640', '1,462.464', '12,978,930', '12,978,930'),
      findings: [
        {
          messageId: 'odd',
          cells: ['D2', 'B2', 'B3'],
          data: { label: '项目当年预算', amount: '1,462.46 元', others: '项目总预算 14,624,640 元、同名项目上年预算额 12,978,930 元' },
        },
      ],
    },
    {
      name: 'Chongqing with this year typed in 元 (650000): one finding against the total and the parts',
      table: `
        预算单位: 奉节县云雾土家族乡人民政府 | | | 金额单位:万元
        项目名称 | 加工园配套设施建设项目 | |
        项目资金预算执行10分 | 项目总预算 | 65 |
        | 当年年度预算 | 650000 |
        | 其中:财政资金 | 65 |
        | 其中:其它资金 | 0 |
        一级指标 | 二级指标 | 三级指标 | 指标值
        成本指标 | 经济成本指标 | 项目建设成本 | ≤65万元`,
      findings: [
        {
          messageId: 'odd',
          cells: ['C4', 'C5', 'C3'],
          data: { label: '当年年度预算', amount: '650,000 万元', others: '其中各项之和 65 万元、项目总预算 65 万元' },
        },
      ],
    },
    {
      name: 'last year’s spending typed in 元 in a 万元 table',
      table: seed('1,500', '1,500', '1,298', '12,978,930', '(万元)'),
      findings: [{ messageId: 'pair', cells: ['B3', 'D3'] }],
    },
  ],
});
