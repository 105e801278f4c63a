import { nameCore, nameKind } from '../../../src/core/rules/shared/names';
import { targetKindMismatch } from '../../../src/core/rules/target-kind-mismatch';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable as table, splitIndicatorTable as split } from '../../helpers/sheet';

test.each([
  ['理论教育和党性教育课时比例', 'rate'],
  ['课程数量达标率', 'rate'],
  ['开设课程数量', 'count'],
  ['主体班培训人次', 'count'],
  ['雾炮车降尘抑尘服务配备车辆数', 'count'],
  ['政策知晓度', 'rate'],
  ['培训学员对培训效果满意度', 'satisfaction'],
  ['群众不满意率', 'rate'],
  ['巡查频率', 'other'],
  ['空气质量指数', 'other'],
  ['指标1:工程验收合格率', 'rate'],
  ['项目验收合格率(%)', 'rate'],
  ['受享人员覆盖面', 'other'],
])('the last suffix decides: %s is %s', (name, kind) => {
  expect(nameKind(nameCore(name))).toBe(kind);
});

ruleTester(targetKindMismatch, {
  valid: [
    { name: 'Hubei: 课时比例 70% and 课程数量达标率 100% are rates', table: table('产出指标 | 数量指标 | 理论教育和党性教育课时比例 | 70%\n产出指标 | 质量指标 | 课程数量达标率 | 100%\n产出指标 | 数量指标 | 开设课程数量 | 220') },
    { name: 'seed rows', table: table('产出目标 | 数量 | 补贴人员数量 | >=200人\n产出目标 | 时效 | 补贴资金发放及时率 | >=95%\n效果目标 | 满意度 | 离休干部满意度 | 满意') },
    { name: 'per mille and percentage points are proportions', table: table('效益指标 | 社会效益指标 | 出生缺陷发生率 | ≤5‰\n效益指标 | 经济效益指标 | 就业率 | ≥2个百分点') },
    { name: 'a rate of 0 needs no unit; 频率 is not a percentage', table: table('效益指标 | 社会效益指标 | 安全事故发生率 | 0\n产出指标 | 时效指标 | 巡查频率 | ≥2次/周') },
    { name: 'satisfaction is satisfaction-target\'s', table: table('满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥200人') },
  ],
  invalid: [
    {
      name: 'a rate with a count or a grade',
      table: table('效益指标 | 社会效益指标 | 政策知晓率 | ≥200人\n产出指标 | 质量指标 | 设备完好率 | 完好\n效益指标 | 社会效益指标 | 政策知晓度 | 提高'),
      findings: [
        { messageId: 'rateNotPercent', cells: ['D3'], severity: 'warning' },
        { messageId: 'rateNotPercent', cells: ['D4'], severity: 'warning' },
        { messageId: 'rateNotPercent', cells: ['D5'], severity: 'warning' },
      ],
    },
    {
      name: 'a rate with a bare number: suggest the percent sign',
      table: table('产出指标 | 质量指标 | 验收合格率 | ≥95\n产出指标 | 质量指标 | 资金到位率 | =1'),
      findings: [
        { messageId: 'rateWithoutPercent', cells: ['D3'], suggestions: [{ D3: '≥95%' }] },
        { messageId: 'rateWithoutPercent', cells: ['D4'] },
      ],
    },
    {
      name: 'a count with a percentage',
      table: table('产出指标 | 数量指标 | 补贴人员数量 | ≥95%\n产出指标 | 数量指标 | 培训人次 | =100%'),
      findings: [
        { messageId: 'countIsPercent', cells: ['D3'], data: { name: '补贴人员数量', text: '≥95%' } },
        { messageId: 'countIsPercent', cells: ['D4'], data: { name: '培训人次', text: '=100%' } },
      ],
    },
    {
      name: 'split columns: the % goes in the unit cell',
      table: split('产出指标 | 质量指标 | 验收合格率 | ≥ | 95 | | 正向指标'),
      findings: [{ messageId: 'rateWithoutPercent', cells: ['D3', 'E3', 'F3'], suggestions: [{ F3: '%' }] }],
    },
  ],
});
