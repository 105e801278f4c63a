import { moneyExecutionRate } from '../../../src/core/rules/money-execution-rate';
import { ruleTester } from '../../helpers/rule-tester';

/** The seed's money block: last year's budget B3 and spending D3. */
const seed = (budget: string, spent: string, unit = '(元)') => `
  项目名称 | 老干部工作专项经费 | 项目类别 | 经常性专项业务费
  项目总预算${unit}: | 14,624,640 | 项目当年预算${unit}: | 14,624,640
  同名项目上年预算额${unit}: | ${budget} | 同名项目上年预算执行数${unit}: | ${spent}
  一级指标 | 二级指标 | 三级指标 | 指标值
  投入与管理 | 投入管理 | 预算执行率 | =100%`;

ruleTester(moneyExecutionRate, {
  valid: [
    { name: 'the seed: spent 12,978,930 of 12,978,930 (100%)', table: seed('12,978,930', '12,978,930') },
    { name: 'spent less than the budget', table: seed('12,978,930', '12,000,000') },
    { name: 'a new project: no budget and no spending last year', table: seed('0', '0') },
    { name: 'blank amounts', table: seed('', '') },
    { name: 'over 100% but within a configured maxRate of 110', table: seed('12,978,930', '13,500,000'), options: { maxRate: 110 } },
    { name: 'no unit declared: no comparison', table: seed('100', '120', '') },
  ],
  invalid: [
    {
      name: 'spent above the budget (execution 104%)',
      table: seed('12,978,930', '13,500,000'),
      findings: [
        {
          messageId: 'overBudget',
          cells: ['B3', 'D3'],
          severity: 'warning',
          data: { spentLabel: '同名项目上年预算执行数', spent: '13,500,000 元', budgetLabel: '同名项目上年预算额', budget: '12,978,930 元', rate: '104' },
        },
      ],
    },
    {
      name: 'just above 100% shows the decimals that matter',
      table: seed('10,000,000', '10,001,000'),
      findings: [{ messageId: 'overBudget', cells: ['B3', 'D3'], data: { spentLabel: '同名项目上年预算执行数', spent: '10,001,000 元', budgetLabel: '同名项目上年预算额', budget: '10,000,000 元', rate: '100.01' } }],
    },
    {
      name: 'spending without a budget',
      table: seed('0', '500,000'),
      findings: [{ messageId: 'noBudget', cells: ['B3', 'D3'] }],
    },
  ],
});
