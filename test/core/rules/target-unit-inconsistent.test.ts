import { targetUnitInconsistent } from '../../../src/core/rules/target-unit-inconsistent';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable as table, splitIndicatorTable as split } from '../../helpers/sheet';

const hubei = (last: string) => `
  项目名称 | 主体班 | |
  年度绩效目标(文字) | 主体班培训280人次;邀请校外名师、领导授课25人次;情景教学或外训批次6批次;开设课程数量220门 | |
  一级指标 | 二级指标 | 三级指标 | 指标值
  产出指标 | 数量指标 | 主体班培训人次 | 280人次
  产出指标 | 数量指标 | 邀请校外名师、领导授课人次 | 25人次
  产出指标 | 数量指标 | 情景教学或外训批次 | 6次
  产出指标 | 数量指标 | 理论教育和党性教育课时比例 | 70%
  产出指标 | 数量指标 | 开设课程数量 | ${last}`;

ruleTester(targetUnitInconsistent, {
  valid: [
    { name: 'Hubei with the unit written', table: hubei('220门') },
    { name: 'one sibling is too little evidence', table: table('产出指标 | 数量指标 | 培训人次 | ≥280人次\n产出指标 | 数量指标 | 开设课程数量 | ≥220') },
    { name: 'siblings without units either', table: table('产出指标 | 数量指标 | 培训人次 | ≥280\n产出指标 | 数量指标 | 授课人次 | ≥25\n产出指标 | 数量指标 | 开设课程数量 | ≥220') },
    { name: 'pure numbers: scores and indices', table: table('效益指标 | 社会效益指标 | 培训人次 | ≥280人次\n效益指标 | 社会效益指标 | 授课人次 | ≥25人次\n效益指标 | 社会效益指标 | 群众评价得分 | ≥90') },
    { name: 'rates are target-kind-mismatch\'s', table: table('产出指标 | 质量指标 | 培训人次 | ≥280人次\n产出指标 | 质量指标 | 授课人次 | ≥25人次\n产出指标 | 质量指标 | 合格率 | ≥95') },
    { name: 'a scaled amount (Xiangtan 250万) is not a bare number', table: table('产出指标 | 成本指标 | 车辆租金 | ≤10万元\n产出指标 | 成本指标 | 燃油费 | ≤5万元\n产出指标 | 成本指标 | 控制在预算成本内 | 250万') },
  ],
  invalid: [
    {
      name: 'Hubei: 开设课程数量 220 among 280人次, 25人次, 6次; the goal text says 220门',
      table: hubei('220'),
      findings: [{ messageId: 'missingUnit', cells: ['D8'], severity: 'warning', data: { name: '开设课程数量', text: '220', example: '280人次' }, suggestions: [{ D8: '220门' }] }],
    },
    {
      name: 'the name implies the unit',
      table: table('产出指标 | 数量指标 | 培训班次 | ≥12期\n产出指标 | 数量指标 | 培训天数 | ≥5天\n产出指标 | 数量指标 | 培训人数 | ≥200'),
      findings: [{ messageId: 'missingUnit', cells: ['D5'], suggestions: [{ D5: '≥200人' }] }],
    },
    {
      name: 'same kind of name elsewhere in the table',
      table: table('产出指标 | 数量指标 | 补贴人数 | ≥200人\n效益指标 | 社会效益指标 | 受益人数 | 5000'),
      findings: [{ messageId: 'missingUnit', cells: ['D4'], suggestions: [{ D4: '5000人' }] }],
    },
    {
      name: 'split columns: the suggestion fills the unit cell',
      table: split('产出指标 | 数量指标 | 培训班次 | ≥ | 12 | 期 | 正向指标\n产出指标 | 数量指标 | 培训天数 | ≥ | 5 | 天 | 正向指标\n产出指标 | 数量指标 | 培训人数 | ≥ | 200 | | 正向指标'),
      findings: [{ messageId: 'missingUnit', cells: ['D5', 'E5', 'F5'], suggestions: [{ F5: '人' }] }],
    },
  ],
});
