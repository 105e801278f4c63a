import { targetVague } from '../../../src/core/rules/target-vague';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable as table } from '../../helpers/sheet';

ruleTester(targetVague, {
  valid: [
    { name: 'a grade word alone is accepted (Putuo 提升, 减少)', table: table('效益指标 | 社会效益指标 | 道路景观提升情况 | 提升\n效益指标 | 社会效益指标 | 道路安全隐患减少情况 | 减少') },
    { name: 'exact values', table: table('效益指标 | 社会效益指标 | 政策知晓率 | ≥90%\n产出指标 | 数量指标 | 培训人数 | ≥200人') },
    { name: 'plain free text is target-not-measurable\'s', table: table('产出指标 | 质量指标 | 工程质量 | 按合同约定完成') },
  ],
  invalid: [
    {
      name: 'vague outcome wording, alone or in a sentence',
      table: table('效益指标 | 社会效益指标 | 居民生活水平 | 进一步提高\n效益指标 | 生态效益指标 | 环境质量 | 明显改善\n效益指标 | 经济效益指标 | 产业发展 | 有效促进当地产业发展'),
      findings: [
        { messageId: 'vague', cells: ['D3'], data: { name: '居民生活水平', text: '进一步提高', phrase: '进一步提高' } },
        { messageId: 'vague', cells: ['D4'], data: { name: '环境质量', text: '明显改善', phrase: '明显改善' } },
        { messageId: 'vague', cells: ['D5'], data: { name: '产业发展', text: '有效促进当地产业发展', phrase: '有效促进' } },
      ],
    },
    {
      name: 'approximate numbers',
      table: table('产出指标 | 质量指标 | 合格率 | 约95%\n产出指标 | 数量指标 | 培训人数 | 200余人\n产出指标 | 数量指标 | 受益户数 | 300户左右'),
      findings: [
        { messageId: 'approximate', cells: ['D3'], severity: 'warning' },
        { messageId: 'approximate', cells: ['D4'], severity: 'warning' },
        { messageId: 'approximate', cells: ['D5'], severity: 'warning' },
      ],
    },
  ],
});
