import { targetPercentRange } from '../../../src/core/rules/target-percent-range';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable as table, splitIndicatorTable as split } from '../../helpers/sheet';

ruleTester(targetPercentRange, {
  valid: [
    { name: 'ordinary percentages (seed, Putuo)', table: table('投入与管理 | 投入管理 | 预算执行率 | =100%\n产出目标 | 质量 | 补助资金发放率 | >=95%\n产出指标 | 质量指标 | 项目验收达标率 | =100.00(%)') },
    { name: '成本控制率 ≤100% is a standard row', table: table('产出指标 | 成本指标 | 成本控制率 | ≤100%') },
    { name: 'Hubei: 100% without operator is target-operator-missing\'s', table: table('产出指标 | 质量指标 | 培训完成率 | 100%') },
    { name: 'growth and change rates may leave 0–100%', table: table('效益指标 | 经济效益指标 | 销售收入增长率 | ≥120%\n效益指标 | 生态效益指标 | 能耗降低率 | ≥-5%\n效益指标 | 经济效益指标 | 投入产出比 | ≥150%') },
  ],
  invalid: [
    {
      name: '≥100% and ≤0% can only mean =100% and =0% (decimals kept)',
      table: table('产出指标 | 质量指标 | 验收合格率 | ≥100%\n产出指标 | 质量指标 | 资金发放准确率 | ≥100.00%\n效益指标 | 社会效益指标 | 安全事故发生率 | ≤0%'),
      findings: [
        { messageId: 'degenerate', cells: ['D3'], severity: 'warning', suggestions: [{ D3: '=100%' }] },
        { messageId: 'degenerate', cells: ['D4'], severity: 'warning', suggestions: [{ D4: '=100.00%' }] },
        { messageId: 'degenerate', cells: ['D5'], severity: 'warning', suggestions: [{ D5: '=0%' }] },
      ],
    },
    {
      name: 'outside 0–100%',
      table: table('产出指标 | 质量指标 | 合格率 | ≥120%\n产出指标 | 质量指标 | 完成率 | >100%\n产出指标 | 质量指标 | 覆盖率 | 950%'),
      findings: [
        { messageId: 'outOfRange', cells: ['D3'] },
        { messageId: 'outOfRange', cells: ['D4'] },
        { messageId: 'outOfRange', cells: ['D5'] },
      ],
    },
    {
      name: 'a 占比 is not a ratio that may exceed 100%',
      table: table('效益指标 | 社会效益指标 | 本地用工占比 | ≥110%'),
      findings: [{ messageId: 'outOfRange', cells: ['D3'] }],
    },
    {
      name: 'split columns: the suggestion edits the operator cell',
      table: split('产出指标 | 质量指标 | 验收合格率 | ≥ | 100 | % | 正向指标'),
      findings: [{ messageId: 'degenerate', cells: ['D3', 'E3', 'F3'], data: { name: '验收合格率', text: '≥100%', fix: '=100%' }, suggestions: [{ D3: '=' }] }],
    },
  ],
});
