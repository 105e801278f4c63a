import { moneyPartsSum } from '../../../src/core/rules/money-parts-sum';
import { ruleTester } from '../../helpers/rule-tester';

const INDICATORS = `
  一级指标 | 二级指标 | 三级指标 | 指标值 | | |
  产出指标 | 数量指标 | 培训人次 | ≥300人次 | | |`;

/** The standard 资金情况 row: 年度资金总额 = 财政拨款 + 其他资金 (C2 = E2 + G2). */
const standard = (annual: string, fiscal: string, other: string, unit = '资金情况（万元）') => `
  项目名称 | 培训项目 | | | | |
  ${unit} | 年度资金总额 | ${annual} | 其中：财政拨款 | ${fiscal} | 其他资金 | ${other}${INDICATORS}`;

/** The Shanghai 2026 form (Putuo sample): whole-life block E4 = E5 + E7, annual block H4 = H5 + H6 + H7. */
const putuo = (o: { totalOther?: string; carryOver?: string } = {}) => `
  财政项目支出绩效目标申报表 | | | | | | |
  （2026年度） | | | | | | |
  项目名称 | | 兰溪路-真南路下立交工程 | | 项目性质 | 阶段性项目 | 项目类别 | 特定目标类
  项目资金（元） | | 项目资金总额 | | 771,325,800.00 | 年度资金申请总额 | | 226,145,100.00
  | | 其中：财政资金 | | 771,325,800.00 | 其中：当年财政拨款 | | 226,145,100.00
  | | | | | 上年结转资金 | | ${o.carryOver ?? '0'}
  | | 其他资金 | | ${o.totalOther ?? '0'} | 其他资金 | | 0
  | 一级指标 | 二级指标 | 三级指标 | | | 年度(/项目)指标值 |
  | 产出指标 | 数量指标 | 道路建设长度 | | | 985米 |`;

/** The transfer-payment layout of the Chencang sample: 资金总额 C4 = 财政拨款 C5 + 其他资金 C6. */
const chencang = (total: string, fiscal: string, other: string) => `
  专项(项目)名称 | 农村饮水安全巩固提升工程专项 | |
  市级财政部门 | 宝鸡市财政局 | 市级主管部门 | 宝鸡市水利局
  资金情况(万元) | 资金来源 | |
  | 资金总额 | ${total} |
  | 其中:财政拨款 | ${fiscal} |
  | 其他资金 | ${other} |
  一级指标 | 二级指标 | 三级指标 | 指标值
  产出指标 | 数量指标 | 农村饮水工程覆盖服务人口数 | ≥9200人`;

