import { targetOperatorMissing } from '../../../src/core/rules/target-operator-missing';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable as table, splitIndicatorTable as split } from '../../helpers/sheet';

ruleTester(targetOperatorMissing, {
  valid: [
    { name: 'values with operators (seed)', table: table('产出目标 | 数量 | 补贴人员数量 | >=200人\n投入与管理 | 投入管理 | 预算执行率 | =100%') },
    { name: 'suffix and word operators count', table: table('产出指标 | 质量指标 | 合格率 | 95%以上\n产出指标 | 成本指标 | 项目成本 | 控制在65万元以内') },
    { name: 'grades, periods, deadlines and text need no operator', table: table('产出指标 | 质量指标 | 空气质量 | 优良\n产出指标 | 时效指标 | 服务周期 | 2023.07-2024.01\n产出指标 | 时效指标 | 完成时间 | 12月底前\n产出指标 | 质量指标 | 工程质量 | 按合同约定完成') },
    { name: 'a bare year for a year name is a date', table: table('产出指标 | 时效指标 | 完成年度 | 2023') },
    { name: 'split columns with the operator in 指标性质 (Sichuan)', table: split('产出指标 | 数量指标 | 村组干部人数 | ≥ | 230 | 人 | 正向指标') },
  ],
  invalid: [
    {
      name: 'Hubei: counts and rates without operators',
      table: table('产出指标 | 数量指标 | 主体班培训人次 | 280人次\n产出指标 | 质量指标 | 培训完成率 | 100%\n产出指标 | 数量指标 | 理论教育和党性教育课时比例 | 70%'),
      findings: [
        { messageId: 'operatorMissing', cells: ['D3'], severity: 'warning', suggestions: [{ D3: '=280人次' }, { D3: '≥280人次' }] },
        // ≥100% would only mean =100%
        { messageId: 'operatorMissing', cells: ['D4'], severity: 'warning', suggestions: [{ D4: '=100%' }] },
        { messageId: 'operatorMissing', cells: ['D5'], severity: 'warning', suggestions: [{ D5: '=70%' }, { D5: '≥70%' }] },
      ],
    },
    {
      name: 'Hubei: a cost row suggests a ceiling first',
      table: table('产出指标 | 成本指标 | 成本控制率 | 100%'),
      findings: [{ messageId: 'operatorMissing', cells: ['D3'], suggestions: [{ D3: '≤100%' }, { D3: '=100%' }] }],
    },
    {
      name: 'Xiangtan: 10辆 and 250万 under 成本',
      table: table('产出指标 | 数量指标 | 雾炮车降尘抑尘服务配备车辆数 | 10辆\n产出指标 | 成本指标 | 控制在预算成本内 | 250万'),
      findings: [
        { messageId: 'operatorMissing', cells: ['D3'], suggestions: [{ D3: '=10辆' }, { D3: '≥10辆' }] },
        { messageId: 'operatorMissing', cells: ['D4'], suggestions: [{ D4: '≤250万' }, { D4: '=250万' }] },
      ],
    },
    {
      name: 'a reverse rate and a zero',
      table: table('效益指标 | 社会效益指标 | 有效投诉率 | 5%\n效益指标 | 社会效益指标 | 安全事故数 | 0起'),
      findings: [
        { messageId: 'operatorMissing', cells: ['D3'], suggestions: [{ D3: '≤5%' }, { D3: '=5%' }] },
        { messageId: 'operatorMissing', cells: ['D4'], suggestions: [{ D4: '=0起' }] },
      ],
    },
    {
      name: 'a full-width value is suggested in canonical form',
      table: table('产出指标 | 质量指标 | 合格率 | ９５％'),
      findings: [{ messageId: 'operatorMissing', cells: ['D3'], suggestions: [{ D3: '=95%' }, { D3: '≥95%' }] }],
    },
    {
      name: 'an out-of-range percent gets no suggestion (the number is wrong)',
      table: table('产出指标 | 质量指标 | 合格率 | 120%'),
      findings: [{ messageId: 'operatorMissing', cells: ['D3'] }],
    },
    {
      name: 'split columns: the suggestion edits the operator cell only',
      table: split('产出指标 | 数量指标 | 村组干部人数 | | 230 | 人 | 正向指标\n满意度指标 | 服务对象满意度指标 | 群众满意度 | 定量 | 95 | % | 正向指标'),
      findings: [
        { messageId: 'operatorMissing', cells: ['D3', 'E3', 'F3'], suggestions: [{ D3: '=' }, { D3: '≥' }] },
        // satisfaction is a floor: only ≥
        { messageId: 'operatorMissing', cells: ['D4', 'E4', 'F4'], suggestions: [{ D4: '≥' }] },
      ],
    },
    {
      name: 'satisfaction: ≥ only, and nothing for 100%',
      table: table('满意度指标 | 服务对象满意度指标 | 服务对象满意度 | 90%\n满意度指标 | 服务对象满意度指标 | 学员满意度 | 100%'),
      findings: [
        { messageId: 'operatorMissing', cells: ['D3'], suggestions: [{ D3: '≥90%' }] },
        { messageId: 'operatorMissing', cells: ['D4'] },
      ],
    },
  ],
});
