import { targetNotMeasurable } from '../../../src/core/rules/target-not-measurable';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable as table } from '../../helpers/sheet';

ruleTester(targetNotMeasurable, {
  valid: [
    { name: 'values and grades (seed, Putuo)', table: table('产出目标 | 数量 | 补贴人员数量 | >=200人\n效果目标 | 社会效益 | 受享人员生活状况 | 良好\n产出指标 | 时效指标 | 项目完成及时性 | 及时\n效益指标 | 社会效益指标 | 道路景观提升情况 | 提升') },
    { name: 'periods and deadlines (Xiangtan)', table: table('产出指标 | 时效指标 | 服务周期 | 2023.07-2024.01\n产出指标 | 时效指标 | 完成时间 | 2020年12月31日前') },
    { name: 'checkable yes/no text: no incidents, conformance, acceptance', table: table('产出指标 | 质量指标 | 安全生产 | 无重大安全事故\n产出指标 | 质量指标 | 工程质量 | 符合国家标准\n产出指标 | 质量指标 | 设计符合度 | 达到设计要求\n产出指标 | 质量指标 | 竣工验收 | 通过竣工验收\n效益指标 | 社会效益指标 | 群众投诉 | 零投诉') },
    { name: 'common qualitative words the grade list lacks', table: table('产出指标 | 质量指标 | 资金使用合规性 | 合规\n产出指标 | 数量指标 | 工作任务 | 全部完成\n产出指标 | 质量指标 | 资料完整性 | 齐全') },
    { name: 'a value followed by words states a measurable target', table: table('产出指标 | 质量指标 | 验收合格率 | ≥95%（含）\n产出指标 | 质量指标 | 任务完成率 | 100%完成') },
    { name: 'vague wording and ranges are other rules\' findings', table: table('效益指标 | 社会效益指标 | 生活水平 | 进一步提高\n产出指标 | 数量指标 | 培训人数 | 约200人\n产出指标 | 数量指标 | 参训人数 | 3-5人') },
  ],
  invalid: [
    {
      name: 'free text',
      table: table('产出指标 | 质量指标 | 工程质量 | 按合同约定完成\n效益指标 | 社会效益指标 | 带动就业 | ≥上年水平\n效益指标 | 可持续影响指标 | 长效机制 | 建立长效管护机制'),
      findings: [
        { messageId: 'notMeasurable', cells: ['D3'], severity: 'warning', data: { name: '工程质量', text: '按合同约定完成' } },
        { messageId: 'notMeasurable', cells: ['D4'], severity: 'warning', data: { name: '带动就业', text: '≥上年水平' } },
        { messageId: 'notMeasurable', cells: ['D5'], severity: 'warning', data: { name: '长效机制', text: '建立长效管护机制' } },
      ],
    },
  ],
});
