import { costIndicator } from '../../../src/core/rules/cost-indicator';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable as table, splitIndicatorTable as split } from '../../helpers/sheet';

ruleTester(costIndicator, {
  valid: [
    { name: 'Chongqing: 项目建设成本 ≤65万元 (national-2021)', table: table('成本指标(0-20)分 | 经济成本指标 | 项目建设成本 | ≤65万元\n产出指标 | 数量指标 | 晾晒房 | =1座') },
    { name: 'amounts with ≤ or = and per-unit costs', table: table('产出指标 | 成本指标 | 人均培训成本 | ≤500元/人\n产出指标 | 成本指标 | 设备购置费 | =12.5万元') },
    { name: '成本控制率 ≤100% is a standard row; Hubei 100% is target-operator-missing\'s', table: table('产出指标 | 成本指标 | 成本控制率 | ≤100%\n产出指标 | 成本指标 | 预算成本控制率 | 100%') },
    { name: 'Putuo: 文明施工情况 可控 under 生态环境成本', table: table('成本指标 | 生态环境成本指标 | 文明施工情况 | 可控\n成本指标 | 社会成本指标 | 征地拆迁影响 | 可控\n产出指标 | 数量指标 | 道路建设长度 | ≥985米') },
    { name: 'Xiangtan: 控制在预算成本内 250万 is an amount (its operator is another rule\'s)', table: table('产出指标 | 成本指标 | 控制在预算成本内 | 250万') },
    { name: 'non-money social and environmental costs with ≤', table: table('成本指标 | 生态环境成本指标 | 临时占用耕地 | ≤5亩\n成本指标 | 社会成本指标 | 施工扰民投诉 | ≤3次') },
    { name: 'a bare number is in the table\'s money unit', table: table('产出指标 | 成本指标 | 项目总成本 | ≤65') },
    { name: 'rates outside cost categories', table: table('产出指标 | 质量指标 | 社会化资金发放覆盖率 | >=95%') },
  ],
  invalid: [
    {
      name: 'the seed: 成本 → 社会化资金发放覆盖率 >=95%',
      table: table('产出目标 | 数量 | 补贴人员数量 | >=200人\n产出目标 | 成本 | 社会化资金发放覆盖率 | >=95%\n效果目标 | 经济效益 | 受享人员覆盖面 | >=99%'),
      findings: [{ messageId: 'rate', cells: ['D4'], severity: 'warning', data: { name: '社会化资金发放覆盖率', text: '>=95%' } }],
    },
    {
      name: 'a cost floor (≥): suggest the ceiling',
      table: table('成本指标 | 经济成本指标 | 项目建设成本 | ≥65万元\n成本指标 | 生态环境成本指标 | 植被恢复率 | ≥95%'),
      findings: [
        { messageId: 'atLeast', cells: ['D3'], suggestions: [{ D3: '≤65万元' }] },
        { messageId: 'atLeast', cells: ['D4'] },
      ],
    },
    {
      name: 'an economic cost that is not an amount',
      table: table('产出指标 | 成本指标 | 培训人数 | =200人\n成本指标 | 经济成本指标 | 成本控制 | 合理'),
      findings: [
        { messageId: 'notAmount', cells: ['D3'], data: { name: '培训人数', text: '=200人', category: '成本' } },
        { messageId: 'notAmount', cells: ['D4'], data: { name: '成本控制', text: '合理', category: '经济成本' } },
      ],
    },
    {
      name: 'split columns: the suggestion edits the operator cell',
      table: split('成本指标 | 经济成本指标 | 人均成本 | ≥ | 500 | 元 | 正向指标'),
      findings: [{ messageId: 'atLeast', cells: ['D3', 'E3', 'F3'], suggestions: [{ D3: '≤' }] }],
    },
  ],
});