ruleTester(moneyPartsSum, {
  valid: [
    { name: 'parts add up (120 = 100 + 20)', table: standard('120', '100', '20') },
    { name: 'Putuo: whole-life 771,325,800 = 771,325,800 + 0, annual 226,145,100 = 226,145,100 + 0 + 0', table: putuo() },
    {
      name: 'Chongqing: 当年年度预算 65 = 财政资金 65 + 其它资金 0 (项目总预算 has no parts)',
      table: `
        预算单位: 奉节县云雾土家族乡人民政府 | | | 金额单位:万元
        项目名称 | 加工园配套设施建设项目 | |
        项目资金预算执行10分 | 项目总预算 | 65 |
        | 当年年度预算 | 65 |
        | 其中:财政资金 | 65 |
        | 其中:其它资金 | 0 |
        一级指标 | 二级指标 | 三级指标 | 指标值
        成本指标 | 经济成本指标 | 项目建设成本 | ≤65万元`,
    },
    {
      name: 'Hubei: one 当年 share under the whole 项目金额 is not a split (164万元, 其中 132万元)',
      table: `
        项目名称 | 主体班 | |
        项目金额 | 164万元 | 其中:当年市级财政资金 | 132万元
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 主体班培训人次 | 280人次`,
    },
    { name: 'a blank 其他资金 counts as 0 when the filled parts add up (Chencang with its total filled)', table: chencang('500', '500', '') },
    { name: 'a "-" in 其他资金 means none', table: chencang('500', '500', '-') },
    { name: 'Chencang as published: 资金总额 blank (money-total-blank reports it)', table: chencang('', '500', '') },
    { name: 'amounts in 元 and 万元 compared after conversion', table: standard('120', '1,000,000元', '200,000元') },
    { name: 'rounding of amounts written to 2 decimals (12.35 vs 8.12 + 4.22)', table: standard('12.35', '8.12', '4.22') },
    { name: 'no unit declared: no comparison (money-unit-scale asks for the unit)', table: standard('120', '100', '30', '资金情况') },
    { name: 'a part that is not a number is left to money-not-number', table: standard('120', '100', '待定') },
    { name: 'a part above the total is left to money-part-exceeds', table: standard('120', '150', '0') },
    { name: 'a blank total is left to money-total-blank', table: standard('', '100', '20') },
  ],
  invalid: [
    {
      name: 'parts above the total (120 ≠ 100 + 30)',
      table: standard('120', '100', '30'),
      findings: [
        {
          messageId: 'mismatch',
          cells: ['C2', 'E2', 'G2'],
          severity: 'error',
          data: { label: '年度资金总额', total: '120 万元', sum: '130 万元', parts: '财政拨款 100 万元 + 其他资金 30 万元', diff: '10 万元' },
        },
      ],
    },
    {
      name: 'parts short of the total, the split complete (其他资金 present)',
      table: standard('120', '100', '10'),
      findings: [{ messageId: 'mismatch', cells: ['C2', 'E2', 'G2'], severity: 'error' }],
    },
    {
      name: 'Putuo with a planted whole-life 其他资金 of 1,000: the whole-life block no longer adds up',
      table: putuo({ totalOther: '1,000.00' }),
      findings: [
        {
          messageId: 'mismatch',
          cells: ['E4', 'E5', 'E7'],
          data: { label: '项目资金总额', total: '771,325,800 元', sum: '771,326,800 元', parts: '财政资金 771,325,800 元 + 其他资金 1,000 元', diff: '1,000 元' },
        },
      ],
    },
    {
      name: 'Putuo with a planted 上年结转资金: the annual block (three parts) no longer adds up',
      table: putuo({ carryOver: '5,000,000.00' }),
      findings: [{ messageId: 'mismatch', cells: ['H4', 'H5', 'H6', 'H7'] }],
    },
    {
      name: 'a blank 其他资金 and a shortfall (Chencang layout): the blank part is named, the difference suggested',
      table: chencang('120', '100', ''),
      findings: [
        {
          messageId: 'blankPart',
          cells: ['C4', 'C5', 'C6'],
          data: { label: '资金总额', total: '120 万元', sum: '100 万元', parts: '财政拨款 100 万元', diff: '20 万元', blank: '其他资金' },
          suggestions: [{ C6: '20' }],
        },
      ],
    },
    {
      name: 'two blank parts and a shortfall: no single amount to suggest',
      table: `
        项目名称 | 培训项目 | |
        资金情况(万元) | 资金来源 | |
        | 年度资金总额 | 120 |
        | 其中:当年财政拨款 | 100 |
        | 上年结转资金 | |
        | 其他资金 | |
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 培训人次 | ≥300人次`,
      findings: [{ messageId: 'blankPart', cells: ['C3', 'C4', 'C5', 'C6'], data: { label: '年度资金总额', total: '120 万元', sum: '100 万元', parts: '当年财政拨款 100 万元', diff: '20 万元', blank: '上年结转资金、其他资金' } }],
    },
    {
      name: 'a shortfall without a catch-all part (当年财政拨款 + 上年结转资金): a warning, the split may be incomplete',
      table: `
        项目名称 | 培训项目 | | | | |
        资金情况（万元） | 年度资金总额 | 120 | 其中：当年财政拨款 | 100 | 上年结转资金 | 10${INDICATORS}`,
      findings: [{ messageId: 'mismatch', cells: ['C2', 'E2', 'G2'], severity: 'warning' }],
    },
  ],
});
