import { moneyTotalBlank } from '../../../src/core/rules/money-total-blank';
import { ruleTester } from '../../helpers/rule-tester';
import { sheet } from '../../helpers/sheet';

/** The Chencang sample's layout: 资金总额 C4 = 其中:财政拨款 C5 + 其他资金 C6, in 万元. */
const chencang = (total: string, fiscal: string, other: string) => `
  专项(项目)名称 | 农村饮水安全巩固提升工程专项 | |
  市级财政部门 | 宝鸡市财政局 | 市级主管部门 | 宝鸡市水利局
  资金情况(万元) | 资金来源 | |
  | 资金总额 | ${total} |
  | 其中:财政拨款 | ${fiscal} |
  | 其他资金 | ${other} |
  一级指标 | 二级指标 | 三级指标 | 指标值
  产出指标 | 数量指标 | 农村饮水工程覆盖服务人口数 | ≥9200人`;

ruleTester(moneyTotalBlank, {
  valid: [
    { name: 'a filled total', table: chencang('500', '500', '') },
    { name: 'nothing filled at all (the header rules report missing money)', table: chencang('', '', '') },
    { name: 'only zeros under a blank total: a block not used', table: chencang('', '0', '0') },
    {
      name: 'the seed: a total with no parts',
      table: `
        项目名称 | 老干部工作专项经费 | |
        项目总预算(元): | 14,624,640 | 项目当年预算(元): | 14,624,640
        一级指标 | 二级指标 | 三级指标 | 指标值
        投入与管理 | 投入管理 | 预算执行率 | =100%`,
    },
    { name: 'an unreadable total is money-not-number\'s', table: chencang('待定', '500', '0') },
  ],
  invalid: [
    {
      name: 'Chencang as published: 资金总额 blank, 财政拨款 500, 其他资金 blank — the sum is only a suggestion',
      table: chencang('', '500', ''),
      findings: [{ messageId: 'blank', cells: ['C4', 'C5'], data: { label: '资金总额', parts: '财政拨款 500 万元' }, suggestions: [{ C4: '500' }] }],
    },
    {
      name: 'every part filled (财政拨款 + 其他资金): the total is their sum, an autofix',
      table: chencang('', '450', '50'),
      findings: [{ messageId: 'blank', cells: ['C4', 'C5', 'C6'], data: { label: '资金总额', parts: '财政拨款 450 万元、其他资金 50 万元' }, fix: { C4: '500' } }],
    },
    {
      name: 'a "-" total next to filled parts',
      table: chencang('-', '450', '50'),
      findings: [{ messageId: 'blank', cells: ['C4', 'C5', 'C6'], fix: { C4: '500' } }],
    },
    {
      name: 'the fix is written like the parts (separators, decimals)',
      table: chencang('', '1,200.50', '0.00'),
      findings: [{ messageId: 'blank', cells: ['C4', 'C5', 'C6'], fix: { C4: '1,200.50' } }],
    },
    {
      name: 'a blank annual amount in the Shanghai 2026 form (the whole-life block is fine)',
      // As in the published form, the labels span two columns (F:G) and the amounts sit in H.
      table: sheet(
        `
        项目名称 | | 兰溪路-真南路下立交工程 | | 项目性质 | 阶段性项目 | 项目类别 | 特定目标类
        项目资金（元） | | 项目资金总额 | | 771,325,800.00 | 年度资金申请总额 | |
        | | 其中：财政资金 | | 771,325,800.00 | 其中：当年财政拨款 | | 226,145,100.00
        | | | | | 上年结转资金 | | 0
        | | 其他资金 | | 0 | 其他资金 | | 0
        | 一级指标 | 二级指标 | 三级指标 | | | 年度(/项目)指标值 |
        | 产出指标 | 数量指标 | 道路建设长度 | | | 985米 |`,
        { merges: ['C2:D2', 'F2:G2', 'C3:D3', 'F3:G3', 'F4:G4', 'C5:D5', 'F5:G5'] },
      ),
      findings: [{ messageId: 'blank', cells: ['H2', 'H3', 'H4', 'H5'], fix: { H2: '226,145,100.00' } }],
    },
    {
      name: 'a blank total whose cell is not in line with its parts (Putuo without merges): only a suggestion',
      table: `
        项目名称 | | 兰溪路-真南路下立交工程 | | 项目性质 | 阶段性项目 | 项目类别 | 特定目标类
        项目资金（元） | | 项目资金总额 | | | 年度资金申请总额 | | 226,145,100.00
        | | 其中：财政资金 | | 771,325,800.00 | 其中：当年财政拨款 | | 226,145,100.00
        | | 其他资金 | | 0 | 其他资金 | | 0
        | 一级指标 | 二级指标 | 三级指标 | | | 年度(/项目)指标值 |
        | 产出指标 | 数量指标 | 道路建设长度 | | | 985米 |`,
      findings: [{ messageId: 'blank', cells: ['D2', 'E3', 'E4'], suggestions: [{ D2: '771,325,800.00' }] }],
    },
    {
      name: 'Hubei with 项目金额 blank: one 当年 share is not the total, so nothing is offered',
      table: `
        项目名称 | 主体班 | |
        项目金额 | | 其中:当年市级财政资金 | 132万元
        一级指标 | 二级指标 | 三级指标 | 指标值
        产出指标 | 数量指标 | 主体班培训人次 | 280人次`,
      findings: [{ messageId: 'blank', cells: ['B2', 'D2'], data: { label: '项目金额', parts: '当年市级财政资金 132 万元' } }],
    },
  ],
});
