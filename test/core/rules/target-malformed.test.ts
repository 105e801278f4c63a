import { targetMalformed } from '../../../src/core/rules/target-malformed';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable as table, splitIndicatorTable as split } from '../../helpers/sheet';

ruleTester(targetMalformed, {
  valid: [
    { name: 'well-formed values, grades, periods and deadlines', table: table('产出指标 | 数量指标 | 补贴人员数量 | ≥200人\n产出指标 | 质量指标 | 验收合格率 | =100%\n产出指标 | 时效指标 | 服务周期 | 2023.07-2024.01\n产出指标 | 时效指标 | 完成时间 | 12月底前\n效益指标 | 社会效益指标 | 生活状况 | 良好') },
    { name: 'free text and a missing operator are other rules\' findings', table: table('产出指标 | 质量指标 | 工程质量 | 按合同约定完成\n产出指标 | 数量指标 | 车辆数 | 10辆') },
    { name: 'a negative number and a suffix operator', table: table('效益指标 | 经济效益指标 | 亏损额变化 | ≥-5万元\n产出指标 | 质量指标 | 合格率 | 95%以上') },
    { name: 'split columns read as one value (Sichuan)', table: split('产出指标 | 数量指标 | 村组干部人数 | ≥ | 230 | 人 | 正向指标') },
  ],
  invalid: [
    {
      name: 'two operators',
      table: table('产出指标 | 质量指标 | 验收合格率 | ≥=95%\n产出指标 | 质量指标 | 合格率 | ≥95%以下'),
      findings: [
        { messageId: 'twoOperators', cells: ['D3'], data: { name: '验收合格率', text: '≥=95%', first: '≥', second: '=' } },
        { messageId: 'twoOperators', cells: ['D4'], data: { name: '合格率', text: '≥95%以下', first: '≥', second: '以下' } },
      ],
    },
    {
      name: 'an operator with no number',
      table: table('产出指标 | 数量指标 | 培训人次 | ≥'),
      findings: [{ messageId: 'numberMissing', cells: ['D3'], severity: 'error' }],
    },
    {
      name: 'garbled numbers',
      table: table('产出指标 | 数量指标 | 补贴人数 | 1,00人\n产出指标 | 质量指标 | 合格率 | 95..5%\n产出指标 | 质量指标 | 达标率 | ≥9 5%'),
      findings: [
        { messageId: 'numberUnreadable', cells: ['D3'] },
        { messageId: 'numberUnreadable', cells: ['D4'] },
        { messageId: 'numberUnreadable', cells: ['D5'] },
      ],
    },
    {
      name: 'a range is a warning, not an error',
      table: table('产出指标 | 质量指标 | 合格率 | 95%-100%\n效益指标 | 社会效益指标 | 评分 | 90~100分\n产出指标 | 数量指标 | 培训人数 | 3-5人'),
      findings: [
        { messageId: 'range', cells: ['D3'], severity: 'warning' },
        { messageId: 'range', cells: ['D4'], severity: 'warning' },
        { messageId: 'range', cells: ['D5'], severity: 'warning' },
      ],
    },
    {
      name: 'an impossible month in a period',
      table: table('产出指标 | 时效指标 | 服务周期 | 2023.13-2024.01'),
      findings: [{ messageId: 'dateUnreadable', cells: ['D3'], severity: 'error' }],
    },
    {
      name: 'split columns: every cell of the target is named',
      table: split('产出指标 | 数量指标 | 村组干部人数 | ≥ | 2,30 | 人 | 正向指标'),
      findings: [{ messageId: 'numberUnreadable', cells: ['D3', 'E3', 'F3'] }],
    },
  ],
});
